#pragma once
// The command line's help in the clerk's language: every command's and option's
// description comes from the message catalogue (schemas/locale/messages/help.yaml), keyed
// by where it sits — help.proposal.assign for the command, help.proposal.assign.--lead for
// an option, help.proposal.assign.CODE for a positional, help for cppcc itself and
// help.--db for its options. The code gives the options; the catalogue says what they are.
#include <CLI/CLI.hpp>
#include <string>
#include <utility>
#include <vector>

namespace cppcc::cli {

// A command for the tests (__help-keys, __examples): in no help, offered nowhere.
bool hidden(const CLI::App& command);

// The help key of every visible command and option under `app`, with the text it shows.
std::vector<std::pair<std::string, std::string>> help_entries(const CLI::App& app);

// One line of the command line's own tables: a visible command (option empty), or one of
// its options (each long and short name) or positional arguments.
enum class OptionKind { flag, value, positional };
struct CommandEntry {
  std::string path;   // "proposal assign"; "" for cppcc itself
  std::string option; // "--lead", "-q", "CODE"; empty for the command itself
  OptionKind kind;
};
std::vector<CommandEntry> command_entries(const CLI::App& app);
std::string_view kind_word(OptionKind kind);

// Gives every visible command and option its description from the catalogue, and the
// help screen's own words (Usage, Options, REQUIRED …) in the current language.
void localize_help(CLI::App& app);

// Attaches an example to the end of the command's --help (several calls: several).
void example(CLI::App* command, const std::string& text);
// Every example, with the command it belongs to ("proposal assign"), in the order added.
const std::vector<std::pair<std::string, std::string>>& examples();

// Hidden commands for the tests: `cppcc __help-keys` (key TAB text, one per line),
// `cppcc __commands` (command path, then TAB option TAB flag|value|positional, one per
// line: what the manual pages must document) and `cppcc __examples` (command TAB example).
void register_help_commands(CLI::App& app);

} // namespace cppcc::cli
