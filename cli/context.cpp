#include "context.hpp"
#include "documents/office.hpp"
#include "documents/settings.hpp"

#include "error.hpp"
#include "io/encoding.hpp"
#include "reports/figures.hpp"
#include "scoring/rules.hpp"
#include "util/controls.hpp"
#include "util/messages.hpp"
#include "util/on_exit.hpp"
#include "util/text.hpp"
#include "workflow/definition.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <map>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace cppcc::cli {

namespace {

std::string env(const char* name)
{
  const char* value = std::getenv(name);
  return value ? value : "";
}

} // namespace

void write_stdout(std::string_view text)
{
  // Flushed at once: a command prints its output in one piece, and a write command must
  // learn here, not in main, that its confirmation was lost.
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0 ||
      std::ferror(stdout))
    throw OutputError(msg::text("cli.stdout_failed", util::system_error_text(errno)));
}

std::filesystem::path Context::db_path() const
{
  if (!options.db.empty()) return options.db;
  if (!env("CPPCC_DB").empty()) return env("CPPCC_DB");
  return "cppcc.db";
}

std::optional<std::filesystem::path> Context::config_file() const
{
  if (!options.config.empty()) return options.config;
  const auto beside = db_path().parent_path() / "cppcc.yaml";
  std::error_code ec;
  if (std::filesystem::exists(beside, ec)) return beside;
  return std::nullopt;
}

io::ProtectedFiles Context::protected_files() const
{
  io::ProtectedFiles files;
  files.add_database(db_path());
  if (const auto config = config_file()) files.add_input(*config, msg::text("cli.the_config_file"));
  return files;
}

const config::Config& Context::config()
{
  if (!m_config) {
    m_config = config::Config::load(config_file());
    // Each module reads its own subtree; all of them now, so that a fault in any is
    // exit 78 before the command starts (config check, and every command alike).
    (void)workflow::proposal_workflow(*m_config);
    (void)workflow::opinion_workflow(*m_config);
    (void)scoring::rules(*m_config);
    (void)reports::annual_settings(*m_config);
    (void)documents::settings(*m_config);
  }
  return *m_config;
}

config::Lang Context::lang() const
{
  if (options.lang == "zh") return config::Lang::zh;
  if (options.lang == "en") return config::Lang::en;
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const std::string value = env(variable);
    if (!value.empty()) return value.starts_with("zh") ? config::Lang::zh : config::Lang::en;
  }
  return config::Lang::en;
}

io::Date Context::today() const
{
  return options.as_of.empty() ? io::today() : io::parse_date_or_throw(options.as_of, "--as-of");
}

io::Date Context::date_or_today(const std::string& text, std::string_view option) const
{
  return text.empty() ? today() : io::parse_date_or_throw(text, option);
}

io::Date Context::step_date(const std::string& text, bool allow_future) const
{
  const io::Date date = date_or_today(text, "--date");
  if (!allow_future && date > today())
    throw DataError(msg::text("cli.future_step", date.iso(), today().iso()));
  return date;
}

namespace {

// Who runs the command, for the events and the audit log: $USER, else (cron sets no
// USER on some systems) the login name of the process's user from the system's user
// database, else the user id as a number.
std::string login_name()
{
  if (const char* user = std::getenv("USER"); user && *user) return user;
  if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
    return entry->pw_name;
  return fmt::format("uid {}", geteuid());
}

} // namespace

void Context::run(CLI::App* command, Need need, std::function<void(records::Workspace&)> handler)
{
  run(command, need, {}, std::move(handler));
}

void Context::run(CLI::App* command, Before before,
                  std::function<void(records::Workspace&)> handler)
{
  run(command, Need::write, std::move(before), std::move(handler));
}

