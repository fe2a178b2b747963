// cppcc activity import|export
#include "commands/commands.hpp"
#include "commands/exchange.hpp"

namespace cppcc::cli {

void register_activity(CLI::App& app, Context& ctx)
{
  CLI::App* activity = app.add_subcommand("activity", "activities members attend (履职活动)");
  activity->require_subcommand(1);
  example(activity, "cppcc activity import 履职活动台账.csv");
  add_import(activity, ctx, "activity", "cppcc activity import 履职活动台账.csv");
  add_export(activity, ctx, "activity", {}, "cppcc activity export --format md");
}

} // namespace cppcc::cli
