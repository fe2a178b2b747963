#include "workflow/proposal_lifecycle.hpp"

#include "error.hpp"
#include "util/json.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace cppcc::workflow {

using model::Role;

namespace {

// Every role, lead first: the order units are looked through.
constexpr Role k_roles[] = {Role::lead, Role::joint};

std::string required(std::string_view value, std::string_view what)
{
  std::string text = util::trim(value);
  if (text.empty()) throw UsageError(msg::text("workflow.option_required", what));
  return text;
}

std::string record(const ProposalState& s)
{
  return msg::text("workflow.proposal_named", s.proposal.code);
}

} // namespace

std::vector<model::Assignment*> ProposalState::active(Role role)
{
  std::vector<model::Assignment*> out;
  for (auto& a : assignments)
    if (a.round == proposal.round && a.role == role && a.active()) out.push_back(&a);
  return out;
}

void Lifecycle::begin(ProposalState& s, std::string_view action, const io::Date& date) const
{
  if (!is_allowed(workflow::proposal_workflow(m_config), s.proposal.status, action))
    ensure_allowed(workflow::proposal_workflow(m_config), record(s), s.proposal.status, action);
  if (s.last_date && date < *s.last_date)
    throw DataError(msg::text(
        "workflow.date_before_last_step", record(s), date.iso(),
        workflow::proposal_workflow(m_config).action_labels().word(s.last_action), s.last_date));
}

namespace {

// What the workflow's conditions ask about a proposal on `date`. Facts' functions hold
// only a pointer to it (no allocation per step).
struct Situation {
  ProposalState& s;
  io::Date date;
  int wait_days;

  io::Date window_opens() const { return s.proposal.replied.value_or(date).add_days(wait_days); }
  bool holds(std::string_view condition) const
  {
    if (condition == "all_leads_replied") {
      auto leads = s.active(Role::lead);
      return !leads.empty() && std::all_of(leads.begin(), leads.end(),
                                           [](auto* a) { return a->replied.has_value(); });
    }
    if (condition == "no_leads_left") return s.active(Role::lead).empty();
    if (condition == "unsatisfied") return s.proposal.satisfaction == "unsatisfied";
    if (condition == "feedback_window_passed") return s.proposal.replied && date >= window_opens();
    return false;
  }
  std::string explain(std::string_view condition) const
  {
    if (condition == "feedback_window_passed")
      return msg::text("workflow.conclude_after_wait", s.proposal.replied, window_opens().iso(),
                       wait_days);
    return msg::text("workflow.condition_not_met", condition);
  }
};

Facts facts_of(const Situation& situation)
{
  Facts f;
  f.holds = [&situation](std::string_view condition) { return situation.holds(condition); };
  f.explain = [&situation](std::string_view condition) { return situation.explain(condition); };
  return f;
}

} // namespace

// What entering a state means, beyond the state itself, by the phases of the two states
// (workflows.proposal.states[].phase).
void Lifecycle::enter(ProposalState& s, const std::string& from, const std::string& to,
                      const io::Date& date, Details& details) const
{
  using config::Phase;
  model::Proposal& p = s.proposal;
  const auto& phases = m_config.proposal_phases;
  const auto now = phases.of(to);
  const auto was = [&] { return phases.of(from); }; // asked only where it matters
  if (now == Phase::replied) {
    const auto& results = m_config.results.entries();
    auto rank = [&](const std::string& id) {
      for (std::size_t i = 0; i < results.size(); ++i)
        if (results[i].id == id) return i;
      return results.size();
    };
    p.replied.reset();
    p.result.clear();
    for (auto* lead : s.active(Role::lead)) {
      p.replied = std::max(p.replied, lead->replied);
      if (p.result.empty() || rank(lead->result) > rank(p.result))
        p.result = lead->result; // split handling: the weakest result counts
    }
  } else if (now == Phase::handling && was() == Phase::replied) {
    // Handled again (rehandling): the same units in a new round, with a new due date.
    const int previous = p.round;
    const int months = m_config.handling.rehandling_months;
    const io::Date due = date.add_months(months);
    if (!io::in_range(due))
      throw DataError(msg::text("workflow.rehandling_due_out_of_range", record(s), months,
                                date.iso(), io::outside_range(due)));
    std::vector<model::Assignment> next;
    for (const auto& a : s.assignments)
      if (a.round == previous && a.active())
        next.push_back({0, a.unit_id, a.unit, a.role, previous + 1, date, due, {}, "", {}, "", ""});
    s.assignments.insert(s.assignments.end(), next.begin(), next.end());
    // `assigned` stays the first assignment (交办日期) and `replied`/`result` the last
    // reply until the new round's replies replace them; `due` is the one in force.
    p.round = previous + 1;
    p.due = due;
    details.emplace_back("due", due.iso());
  } else if (now == Phase::concluded) {
    p.concluded = date;
  } else if (now == Phase::filed && was() == Phase::handling) {
    // Every lead unit returned it: to be assigned again from a clean state, as a proposal
    // just filed. The round's joint units served those leads, so they are released on
    // the same date (the work may be theirs: the new assignment names each unit again,
    // one of them as lead if need be); their assignments keep the history.
    std::vector<std::string> released;
    for (auto* joint : s.active(Role::joint)) {
      joint->returned = date;
      joint->return_reason = k_released_with_leads;
      released.push_back(joint->unit);
    }
    if (!released.empty()) details.emplace_back("released", util::join(released, ";"));
    p.assigned.reset();
    p.due.reset();
  }
}

