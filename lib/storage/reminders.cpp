#include "storage/reminders.hpp"

#include "storage/sql_util.hpp"

namespace cppcc::storage {

namespace reminder_sql {

std::string due_assignments(std::size_t states)
{
  return "SELECT u.name, u.contact, u.phone, p.code, p.title, a.role, a.due "
         "FROM proposals p INDEXED BY proposals_by_status "
         "JOIN assignments a ON a.proposal_id = p.id AND a.round = p.round "
         "JOIN units u ON u.id = a.unit_id "
         "WHERE p.status IN (" +
         parameters(2, states) + ") AND p." + k_index_condition +
         " AND a.returned IS NULL AND a.replied IS NULL AND a.due <= ?1 "
         "ORDER BY u.name, a.due, p.code, a.role DESC";
}

std::string awaiting_review(std::size_t states)
{
  return "SELECT code, title, proposer, submitted FROM proposals INDEXED BY proposals_by_status "
         "WHERE status IN (" +
         parameters(2, states) + ") AND " + k_index_condition +
         " AND submitted < ?1 ORDER BY submitted, code";
}

std::string overdue_condition(std::size_t states)
{
  std::string marks; // unnumbered, as the list's other conditions bind theirs
  for (std::size_t i = 0; i < states; ++i)
    marks += i ? ", ?" : "?";
  return "p.status IN (" + marks + ") AND p." + k_index_condition + " AND p.due < ?";
}

} // namespace reminder_sql

std::vector<DueAssignment> assignments_due_by(Store& store, std::string_view last_due,
                                              const std::vector<std::string>& handling)
{
  auto& s = store.prepared(reminder_sql::due_assignments(handling.size()));
  s.bind(1, std::string(last_due));
  bind_list(s, 2, handling);
  std::vector<DueAssignment> out;
  while (s.executeStep())
    out.push_back({text_at(s, 0), text_at(s, 1), text_at(s, 2), text_at(s, 3), text_at(s, 4),
                   role_at(s, 5), text_at(s, 6)});
  s.reset();
  return out;
}

std::vector<AwaitingReview> awaiting_review_before(Store& store, std::string_view submitted_before,
                                                   const std::vector<std::string>& review)
{
  auto& s = store.prepared(reminder_sql::awaiting_review(review.size()));
  s.bind(1, std::string(submitted_before));
  bind_list(s, 2, review);
  std::vector<AwaitingReview> out;
  while (s.executeStep())
    out.push_back({text_at(s, 0), text_at(s, 1), text_at(s, 2), text_at(s, 3)});
  s.reset();
  return out;
}

} // namespace cppcc::storage
