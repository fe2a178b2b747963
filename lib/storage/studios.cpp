#include "storage/studios.hpp"

#include "storage/columns.hpp"
#include "storage/member_refs.hpp"
#include "storage/sql_util.hpp"

#include <fmt/format.h>

namespace cppcc::storage {

namespace {

// The studios table, with its lead's name (LEFT JOIN members m) beside the lead's id.
const Table<model::Studio>& studios()
{
  using S = model::Studio;
  using namespace col;
  static const Table<S> k_table(
      "studios", "s",
      {key("id", &S::id), kept("name", &S::name),
       custom<S>(
           "lead_member_id",
           [](SQLite::Statement& s, int c, S& studio) {
             if (auto lead = id_at(s, c))
               studio.lead = model::MemberRef{*lead, {}};
             else
               studio.lead.reset();
           },
           [](SQLite::Statement& s, int i, const S& studio) {
             bind_id(s, i, studio.lead ? std::optional<long>(studio.lead->id) : std::nullopt);
           }),
       read_only<S>(k_member_label,
                    [](SQLite::Statement& s, int c, S& studio) {
                      if (studio.lead) studio.lead->name = text_at(s, c);
                    }),
       text("place", &S::place), value("brand", &S::brand),
       value("observation_point", &S::observation_point), value("score", &S::score),
       date("delisted", &S::delisted), text("delist_reason", &S::delist_reason)});
  return k_table;
}

constexpr const char* k_from = "studios s LEFT JOIN members m ON m.id = s.lead_member_id";

void load_members(Store& store, model::Studio& studio)
{
  studio.members = member_refs(store,
                               fmt::format("SELECT m.id, {} FROM studio_members sm JOIN members m "
                                           "ON m.id = sm.member_id WHERE sm.studio_id = ?1 "
                                           "ORDER BY sm.position",
                                           k_member_label),
                               studio.id);
}

std::optional<model::Studio> one_studio(Store& store, SQLite::Statement& s)
{
  if (!s.executeStep()) return std::nullopt;
  model::Studio studio = studios().read(s);
  s.reset();
  load_members(store, studio);
  return studio;
}

void write_members(Store& store, const model::Studio& studio)
{
  auto& remove = store.prepared("DELETE FROM studio_members WHERE studio_id = ?");
  remove.bind(1, static_cast<int64_t>(studio.id));
  remove.exec();
  auto& insert = store.prepared(
      "INSERT OR IGNORE INTO studio_members(studio_id, member_id, position) VALUES (?, ?, ?)");
  int position = 0;
  for (const auto& member : studio.members) {
    insert.bind(1, static_cast<int64_t>(studio.id));
    insert.bind(2, static_cast<int64_t>(member.id));
    insert.bind(3, ++position);
    insert.exec();
    insert.reset();
  }
}

} // namespace

std::optional<model::Studio> find_studio(Store& store, std::string_view name)
{
  auto& s = store.prepared(sql_once([] { return studios().select(k_from, "WHERE s.name = ?1"); }));
  s.bind(1, std::string(name));
  return one_studio(store, s);
}

std::optional<model::Studio> find_studio_by_id(Store& store, long id)
{
  auto& s = store.prepared(sql_once([] { return studios().select(k_from, "WHERE s.id = ?1"); }));
  s.bind(1, static_cast<int64_t>(id));
  return one_studio(store, s);
}

std::vector<std::string> studio_names(Store& store)
{
  auto& s = store.prepared("SELECT name FROM studios ORDER BY name");
  std::vector<std::string> out;
  while (s.executeStep())
    out.push_back(s.getColumn(0).getString());
  return out;
}

long insert_studio(Store& store, const model::Studio& studio, std::string_view now)
{
  auto& s = store.prepared(sql_once([] {
    return studios().insert_sql({"created_at", "updated_at"});
  }));
  studios().bind(s, studio);
  s.bind(studios().written() + 1, std::string(now));
  s.exec();
  model::Studio saved = studio;
  saved.id = static_cast<long>(store.db().getLastInsertRowid());
  write_members(store, saved);
  return saved.id;
}

void update_studio(Store& store, const model::Studio& studio, std::string_view now)
{
  auto& s = store.prepared(sql_once([] { return studios().update_sql({"updated_at"}); }));
  studios().bind(s, studio);
  s.bind(studios().written() + 1, std::string(now));
  s.bind(studios().written() + 2, static_cast<int64_t>(studio.id));
  s.exec();
  write_members(store, studio);
}

std::vector<model::Studio> list_studios(Store& store)
{
  auto& s = store.prepared(sql_once([] { return studios().select(k_from, "ORDER BY s.name"); }));
  std::vector<model::Studio> out;
  while (s.executeStep())
    out.push_back(studios().read(s));
  for (auto& studio : out)
    load_members(store, studio);
  return out;
}

std::optional<std::string> other_listed_studio(Store& store, long member_id, long except_studio_id)
{
  auto& s = store.prepared("SELECT s.name FROM studio_members sm JOIN studios s ON s.id = "
                           "sm.studio_id WHERE sm.member_id = ? AND s.delisted IS NULL AND "
                           "s.id <> ? ORDER BY s.name LIMIT 1");
  s.bind(1, static_cast<int64_t>(member_id));
  s.bind(2, static_cast<int64_t>(except_studio_id));
  std::optional<std::string> name;
  if (s.executeStep()) name = s.getColumn(0).getString();
  s.reset();
  return name;
}

void set_member_studio(Store& store, long member_id, std::string_view studio)
{
  auto& leave = store.prepared("DELETE FROM studio_members WHERE member_id = ?1 AND studio_id "
                               "IN (SELECT id FROM studios WHERE delisted IS NULL AND name <> ?2)");
  leave.bind(1, static_cast<int64_t>(member_id));
  leave.bind(2, std::string(studio));
  leave.exec();
  if (studio.empty()) return;
  auto& join = store.prepared(
      "INSERT OR IGNORE INTO studio_members(studio_id, member_id, position) SELECT s.id, ?1, "
      "(SELECT coalesce(max(position), 0) + 1 FROM studio_members WHERE studio_id = s.id) "
      "FROM studios s WHERE s.name = ?2");
  join.bind(1, static_cast<int64_t>(member_id));
  join.bind(2, std::string(studio));
  join.exec();
}

} // namespace cppcc::storage
