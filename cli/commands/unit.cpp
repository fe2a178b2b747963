// cppcc unit add|list
#include "commands/commands.hpp"
#include "commands/exchange.hpp"
#include "records/members.hpp"
#include "records/units.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

void register_unit(CLI::App& app, Context& ctx)
{
  CLI::App* unit = app.add_subcommand("unit");
  unit->require_subcommand(1);
  example(unit, "cppcc unit list");

  CLI::App* add = unit->add_subcommand("add");
  auto fields = std::make_shared<records::Fields>();
  field_options(add, records::unit_columns(), fields, {"name"});
  example(add,
          "cppcc unit add --name 区数据局 --kind government --contact 李强 --phone 0915-3200000");
  ctx.run(add, Need::write, [&ctx, fields](records::Workspace& ws) {
    const model::Unit u = records::add_unit(ws, *fields);
    ctx.say(msg::text("cli.added_unit", u.name));
  });

  CLI::App* list = unit->add_subcommand("list");
  auto kind = std::make_shared<std::string>();
  list->add_option("--kind", *kind);
  example(list, "cppcc unit list --kind government --format csv");
  ctx.run(list, Need::read,
          [&ctx, kind](records::Workspace& ws) { ctx.print(records::unit_table(ws, *kind)); });

  add_import(unit, ctx, "unit", "cppcc unit import 承办单位.csv");
  auto export_kind = std::make_shared<std::string>();
  add_export(
      unit, ctx, "unit",
      [export_kind](records::Workspace& ws) {
        import::ExportFilter f;
        if (!export_kind->empty()) f.unit_kind = ws.config.unit_kinds.require(*export_kind);
        return f;
      },
      "cppcc unit export --out 承办单位.csv")
      ->add_option("--kind", *export_kind);
}

} // namespace cppcc::cli
