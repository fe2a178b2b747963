#pragma once
// What cppcc says about itself: `cppcc --version` (its version, the database schema it
// reads and writes, the libraries it was built with and runs on) and `cppcc help TOPIC`
// (a section of docs/, compiled in: dates, import, exit codes …, offline).
#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::cli {

// The text `cppcc --version` prints.
std::string version_text();

// A topic of `cppcc help`: its name, the document and the heading of its section.
struct HelpTopic {
  std::string_view name;
  std::string_view document; // docs/NAME.md, as embedded
  std::string_view summary;  // the key of its line in `cppcc help`: cli.topic.NAME
  std::string_view heading;  // the section's heading line, e.g. "## Dates and times"
};
const std::vector<HelpTopic>& help_topics();

// The section under `heading` in the Markdown `text` — from the heading to the next
// heading of the same level or above, code blocks read as text — without its trailing
// blank lines; empty when there is no such heading.
std::string markdown_section(std::string_view text, std::string_view heading);

// `cppcc help [TOPIC]`: without a topic, the topics; with one, its section.
void register_help_topics(CLI::App& app);

} // namespace cppcc::cli