Outcome Lifecycle::finish(ProposalState& s, std::string_view action, const io::Date& date,
                          Details details, std::string note) const
{
  const Situation situation{s, date, m_config.handling.conclude_without_feedback_days};
  const Step step = decide(
      workflow::proposal_workflow(m_config), [&s] { return record(s); }, s.proposal.status, action,
      facts_of(situation));
  s.proposal.status = step.to;
  if (step.to != step.from) enter(s, step.from, step.to, date, details);
  s.events.push_back(
      {0, std::string(action), date, step.from, step.to, m_op, m_now, util::json_object(details)});
  if (!s.last_date || date >= *s.last_date) {
    s.last_date = date;
    s.last_action = std::string(action);
  }
  return Outcome{s.proposal.code, std::string(action), step.from, step.to, std::move(note)};
}

void Lifecycle::submit(ProposalState& s) const
{
  // Room for a whole ledger row's steps: growing moves every event and assignment
  // (several strings each), which showed in an import's profile.
  s.events.reserve(8);
  s.assignments.reserve(4);
  s.proposal.status = workflow::proposal_workflow(m_config).initial();
  s.events.push_back({0, "add", s.proposal.submitted, "", s.proposal.status, m_op, m_now, "{}"});
  s.last_date = s.proposal.submitted;
  s.last_action = "add";
}

Outcome Lifecycle::file(ProposalState& s, const io::Date& date, int filing_no) const
{
  begin(s, "file", date);
  s.proposal.filed = date;
  s.proposal.filing_no = filing_no;
  return finish(s, "file", date, {{"filing_no", std::to_string(filing_no)}},
                msg::text("workflow.note_filing_no", filing_no));
}

Outcome Lifecycle::reject(ProposalState& s, const io::Date& date, std::string_view reason) const
{
  begin(s, "reject", date);
  const std::string text = required(reason, "--reason");
  s.proposal.reject_reason = m_config.reject_reasons.resolve(text).value_or(text);
  return finish(s, "reject", date, {{"reason", s.proposal.reject_reason}});
}

Outcome Lifecycle::convert(ProposalState& s, const io::Date& date,
                           const std::optional<model::Unit>& unit) const
{
  begin(s, "convert", date);
  if (!unit) return finish(s, "convert", date, {});
  s.proposal.converted_unit_id = unit->id;
  return finish(s, "convert", date, {{"unit", unit->name}},
                msg::text("workflow.note_forwarded_to", unit->name));
}

Outcome Lifecycle::merge(ProposalState& s, const io::Date& date, ProposalState& target,
                         MergeTime when) const
{
  begin(s, "merge", date);
  if (target.proposal.id == s.proposal.id)
    throw DataError(msg::text("workflow.merge_into_itself", record(s)));
  // A ledger's merge into a proposal concluded since: it was open on the merge date.
  const bool open_then =
      when == MergeTime::past &&
      m_config.proposal_phases.is(target.proposal.status, config::Phase::concluded) &&
      target.proposal.concluded && date <= *target.proposal.concluded;
  try {
    // Not begin(): the target may have moved on since (filed, assigned) — a ledger
    // often records the merge only by the merged proposal's own dates.
    if (!open_then)
      ensure_allowed(workflow::proposal_workflow(m_config), record(target), target.proposal.status,
                     "merge_in");
  } catch (const TransitionError&) {
    throw TransitionError(msg::text("workflow.merge_target_closed", record(target),
                                    m_config.proposal_states.word(target.proposal.status)));
  }
  std::vector<model::Cosigner> carried;
  carried.push_back({s.proposal.proposer, s.proposal.proposer_member_id, s.proposal.id});
  for (const auto& c : s.proposal.cosigners)
    carried.push_back({c.name, c.member_id, s.proposal.id});
  auto& into = target.proposal.cosigners;
  for (auto& c : carried)
    if (c.name != target.proposal.proposer &&
        std::none_of(into.begin(), into.end(), [&](const auto& t) { return t.name == c.name; }))
      into.push_back(c);
  if (open_then) // recorded as of then, without asking the workflow about the state now
    target.events.push_back({0, "merge_in", date, target.proposal.status, target.proposal.status,
                             m_op, m_now, util::json_object({{"absorbed", s.proposal.code}})});
  else
    finish(target, "merge_in", date, {{"absorbed", s.proposal.code}});
  s.proposal.merged_into_id = target.proposal.id;
  return finish(s, "merge", date, {{"into", target.proposal.code}},
                msg::text("workflow.note_merged_into", target.proposal.code));
}

