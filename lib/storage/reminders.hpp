#pragma once
// The reminder queries (cppcc remind, docs/domain.md §3.7): what the handling units owe on open
// proposals, and what waits for the office's review. Both reach proposals only through
// the index proposals_by_status(status, due), by the states they name, so that the
// concluded proposals of past years are never scanned (the index does not hold them).
#include "storage/store.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cppcc::storage {

// The statements, named here so that a test can check their query plans. INDEXED BY:
// with the statistics of a large database (ANALYZE) the planner would rather range over
// proposals_by_submitted, every proposal of past years included. The index holds the
// proposals not concluded only (migration 007), and SQLite uses it only for a query that
// says so: hence `status <> 'concluded'` beside the states each names.
namespace reminder_sql {
// ?1: the last due date (ISO) to include.
inline constexpr const char* due_assignments =
    "SELECT u.name, u.contact, u.phone, p.code, p.title, a.role, a.due "
    "FROM proposals p INDEXED BY proposals_by_status "
    "JOIN assignments a ON a.proposal_id = p.id AND a.round = p.round "
    "JOIN units u ON u.id = a.unit_id "
    "WHERE p.status IN ('assigned', 'rehandling') AND p.status <> 'concluded' "
    "AND a.returned IS NULL AND a.replied IS NULL AND a.due <= ?1 "
    "ORDER BY u.name, a.due, p.code, a.role DESC";
// ?1: proposals submitted before this date (ISO) are listed.
inline constexpr const char* awaiting_review =
    "SELECT code, title, proposer, submitted FROM proposals INDEXED BY proposals_by_status "
    "WHERE status = 'submitted' AND status <> 'concluded' AND submitted < ?1 "
    "ORDER BY submitted, code";
// The condition `proposal list --overdue` adds on proposals `p`; ?: the first day not
// yet overdue (ISO). Not forced: the list combines it with other filters.
inline constexpr const char* overdue_condition =
    "p.status IN ('assigned', 'rehandling') AND p.status <> 'concluded' AND p.due < ?";
} // namespace reminder_sql

// An active assignment of an assigned or rehandling proposal: in the proposal's current
// round, neither returned nor replied (a lead or a joint unit).
struct DueAssignment {
  std::string unit;
  std::string contact;
  std::string phone;
  std::string code;
  std::string title;
  std::string role; // lead | joint
  std::string due;  // ISO
};

// The active assignments due on or before `last_due` (ISO): by unit name, then due date,
// code, lead before joint.
std::vector<DueAssignment> assignments_due_by(Store& store, std::string_view last_due);

struct AwaitingReview {
  std::string code;
  std::string title;
  std::string proposer;
  std::string submitted; // ISO
};

// Proposals still `submitted` (neither filed nor rejected, merged, withdrawn) that were
// submitted before `submitted_before` (ISO), oldest first.
std::vector<AwaitingReview> awaiting_review_before(Store& store, std::string_view submitted_before);

} // namespace cppcc::storage
