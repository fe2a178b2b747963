// cppcc opinion add|list|show|compile|adopt|instruct|reject|import|export
#include "commands/commands.hpp"
#include "commands/exchange.hpp"
#include "io/dates.hpp"
#include "records/opinions.hpp"
#include "records/year_views.hpp"
#include "workflow/definition.hpp"
#include "workflow/opinion_actions.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

namespace {

struct ActionOptions {
  bool allow_future = false;
  std::string code, date, issue;
  workflow::Adopting adopting;
  workflow::Instructing instructing;
};

using Action =
    std::function<model::Opinion(records::Workspace&, const ActionOptions&, const io::Date&)>;

// Adds `opinion NAME CODE [--date D]`: one workflow action in one write transaction.
CLI::App* action_command(CLI::App* opinion, Context& ctx, const std::string& name,
                         const std::string& example_line, std::shared_ptr<ActionOptions> o,
                         Action action)
{
  CLI::App* command = opinion->add_subcommand(name);
  command->add_option("CODE", o->code)->required();
  command->add_option("--date", o->date);
  command->add_flag("--allow-future", o->allow_future);
  example(command, example_line);
  ctx.run(command, Need::write, [&ctx, o, action, name](records::Workspace& ws) {
    const std::string before = records::opinion_coded(ws, o->code).status;
    const model::Opinion after = action(ws, *o, ctx.step_date(o->date, o->allow_future));
    const auto& wf = workflow::opinion_workflow(ws.config);
    if (before == after.status)
      ctx.say(msg::text("cli.step_recorded", after.code, wf.action_labels().label(name, ws.lang),
                        wf.states().label(after.status, ws.lang), std::string()));
    else
      ctx.say(msg::text("cli.step_moved", after.code, wf.states().label(before, ws.lang),
                        wf.states().label(after.status, ws.lang), std::string()));
  });
  return command;
}

} // namespace

void register_opinion(CLI::App& app, Context& ctx)
{
  CLI::App* opinion = app.add_subcommand("opinion");
  opinion->require_subcommand(1);
  example(opinion, "cppcc opinion list --year 2023 --status compiled");

  CLI::App* add = opinion->add_subcommand("add");
  auto fields = std::make_shared<records::Fields>();
  field_options(add, records::opinion_add_fields(), fields, {"title", "submitted"});
  example(add, "cppcc opinion add --title 关于农村饮水安全的建议 --submitter 张明 "
               "--submitted 2023-04-10");
  ctx.run(add, Need::write, [&ctx, fields](records::Workspace& ws) {
    const model::Opinion o = records::add_opinion(ws, *fields);
    ctx.say(msg::text("cli.added_opinion", o.code, o.title));
  });

  CLI::App* list = opinion->add_subcommand("list");
  auto filter = std::make_shared<records::OpinionFilter>();
  auto year = std::make_shared<int>(0);
  list->add_option("--year", *year)->check(CLI::Range(io::k_first_year, io::k_last_year));
  list->add_option("--status", filter->status);
  example(list, "cppcc opinion list --year 2023 --status 已编发");
  ctx.run(list, Need::read, [&ctx, filter, year](records::Workspace& ws) {
    records::OpinionFilter f = *filter;
    if (*year) f.year = *year;
    ctx.print(records::opinion_table(ws, f));
  });

  CLI::App* show = opinion->add_subcommand("show");
  auto code = std::make_shared<std::string>();
  show->add_option("CODE", *code)->required();
  example(show, "cppcc opinion show S2023-0001");
  ctx.run(show, Need::read, [&ctx, code](records::Workspace& ws) {
    ctx.print(records::opinion_document(ws, *code));
  });

  auto o = [] { return std::make_shared<ActionOptions>(); };
  auto compile = o();
  action_command(
      opinion, ctx, "compile", "cppcc opinion compile S2023-0001 --issue 12 --date 2023-05-06",
      compile,
      [](auto& ws, auto& a, auto& d) { return workflow::compile_opinion(ws, a.code, a.issue, d); })
      ->add_option("--issue", compile->issue)
      ->required();

  action_command(
      opinion, ctx, "reject", "cppcc opinion reject SQ2023-022 --date 2023-05-06", o(),
      [](auto& ws, auto& a, auto& d) { return workflow::reject_opinion(ws, a.code, d); });

  auto adopt = o();
  CLI::App* adopt_command = action_command(
      opinion, ctx, "adopt",
      "cppcc opinion adopt S2023-0001 --level 市 --body 市委办公室 --combined --date 2023-06-01",
      adopt, [](auto& ws, auto& a, auto& d) {
        return workflow::adopt_opinion(ws, a.code, a.adopting, d);
      });
  adopt_command->add_option("--level", adopt->adopting.level)->required();
  adopt_command->add_option("--body", adopt->adopting.body);
  adopt_command->add_flag("--combined", adopt->adopting.combined);

  auto instruct = o();
  CLI::App* instruct_command = action_command(
      opinion, ctx, "instruct",
      "cppcc opinion instruct S2023-0001 --leader 刘建国 --level 市 --date 2023-06-10", instruct,
      [](auto& ws, auto& a, auto& d) {
        return workflow::instruct_opinion(ws, a.code, a.instructing, d);
      });
  instruct_command->add_option("--leader", instruct->instructing.leader)->required();
  instruct_command->add_option("--level", instruct->instructing.level)->required();
  instruct_command->add_option("--text", instruct->instructing.text);

  add_import(opinion, ctx, "opinion", "cppcc opinion import 社情民意信息.csv");
  add_export(opinion, ctx, "opinion", {}, "cppcc opinion export --bom --out 社情民意信息.csv");
}

} // namespace cppcc::cli
