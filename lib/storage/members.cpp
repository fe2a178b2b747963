#include "storage/members.hpp"

#include "storage/columns.hpp"
#include "storage/sql_util.hpp"

#include "util/text.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace cppcc::storage {

namespace {

// The members table, with the member's roles and listed studio read beside it.
const Table<model::Member>& members()
{
  using M = model::Member;
  using namespace col;
  static const Table<M> k_table(
      "members", "m",
      {key("id", &M::id), kept("code", &M::code), kept("name", &M::name),
       text("gender", &M::gender), text("ethnicity", &M::ethnicity), text("party", &M::party),
       text("sector", &M::sector), text("workplace", &M::workplace), text("post", &M::post),
       text("phone", &M::phone), value("term", &M::term), value("standing", &M::standing),
       kept("status", &M::status),
       read_only<M>(
           "(SELECT group_concat(role, ';') FROM member_roles r WHERE r.member_id = m.id)",
           [](SQLite::Statement& s, int c, M& m) { m.roles = util::split_list(text_at(s, c)); }),
       read_only("(SELECT s.name FROM studio_members sm JOIN studios s ON s.id = sm.studio_id "
                 "WHERE sm.member_id = m.id AND s.delisted IS NULL ORDER BY s.name LIMIT 1)",
                 &M::studio),
       read_only("left_on", &M::left_on)}); // set_member_left_on writes it
  return k_table;
}

// The units table.
const Table<model::Unit>& units()
{
  using U = model::Unit;
  using namespace col;
  static const Table<U> k_table("units", "",
                                {key("id", &U::id), kept("name", &U::name), text("kind", &U::kind),
                                 text("contact", &U::contact), text("phone", &U::phone)});
  return k_table;
}

void write_roles(Store& store, const model::Member& m)
{
  auto& remove = store.prepared("DELETE FROM member_roles WHERE member_id = ?");
  remove.bind(1, static_cast<int64_t>(m.id));
  remove.exec();
  auto& insert =
      store.prepared("INSERT OR IGNORE INTO member_roles(member_id, role) VALUES (?, ?)");
  for (const auto& role : m.roles) {
    insert.bind(1, static_cast<int64_t>(m.id));
    insert.bind(2, role);
    insert.exec();
    insert.reset();
  }
}

std::optional<model::Member> one_member(SQLite::Statement& s)
{
  if (!s.executeStep()) return std::nullopt;
  return members().read(s);
}

} // namespace

std::optional<model::Member> find_member(Store& store, std::string_view code)
{
  auto& s =
      store.prepared(sql_once([] { return members().select("members m", "WHERE m.code = ?"); }));
  s.bind(1, std::string(code));
  return one_member(s);
}

std::optional<model::Member> find_member_by_id(Store& store, long id)
{
  auto& s =
      store.prepared(sql_once([] { return members().select("members m", "WHERE m.id = ?"); }));
  s.bind(1, static_cast<int64_t>(id));
  return one_member(s);
}

std::vector<model::Member> find_members_by_name(Store& store, std::string_view name)
{
  auto& s = store.prepared(
      sql_once([] { return members().select("members m", "WHERE m.name = ? ORDER BY m.code"); }));
  s.bind(1, std::string(name));
  std::vector<model::Member> out;
  while (s.executeStep())
    out.push_back(members().read(s));
  return out;
}

std::vector<std::string> member_names_and_codes(Store& store)
{
  auto& s = store.prepared("SELECT name, code FROM members ORDER BY code");
  std::vector<std::string> out;
  while (s.executeStep()) {
    out.push_back(s.getColumn(0).getString());
    out.push_back(s.getColumn(1).getString());
  }
  return out;
}

long insert_member(Store& store, const model::Member& member, std::string_view now)
{
  auto& s = store.prepared(sql_once([] {
    return members().insert_sql({"created_at", "updated_at"});
  }));
  members().bind(s, member);
  s.bind(members().written() + 1, std::string(now));
  s.exec();
  model::Member saved = member;
  saved.id = static_cast<long>(store.db().getLastInsertRowid());
  write_roles(store, saved);
  return saved.id;
}

void update_member(Store& store, const model::Member& member, std::string_view now)
{
  auto& s = store.prepared(sql_once([] { return members().update_sql({"updated_at"}); }));
  members().bind(s, member);
  s.bind(members().written() + 1, std::string(now));
  s.bind(members().written() + 2, static_cast<int64_t>(member.id));
  s.exec();
  write_roles(store, member);
}

