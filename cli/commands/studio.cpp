// cppcc studio add|list|show|evaluate|delist|import|export
#include "commands/commands.hpp"
#include "commands/exchange.hpp"
#include "io/dates.hpp"
#include "records/studios.hpp"
#include "records/year_views.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

void register_studio(CLI::App& app, Context& ctx)
{
  CLI::App* studio = app.add_subcommand("studio");
  studio->require_subcommand(1);
  example(studio, "cppcc studio show 江北街道委员工作室 --year 2023");

  CLI::App* add = studio->add_subcommand("add");
  auto fields = std::make_shared<records::Fields>();
  field_options(add, records::studio_add_fields(), fields, {"name"});
  example(add, "cppcc studio add --name 江南街道委员工作室 --lead 张明 --members '张明;李华' "
               "--place 江南街道便民服务中心 --brand yes");
  ctx.run(add, Need::write, [&ctx, fields](records::Workspace& ws) {
    const model::Studio s = records::add_studio(ws, *fields);
    ctx.say(msg::text("cli.added_studio", s.name, s.members.size()));
  });

  CLI::App* list = studio->add_subcommand("list");
  auto filter = std::make_shared<records::StudioFilter>();
  list->add_flag("--all", filter->with_delisted);
  example(list, "cppcc studio list --all --format md");
  ctx.run(list, Need::read, [&ctx, filter](records::Workspace& ws) {
    ctx.print(records::studio_table(ws, *filter));
  });

  CLI::App* show = studio->add_subcommand("show");
  auto name = std::make_shared<std::string>();
  auto year = std::make_shared<int>(0);
  show->add_option("NAME", *name)->required();
  show->add_option("--year", *year)->check(CLI::Range(io::k_first_year, io::k_last_year));
  example(show, "cppcc studio show 江北街道委员工作室 --year 2023");
  ctx.run(show, Need::read, [&ctx, name, year](records::Workspace& ws) {
    ctx.print(records::studio_document(ws, *name, *year ? std::optional(*year) : std::nullopt));
  });

  CLI::App* evaluate = studio->add_subcommand("evaluate");
  auto evaluated = std::make_shared<std::string>();
  auto score = std::make_shared<double>(0);
  evaluate->add_option("NAME", *evaluated)->required();
  evaluate->add_option("--score", *score)->required();
  example(evaluate, "cppcc studio evaluate 江南街道委员工作室 --score 92.5");
  ctx.run(evaluate, Need::write, [&ctx, evaluated, score](records::Workspace& ws) {
    const model::Studio s = records::evaluate_studio(ws, *evaluated, *score);
    ctx.say(msg::text("cli.studio_scored", s.name, *s.score));
  });

  CLI::App* delist = studio->add_subcommand("delist");
  auto delisted = std::make_shared<std::string>();
  auto date = std::make_shared<std::string>();
  auto reason = std::make_shared<std::string>();
  auto allow_future = std::make_shared<bool>(false);
  delist->add_option("NAME", *delisted)->required();
  delist->add_option("--date", *date);
  delist->add_flag("--allow-future", *allow_future);
  delist->add_option("--reason", *reason)->required();
  example(delist, "cppcc studio delist 柳湾镇委员工作室 --date 2024-06-30 --reason 年度考评不合格");
  ctx.run(delist, Need::write,
          [&ctx, delisted, date, reason, allow_future](records::Workspace& ws) {
            const model::Studio s =
                records::delist_studio(ws, *delisted, ctx.step_date(*date, *allow_future), *reason);
            ctx.say(msg::text("cli.studio_delisted", s.name, s.delisted));
          });

  add_import(studio, ctx, "studio", "cppcc studio import 委员工作室.csv");
  add_export(studio, ctx, "studio", {}, "cppcc studio export --out 委员工作室.csv");
}

} // namespace cppcc::cli
