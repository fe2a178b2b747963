// cppcc studio import|export
#include "commands/commands.hpp"
#include "commands/exchange.hpp"

namespace cppcc::cli {

void register_studio(CLI::App& app, Context& ctx)
{
  CLI::App* studio = app.add_subcommand("studio", "member studios (委员工作室)");
  studio->require_subcommand(1);
  example(studio, "cppcc studio import 委员工作室.csv --create-missing");
  add_import(studio, ctx, "studio", "cppcc studio import 委员工作室.csv --create-missing");
  add_export(studio, ctx, "studio", {}, "cppcc studio export --bom --out 委员工作室.csv");
}

} // namespace cppcc::cli