void set_member_left_on(Store& store, long id, const std::optional<util::Date>& date)
{
  auto& s = store.prepared("UPDATE members SET left_on = ? WHERE id = ?");
  bind_date(s, 1, date);
  s.bind(2, static_cast<int64_t>(id));
  s.exec();
}

std::string next_member_code(Store& store, std::string_view prefix)
{
  auto& s = store.prepared("SELECT 1 FROM members WHERE code = ?");
  auto& count = store.prepared("SELECT count(*) FROM members");
  count.executeStep();
  const long known = static_cast<long>(count.getColumn(0).getInt64());
  count.reset();
  for (long n = known + 1;; ++n) {
    const std::string code = fmt::format("{}{:04}", prefix, n);
    s.bind(1, code);
    const bool taken = s.executeStep();
    s.reset();
    if (!taken) return code;
  }
}

std::vector<model::Member> list_members(Store& store, const MemberFilter& filter)
{
  std::string sql = members().select("members m", "WHERE 1");
  std::vector<std::string> values;
  auto where = [&](const char* clause, const std::string& value) {
    if (value.empty()) return;
    sql += clause;
    values.push_back(value);
  };
  where(" AND m.sector = ?", filter.sector);
  where(" AND m.party = ?", filter.party);
  where(" AND m.status = ?", filter.status);
  where(" AND (m.status = 'active' OR (m.status = 'left' AND m.left_on > ?))", filter.member_on);
  where(" AND EXISTS (SELECT 1 FROM member_roles r WHERE r.member_id = m.id AND r.role = ?)",
        filter.role);
  if (!filter.search.empty()) {
    sql += " AND (instr(m.name, ?) OR instr(coalesce(m.workplace, ''), ?) OR "
           "instr(coalesce(m.post, ''), ?))";
    values.insert(values.end(), 3, filter.search);
  }
  sql += " ORDER BY m.code";
  auto& s = store.prepared(sql);
  for (std::size_t i = 0; i < values.size(); ++i)
    s.bind(static_cast<int>(i + 1), values[i]);
  std::vector<model::Member> out;
  while (s.executeStep())
    out.push_back(members().read(s));
  return out;
}

std::optional<model::Unit> find_unit(Store& store, std::string_view name)
{
  auto& s = store.prepared(sql_once([] { return units().select("units", "WHERE name = ?"); }));
  s.bind(1, std::string(name));
  if (!s.executeStep()) return std::nullopt;
  return units().read(s);
}

std::optional<model::Unit> find_unit_by_id(Store& store, long id)
{
  auto& s = store.prepared(sql_once([] { return units().select("units", "WHERE id = ?"); }));
  s.bind(1, static_cast<int64_t>(id));
  if (!s.executeStep()) return std::nullopt;
  return units().read(s);
}

std::vector<std::string> unit_names(Store& store)
{
  auto& s = store.prepared("SELECT name FROM units ORDER BY name");
  std::vector<std::string> out;
  while (s.executeStep())
    out.push_back(s.getColumn(0).getString());
  return out;
}

long insert_unit(Store& store, const model::Unit& unit, std::string_view now)
{
  auto& s = store.prepared(sql_once([] {
    return units().insert_sql({"created_at", "updated_at"});
  }));
  units().bind(s, unit);
  s.bind(units().written() + 1, std::string(now));
  s.exec();
  return static_cast<long>(store.db().getLastInsertRowid());
}

void update_unit(Store& store, const model::Unit& unit, std::string_view now)
{
  auto& s = store.prepared(sql_once([] { return units().update_sql({"updated_at"}); }));
  units().bind(s, unit);
  s.bind(units().written() + 1, std::string(now));
  s.bind(units().written() + 2, static_cast<int64_t>(unit.id));
  s.exec();
}

std::vector<model::Unit> list_units(Store& store, std::string_view kind)
{
  auto& s = store.prepared(
      sql_once([] { return units().select("units", "WHERE ?1 = '' OR kind = ?1 ORDER BY name"); }));
  s.bind(1, std::string(kind));
  std::vector<model::Unit> out;
  while (s.executeStep())
    out.push_back(units().read(s));
  return out;
}

} // namespace cppcc::storage
