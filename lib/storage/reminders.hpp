#pragma once
// The reminder queries (cppcc remind, docs/domain.md §3.7): what the handling units owe on open
// proposals, and what waits for the office's review. Both reach proposals only through
// the index proposals_by_status(status, due), by the states they name, so that the
// concluded proposals of past years are never scanned (the index does not hold them).
#include "model/records.hpp"
#include "storage/store.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cppcc::storage {

// The statements, named here so that a test can check their query plans. INDEXED BY:
// with the statistics of a large database (ANALYZE) the planner would rather range over
// proposals_by_submitted, every proposal of past years included. The index holds the
// proposals not concluded only (migration 007), and SQLite uses it only for a query that
// says so: hence k_index_condition beside the states each names. The states are bound
// (`states`: how many), never named: they are the workflow's (config::Phases).
namespace reminder_sql {
// The condition of the partial index proposals_by_status (migration 007), word for word.
// The stored id of the concluded state is part of the database: renaming it needs a
// migration (docs/domain.md §2.1).
inline constexpr const char* k_index_condition = "status <> 'concluded'";
// ?1: the last due date (ISO) to include; ?2…: the states being handled.
std::string due_assignments(std::size_t states);
// ?1: proposals submitted before this date (ISO) are listed; ?2…: the states awaiting
// the office's review.
std::string awaiting_review(std::size_t states);
// The condition `proposal list --overdue` adds on proposals `p`: one ? per state being
// handled, then one for the first day not yet overdue (ISO). Not forced: the list
// combines it with other filters.
std::string overdue_condition(std::size_t states);
} // namespace reminder_sql

// An active assignment of a proposal being handled: in the proposal's current round,
// neither returned nor replied (a lead or a joint unit).
struct DueAssignment {
  std::string unit;
  std::string contact;
  std::string phone;
  std::string code;
  std::string title;
  model::Role role = model::Role::lead;
  std::string due; // ISO
};

// The active assignments due on or before `last_due` (ISO) of proposals in the states
// `handling`: by unit name, then due date, code, lead before joint.
std::vector<DueAssignment> assignments_due_by(Store& store, std::string_view last_due,
                                              const std::vector<std::string>& handling);

struct AwaitingReview {
  std::string code;
  std::string title;
  std::string proposer;
  std::string submitted; // ISO
};

// Proposals still awaiting review (in the states `review`: neither filed nor rejected,
// merged, withdrawn) that were submitted before `submitted_before` (ISO), oldest first.
std::vector<AwaitingReview> awaiting_review_before(Store& store, std::string_view submitted_before,
                                                   const std::vector<std::string>& review);

} // namespace cppcc::storage
