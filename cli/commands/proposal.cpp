// cppcc proposal add|list|show|history (the lifecycle actions: proposal_workflow.cpp)
#include "commands/commands.hpp"
#include "commands/exchange.hpp"
#include "records/near_duplicates.hpp"
#include "records/proposals.hpp"
#include "records/references.hpp"
#include "workflow/proposal_actions.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

namespace {

struct ListOptions {
  int year = 0;
  std::string status, unit, category, sector, search;
  bool overdue = false;
};

struct SimilarOptions {
  std::string code;
  int year = 0;
  bool all = false;
  int limit = 10;
};

void add_list_filters(CLI::App* command, const std::shared_ptr<ListOptions>& o)
{
  command->add_option("--year", o->year);
  command->add_option("--status", o->status);
  command->add_option("--unit", o->unit);
  command->add_option("--category", o->category);
  command->add_option("--sector", o->sector);
  command->add_option("--search", o->search);
  command->add_flag("--overdue", o->overdue);
}

storage::ProposalFilter resolve(records::Workspace& ws, const ListOptions& o)
{
  storage::ProposalFilter filter;
  const auto& c = ws.config;
  if (o.year) filter.year = o.year;
  if (!o.status.empty()) filter.status = c.proposal_states.require(o.status);
  if (!o.category.empty()) filter.category = c.categories.require(o.category);
  if (!o.sector.empty()) filter.sector = c.sectors.require(o.sector);
  if (!o.unit.empty()) filter.unit = records::unit_named(ws, o.unit).name;
  filter.search = o.search;
  if (o.overdue)
    filter.overdue = {ws.today.iso(), c.proposal_phases.states(config::Phase::handling)};
  return filter;
}

void register_list(CLI::App* proposal, Context& ctx)
{
  CLI::App* list = proposal->add_subcommand("list");
  auto o = std::make_shared<ListOptions>();
  add_list_filters(list, o);
  example(list, "cppcc proposal list --year 2023 --search 供水 --overdue --as-of 2023-09-30");
  ctx.run(list, Need::read, [&ctx, o](records::Workspace& ws) {
    ctx.print(records::proposal_table(ws, resolve(ws, *o)));
  });
}

} // namespace

CLI::App* register_proposal(CLI::App& app, Context& ctx)
{
  CLI::App* proposal = app.add_subcommand("proposal");
  proposal->require_subcommand(1);
  example(proposal, "cppcc proposal list --status assigned");

  CLI::App* add = proposal->add_subcommand("add");
  auto fields = std::make_shared<records::Fields>();
  field_options(add, records::proposal_add_fields(), fields, {"title", "proposer"});
  example(add,
          "cppcc proposal add --code P1 --title 关于加强城区供水管网改造的建议 --proposer 张明 "
          "--cosigners '李华;杜轩新' --category 社会建设 --submitted 2024-01-10");
  ctx.run(add, Need::write, [&ctx, fields](records::Workspace& ws) {
    const model::Proposal p = workflow::add_proposal(ws, *fields);
    ctx.say(msg::text("cli.added_proposal", p.code,
                      ws.config.proposal_states.label(p.status, ws.lang)));
    if (!ctx.options.quiet)
      for (const auto& line : records::notice_lines(ws, {p.id}))
        ctx.say(line);
  });

  CLI::App* similar = proposal->add_subcommand("similar");
  auto similar_options = std::make_shared<SimilarOptions>();
  similar->add_option("CODE", similar_options->code)->required();
  CLI::Option* year = similar->add_option("--year", similar_options->year)
                          ->check(CLI::Range(io::k_first_year, io::k_last_year));
  similar->add_flag("--all", similar_options->all)->excludes(year);
  similar->add_option("--limit", similar_options->limit)->check(CLI::Range(1, 1000));
  example(similar, "cppcc proposal similar P2023-0012 --all --limit 5");
  ctx.run(similar, Need::read, [&ctx, similar_options](records::Workspace& ws) {
    const auto& o = *similar_options;
    ctx.print(records::similar_table(ws, o.code, o.year, o.all, static_cast<std::size_t>(o.limit)));
  });

  register_list(proposal, ctx);

  CLI::App* show = proposal->add_subcommand("show");
  auto code = std::make_shared<std::string>();
  show->add_option("CODE", *code)->required();
  example(show, "cppcc proposal show P1 --format json");
  ctx.run(show, Need::read, [&ctx, code](records::Workspace& ws) {
    ctx.print(records::proposal_document(ws, *code));
  });

  CLI::App* history = proposal->add_subcommand("history");
  auto history_code = std::make_shared<std::string>();
  history->add_option("CODE", *history_code)->required();
  example(history, "cppcc proposal history P1");
  ctx.run(history, Need::read, [&ctx, history_code](records::Workspace& ws) {
    ctx.print(workflow::proposal_history(ws, *history_code));
  });
  add_import(proposal, ctx, "proposal", "cppcc proposal import 提案台账.xlsx --create-missing");
  auto filters = std::make_shared<ListOptions>();
  add_list_filters(add_export(
                       proposal, ctx, "proposal",
                       [filters](records::Workspace& ws) {
                         import::ExportFilter f;
                         f.proposals = resolve(ws, *filters);
                         return f;
                       },
                       "cppcc proposal export --year 2023 --bom --out 2023提案.csv"),
                   filters);
  return proposal;
}

} // namespace cppcc::cli
