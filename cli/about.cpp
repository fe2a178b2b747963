#include "about.hpp"

#include "context.hpp"
#include "error.hpp"
#include "help.hpp"
#include "storage/store.hpp"
#include "util/messages.hpp"
#include "util/resources.hpp"
#include "util/text.hpp"

#include <CLI/Version.hpp>
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <sqlite3.h>

namespace cppcc::cli {

namespace {

std::string fmt_version()
{
  return fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100);
}

// A heading line: its level (the number of leading #s), 0 when the line is not one.
std::size_t heading_level(std::string_view line)
{
  const std::size_t hashes = line.find_first_not_of('#');
  if (hashes == 0 || hashes == std::string_view::npos || line[hashes] != ' ') return 0;
  return hashes;
}

std::string_view document_text(std::string_view document)
{
  for (const auto& resource : util::resources())
    if (resource.path == document) return resource.text;
  return {};
}

} // namespace

std::string version_text()
{
  // SQLite as it runs (the library loaded) and as built; the others are compiled in or
  // fixed by the package's dependencies (CPPCC_YAML_CPP_VERSION: the one CMake found).
  const std::string sqlite =
      sqlite3_libversion() == std::string_view(SQLITE_VERSION)
          ? std::string(SQLITE_VERSION)
          : msg::text("cli.version_sqlite_built", sqlite3_libversion(), SQLITE_VERSION);
  return msg::text("cli.version", CPPCC_VERSION, storage::Store::latest_version()) + "\n" +
         msg::text("cli.version_libraries", sqlite, CPPCC_YAML_CPP_VERSION, fmt_version(),
                   SQLITECPP_VERSION, CLI11_VERSION);
}

const std::vector<HelpTopic>& help_topics()
{
  static const std::vector<HelpTopic> topics = {
      {"dates", "docs/workflow.md", "cli.topic.dates", "## Dates and times"},
      {"lifecycle", "docs/workflow.md", "cli.topic.lifecycle", "## The proposal lifecycle"},
      {"import", "docs/import.md", "cli.topic.import", "## What every import does"},
      {"columns", "docs/domain.md", "cli.topic.columns", "### §4.2 Canonical columns"},
      {"config", "docs/domain.md", "cli.topic.config", "### §1.4 Storage and configuration"},
      {"files", "docs/reliability.md", "cli.topic.files", "## Where the files live"},
      {"reports", "docs/reports.md", "cli.topic.reports", "## Reports"},
      {"remind", "docs/reports.md", "cli.topic.remind", "## Reminders (cron)"},
      {"scores", "docs/reports.md", "cli.topic.scores",
       "## Member performance scores (委员履职考评)"},
      {"bundles", "docs/bundles.md", "cli.topic.bundles", "## What a bundle holds"},
      {"exit-codes", "docs/domain.md", "cli.topic.exit-codes", "## §5 Exit codes (lib/error.hpp)"},
  };
  return topics;
}

std::string markdown_section(std::string_view text, std::string_view heading)
{
  const std::size_t level = heading_level(heading);
  std::string out;
  bool inside = false;
  bool code = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!code && level > 0) {
      const std::size_t this_level = heading_level(line);
      if (inside && this_level > 0 && this_level <= level) break;
      if (!inside && line == heading) inside = true;
    }
    if (line.starts_with("```")) code = !code;
    if (inside) out += std::string(line) + "\n";
  }
  while (out.ends_with("\n\n"))
    out.pop_back();
  return out;
}

void register_help_topics(CLI::App& app)
{
  CLI::App* command = app.add_subcommand("help");
  auto topic = std::make_shared<std::string>();
  command->add_option("TOPIC", *topic);
  example(command, "cppcc help dates");
  command->callback([topic] {
    if (topic->empty()) {
      std::string out = msg::text("cli.help_topics") + "\n";
      for (const HelpTopic& t : help_topics())
        out += fmt::format("  {:<11} {}\n", t.name, msg::text(t.summary));
      write_stdout(out);
      return;
    }
    std::vector<std::string> names;
    for (const HelpTopic& t : help_topics()) {
      names.emplace_back(t.name);
      if (t.name != *topic) continue;
      const std::string section = markdown_section(document_text(t.document), t.heading);
      if (section.empty())
        throw Error(msg::text("cli.help_topic_missing", t.heading, t.document), Exit::internal);
      write_stdout(section + "\n" + msg::text("cli.help_topic_source", t.document) + "\n");
      return;
    }
    const std::string hint = util::did_you_mean(util::closest(*topic, names));
    throw UsageError(hint.empty() ? msg::text("cli.help_topic_unknown", *topic,
                                              util::join(names, msg::text("config.list_separator")))
                                  : msg::text("cli.help_topic_unknown_hint", *topic, hint));
  });
}

} // namespace cppcc::cli
