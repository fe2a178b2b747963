// cppcc proposal file|reject|convert|merge|withdraw|assign|return|extend|reply|feedback|
// conclude|key: one command per workflow action, each a thin call into lib/workflow/.
#include "commands/commands.hpp"
#include "util/text.hpp"
#include "workflow/corrections.hpp"
#include "workflow/proposal_actions.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

namespace {

struct ActionOptions {
  bool allow_future = false;
  std::string code, date, reason, unit, into, until, result, text, contact, satisfaction, leader;
  std::vector<std::string> leads, joints;
};

using Action =
    std::function<workflow::Outcome(records::Workspace&, const ActionOptions&, const io::Date&)>;

// Adds `proposal NAME CODE [--date D]`, running `action` in one write transaction.
CLI::App* action_command(CLI::App* proposal, Context& ctx, const std::string& name,
                         const std::string& example_line, std::shared_ptr<ActionOptions> o,
                         Action action)
{
  CLI::App* command = proposal->add_subcommand(name);
  command->add_option("CODE", o->code)->required();
  command->add_option("--date", o->date);
  command->add_flag("--allow-future", o->allow_future);
  example(command, example_line);
  ctx.run(command, Need::write, [&ctx, o, action](records::Workspace& ws) {
    const io::Date date = ctx.step_date(o->date, o->allow_future);
    const workflow::Outcome out = action(ws, *o, date);
    const auto& states = ws.config.proposal_states;
    const std::string note = out.note.empty() ? "" : msg::text("cli.step_note", out.note);
    if (out.from == out.to) // recorded, but the state stays: say what was done
      ctx.say(msg::text(
          "cli.step_recorded", out.code,
          workflow::proposal_workflow(ws.config).action_labels().label(out.action, ws.lang),
          states.label(out.to, ws.lang), note));
    else
      ctx.say(msg::text("cli.step_moved", out.code, states.label(out.from, ws.lang),
                        states.label(out.to, ws.lang), note));
  });
  return command;
}

// The units of --lead/--joint: each value may be a list, split as a ledger's cell is.
std::vector<std::string> units_listed(const std::vector<std::string>& values)
{
  std::vector<std::string> out;
  for (const auto& value : values)
    for (auto& name : util::split_list(value))
      out.push_back(std::move(name));
  return out;
}

// What a correction says it did: "P1: undid step 7, reply 2024-07-10 (…); replied →
// assigned".
void say_correction(Context& ctx, records::Workspace& ws, const workflow::Correction& c,
                    std::string_view done_key)
{
  const auto& states = ws.config.proposal_states;
  std::string text = msg::text(done_key, c.code, c.event, c.was);
  if (!c.is.empty()) text += msg::text("cli.correction_now", c.is);
  if (c.from != c.to)
    text += msg::text("cli.correction_state", states.label(c.from, ws.lang),
                      states.label(c.to, ws.lang));
  ctx.say(text);
}

// proposal undo CODE; proposal amend CODE --event N --date|--unit|--result.
void register_corrections(CLI::App& proposal, Context& ctx)
{
  CLI::App* undo = proposal.add_subcommand("undo");
  auto undo_code = std::make_shared<std::string>();
  undo->add_option("CODE", *undo_code)->required();
  example(undo, "cppcc proposal undo P1");
  ctx.run(undo, Need::write, [&ctx, undo_code](records::Workspace& ws) {
    say_correction(ctx, ws, workflow::undo_step(ws, *undo_code, ctx.today()), "cli.corrected_undo");
  });

  struct AmendOptions {
    std::string code, date, unit, result, contact;
    long event = 0;
    bool allow_future = false;
  };
  auto o = std::make_shared<AmendOptions>();
  CLI::App* amend = proposal.add_subcommand("amend");
  amend->add_option("CODE", o->code)->required();
  amend->add_option("--event", o->event)->required()->check(CLI::PositiveNumber);
  amend->add_option("--date", o->date);
  amend->add_option("--unit", o->unit);
  amend->add_option("--result", o->result);
  amend->add_option("--contact", o->contact);
  amend->add_flag("--allow-future", o->allow_future);
  example(amend, "cppcc proposal amend P1 --event 7 --date 2024-04-16");
  example(amend, "cppcc proposal amend P2024-0002 --event 3 --unit 区医疗保障局=区民政局");
  ctx.run(amend, Need::write, [&ctx, o](records::Workspace& ws) {
    workflow::Amendment a;
    if (!o->date.empty()) a.date = ctx.step_date(o->date, o->allow_future);
    if (!o->unit.empty()) a.unit = o->unit;
    if (!o->result.empty()) a.result = o->result;
    if (!o->contact.empty()) a.contact = o->contact;
    say_correction(ctx, ws, workflow::amend_step(ws, o->code, o->event, a, ctx.today()),
                   "cli.corrected_amend");
  });
}

} // namespace