void Context::run(CLI::App* command, Need need, Before before,
                  std::function<void(records::Workspace&)> handler)
{
  command->callback([this, need, before = std::move(before), handler = std::move(handler)] {
    const config::Config& cfg = config();
    const std::string op = !options.op.empty() ? options.op : login_name();
    if (io::first_bad_utf8(op) || util::find_control(op, util::Breaks::refused) != op.npos) {
      if (!options.op.empty()) throw UsageError(msg::text("cli.operator_control"));
      throw ConfigError(msg::text("cli.operator_from_user"));
    }
    storage::Store store = storage::Store::open(
        db_path(), need == Need::write ? storage::Access::write : storage::Access::read);
    if (need == Need::write) store.keep_signatures(&cfg.similarity);
    records::Workspace ws{store, cfg, op, today(), lang()};
    if (need == Need::read) {
      storage::ReadTransaction snapshot(store);
      handler(ws);
      return;
    }
    m_held.emplace(); // output and after-commit steps, dropped when the command fails
    util::OnExit hold([this] {
      m_held.reset();
      m_after_commit.clear();
    });
    // Ended after the transaction's end (declared before it): a hold is released then.
    std::unique_ptr<storage::BulkSession> session = before ? before(store) : nullptr;
    storage::WriteTransaction transaction(store);
    handler(ws);
    transaction.commit();
    const std::string held = std::exchange(*m_held, std::string());
    m_held.reset();
    try {
      write_stdout(held);
    } catch (const OutputError& e) {
      throw OutputError(msg::text("cli.saved_but_not_shown", e.what()));
    }
    for (const auto& then : std::exchange(m_after_commit, {}))
      then();
  });
}

void Context::after_commit(std::function<void()> then)
{
  if (m_held)
    m_after_commit.push_back(std::move(then));
  else
    then();
}

void Context::emit(const std::string& text)
{
  if (m_held)
    *m_held += text;
  else
    write_stdout(text);
}

void Context::run_plain(CLI::App* command, std::function<void()> handler)
{
  command->callback(std::move(handler));
}

render::Format Context::format_or(render::Format fallback) const
{
  if (options.format == "table") return render::Format::table;
  if (options.format == "csv") return render::Format::csv;
  if (options.format == "md") return render::Format::md;
  if (options.format == "json") return render::Format::json;
  return fallback;
}

bool standard_output_is_file()
{
  struct stat st {};
  return ::fstat(STDOUT_FILENO, &st) == 0 && S_ISREG(st.st_mode);
}

bool Context::printing() const
{
  const auto office = documents::office_format(options.format);
  return office && *office != documents::Format::xlsx;
}

template <class Shown> void Context::print_as(const Shown& shown, render::Format fallback)
{
  if (const auto office = documents::office_format(options.format)) {
    // A file (docs/documents.md): to standard output, which must not be a terminal.
    if (documents::binary(*office) && isatty(STDOUT_FILENO))
      throw UsageError(msg::text("cli.file_to_terminal", options.format));
    const documents::Context context{config(), lang(), today().iso(), m_painter.get(), m_committee};
    emit(documents::write(shown, *office, context));
    return;
  }
  const render::Format format = format_or(fallback);
  const bool zh = lang() == config::Lang::zh;
  std::string text =
      render::render(shown, format, zh ? render::CsvHeader::labels : render::CsvHeader::keys);
  // A CSV for Excel: with --bom, or by default when a Chinese office writes it to a file
  // (Excel reads a UTF-8 CSV without the mark as the system's code page); --no-bom not.
  if (format == render::Format::csv && !options.no_bom &&
      (options.bom || (zh && standard_output_is_file())))
    text.insert(0, "\xEF\xBB\xBF");
  emit(text);
}

void Context::expect_charts()
{
  if (documents::office_format(options.format) == documents::Format::docx && !m_painter)
    m_painter = std::make_unique<documents::ChartPainter>(config());
}

void Context::print(const render::Table& table)
{
  print_as(table, isatty(STDOUT_FILENO) ? render::Format::table : render::Format::csv);
}

void Context::print(const render::Document& document)
{
  print_as(document, render::Format::table);
}

void Context::print(const render::Report& report)
{
  print_as(report, render::Format::md);
}

void Context::say(const std::string& line)
{
  if (!options.quiet) emit(line + "\n");
}

} // namespace cppcc::cli

namespace cppcc::cli {

void field_options(CLI::App* command, const std::vector<std::string>& fields,
                   std::shared_ptr<records::Fields> into, const std::vector<std::string>& required)
{
  for (const auto& field : fields) {
    std::string flag = "--" + field;
    std::replace(flag.begin(), flag.end(), '_', '-');
    CLI::Option* option = command->add_option_function<std::string>(
        flag, [into, field](const std::string& value) { (*into)[field] = value; });
    if (std::find(required.begin(), required.end(), field) != required.end()) option->required();
  }
}

} // namespace cppcc::cli
