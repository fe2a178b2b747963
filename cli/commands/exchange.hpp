#pragma once
// Adds `import` and `export` to a record kind's command group.
#include "context.hpp"
#include "import/exporter.hpp"

namespace cppcc::cli {

void add_import(CLI::App* group, Context& ctx, const std::string& kind,
                const std::string& example_line);
// Returns the command, so that the group can add its list filters; `filter` turns
// them into the export's filter when the command runs.
CLI::App* add_export(CLI::App* group, Context& ctx, const std::string& kind,
                     std::function<import::ExportFilter(records::Workspace&)> filter,
                     const std::string& example_line);

} // namespace cppcc::cli