void register_proposal_workflow(CLI::App& proposal, Context& ctx)
{
  using namespace workflow;
  auto o = [] { return std::make_shared<ActionOptions>(); };

  action_command(&proposal, ctx, "file", "cppcc proposal file P1 --date 2024-01-20", o(),
                 [](auto& ws, auto& a, auto& d) { return file_proposal(ws, a.code, d); });

  auto reject = o();
  action_command(
      &proposal, ctx, "reject", "cppcc proposal reject P2024-0005 --reason 属于司法个案", reject,
      [](auto& ws, auto& a, auto& d) { return reject_proposal(ws, a.code, a.reason, d); })
      ->add_option("--reason", reject->reason)
      ->required();

  auto convert = o();
  action_command(&proposal, ctx, "convert", "cppcc proposal convert P2024-0005 --unit 区司法局",
                 convert,
                 [](auto& ws, auto& a, auto& d) { return convert_proposal(ws, a.code, a.unit, d); })
      ->add_option("--unit", convert->unit)
      ->required();

  auto merge = o();
  action_command(&proposal, ctx, "merge",
                 "cppcc proposal merge P2024-0006 --into P1 --date 2024-01-20", merge,
                 [](auto& ws, auto& a, auto& d) { return merge_proposal(ws, a.code, a.into, d); })
      ->add_option("--into", merge->into)
      ->required();

  auto withdraw = o();
  action_command(
      &proposal, ctx, "withdraw", "cppcc proposal withdraw P2024-0007 --reason 提案人申请撤回",
      withdraw,
      [](auto& ws, auto& a, auto& d) { return withdraw_proposal(ws, a.code, a.reason, d); })
      ->add_option("--reason", withdraw->reason);

  auto assign = o();
  CLI::App* assign_command = action_command(
      &proposal, ctx, "assign",
      "cppcc proposal assign P1 --lead 区水利局 --joint 区住房和城乡建设局 --date 2024-02-01",
      assign, [](auto& ws, auto& a, auto& d) {
        return assign_proposal(ws, a.code, units_listed(a.leads), units_listed(a.joints), d);
      });
  assign_command->add_option("--lead", assign->leads)->take_all();
  assign_command->add_option("--joint", assign->joints)->take_all();

  auto ret = o();
  CLI::App* return_command =
      action_command(&proposal, ctx, "return",
                     "cppcc proposal return P1 --unit 区住房和城乡建设局 --reason 不属于本单位职责 "
                     "--date 2024-02-05",
                     ret, [](auto& ws, auto& a, auto& d) {
                       return return_proposal(ws, a.code, a.unit, a.reason, d);
                     });
  return_command->add_option("--unit", ret->unit)->required();
  return_command->add_option("--reason", ret->reason)->required();

  auto extend = o();
  CLI::App* extend_command = action_command(
      &proposal, ctx, "extend",
      "cppcc proposal extend P1 --until 2024-06-30 --reason 需跨年度实施 --date 2024-04-01", extend,
      [](auto& ws, auto& a, auto& d) {
        return extend_proposal(ws, a.code, io::parse_date_or_throw(a.until, "--until"), a.reason,
                               d);
      });
  extend_command->add_option("--until", extend->until)->required();
  extend_command->add_option("--reason", extend->reason)->required();

  auto reply = o();
  CLI::App* reply_command =
      action_command(&proposal, ctx, "reply",
                     "cppcc proposal reply P1 --unit 区水利局 --result A --date 2024-04-15", reply,
                     [](auto& ws, auto& a, auto& d) {
                       return reply_proposal(ws, a.code, a.unit, a.result, a.text, d);
                     });
  example(reply_command,
          "cppcc proposal reply P2024-0001 --unit 区公安分局 --result B --date 2024-03-20");
  reply_command->add_option("--unit", reply->unit);
  reply_command->add_option("--result", reply->result);
  reply_command->add_option("--text", reply->text);

  auto feedback = o();
  CLI::App* feedback_command = action_command(
      &proposal, ctx, "feedback",
      "cppcc proposal feedback P1 --contact visit --satisfaction satisfied --date 2024-05-10",
      feedback, [](auto& ws, auto& a, auto& d) {
        return feedback_proposal(ws, a.code, a.contact, a.satisfaction, d);
      });
  feedback_command->add_option("--contact", feedback->contact)->required();
  feedback_command->add_option("--satisfaction", feedback->satisfaction)->required();

  action_command(&proposal, ctx, "conclude", "cppcc proposal conclude P2024-0001 --date 2024-06-01",
                 o(), [](auto& ws, auto& a, auto& d) { return conclude_proposal(ws, a.code, d); });

  auto key = o();
  action_command(&proposal, ctx, "key", "cppcc proposal key P1 --leader 王主席", key,
                 [](auto& ws, auto& a, auto& d) { return key_proposal(ws, a.code, a.leader, d); })
      ->add_option("--leader", key->leader)
      ->required();

  register_corrections(proposal, ctx);
}

} // namespace cppcc::cli
