// cppcc member add|update|list|show|score
#include "commands/commands.hpp"
#include "commands/exchange.hpp"
#include "commands/options.hpp"
#include "records/members.hpp"
#include "scoring/report.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

namespace {

void add_filters(CLI::App* command, const std::shared_ptr<storage::MemberFilter>& filter)
{
  command->add_option("--sector", filter->sector);
  command->add_option("--party", filter->party);
  command->add_option("--status", filter->status);
  command->add_option("--role", filter->role);
  command->add_option("--search", filter->search);
}

storage::MemberFilter resolve(records::Workspace& ws, storage::MemberFilter filter)
{
  const auto& c = ws.config;
  if (!filter.sector.empty()) filter.sector = c.sectors.require(filter.sector);
  if (!filter.party.empty()) filter.party = c.parties.require(filter.party);
  if (!filter.status.empty()) filter.status = c.member_statuses.require(filter.status);
  if (!filter.role.empty()) filter.role = c.roles.require(filter.role);
  return filter;
}

void register_score(CLI::App* member, Context& ctx)
{
  CLI::App* score = member->add_subcommand("score");
  struct Options {
    int year = 0;
    std::string sector;
  };
  auto o = std::make_shared<Options>();
  add_year(score, o->year);
  score->add_option("--sector", o->sector);
  example(score, "cppcc member score --year 2023 --format csv > 2023履职考评.csv");
  ctx.run(score, Need::read, [&ctx, o](records::Workspace& ws) {
    ctx.print(scoring::score_table(ws, o->year ? o->year : ws.today.year, o->sector));
  });
}

} // namespace

CLI::Option* add_year(CLI::App* command, int& year)
{
  return command->add_option("--year", year)->check(CLI::Range(1949, 9999));
}

void register_member(CLI::App& app, Context& ctx)
{
  CLI::App* member = app.add_subcommand("member");
  member->require_subcommand(1);
  example(member, "cppcc member list --sector 教育界");

  CLI::App* add = member->add_subcommand("add");
  auto add_fields = std::make_shared<records::Fields>();
  field_options(add, records::member_columns(), add_fields, {"name"});
  example(
      add,
      "cppcc member add --code W001 --name 张明 --sector 教育界 --party 民盟 --phone 13800000000");
  example(add, "cppcc member add --name 李华 --sector 教育界 --party 九三学社");
  ctx.run(add, Need::write, [&ctx, add_fields](records::Workspace& ws) {
    const model::Member m = records::add_member(ws, *add_fields, records::Naming::option);
    ctx.say(msg::text("cli.added_member", m.code, m.name));
  });

  CLI::App* update = member->add_subcommand("update");
  auto code = std::make_shared<std::string>();
  update->add_option("CODE", *code)->required();
  auto update_fields = std::make_shared<records::Fields>();
  field_options(update, records::member_columns(), update_fields);
  example(update, "cppcc member update W001 --post 副校长 --roles publicity_officer");
  example(update, "cppcc member update W0002 --status left --left-on 2024-06-30");
  ctx.run(update, Need::write, [&ctx, code, update_fields](records::Workspace& ws) {
    const model::Member m = records::update_member(ws, *code, *update_fields);
    ctx.say(msg::text("cli.updated_member", m.code, m.name));
  });

  CLI::App* list = member->add_subcommand("list");
  auto filter = std::make_shared<storage::MemberFilter>();
  add_filters(list, filter);
  example(list, "cppcc member list --role publicity_officer --format md");
  ctx.run(list, Need::read, [&ctx, filter](records::Workspace& ws) {
    ctx.print(records::member_table(ws, resolve(ws, *filter)));
  });

  add_import(member, ctx, "member", "cppcc member import 委员名册.csv");
  auto export_filter = std::make_shared<storage::MemberFilter>();
  add_filters(add_export(
                  member, ctx, "member",
                  [export_filter](records::Workspace& ws) {
                    import::ExportFilter f;
                    f.members = resolve(ws, *export_filter);
                    return f;
                  },
                  "cppcc member export --bom --out 委员名册.csv"),
              export_filter);

  CLI::App* show = member->add_subcommand("show");
  auto show_code = std::make_shared<std::string>();
  auto show_year = std::make_shared<int>(0);
  show->add_option("CODE", *show_code)->required();
  add_year(show, *show_year);
  example(show, "cppcc member show W001 --year 2023");
  ctx.run(show, Need::read, [&ctx, show_code, show_year](records::Workspace& ws) {
    if (*show_year)
      ctx.print(scoring::member_file(ws, *show_code, *show_year));
    else
      ctx.print(records::member_document(ws, *show_code));
  });

  register_score(member, ctx);
}

} // namespace cppcc::cli
