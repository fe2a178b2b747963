#include "storage/activities.hpp"

#include "storage/member_refs.hpp"
#include "storage/sql_util.hpp"

#include <fmt/format.h>

namespace cppcc::storage {

namespace {

constexpr const char* k_select =
    "SELECT a.id, a.code, a.kind, a.date, a.title, a.studio_id, s.name, a.suggestions, "
    "a.disputes_resolved, a.problems_solved FROM activities a "
    "LEFT JOIN studios s ON s.id = a.studio_id ";

model::Activity read_activity(SQLite::Statement& s)
{
  model::Activity a;
  a.id = static_cast<long>(s.getColumn(0).getInt64());
  a.code = text_at(s, 1);
  a.kind = text_at(s, 2);
  a.date = text_at(s, 3);
  a.title = text_at(s, 4);
  a.studio_id = id_at(s, 5);
  a.studio = text_at(s, 6);
  a.suggestions = s.getColumn(7).getInt64();
  a.disputes_resolved = s.getColumn(8).getInt64();
  a.problems_solved = s.getColumn(9).getInt64();
  return a;
}

void load_participants(Store& store, model::Activity& a)
{
  auto& s = store.prepared(fmt::format("SELECT m.id, {}, p.attendance FROM "
                                       "activity_participants p JOIN members m ON m.id = "
                                       "p.member_id WHERE p.activity_id = ? ORDER BY p.position",
                                       k_member_label));
  s.bind(1, static_cast<int64_t>(a.id));
  while (s.executeStep())
    a.participants.push_back(
        {{static_cast<long>(s.getColumn(0).getInt64()), text_at(s, 1)}, text_at(s, 2)});
}

// Binds every column but id at 1..8.
void bind_activity(SQLite::Statement& s, const model::Activity& a)
{
  s.bind(1, a.code);
  s.bind(2, a.kind);
  s.bind(3, a.date);
  s.bind(4, a.title);
  bind_id(s, 5, a.studio_id);
  s.bind(6, a.suggestions);
  s.bind(7, a.disputes_resolved);
  s.bind(8, a.problems_solved);
}

void write_participants(Store& store, const model::Activity& a)
{
  auto& remove = store.prepared("DELETE FROM activity_participants WHERE activity_id = ?");
  remove.bind(1, static_cast<int64_t>(a.id));
  remove.exec();
  auto& insert = store.prepared("INSERT INTO activity_participants(activity_id, member_id, "
                                "attendance, position) VALUES (?, ?, ?, ?)");
  int position = 0;
  for (const auto& p : a.participants) {
    insert.bind(1, static_cast<int64_t>(a.id));
    insert.bind(2, static_cast<int64_t>(p.member.id));
    insert.bind(3, p.attendance);
    insert.bind(4, ++position);
    insert.exec();
    insert.reset();
  }
}

} // namespace

std::optional<model::Activity> find_activity(Store& store, std::string_view code)
{
  auto& s = store.prepared(std::string(k_select) + "WHERE a.code = ?");
  s.bind(1, std::string(code));
  if (!s.executeStep()) return std::nullopt;
  model::Activity a = read_activity(s);
  s.reset();
  load_participants(store, a);
  return a;
}

long insert_activity(Store& store, const model::Activity& activity, std::string_view now)
{
  auto& s = store.prepared("INSERT INTO activities(code, kind, date, title, studio_id, "
                           "suggestions, disputes_resolved, problems_solved, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?9, ?9)");
  bind_activity(s, activity);
  s.bind(9, std::string(now));
  s.exec();
  model::Activity saved = activity;
  saved.id = static_cast<long>(store.db().getLastInsertRowid());
  write_participants(store, saved);
  return saved.id;
}

void update_activity(Store& store, const model::Activity& activity, std::string_view now)
{
  auto& s = store.prepared("UPDATE activities SET code = ?, kind = ?, date = ?, title = ?, "
                           "studio_id = ?, suggestions = ?, disputes_resolved = ?, "
                           "problems_solved = ?, updated_at = ?9 WHERE id = ?10");
  bind_activity(s, activity);
  s.bind(9, std::string(now));
  s.bind(10, static_cast<int64_t>(activity.id));
  s.exec();
  write_participants(store, activity);
}

std::vector<model::Activity> list_activities(Store& store)
{
  auto& s = store.prepared(std::string(k_select) + "ORDER BY a.date, a.code");
  std::vector<model::Activity> out;
  while (s.executeStep())
    out.push_back(read_activity(s));
  for (auto& a : out)
    load_participants(store, a);
  return out;
}

std::vector<std::string> activities_matching(Store& store, const std::string& date,
                                             const std::string& kind, const std::string& title,
                                             std::optional<long> studio_id)
{
  auto& s = store.prepared("SELECT code FROM activities WHERE date = ? AND kind = ? AND "
                           "title = ? AND coalesce(studio_id, 0) = ? ORDER BY code");
  s.bind(1, date);
  s.bind(2, kind);
  s.bind(3, title);
  s.bind(4, static_cast<int64_t>(studio_id.value_or(0)));
  std::vector<std::string> codes;
  while (s.executeStep())
    codes.push_back(text_at(s, 0));
  return codes;
}

} // namespace cppcc::storage
