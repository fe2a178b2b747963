#include "storage/studios.hpp"

#include "storage/member_refs.hpp"
#include "storage/sql_util.hpp"

#include <fmt/format.h>

namespace cppcc::storage {

namespace {

std::string select_studios(std::string_view where)
{
  return fmt::format("SELECT s.id, s.name, s.lead_member_id, {}, s.place, s.brand, "
                     "s.observation_point, s.score, s.delisted, s.delist_reason FROM studios s "
                     "LEFT JOIN members m ON m.id = s.lead_member_id {}",
                     k_member_label, where);
}

model::Studio read_studio(SQLite::Statement& s)
{
  model::Studio studio;
  studio.id = static_cast<long>(s.getColumn(0).getInt64());
  studio.name = text_at(s, 1);
  if (auto lead = id_at(s, 2)) studio.lead = model::MemberRef{*lead, text_at(s, 3)};
  studio.place = text_at(s, 4);
  studio.brand = s.getColumn(5).getInt() != 0;
  studio.observation_point = s.getColumn(6).getInt() != 0;
  if (!s.getColumn(7).isNull()) studio.score = s.getColumn(7).getDouble();
  studio.delisted = text_at(s, 8);
  studio.delist_reason = text_at(s, 9);
  return studio;
}

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
  model::Studio studio = read_studio(s);
  s.reset();
  load_members(store, studio);
  return studio;
}

// Binds every column but id at 1..8.
void bind_studio(SQLite::Statement& s, const model::Studio& studio)
{
  s.bind(1, studio.name);
  bind_id(s, 2, studio.lead ? std::optional<long>(studio.lead->id) : std::nullopt);
  bind_text(s, 3, studio.place);
  s.bind(4, studio.brand ? 1 : 0);
  s.bind(5, studio.observation_point ? 1 : 0);
  if (studio.score)
    s.bind(6, *studio.score);
  else
    s.bind(6);
  bind_text(s, 7, studio.delisted);
  bind_text(s, 8, studio.delist_reason);
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
  auto& s = store.prepared(select_studios("WHERE s.name = ?1"));
  s.bind(1, std::string(name));
  return one_studio(store, s);
}

std::optional<model::Studio> find_studio_by_id(Store& store, long id)
{
  auto& s = store.prepared(select_studios("WHERE s.id = ?1"));
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
  auto& s = store.prepared("INSERT INTO studios(name, lead_member_id, place, brand, "
                           "observation_point, score, delisted, delist_reason, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?9, ?9)");
  bind_studio(s, studio);
  s.bind(9, std::string(now));
  s.exec();
  model::Studio saved = studio;
  saved.id = static_cast<long>(store.db().getLastInsertRowid());
  write_members(store, saved);
  return saved.id;
}

void update_studio(Store& store, const model::Studio& studio, std::string_view now)
{
  auto& s = store.prepared("UPDATE studios SET name = ?, lead_member_id = ?, place = ?, "
                           "brand = ?, observation_point = ?, score = ?, delisted = ?, "
                           "delist_reason = ?, updated_at = ?9 WHERE id = ?10");
  bind_studio(s, studio);
  s.bind(9, std::string(now));
  s.bind(10, static_cast<int64_t>(studio.id));
  s.exec();
  write_members(store, studio);
}

std::vector<model::Studio> list_studios(Store& store)
{
  auto& s = store.prepared(select_studios("ORDER BY s.name"));
  std::vector<model::Studio> out;
  while (s.executeStep())
    out.push_back(read_studio(s));
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
