#include "complete.hpp"

#include "about.hpp"
#include "help.hpp"
#include "reports/tables.hpp"
#include "storage/completion.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::cli {

namespace {

// At most this many values from the database: a shell shows a few screens, not 10,000.
constexpr int k_limit = 200;

// Where the words before the one being typed leave the command line.
struct Position {
  const CLI::App* command = nullptr;
  std::string path;                     // "proposal assign"
  const CLI::Option* pending = nullptr; // an option still waiting for its value
  std::size_t positionals = 0;          // positional arguments given so far
};

const CLI::Option* find_option(const CLI::App* app, const std::string& name)
{
  for (; app != nullptr; app = app->get_parent())
    if (const CLI::Option* option = app->get_option_no_throw(name)) return option;
  return nullptr;
}

std::string long_name(const CLI::Option& option)
{
  return option.get_lnames().empty() ? std::string() : "--" + option.get_lnames().front();
}

const CLI::App* visible_subcommand(const CLI::App* command, const std::string& word)
{
  for (const CLI::App* sub :
       command->get_subcommands([](const CLI::App* c) { return !hidden(*c); }))
    if (sub->check_name(word)) return sub;
  return nullptr;
}

Position walk(const CLI::App& app, const std::vector<std::string>& words, Context& ctx)
{
  Position at{&app, "", nullptr, 0};
  // The database and configuration the line names are the ones to read values from.
  const auto keep = [&](const std::string& option, const std::string& value) {
    if (option == "--db") ctx.options.db = value;
    if (option == "--config") ctx.options.config = value;
  };
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& word = words[i];
    if (at.pending != nullptr) {
      keep(long_name(*at.pending), word);
      at.pending = nullptr;
      continue;
    }
    if (word.size() > 1 && word.front() == '-') {
      const std::size_t eq = word.find('=');
      const std::string name = word.substr(0, eq);
      const CLI::Option* option = find_option(at.command, name);
      if (option == nullptr) continue;
      if (eq != std::string::npos)
        keep(long_name(*option), word.substr(eq + 1));
      else if (option->get_expected_min() > 0)
        at.pending = option;
      continue;
    }
    if (const CLI::App* sub = visible_subcommand(at.command, word)) {
      at.command = sub;
      at.path += (at.path.empty() ? "" : " ") + word;
      at.positionals = 0;
      continue;
    }
    ++at.positionals;
  }
  return at;
}