Outcome Lifecycle::withdraw(ProposalState& s, const io::Date& date, std::string_view reason) const
{
  begin(s, "withdraw", date);
  Details details;
  if (!util::trim(reason).empty()) details.emplace_back("reason", util::trim(reason));
  return finish(s, "withdraw", date, std::move(details));
}

Outcome Lifecycle::assign(ProposalState& s, const io::Date& date,
                          const std::vector<model::Unit>& leads,
                          const std::vector<model::Unit>& joints, std::optional<io::Date> due) const
{
  begin(s, "assign", date);
  model::Proposal& p = s.proposal;
  if (leads.empty() && s.active(Role::lead).empty())
    throw UsageError(msg::text("workflow.assign_needs_lead"));
  p.round = std::max(p.round, 1);
  const auto& handling = m_config.handling;
  const int months = p.during_plenary ? handling.plenary_period_months : handling.period_months;
  const io::Date due_date = due.value_or(date.add_months(months));
  if (!io::in_range(due_date)) // only a computed one can be outside: parsed dates are checked
    throw DataError(msg::text("workflow.due_out_of_range", record(s), months, date.iso(),
                              p.during_plenary ? "plenary_" : "", io::outside_range(due_date)));
  if (due_date <= date)
    throw DataError(
        msg::text("workflow.due_not_after_assignment", record(s), due_date.iso(), date.iso()));
  std::vector<std::string> names;
  auto add = [&](const model::Unit& unit, Role role) {
    for (Role held : k_roles)
      for (const auto* a : s.active(held))
        if (a->unit_id == unit.id)
          throw DataError(msg::text("workflow.unit_already_handles", unit.name, record(s)));
    s.assignments.push_back(
        {0, unit.id, unit.name, role, p.round, date, due_date, {}, "", {}, "", ""});
    names.push_back(unit.name);
  };
  for (const auto& lead : leads)
    add(lead, Role::lead);
  for (const auto& joint : joints)
    add(joint, Role::joint);
  if (!p.assigned) p.assigned = date;
  p.due = std::max(p.due, std::optional<io::Date>(due_date));
  // The round's joint units serve a lead unit added to it (split handling): same due date.
  for (auto* joint : s.active(Role::joint))
    if (!joint->replied && joint->due < p.due) joint->due = p.due;
  return finish(s, "assign", date, {{"units", util::join(names, ";")}, {"due", due_date.iso()}},
                msg::text("workflow.note_due", p.due));
}

Outcome Lifecycle::return_unit(ProposalState& s, const io::Date& date, const model::Unit& unit,
                               std::string_view reason) const
{
  begin(s, "return", date);
  const std::string why = required(reason, "--reason");
  model::Assignment* held = nullptr;
  for (Role role : k_roles)
    for (auto* a : s.active(role))
      if (a->unit_id == unit.id) held = a;
  if (!held) throw DataError(msg::text("workflow.unit_does_not_hold", unit.name, record(s)));
  const int window = m_config.handling.return_days;
  const io::Date last_day = held->assigned.value_or(date).add_days(window);
  if (date > last_day)
    throw TransitionError(msg::text("workflow.return_window_passed", record(s), unit.name,
                                    held->assigned, window, last_day.iso()));
  held->returned = date;
  held->return_reason = why;
  return finish(s, "return", date, {{"unit", unit.name}, {"reason", why}});
}

