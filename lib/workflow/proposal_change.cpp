#include "workflow/proposal_change.hpp"

#include "error.hpp"
#include "records/audit.hpp"
#include "records/proposals.hpp"
#include "records/references.hpp"
#include "storage/proposals.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

namespace cppcc::workflow {

ProposalChange::ProposalChange(records::Workspace& ws, std::string_view code, std::string action,
                               const io::Date& date)
    : m_ws(ws), m_before(records::proposal_coded(ws, code)), m_after(m_before),
      m_action(std::move(action)), m_date(date)
{
  ensure_allowed(ws.config.proposal_workflow, record(), m_before.status, m_action);
  const auto events = storage::events_of(ws.store, m_before.id);
  if (!events.empty() && date.iso() < events.back().date)
    throw DataError(fmt::format("{}: date {} is before its last recorded step ({} on {})",
                                record(), date.iso(), events.back().action, events.back().date));
  m_before_values = records::proposal_values(ws, m_before);
  m_assignments = storage::assignments_of(ws.store, m_before.id);
}

std::string ProposalChange::record() const { return fmt::format("proposal '{}'", m_before.code); }

std::vector<model::Assignment*> ProposalChange::active(std::string_view role)
{
  std::vector<model::Assignment*> out;
  for (auto& a : m_assignments)
    if (a.round == m_after.round && a.role == role && a.active())
      out.push_back(&a);
  return out;
}

Facts ProposalChange::facts()
{
  const int wait_days = m_ws.config.handling.conclude_without_feedback_days;
  auto window_opens = [this, wait_days] {
    return io::from_iso(m_after.replied).value_or(m_date).add_days(wait_days);
  };
  Facts f;
  f.holds = [this, window_opens](std::string_view condition) {
    if (condition == "all_leads_replied") {
      auto leads = active("lead");
      return !leads.empty() &&
             std::all_of(leads.begin(), leads.end(), [](auto* a) { return !a->replied.empty(); });
    }
    if (condition == "no_leads_left")
      return active("lead").empty();
    if (condition == "unsatisfied")
      return m_after.satisfaction == "unsatisfied";
    if (condition == "feedback_window_passed")
      return !m_after.replied.empty() && m_date >= window_opens();
    return false;
  };
  f.explain = [this, window_opens, wait_days](std::string_view condition) {
    if (condition == "feedback_window_passed")
      return fmt::format("it was replied on {}; without the proposer's feedback it can be "
                         "concluded from {} ({} days, proposal.handling."
                         "conclude_without_feedback_days); record 'feedback' instead",
                         m_after.replied, window_opens().iso(), wait_days);
    return fmt::format("condition '{}' does not hold", condition);
  };
  return f;
}

void ProposalChange::enter(const std::string& state)
{
  if (state == "replied") {
    const auto& results = m_ws.config.results.entries();
    auto rank = [&](const std::string& id) {
      for (std::size_t i = 0; i < results.size(); ++i)
        if (results[i].id == id)
          return i;
      return results.size();
    };
    m_after.replied.clear();
    m_after.result.clear();
    for (auto* lead : active("lead")) {
      m_after.replied = std::max(m_after.replied, lead->replied);
      if (m_after.result.empty() || rank(lead->result) > rank(m_after.result))
        m_after.result = lead->result; // split handling: the weakest result counts
    }
  } else if (state == "rehandling") {
    // The same units handle it again in a new round, with a new due date.
    const int previous = m_after.round;
    const io::Date due = m_date.add_months(m_ws.config.handling.rehandling_months);
    std::vector<model::Assignment> next;
    for (const auto& a : m_assignments)
      if (a.round == previous && a.active())
        next.push_back({0, a.unit_id, a.unit, a.role, previous + 1, m_date.iso(), due.iso(), "",
                        "", "", "", ""});
    m_assignments.insert(m_assignments.end(), next.begin(), next.end());
    m_after.round = previous + 1;
    m_after.assigned = m_date.iso();
    m_after.due = due.iso();
    m_after.replied.clear();
    m_after.result.clear();
    detail("due", due.iso());
  } else if (state == "concluded") {
    m_after.concluded = m_date.iso();
  } else if (state == "filed" && m_before.status != "submitted") {
    m_after.assigned.clear(); // every lead unit returned it: to be assigned again
    m_after.due.clear();
  }
}

Outcome ProposalChange::finish(std::string note)
{
  const Step step = decide(m_ws.config.proposal_workflow, record(), m_before.status, m_action, facts());
  m_after.status = step.to;
  if (step.to != step.from)
    enter(step.to);
  const std::string now = m_ws.now();
  storage::update_proposal(m_ws.store, m_after, now);
  for (auto& a : m_assignments) {
    if (a.id == 0)
      a.id = storage::insert_assignment(m_ws.store, m_after.id, a);
    else
      storage::update_assignment(m_ws.store, a);
  }
  storage::append_event(m_ws.store, m_after.id,
                        {0, m_action, m_date.iso(), step.from, step.to, m_ws.op, now,
                         util::json_object(m_details)});
  const auto& columns = records::proposal_columns();
  records::audit_change(m_ws, "proposal", m_after.code, m_action, {},
                        records::field_pairs(columns, m_before_values),
                        records::field_pairs(columns, records::proposal_values(m_ws, m_after)));
  return Outcome{m_after.code, m_action, step.from, step.to, std::move(note)};
}

} // namespace cppcc::workflow
