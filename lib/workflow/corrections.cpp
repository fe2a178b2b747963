#include "workflow/corrections.hpp"

#include "error.hpp"
#include "records/audit.hpp"
#include "records/proposals.hpp"
#include "records/references.hpp"
#include "storage/proposals.hpp"
#include "util/json.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"
#include "workflow/proposal_actions.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <map>

namespace cppcc::workflow {

namespace {

using Details = std::vector<std::pair<std::string, std::string>>;

// The steps a replay carries out; the others (a merge_in on the proposal merged into,
// the corrections themselves, the steps they undid) are kept as they are.
bool replayed(std::string_view action)
{
  static constexpr std::string_view k_steps[] = {
      "add",    "file",   "reject", "convert",  "merge",    "withdraw", "assign",
      "return", "extend", "reply",  "feedback", "conclude", "key"};
  return std::find(std::begin(k_steps), std::end(k_steps), action) != std::end(k_steps);
}

std::string value(const Details& details, std::string_view key)
{
  for (const auto& [k, v] : details)
    if (k == key) return v;
  return {};
}

void set_value(Details& details, const std::string& key, const std::string& v)
{
  for (auto& [k, old] : details)
    if (k == key) {
      old = v;
      return;
    }
  details.emplace_back(key, v);
}

// A step as a correction's event records it: "reply 2024-07-10 (unit=区水利局; result=A)"
// (stored data, the same whatever the language).
std::string describe(const model::Event& e)
{
  std::vector<std::string> parts;
  for (const auto& [k, v] : util::json_parse_flat(e.details))
    parts.push_back(k + "=" + v);
  return parts.empty() ? fmt::format("{} {}", e.action, e.date)
                       : fmt::format("{} {} ({})", e.action, e.date, util::join(parts, "; "));
}

// The same step as a message names it: its action in the message language ("reply
// 2024-07-10 (unit=区水利局; result=A)" under en, as describe() gives it).
std::string shown(const records::Workspace& ws, const model::Event& e)
{
  std::vector<std::string> parts;
  for (const auto& [k, v] : util::json_parse_flat(e.details))
    parts.push_back(k + "=" + v);
  const std::string action = workflow::proposal_workflow(ws.config).action_labels().word(e.action);
  if (parts.empty()) return msg::text("workflow.step", action, e.date);
  return msg::text("workflow.step_with_details", action, e.date,
                   util::join(parts, msg::text("workflow.detail_separator")));
}

class Replay {
public:
  Replay(records::Workspace& ws, const model::Proposal& stored,
         std::vector<model::Assignment> assignments)
      : m_ws(ws), m_life(lifecycle(ws)), m_old(std::move(assignments))
  {
    model::Proposal& p = state.proposal;
    p = stored;
    // Everything the steps set, set again by them.
    p.status.clear();
    p.filed.reset();
    p.filing_no.reset();
    p.reject_reason.clear();
    p.converted_unit_id.reset();
    p.merged_into_id.reset();
    p.round = 0;
    p.assigned.reset();
    p.due.reset();
    p.replied.reset();
    p.result.clear();
    p.contact.clear();
    p.satisfaction.clear();
    p.feedback.reset();
    p.concluded.reset();
  }

  ProposalState state;

