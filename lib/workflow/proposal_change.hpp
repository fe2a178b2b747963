#pragma once
// One lifecycle action on one proposal, from loading to the written event: the
// shared part of every operation in proposal_actions.cpp.
#include "model/records.hpp"
#include "records/workspace.hpp"
#include "workflow/definition.hpp"
#include "workflow/proposal_actions.hpp"

#include <utility>
#include <vector>

namespace cppcc::workflow {

class ProposalChange {
public:
  // Loads the proposal, refuses the action if the workflow does not allow it in the
  // current state (TransitionError) or if `date` is before the last recorded event
  // (DataError).
  ProposalChange(records::Workspace& ws, std::string_view code, std::string action,
                 const io::Date& date);

  model::Proposal& proposal() { return m_after; }
  const model::Proposal& before() const { return m_before; }
  std::vector<model::Assignment>& assignments() { return m_assignments; }
  // Active (not returned) assignments of the current round with `role`.
  std::vector<model::Assignment*> active(std::string_view role);
  const io::Date& date() const { return m_date; }
  records::Workspace& workspace() { return m_ws; }
  std::string record() const;

  void detail(std::string key, std::string value) { m_details.emplace_back(std::move(key), std::move(value)); }

  // Decides the new state from the workflow, applies what entering it means
  // (rehandling starts a new round, concluded sets the date …) and writes the
  // proposal, its assignments, the event and the audit entry.
  Outcome finish(std::string note = {});

private:
  Facts facts();
  void enter(const std::string& state);

  records::Workspace& m_ws;
  model::Proposal m_before;
  model::Proposal m_after;
  std::vector<std::string> m_before_values;
  std::vector<model::Assignment> m_assignments;
  std::string m_action;
  io::Date m_date;
  std::vector<std::pair<std::string, std::string>> m_details;
};

} // namespace cppcc::workflow
