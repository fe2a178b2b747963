#include "workflow/proposal_actions.hpp"

#include <algorithm>

#include "error.hpp"
#include "records/audit.hpp"
#include "records/proposals.hpp"
#include "records/references.hpp"
#include "storage/proposals.hpp"
#include "util/json.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

namespace cppcc::workflow {

StoredProposal::StoredProposal(records::Workspace& ws, std::string_view code)
    : StoredProposal(ws, records::proposal_coded(ws, code), Load{})
{
}

std::optional<StoredProposal> StoredProposal::find(records::Workspace& ws, std::string_view code)
{
  auto stored = storage::find_proposal(ws.store, code);
  if (!stored) return std::nullopt;
  return StoredProposal(ws, std::move(*stored), Load{});
}

StoredProposal::StoredProposal(records::Workspace& ws, model::Proposal stored, Load) : m_ws(ws)
{
  state.proposal = std::move(stored);
  state.assignments = storage::assignments_of(ws.store, state.proposal.id);
  if (auto last = storage::last_event(ws.store, state.proposal.id)) {
    state.last_date = last->date;
    state.last_action = last->action;
  }
  m_before = records::proposal_values(ws, state.proposal);
}

StoredProposal::StoredProposal(records::Workspace& ws, model::Proposal proposal) : m_ws(ws)
{
  state.proposal = std::move(proposal);
}

void StoredProposal::save(std::string_view action,
                          const std::optional<storage::Presigned>& signature)
{
  auto& p = state.proposal;
  const std::string now = m_ws.now();
  const bool fresh = p.id == 0;
  if (fresh)
    p.id = storage::insert_proposal(m_ws.store, p, now, signature ? &*signature : nullptr);
  else
    storage::update_proposal(m_ws.store, p, now);
  // The state holds all of the proposal's assignments, so a new one's id (its order
  // within the proposal) follows the highest held.
  long last_assignment = 0;
  for (const auto& a : state.assignments)
    last_assignment = std::max(last_assignment, a.id);
  std::vector<const model::Assignment*> added;
  for (auto& a : state.assignments) {
    if (a.id == 0) {
      a.id = ++last_assignment;
      added.push_back(&a);
    } else {
      storage::update_assignment(m_ws.store, p.id, a);
    }
  }
  storage::insert_assignments(m_ws.store, p.id, added);
  if (!state.events.empty())
    storage::append_events(m_ws.store, p.id,
                           fresh ? 1 : storage::last_event_id(m_ws.store, p.id) + 1, state.events);
  state.events.clear();
  const auto& columns = records::proposal_columns();
  if (m_before.empty()) // a new record: the row itself holds its values
    records::audit_change(m_ws, "proposal", p.code, action, {}, {}, {});
  else
    records::audit_change(m_ws, "proposal", p.code, action, {},
                          records::field_pairs(columns, m_before),
                          records::field_pairs(columns, records::proposal_values(m_ws, p)));
}

Lifecycle lifecycle(records::Workspace& ws)
{
  return Lifecycle(ws.config, ws.op, ws.now());
}

namespace {

// Loads `code`, applies `action` and saves it.
template <typename Action>
Outcome act(records::Workspace& ws, std::string_view code, std::string_view name, Action action)
{
  StoredProposal stored(ws, code);
  Outcome outcome = action(lifecycle(ws), stored.state);
  stored.save(name);
  return outcome;
}

std::vector<model::Unit> units_named(records::Workspace& ws, const std::vector<std::string>& names)
{
  std::vector<model::Unit> out;
  for (const auto& name : names)
    out.push_back(records::unit_named(ws, name));
  return out;
}

} // namespace

Outcome file_proposal(records::Workspace& ws, std::string_view code, const io::Date& date)
{
  return act(ws, code, "file", [&](const Lifecycle& l, ProposalState& s) {
    return l.file(s, date, storage::next_filing_no(ws.store, s.proposal.session));
  });
}

Outcome reject_proposal(records::Workspace& ws, std::string_view code, std::string_view reason,
                        const io::Date& date)
{
  return act(ws, code, "reject",
             [&](const Lifecycle& l, ProposalState& s) { return l.reject(s, date, reason); });
}

Outcome convert_proposal(records::Workspace& ws, std::string_view code, std::string_view unit,
                         const io::Date& date)
{
  return act(ws, code, "convert", [&](const Lifecycle& l, ProposalState& s) {
    return l.convert(s, date, records::unit_named(ws, unit));
  });
}

Outcome merge_proposal(records::Workspace& ws, std::string_view code, std::string_view into,
                       const io::Date& date)
{
  StoredProposal merged(ws, code);
  StoredProposal target(ws, into);
  Outcome outcome = lifecycle(ws).merge(merged.state, date, target.state);
  target.save("merge_in");
  merged.save("merge");
  return outcome;
}

Outcome withdraw_proposal(records::Workspace& ws, std::string_view code, std::string_view reason,
                          const io::Date& date)
{
  return act(ws, code, "withdraw",
             [&](const Lifecycle& l, ProposalState& s) { return l.withdraw(s, date, reason); });
}

Outcome assign_proposal(records::Workspace& ws, std::string_view code,
                        const std::vector<std::string>& leads,
                        const std::vector<std::string>& joints, const io::Date& date)
{
  return act(ws, code, "assign", [&](const Lifecycle& l, ProposalState& s) {
    return l.assign(s, date, units_named(ws, leads), units_named(ws, joints));
  });
}

Outcome return_proposal(records::Workspace& ws, std::string_view code, std::string_view unit,
                        std::string_view reason, const io::Date& date)
{
  return act(ws, code, "return", [&](const Lifecycle& l, ProposalState& s) {
    return l.return_unit(s, date, records::unit_named(ws, unit), reason);
  });
}

Outcome extend_proposal(records::Workspace& ws, std::string_view code, const io::Date& until,
                        std::string_view reason, const io::Date& date)
{
  return act(ws, code, "extend", [&](const Lifecycle& l, ProposalState& s) {
    return l.extend(s, date, until, reason);
  });
}

Outcome reply_proposal(records::Workspace& ws, std::string_view code, std::string_view unit,
                       std::string_view result, std::string_view text, const io::Date& date)
{
  return act(ws, code, "reply", [&](const Lifecycle& l, ProposalState& s) {
    std::optional<model::Unit> named;
    if (!util::trim(unit).empty()) named = records::unit_named(ws, unit);
    return l.reply(s, date, named, result, text);
  });
}

Outcome feedback_proposal(records::Workspace& ws, std::string_view code, std::string_view contact,
                          std::string_view satisfaction, const io::Date& date)
{
  return act(ws, code, "feedback", [&](const Lifecycle& l, ProposalState& s) {
    return l.feedback(s, date, contact, satisfaction);
  });
}

Outcome conclude_proposal(records::Workspace& ws, std::string_view code, const io::Date& date)
{
  return act(ws, code, "conclude",
             [&](const Lifecycle& l, ProposalState& s) { return l.conclude(s, date); });
}

Outcome key_proposal(records::Workspace& ws, std::string_view code, std::string_view leader,
                     const io::Date& date)
{
  if (util::trim(leader).empty())
    throw UsageError(msg::text("workflow.option_required", "--leader"));
  return act(ws, code, "key",
             [&](const Lifecycle& l, ProposalState& s) { return l.key(s, date, leader); });
}

model::Proposal add_proposal(records::Workspace& ws, const records::Fields& fields)
{
  StoredProposal stored(ws, records::new_proposal(ws, fields));
  lifecycle(ws).submit(stored.state);
  stored.save("add");
  return stored.state.proposal;
}

render::Table proposal_history(records::Workspace& ws, std::string_view code)
{
  const model::Proposal p = records::proposal_coded(ws, code);
  const auto& states = ws.config.proposal_states;
  const auto& actions = proposal_workflow(ws.config).action_labels();
  render::Table table;
  table.key = "events";
  table.title = fmt::format("{} {}", p.code, p.title);
  for (const char* column :
       {"seq", "date", "action", "from", "to", "operator", "recorded", "details"})
    table.columns.push_back(
        {column, ws.label("event", column),
         std::string_view(column) == "seq" ? render::Type::number : render::Type::text});
  int seq = 0; // the step's number (proposal amend --event): its place in the history
  for (const auto& e : storage::events_of(ws.store, p.id)) {
    std::vector<std::string> details;
    for (const auto& [key, value] : util::json_parse_flat(e.details))
      details.push_back(key + "=" + value);
    table.rows.push_back({render::Value::integer(++seq), render::Value::date(e.date),
                          actions.label(e.action, ws.lang),
                          e.from_state.empty() ? "" : states.label(e.from_state, ws.lang),
                          states.label(e.to_state, ws.lang), e.op,
                          io::local_timestamp(e.recorded_at), util::join(details, "; ")});
  }
  return table;
}

} // namespace cppcc::workflow
