#include "storage/activities.hpp"

#include "storage/columns.hpp"
#include "storage/member_refs.hpp"
#include "storage/sql_util.hpp"

#include <fmt/format.h>

namespace cppcc::storage {

namespace {

// The activities table, with the studio's name (LEFT JOIN studios s) beside its id.
const Table<model::Activity>& activities()
{
  using A = model::Activity;
  using namespace col;
  static const Table<A> k_table(
      "activities", "a",
      {key("id", &A::id), kept("code", &A::code), kept("kind", &A::kind), kept("date", &A::date),
       kept("title", &A::title), value("studio_id", &A::studio_id), read_only("s.name", &A::studio),
       value("suggestions", &A::suggestions), value("disputes_resolved", &A::disputes_resolved),
       value("problems_solved", &A::problems_solved)});
  return k_table;
}

constexpr const char* k_from = "activities a LEFT JOIN studios s ON s.id = a.studio_id";

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
  auto& s =
      store.prepared(sql_once([] { return activities().select(k_from, "WHERE a.code = ?"); }));
  s.bind(1, std::string(code));
  if (!s.executeStep()) return std::nullopt;
  model::Activity a = activities().read(s);
  s.reset();
  load_participants(store, a);
  return a;
}

long insert_activity(Store& store, const model::Activity& activity, std::string_view now)
{
  auto& s = store.prepared(sql_once([] {
    return activities().insert_sql({"created_at", "updated_at"});
  }));
  activities().bind(s, activity);
  s.bind(activities().written() + 1, std::string(now));
  s.exec();
  model::Activity saved = activity;
  saved.id = static_cast<long>(store.db().getLastInsertRowid());
  write_participants(store, saved);
  return saved.id;
}

void update_activity(Store& store, const model::Activity& activity, std::string_view now)
{
  auto& s = store.prepared(sql_once([] { return activities().update_sql({"updated_at"}); }));
  activities().bind(s, activity);
  s.bind(activities().written() + 1, std::string(now));
  s.bind(activities().written() + 2, static_cast<int64_t>(activity.id));
  s.exec();
  write_participants(store, activity);
}

std::vector<model::Activity> list_activities(Store& store)
{
  auto& s = store.prepared(
      sql_once([] { return activities().select(k_from, "ORDER BY a.date, a.code"); }));
  std::vector<model::Activity> out;
  while (s.executeStep())
    out.push_back(activities().read(s));
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
