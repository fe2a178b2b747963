#pragma once
// The proposal lifecycle (domain.md §2) as operations. Each one checks the action
// against the YAML workflow, changes the proposal and its assignments, and appends
// one event and one audit entry. None commits: the caller's transaction does.
#include "records/workspace.hpp"

#include <string>
#include <vector>

namespace cppcc::workflow {

struct Outcome {
  std::string code;
  std::string action;
  std::string from;
  std::string to;
  std::string note; // e.g. "filing no 12", "due 2024-05-10"
};

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

} // namespace cppcc::workflow
