// cppcc activity add|list|show|import|export
#include "commands/commands.hpp"
#include "commands/exchange.hpp"
#include "io/dates.hpp"
#include "records/activities.hpp"
#include "records/year_views.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

void register_activity(CLI::App& app, Context& ctx)
{
  CLI::App* activity = app.add_subcommand("activity");
  activity->require_subcommand(1);
  example(activity, "cppcc activity list --year 2023 --kind 微协商");

  CLI::App* add = activity->add_subcommand("add");
  auto fields = std::make_shared<records::Fields>();
  field_options(add, records::activity_columns(), fields, {"kind", "date", "title"});
  example(add, "cppcc activity add --kind micro_consultation --date 2023-05-12 --title "
               "老旧小区加装电梯微协商 --studio 江北街道委员工作室 --participants '张明;李华' "
               "--absent 杜轩新 --suggestions 4 --disputes-resolved 2");
  ctx.run(add, Need::write, [&ctx, fields](records::Workspace& ws) {
    const model::Activity a = records::add_activity(ws, *fields);
    ctx.say(msg::text("cli.added_activity", a.code, a.title, a.participants.size()));
  });

  CLI::App* list = activity->add_subcommand("list");
  auto filter = std::make_shared<records::ActivityFilter>();
  auto year = std::make_shared<int>(0);
  list->add_option("--year", *year)->check(CLI::Range(io::k_first_year, io::k_last_year));
  list->add_option("--kind", filter->kind);
  list->add_option("--studio", filter->studio);
  example(list, "cppcc activity list --year 2023 --studio office --format md");
  ctx.run(list, Need::read, [&ctx, filter, year](records::Workspace& ws) {
    records::ActivityFilter f = *filter;
    if (*year) f.year = *year;
    ctx.print(records::activity_table(ws, f));
  });

  CLI::App* show = activity->add_subcommand("show");
  auto code = std::make_shared<std::string>();
  show->add_option("CODE", *code)->required();
  example(show, "cppcc activity show A2023-0001");
  ctx.run(show, Need::read, [&ctx, code](records::Workspace& ws) {
    ctx.print(records::activity_document(ws, *code));
  });

  add_import(activity, ctx, "activity", "cppcc activity import 履职活动.csv");
  add_export(activity, ctx, "activity", {}, "cppcc activity export --bom --out 履职活动.csv");
}

} // namespace cppcc::cli
