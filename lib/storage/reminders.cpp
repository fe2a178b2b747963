#include "storage/reminders.hpp"

#include "storage/sql_util.hpp"

namespace cppcc::storage {

std::vector<DueAssignment> assignments_due_by(Store& store, std::string_view last_due)
{
  auto& s = store.prepared(reminder_sql::due_assignments);
  s.bind(1, std::string(last_due));
  std::vector<DueAssignment> out;
  while (s.executeStep())
    out.push_back({text_at(s, 0), text_at(s, 1), text_at(s, 2), text_at(s, 3), text_at(s, 4),
                   text_at(s, 5), text_at(s, 6)});
  s.reset();
  return out;
}

std::vector<AwaitingReview> awaiting_review_before(Store& store, std::string_view submitted_before)
{
  auto& s = store.prepared(reminder_sql::awaiting_review);
  s.bind(1, std::string(submitted_before));
  std::vector<AwaitingReview> out;
  while (s.executeStep())
    out.push_back({text_at(s, 0), text_at(s, 1), text_at(s, 2), text_at(s, 3)});
  s.reset();
  return out;
}

} // namespace cppcc::storage