Outcome Lifecycle::extend(ProposalState& s, const io::Date& date, const io::Date& until,
                          std::string_view reason) const
{
  begin(s, "extend", date);
  model::Proposal& p = s.proposal;
  const std::string why = required(reason, "--reason");
  std::optional<io::Date> first_assigned; // of the current round: rehandling has a cap of its own
  for (const auto* a : s.active(Role::lead))
    if (a->assigned && (!first_assigned || a->assigned < first_assigned))
      first_assigned = a->assigned;
  if (!first_assigned) first_assigned = p.assigned;
  const int cap_months = m_config.handling.max_months;
  const io::Date cap = first_assigned.value_or(date).add_months(cap_months);
  if (until <= p.due) throw DataError(msg::text("workflow.until_not_later", record(s), p.due));
  if (until > cap)
    throw DataError(
        msg::text("workflow.extend_past_cap", record(s), cap.iso(), cap_months, first_assigned));
  for (auto& a : s.assignments)
    if (a.round == p.round && a.active() && !a.replied) a.due = until;
  Details details{{"from", util::iso(p.due)}, {"until", until.iso()}, {"reason", why}};
  p.due = until;
  return finish(s, "extend", date, std::move(details), msg::text("workflow.note_due", p.due));
}

Outcome Lifecycle::reply(ProposalState& s, const io::Date& date,
                         const std::optional<model::Unit>& unit, std::string_view result,
                         std::string_view text) const
{
  begin(s, "reply", date);
  model::Assignment* replying = nullptr;
  if (!unit) {
    // Without --unit only when one unit of the round, lead or joint, has not replied:
    // picking the lead of several would record a joint unit's reply against it.
    std::vector<model::Assignment*> waiting;
    std::vector<std::string> names;
    for (Role role : k_roles)
      for (auto* a : s.active(role))
        if (!a->replied) {
          waiting.push_back(a);
          names.push_back(a->unit);
        }
    if (waiting.empty()) throw DataError(msg::text("workflow.all_units_replied", record(s)));
    if (waiting.size() > 1)
      throw UsageError(msg::text("workflow.reply_needs_unit", waiting.size(), record(s),
                                 util::join(names, msg::text("workflow.list_separator"))));
    replying = waiting.front();
  } else {
    for (Role role : k_roles)
      for (auto* a : s.active(role))
        if (a->unit_id == unit->id) replying = a;
    if (!replying) throw DataError(msg::text("workflow.unit_not_handling", unit->name, record(s)));
  }
  // Once every lead unit has replied (state replied), only joint units are left to.
  if (m_config.proposal_phases.is(s.proposal.status, config::Phase::replied) &&
      replying->role != Role::joint && !replying->replied)
    throw TransitionError(msg::text("workflow.only_joint_reply_left", record(s)));
  if (replying->replied)
    throw DataError(
        msg::text("workflow.unit_already_replied", replying->unit, record(s), replying->replied));
  // A joint unit's opinion goes to the lead unit and needs no result class.
  const std::string result_id = replying->role == Role::joint && util::trim(result).empty()
                                    ? std::string()
                                    : m_config.results.require(required(result, "--result"));
  replying->replied = date;
  replying->result = result_id;
  replying->reply_text = std::string(text);
  const bool on_time = date <= replying->due;
  Details details{{"unit", replying->unit}};
  if (!result_id.empty()) details.emplace_back("result", result_id);
  details.emplace_back("on_time", on_time ? "yes" : "no");
  return finish(s, "reply", date, std::move(details),
                on_time ? std::string() : msg::text("workflow.note_late", replying->due));
}

Outcome Lifecycle::feedback(ProposalState& s, const io::Date& date, std::string_view contact,
                            std::string_view satisfaction) const
{
  begin(s, "feedback", date);
  model::Proposal& p = s.proposal;
  p.contact = util::trim(contact).empty() ? std::string() : m_config.contact.require(contact);
  p.satisfaction = m_config.satisfaction.require(required(satisfaction, "--satisfaction"));
  p.feedback = date;
  Details details;
  if (!p.contact.empty()) details.emplace_back("contact", p.contact);
  details.emplace_back("satisfaction", p.satisfaction);
  return finish(s, "feedback", date, std::move(details));
}

Outcome Lifecycle::conclude(ProposalState& s, const io::Date& date) const
{
  begin(s, "conclude", date);
  return finish(s, "conclude", date, {});
}

Outcome Lifecycle::key(ProposalState& s, const io::Date& date, std::string_view leader) const
{
  begin(s, "key", date);
  s.proposal.key = true;
  s.proposal.key_leader = util::trim(leader); // a ledger may not name one: absent is empty
  Details details;
  if (!s.proposal.key_leader.empty()) details.emplace_back("leader", s.proposal.key_leader);
  return finish(s, "key", date, std::move(details));
}

} // namespace cppcc::workflow
