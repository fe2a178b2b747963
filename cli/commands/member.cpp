// cppcc member add|update|list|show
#include "commands/commands.hpp"
#include "records/members.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

void register_member(CLI::App& app, Context& ctx)
{
  CLI::App* member = app.add_subcommand("member", "committee members (委员)");
  member->require_subcommand(1);
  example(member, "cppcc member list --sector 教育界");

  CLI::App* add = member->add_subcommand("add", "add a member (code generated when not given)");
  auto add_fields = std::make_shared<records::Fields>();
  field_options(add, records::member_columns(), add_fields, {"name"});
  example(
      add,
      "cppcc member add --code W001 --name 张明 --sector 教育界 --party 民盟 --phone 13800000000");
  ctx.run(add, Need::write, [&ctx, add_fields](records::Workspace& ws) {
    const model::Member m = records::add_member(ws, *add_fields);
    ctx.say(fmt::format("added member {} {}", m.code, m.name));
  });

  CLI::App* update = member->add_subcommand("update", "change fields of a member");
  auto code = std::make_shared<std::string>();
  update->add_option("CODE", *code, "member code or name")->required();
  auto update_fields = std::make_shared<records::Fields>();
  field_options(update, records::member_columns(), update_fields);
  example(update, "cppcc member update W001 --post 副校长 --roles publicity_officer");
  ctx.run(update, Need::write, [&ctx, code, update_fields](records::Workspace& ws) {
    const model::Member m = records::update_member(ws, *code, *update_fields);
    ctx.say(fmt::format("updated member {} {}", m.code, m.name));
  });

  CLI::App* list = member->add_subcommand("list", "list members");
  auto filter = std::make_shared<storage::MemberFilter>();
  list->add_option("--sector", filter->sector, "only this sector (界别)");
  list->add_option("--party", filter->party, "only this party");
  list->add_option("--status", filter->status, "active or left");
  list->add_option("--role", filter->role, "only members with this role");
  list->add_option("--search", filter->search, "text in name, workplace or post");
  example(list, "cppcc member list --role publicity_officer --format md");
  ctx.run(list, Need::read, [&ctx, filter](records::Workspace& ws) {
    storage::MemberFilter resolved = *filter;
    const auto& c = ws.config;
    if (!resolved.sector.empty()) resolved.sector = c.sectors.require(resolved.sector);
    if (!resolved.party.empty()) resolved.party = c.parties.require(resolved.party);
    if (!resolved.status.empty()) resolved.status = c.member_statuses.require(resolved.status);
    if (!resolved.role.empty()) resolved.role = c.roles.require(resolved.role);
    ctx.print(records::member_table(ws, resolved));
  });

  CLI::App* show = member->add_subcommand("show", "show one member");
  auto show_code = std::make_shared<std::string>();
  show->add_option("CODE", *show_code, "member code or name")->required();
  example(show, "cppcc member show W001");
  ctx.run(show, Need::read, [&ctx, show_code](records::Workspace& ws) {
    ctx.print(records::member_document(ws, *show_code));
  });
}

} // namespace cppcc::cli
