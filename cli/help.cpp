#include "help.hpp"

#include "context.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <map>

namespace cppcc::cli {

namespace {

std::string command_path(const CLI::App& command)
{
  std::string path;
  for (const CLI::App* at = &command; at->get_parent() != nullptr; at = at->get_parent())
    path = at->get_name() + (path.empty() ? "" : " " + path);
  return path;
}

std::string command_key(const CLI::App& command)
{
  std::string key = "help";
  for (char c : command_path(command))
    key += c == ' ' ? '.' : c;
  if (command.get_parent() != nullptr) key.insert(4, ".");
  return key;
}

bool is_help_flag(const CLI::App& command, const CLI::Option& option)
{
  return &option == command.get_help_ptr();
}

std::string option_key(const CLI::App& command, const CLI::Option& option)
{
  if (is_help_flag(command, option)) return "help.--help"; // the same on every command
  std::string name;
  if (!option.get_lnames().empty())
    name = "--" + option.get_lnames().front();
  else if (!option.get_snames().empty())
    name = "-" + option.get_snames().front();
  else
    name = option.get_name();
  return command_key(command) + "." + name;
}

// `each` on `command` and every visible command below it (App: CLI::App or const CLI::App).
template <class App, class Visit> void visit(App& command, Visit&& each)
{
  each(command);
  for (App* sub : command.get_subcommands([](const CLI::App* c) { return !hidden(*c); }))
    visit(*sub, each);
}

std::map<const CLI::App*, std::string>& footers()
{
  static std::map<const CLI::App*, std::string> shown;
  return shown;
}

std::vector<std::pair<std::string, std::string>>& example_list()
{
  static std::vector<std::pair<std::string, std::string>> all;
  return all;
}

// CLI11's formatter pads the left column by bytes; Chinese words (文本, 必填) take two
// columns in three bytes each, so this one pads by the width a terminal shows.
class WidthFormatter : public CLI::Formatter {
public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override
  {
    const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string description = make_option_desc(opt);
    const std::size_t column = get_column_width();
    const std::size_t width = util::display_width(name);
    std::string out = name;
    if (!description.empty()) {
      out += width >= column ? "\n" + std::string(column, ' ') : std::string(column - width, ' ');
      for (const char c : description) {
        out += c;
        if (c == '\n') out += std::string(column, ' ');
      }
    }
    return out + "\n";
  }
};

} // namespace

bool hidden(const CLI::App& command)
{
  return command.get_group().empty();
}

std::vector<std::pair<std::string, std::string>> help_entries(const CLI::App& app)
{
  std::vector<std::pair<std::string, std::string>> out;
  visit(app, [&](const CLI::App& command) {
    out.emplace_back(command_key(command), command.get_description());
    for (const CLI::Option* option : command.get_options())
      if (!is_help_flag(command, *option) || command.get_parent() == nullptr)
        out.emplace_back(option_key(command, *option), option->get_description());
  });
  return out;
}

std::vector<CommandEntry> command_entries(const CLI::App& app)
{
  std::vector<CommandEntry> out;
  visit(app, [&](const CLI::App& command) {
    const std::string path = command_path(command);
    out.push_back({path, "", OptionKind::flag});
    for (const CLI::Option* option : command.get_options()) {
      if (is_help_flag(command, *option) && command.get_parent() != nullptr) continue;
      if (option->get_positional()) {
        out.push_back({path, option->get_name(), OptionKind::positional});
        continue;
      }
      const OptionKind kind =
          option->get_expected_min() == 0 ? OptionKind::flag : OptionKind::value;
      for (const auto& name : option->get_lnames())
        out.push_back({path, "--" + name, kind});
      for (const auto& name : option->get_snames())
        out.push_back({path, "-" + name, kind});
    }
  });
  return out;
}

std::string_view kind_word(OptionKind kind)
{
  switch (kind) {
  case OptionKind::flag:
    return "flag";
  case OptionKind::value:
    return "value";
  case OptionKind::positional:
    return "positional";
  }
  return "";
}

void localize_help(CLI::App& app)
{
  auto formatter = std::make_shared<WidthFormatter>();
  const std::pair<const char*, const char*> labels[] = {{"Usage", "cli.help_usage"},
                                                        {"OPTIONS", "cli.help_options_word"},
                                                        {"SUBCOMMAND", "cli.help_command_word"},
                                                        {"SUBCOMMANDS", "cli.help_commands_word"},
                                                        {"Positionals", "cli.help_positionals"},
                                                        {"REQUIRED", "cli.help_required"},
                                                        {"TEXT", "cli.help_text"},
                                                        {"INT", "cli.help_int"},
                                                        {"FLOAT", "cli.help_float"},
                                                        {"Needs", "cli.help_needs"},
                                                        {"Excludes", "cli.help_excludes"}};
  for (const auto& [label, key] : labels)
    formatter->label(label, msg::text(key));
  const std::string options = msg::text("cli.help_options");
  const std::string commands = msg::text("cli.help_commands");
  visit(app, [&](CLI::App& command) {
    command.description(std::string(msg::pattern(command_key(command))));
    command.formatter(formatter); // (a subcommand copied its parent's when it was made)
    if (command.get_parent() != nullptr) command.group(commands);
    for (CLI::Option* option : command.get_options()) {
      option->description(std::string(msg::pattern(option_key(command, *option))));
      if (!option->get_positional()) option->group(options);
    }
  });
}

void example(CLI::App* command, const std::string& text)
{
  // Each call adds one: a command may show several. (Not from the footer itself, which a
  // subcommand inherits from its parent when it is made.)
  std::string& lines = footers()[command];
  lines += (lines.empty() ? "\n" + msg::text("cli.help_examples") + "\n  " : "\n  ") + text;
  command->footer(lines);
  example_list().emplace_back(command_path(*command), text);
}

const std::vector<std::pair<std::string, std::string>>& examples()
{
  return example_list();
}

void register_help_commands(CLI::App& app)
{
  CLI::App* keys = app.add_subcommand("__help-keys")->group("");
  keys->callback([&app] {
    std::string out;
    for (const auto& [key, text] : help_entries(app))
      out += key + "\t" + text + "\n";
    write_stdout(out);
  });
  CLI::App* tables = app.add_subcommand("__commands")->group("");
  tables->callback([&app] {
    std::string out;
    for (const CommandEntry& entry : command_entries(app)) {
      out += entry.path;
      if (!entry.option.empty())
        out += "\t" + entry.option + "\t" + std::string(kind_word(entry.kind));
      out += "\n";
    }
    write_stdout(out);
  });
  CLI::App* shown = app.add_subcommand("__examples")->group("");
  shown->callback([] {
    std::string out;
    for (const auto& [path, text] : examples())
      out += path + "\t" + text + "\n";
    write_stdout(out);
  });
}

} // namespace cppcc::cli
