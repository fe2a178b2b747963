#pragma once
// The proposal lifecycle as commands: each loads the proposal, resolves the names the
// user gave, applies one action of lifecycle.hpp and writes the proposal, its
// assignments, the event and an audit entry. None commits: the caller's transaction does.
#include "records/record_rows.hpp"
#include "records/workspace.hpp"
#include "render/document.hpp"
#include "storage/signatures.hpp"
#include "workflow/proposal_lifecycle.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cppcc::workflow {

// Adds a proposal (records::new_proposal's fields) in the workflow's initial state.
model::Proposal add_proposal(records::Workspace& ws, const records::Fields& fields);
// The proposal's steps, oldest first, each with its state before and after.
render::Table proposal_history(records::Workspace& ws, std::string_view code);

Outcome file_proposal(records::Workspace& ws, std::string_view code, const io::Date& date);
// `reason`: a configured rejection reason (id or label) or free text.
Outcome reject_proposal(records::Workspace& ws, std::string_view code, std::string_view reason,
                        const io::Date& date);
Outcome convert_proposal(records::Workspace& ws, std::string_view code, std::string_view unit,
                         const io::Date& date);
// Merges `code` into `into`: `into` gains its proposer and co-signers as co-signers.
Outcome merge_proposal(records::Workspace& ws, std::string_view code, std::string_view into,
                       const io::Date& date);
Outcome withdraw_proposal(records::Workspace& ws, std::string_view code, std::string_view reason,
                          const io::Date& date);
// Assigns to lead units (several: split handling) and joint units; due dates from
// the configured handling period.
Outcome assign_proposal(records::Workspace& ws, std::string_view code,
                        const std::vector<std::string>& leads,
                        const std::vector<std::string>& joints, const io::Date& date);
Outcome return_proposal(records::Workspace& ws, std::string_view code, std::string_view unit,
                        std::string_view reason, const io::Date& date);
Outcome extend_proposal(records::Workspace& ws, std::string_view code, const io::Date& until,
                        std::string_view reason, const io::Date& date);
// `unit` may be empty when exactly one lead unit is waiting to reply.
Outcome reply_proposal(records::Workspace& ws, std::string_view code, std::string_view unit,
                       std::string_view result, std::string_view text, const io::Date& date);
Outcome feedback_proposal(records::Workspace& ws, std::string_view code, std::string_view contact,
                          std::string_view satisfaction, const io::Date& date);
Outcome conclude_proposal(records::Workspace& ws, std::string_view code, const io::Date& date);
Outcome key_proposal(records::Workspace& ws, std::string_view code, std::string_view leader,
                     const io::Date& date);

// A proposal's stored state, for the lifecycle to change; save() writes what changed.
class StoredProposal {
public:
  // The proposal stored under `code`; DataError, with the closest codes, when there is none.
  StoredProposal(records::Workspace& ws, std::string_view code);
  // The same, or nothing when no proposal is stored under `code`.
  static std::optional<StoredProposal> find(records::Workspace& ws, std::string_view code);
  // A proposal not stored yet (add, import): save() inserts it.
  StoredProposal(records::Workspace& ws, model::Proposal proposal);
  ProposalState state;
  bool is_new() const { return state.proposal.id == 0; }
  // Writes the proposal, its new or changed assignments, the new events and one
  // audit entry named `action`. A new proposal's `signature`, when given, is its
  // near-duplicate signature computed ahead (storage::presign of its title and body as
  // they are saved), stored instead of computed; not given for a stored one.
  void save(std::string_view action, const std::optional<storage::Presigned>& signature = {});

private:
  struct Load {};
  // `stored`, read from the database, with its assignments and last event.
  StoredProposal(records::Workspace& ws, model::Proposal stored, Load);
  records::Workspace& m_ws;
  std::vector<std::string> m_before; // canonical values when loaded
};

// The Lifecycle bound to the workspace's configuration, operator and clock.
Lifecycle lifecycle(records::Workspace& ws);

} // namespace cppcc::workflow
