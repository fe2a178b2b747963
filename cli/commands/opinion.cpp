// cppcc opinion import|export
#include "commands/commands.hpp"
#include "commands/exchange.hpp"

namespace cppcc::cli {

void register_opinion(CLI::App& app, Context& ctx)
{
  CLI::App* opinion = app.add_subcommand("opinion", "social-opinion reports (社情民意信息)");
  opinion->require_subcommand(1);
  example(opinion, "cppcc opinion import 社情民意信息台账.csv");
  add_import(opinion, ctx, "opinion", "cppcc opinion import 社情民意信息台账.csv");
  add_export(opinion, ctx, "opinion", {}, "cppcc opinion export --bom --out 社情民意信息.csv");
}

} // namespace cppcc::cli