  // Carries out step `e` (an event of a replayed action); its new event is the last.
  void step(const model::Event& e)
  {
    const Details d = util::json_parse_flat(e.details);
    const io::Date date = e.date.value_or(io::Date{});
    ProposalState& s = state;
    const std::string& a = e.action;
    if (a == "add") {
      s.proposal.submitted = e.date;
      m_life.submit(s);
    } else if (a == "file") {
      int number = 0;
      const std::string text = value(d, "filing_no");
      std::from_chars(text.data(), text.data() + text.size(), number);
      m_life.file(s, date, number);
    } else if (a == "reject") {
      m_life.reject(s, date, value(d, "reason"));
    } else if (a == "convert") {
      std::optional<model::Unit> unit;
      if (!value(d, "unit").empty()) unit = unit_of(value(d, "unit"));
      m_life.convert(s, date, unit);
    } else if (a == "merge") {
      StoredProposal target(m_ws, value(d, "into")); // changed in memory only
      m_life.merge(s, date, target.state, Lifecycle::MergeTime::past);
    } else if (a == "withdraw") {
      m_life.withdraw(s, date, value(d, "reason"));
    } else if (a == "assign") {
      std::vector<model::Unit> leads, joints;
      for (const auto& name : util::split_list(value(d, "units"))) {
        (role_of(name, e) == model::Role::joint ? joints : leads).push_back(unit_of(name));
      }
      std::optional<io::Date> due;
      if (!value(d, "due").empty()) due = io::parse_date_or_throw(value(d, "due"), "due");
      m_life.assign(s, date, leads, joints, due);
    } else if (a == "return") {
      m_life.return_unit(s, date, unit_of(value(d, "unit")), value(d, "reason"));
    } else if (a == "extend") {
      m_life.extend(s, date, io::parse_date_or_throw(value(d, "until"), "until"),
                    value(d, "reason"));
    } else if (a == "reply") {
      const std::string unit = value(d, "unit");
      m_life.reply(s, date, unit_of(unit), value(d, "result"), reply_text(unit, e.date));
    } else if (a == "feedback") {
      m_life.feedback(s, date, value(d, "contact"), value(d, "satisfaction"));
      keep_rehandling_due(value(d, "due"));
    } else if (a == "conclude") {
      m_life.conclude(s, date);
    } else if (a == "key") {
      m_life.key(s, date, value(d, "leader"));
    }
  }

  // The original assignment's role of unit `name` in the assignment `e`.
  // (The first of that unit when the step's date was amended.)
  model::Role role_of(const std::string& name, const model::Event& e) const
  {
    const std::string& unit = m_renamed.contains(name) ? m_renamed.at(name) : name;
    for (const auto& a : m_old)
      if (a.unit == unit && a.assigned == e.date) return a.role;
    for (const auto& a : m_old)
      if (a.unit == unit) return a.role;
    return model::Role::lead;
  }

  // An assignment's unit renamed by an amendment: the new name's role is the old one's.
  void renamed(const std::string& to, const std::string& from) { m_renamed[to] = from; }

private:
  model::Unit unit_of(const std::string& name) const
  {
    for (const auto& a : m_old)
      if (a.unit == name) return {a.unit_id, a.unit, "", "", ""};
    return records::unit_named(m_ws, name);
  }

  std::string reply_text(const std::string& unit, const std::optional<io::Date>& date) const
  {
    const std::string& old = m_renamed.contains(unit) ? m_renamed.at(unit) : unit;
    for (const auto& a : m_old)
      if (a.unit == old && a.replied == date) return a.reply_text;
    std::string text; // the reply's date amended: the unit's last reply
    for (const auto& a : m_old)
      if (a.unit == old && a.replied) text = a.reply_text;
    return text;
  }

  // A rehandling round's due date as it was recorded (a ledger may give its own): after a
  // feedback that sent the proposal back to its units.
  void keep_rehandling_due(const std::string& text)
  {
    model::Proposal& p = state.proposal;
    const auto due = io::from_iso(text);
    if (!due || !m_ws.config.proposal_phases.is(p.status, config::Phase::handling) || p.due == due)
      return;
    for (auto& a : state.assignments)
      if (a.round == p.round && a.due == p.due) a.due = due;
    p.due = due;
  }