// The words of one of the configuration's lists: ids, or the Chinese labels when what is
// typed is not ASCII (input takes either).
std::vector<std::string> words_of(const config::Vocabulary& vocabulary, std::string_view typed)
{
  const bool ascii = std::all_of(typed.begin(), typed.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::vector<std::string> out;
  for (const auto& entry : vocabulary.entries())
    out.push_back(ascii ? entry.id : entry.zh);
  return out;
}

bool first_word_is(const std::string& path, std::string_view group)
{
  return path == group || path.starts_with(std::string(group) + " ");
}

// The values an option (or the next positional argument: `option` is then its name,
// CODE, NAME, FILE …) takes on the command at `path`. nullopt: a path, the shell's part.
struct Values {
  std::vector<std::string> words;
  std::optional<storage::Stored> stored;
  std::string_view path_kind; // "file" or "dir": the shell completes a path
};

Values values_for(const std::string& path, const std::string& option, Context& ctx,
                  std::string_view typed)
{
  using storage::Stored;
  Values out;
  const auto in = [&](std::string_view group) { return first_word_is(path, group); };
  static const std::set<std::string> files = {"--db",      "--config", "--out", "--rejects",
                                              "--mapping", "FILE",     "BACKUP"};
  static const std::set<std::string> members = {"--proposer", "--cosigners", "--participants",
                                                "--absent",   "--excused",   "--authors",
                                                "--members",  "--submitter"};
  if (files.contains(option)) {
    out.path_kind = "file";
  } else if (option == "--out-dir") {
    out.path_kind = "dir";
  } else if (option == "--format") {
    out.words = {"table", "csv", "md", "json", "xlsx", "docx", "html", "pdf"};
  } else if (option == "--lang") {
    out.words = {"zh", "en"};
  } else if (members.contains(option) || (option == "--lead" && in("studio"))) {
    out.stored = Stored::member_name;
  } else if (option == "--lead" || option == "--joint" || option == "--unit") {
    out.stored = Stored::unit_name;
  } else if (option == "--studio") {
    out.stored = Stored::studio_name;
  } else if (option == "--into" || (option == "CODE" && in("proposal"))) {
    out.stored = Stored::proposal_code;
  } else if (option == "CODE" && in("opinion")) {
    out.stored = Stored::opinion_code;
  } else if (option == "CODE" && in("member")) {
    out.stored = Stored::member_code;
  } else if (option == "CODE" && in("activity")) {
    out.stored = Stored::activity_code;
  } else if (option == "CODE" && in("article")) {
    out.stored = Stored::article_code;
  } else if (option == "NAME" && in("studio")) {
    out.stored = Stored::studio_name;
  } else if (option == "TOPIC") {
    for (const HelpTopic& topic : help_topics())
      out.words.emplace_back(topic.name);
  } else if (option == "--by") {
    out.words = reports::breakdowns();
  } else {
    const config::Config& config = ctx.config();
    const config::Vocabulary* list = nullptr;
    if (option == "--status")
      list = in("opinion")  ? &config.opinion_statuses
             : in("member") ? &config.member_statuses
                            : &config.proposal_states;
    else if (option == "--kind")
      list = in("unit") ? &config.unit_kinds : &config.activity_kinds;
    else if (option == "--category")
      list = &config.categories;
    else if (option == "--sector")
      list = &config.sectors;
    else if (option == "--party")
      list = &config.parties;
    else if (option == "--level")
      list = &config.levels;
    else if (option == "--result")
      list = &config.results;
    else if (option == "--satisfaction")
      list = &config.satisfaction;
    else if (option == "--contact" && in("proposal")) // a unit's contact is a person
      list = &config.contact;
    else if (option == "--gender")
      list = &config.genders;
    else if (option == "--role" || option == "--roles")
      list = &config.roles;
    else if (option == "--type")
      list = &config.proposer_types;
    if (list != nullptr) out.words = words_of(*list, typed);
  }
  return out;
}

// The positional argument a leaf command expects next, by its name (CODE, FILE …).
std::string positional_name(const CLI::App& command, std::size_t index)
{
  std::size_t seen = 0;
  for (const CLI::Option* option : command.get_options())
    if (option->get_positional()) {
      if (seen == index || option->get_expected_max() > 1) return option->get_name();
      ++seen;
    }
  return {};
}

std::vector<std::string> complete(const CLI::App& app, const std::vector<std::string>& words,
                                  Context& ctx)
{
  const std::string typed = words.empty() ? std::string() : words.back();
  const Position at = walk(app, words, ctx);
  std::vector<std::string> out;
  const auto offer = [&](const std::string& word, std::string_view prefix) {
    if (word.starts_with(prefix)) out.push_back(word);
  };
  // A value: of the pending option, of `--option=` being typed, or a positional argument.
  std::string option;
  std::string head; // what stays before the value being completed
  std::string value = typed;
  if (at.pending != nullptr) {
    option = long_name(*at.pending);
  } else if (typed.starts_with("--") && typed.find('=') != std::string::npos) {
    option = typed.substr(0, typed.find('='));
    head = option + "=";
    value = typed.substr(head.size());
  } else if (typed.starts_with("-")) {
    std::set<std::string> seen;
    for (const CLI::App* command = at.command; command != nullptr; command = command->get_parent())
      for (const CLI::Option* o : command->get_options())
        for (const auto& name : o->get_lnames())
          if (seen.insert("--" + name).second) offer("--" + name, typed);
    return out;
  } else if (const auto subs =
                 at.command->get_subcommands([](const CLI::App* c) { return !hidden(*c); });
             !subs.empty()) {
    for (const CLI::App* sub : subs)
      offer(sub->get_name(), typed);
    return out;
  } else {
    option = positional_name(*at.command, at.positionals);
    if (option.empty()) return out;
  }
  // A list (`--cosigners '李华;王芳'`) completes its last item.
  const std::size_t separator = value.find_last_of(';');
  if (separator != std::string::npos) {
    head += value.substr(0, separator + 1);
    value = value.substr(separator + 1);
  }
  const Values values = values_for(at.path, option, ctx, value);
  if (!values.path_kind.empty()) return {":" + std::string(values.path_kind)};
  if (values.stored) {
    storage::Store store = storage::Store::open(ctx.db_path(), storage::Access::read);
    for (const std::string& word : storage::stored_values(store, *values.stored, value, k_limit))
      out.push_back(head + word);
    return out;
  }
  for (const std::string& word : values.words)
    if (word.starts_with(value)) out.push_back(head + word);
  return out;
}

} // namespace

void register_complete(CLI::App& app, Context& ctx)
{
  CLI::App* command =
      app.add_subcommand("__complete")->group("")->prefix_command()->fallthrough(false);
  command->callback([&app, &ctx, command] {
    std::vector<std::string> words = command->remaining();
    if (words.empty()) words.emplace_back();
    std::string out;
    try {
      for (const std::string& word : complete(app, words, ctx))
        out += word + "\n";
    } catch (const std::exception&) {
      // Completion says nothing rather than an error in the middle of a command line.
      return;
    }
    write_stdout(out);
  });
}

} // namespace cppcc::cli