  records::Workspace& m_ws;
  Lifecycle m_life;
  std::vector<model::Assignment> m_old;
  std::map<std::string, std::string> m_renamed; // new unit name → the one it replaced
};

// Replays `events` (the proposal's log, corrected) and writes the result: the proposal,
// its assignments, each replayed event rewritten in place, `undone` kept as an `undone`
// event (its action in the details), then the correction's own event and audit entry.
Correction write_replay(records::Workspace& ws, StoredProposal& stored,
                        const std::vector<model::Event>& events, Replay& replay,
                        std::optional<model::Event> undone, model::Event correction, Correction out)
{
  const model::Proposal before = stored.state.proposal;
  const auto& columns = records::proposal_columns();
  const auto was =
      records::field_pairs(columns, records::proposal_values(ws, before)); // units read now
  // A key proposal by its step: without one (undone), it is not key. One marked by a
  // ledger's 重点提案 column without a filing date has no step, and stays key.
  const auto recorded = storage::events_of(ws.store, before.id); // not changed yet
  std::map<long, std::size_t> place; // event id → its number in the history
  for (std::size_t i = 0; i < recorded.size(); ++i)
    place[recorded[i].id] = i + 1;
  if (std::any_of(recorded.begin(), recorded.end(),
                  [](const auto& e) { return e.action == "key"; })) {
    replay.state.proposal.key = false;
    replay.state.proposal.key_leader.clear();
  }
  std::vector<model::Event> rewritten;
  for (const auto& e : events) {
    if (!replayed(e.action)) continue;
    const std::size_t made = replay.state.events.size();
    try {
      replay.step(e);
    } catch (const Error& error) {
      throw DataError(msg::text("workflow.correction_breaks_step", before.code, place[e.id],
                                shown(ws, e), error.what()));
    }
    if (replay.state.events.size() != made + 1) continue; // nothing recorded (cannot be)
    model::Event again = replay.state.events.back();
    again.id = e.id;
    again.op = e.op;
    again.recorded_at = e.recorded_at;
    rewritten.push_back(std::move(again));
  }
  model::Proposal& p = replay.state.proposal;
  storage::update_proposal(ws.store, p, ws.now());
  storage::replace_assignments(ws.store, p.id, replay.state.assignments);
  for (const auto& e : rewritten)
    storage::update_event(ws.store, p.id, e);
  if (undone) {
    Details details{{"action", undone->action}};
    for (auto& pair : util::json_parse_flat(undone->details))
      details.push_back(std::move(pair));
    undone->action = "undone";
    undone->details = util::json_object(details);
    storage::update_event(ws.store, p.id, *undone);
  }
  correction.from_state = before.status;
  correction.to_state = p.status;
  correction.op = ws.op;
  correction.recorded_at = ws.now();
  storage::append_events(ws.store, p.id, storage::last_event_id(ws.store, p.id) + 1, {correction});
  records::audit_change(ws, "proposal", p.code, correction.action,
                        {{"step", std::to_string(out.event)}}, was,
                        records::field_pairs(columns, records::proposal_values(ws, p)));
  out.from = before.status;
  out.to = p.status;
  return out;
}

model::Event correction_event(std::string action, const io::Date& today, Details details)
{
  model::Event e;
  e.action = std::move(action);
  e.date = today;
  e.details = util::json_object(details);
  return e;
}

} // namespace

Correction undo_step(records::Workspace& ws, std::string_view code, const io::Date& today)
{
  StoredProposal stored(ws, code);
  const model::Proposal& p = stored.state.proposal;
  std::vector<model::Event> events = storage::events_of(ws.store, p.id);
  auto last = std::find_if(events.rbegin(), events.rend(),
                           [](const model::Event& e) { return replayed(e.action); });
  if (last == events.rend() || last->action == "add")
    throw DataError(msg::text("workflow.nothing_to_undo", p.code));
  if (last->action == "merge")
    throw DataError(msg::text("workflow.merge_cannot_be_undone", p.code,
                              value(util::json_parse_flat(last->details), "into")));
  const model::Event undone = *last;
  const long number = std::distance(last, events.rend()); // its place in the history
  events.erase(std::next(last).base());
  Replay replay(ws, p, stored.state.assignments);
  Correction out{p.code, number, undone.action, "", "", shown(ws, undone), ""};
  return write_replay(
      ws, stored, events, replay, undone,
      correction_event("undo", today,
                       {{"step", std::to_string(number)}, {"undid", describe(undone)}}),
      out);
}

Correction amend_step(records::Workspace& ws, std::string_view code, long event,
                      const Amendment& amendment, const io::Date& today)
{
  if (!amendment.date && !amendment.unit && !amendment.result && !amendment.contact)
    throw UsageError(msg::text("workflow.amend_needs_change"));
  StoredProposal stored(ws, code);
  const model::Proposal& p = stored.state.proposal;
  std::vector<model::Event> events = storage::events_of(ws.store, p.id);
  // `event` is the step's place in the history (its id may not be: events migrated from an
  // older schema keep theirs).
  auto it = event >= 1 && event <= static_cast<long>(events.size()) ? events.begin() + (event - 1)
                                                                    : events.end();
  if (it == events.end() || !replayed(it->action))
    throw DataError(msg::text("workflow.no_step_to_amend", p.code, event, p.code));
  model::Event& e = *it;
  const model::Event was = e;
  Replay replay(ws, p, stored.state.assignments);
  Details details = util::json_parse_flat(e.details);
  if (amendment.date) e.date = amendment.date;
  if (amendment.unit) {
    const std::string text = util::trim(*amendment.unit);
    if (e.action == "reply" || e.action == "return" || e.action == "convert") {
      const model::Unit unit = records::unit_named(ws, text);
      replay.renamed(unit.name, value(details, "unit"));
      set_value(details, "unit", unit.name);
    } else if (e.action == "assign") {
      auto units = util::split_list(value(details, "units"));
      std::string from, to;
      if (const auto eq = text.find('='); eq != std::string::npos) {
        from = util::trim(text.substr(0, eq));
        to = util::trim(text.substr(eq + 1));
      } else if (units.size() == 1) {
        from = units.front();
        to = text;
      } else {
        throw UsageError(msg::text("workflow.amend_unit_ambiguous", event, units.size(),
                                   util::join(units, msg::text("workflow.list_separator"))));
      }
      const auto at = std::find(units.begin(), units.end(), from);
      if (at == units.end())
        throw UsageError(msg::text("workflow.amend_unit_not_assigned", event, from,
                                   util::join(units, msg::text("workflow.list_separator"))));
      const model::Unit unit = records::unit_named(ws, to);
      *at = unit.name;
      replay.renamed(unit.name, from);
      set_value(details, "units", util::join(units, ";"));
    } else {
      throw UsageError(
          msg::text("workflow.amend_step_has_no_unit", event,
                    workflow::proposal_workflow(ws.config).action_labels().word(e.action)));
    }
  }
  if (amendment.result) {
    if (e.action != "reply")
      throw UsageError(
          msg::text("workflow.amend_step_has_no_result", event,
                    workflow::proposal_workflow(ws.config).action_labels().word(e.action)));
    set_value(details, "result", ws.config.results.require(*amendment.result));
  }
  if (amendment.contact) { // a ledger without 沟通方式 left it unknown: said later
    if (e.action != "feedback")
      throw UsageError(
          msg::text("workflow.amend_step_has_no_contact", event,
                    workflow::proposal_workflow(ws.config).action_labels().word(e.action)));
    set_value(details, "contact", ws.config.contact.require(*amendment.contact));
  }
  e.details = util::json_object(details);
  if (describe(e) == describe(was))
    throw UsageError(msg::text("workflow.amend_changes_nothing", event, shown(ws, was)));
  Correction out{p.code, event, e.action, "", "", shown(ws, was), shown(ws, e)};
  return write_replay(
      ws, stored, events, replay, std::nullopt,
      correction_event(
          "amend", today,
          {{"step", std::to_string(event)}, {"was", describe(was)}, {"is", describe(e)}}),
      out);
}

} // namespace cppcc::workflow
