#include "storage/members.hpp"

#include "storage/sql_util.hpp"

#include "util/text.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace cppcc::storage {

namespace {

constexpr const char* k_member_columns =
    "m.id, m.code, m.name, m.gender, m.ethnicity, m.party, m.sector, m.workplace, m.post, "
    "m.phone, m.term, m.standing, m.status, "
    "(SELECT group_concat(role, ';') FROM member_roles r WHERE r.member_id = m.id), "
    "(SELECT s.name FROM studio_members sm JOIN studios s ON s.id = sm.studio_id "
    "WHERE sm.member_id = m.id AND s.delisted IS NULL ORDER BY s.name LIMIT 1), m.left_on";

std::string text(SQLite::Statement& s, int column)
{
  return s.getColumn(column).isNull() ? std::string() : s.getColumn(column).getString();
}

model::Member read_member(SQLite::Statement& s)
{
  model::Member m;
  m.id = s.getColumn(0).getInt64();
  m.code = text(s, 1);
  m.name = text(s, 2);
  m.gender = text(s, 3);
  m.ethnicity = text(s, 4);
  m.party = text(s, 5);
  m.sector = text(s, 6);
  m.workplace = text(s, 7);
  m.post = text(s, 8);
  m.phone = text(s, 9);
  if (!s.getColumn(10).isNull()) m.term = s.getColumn(10).getInt();
  m.standing = s.getColumn(11).getInt() != 0;
  m.status = text(s, 12);
  m.roles = util::split_list(text(s, 13));
  m.studio = text(s, 14);
  m.left_on = text(s, 15);
  return m;
}

void bind_nullable(SQLite::Statement& s, int index, const std::string& value)
{
  if (value.empty())
    s.bind(index);
  else
    s.bind(index, value);
}

void bind_member(SQLite::Statement& s, const model::Member& m)
{
  s.bind(1, m.code);
  s.bind(2, m.name);
  bind_nullable(s, 3, m.gender);
  bind_nullable(s, 4, m.ethnicity);
  bind_nullable(s, 5, m.party);
  bind_nullable(s, 6, m.sector);
  bind_nullable(s, 7, m.workplace);
  bind_nullable(s, 8, m.post);
  bind_nullable(s, 9, m.phone);
  if (m.term)
    s.bind(10, *m.term);
  else
    s.bind(10);
  s.bind(11, m.standing ? 1 : 0);
  s.bind(12, m.status);
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
  return read_member(s);
}

model::Unit read_unit(SQLite::Statement& s)
{
  return model::Unit{s.getColumn(0).getInt64(), text(s, 1), text(s, 2), text(s, 3), text(s, 4)};
}

} // namespace

std::optional<model::Member> find_member(Store& store, std::string_view code)
{
  auto& s =
      store.prepared(static_sql("SELECT {} FROM members m WHERE m.code = ?", k_member_columns));
  s.bind(1, std::string(code));
  return one_member(s);
}

std::optional<model::Member> find_member_by_id(Store& store, long id)
{
  auto& s = store.prepared(static_sql("SELECT {} FROM members m WHERE m.id = ?", k_member_columns));
  s.bind(1, static_cast<int64_t>(id));
  return one_member(s);
}

std::vector<model::Member> find_members_by_name(Store& store, std::string_view name)
{
  auto& s = store.prepared(static_sql("SELECT {} FROM members m WHERE m.name = ? ORDER "
                                      "BY m.code",
                                      k_member_columns));
  s.bind(1, std::string(name));
  std::vector<model::Member> out;
  while (s.executeStep())
    out.push_back(read_member(s));
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
  auto& s =
      store.prepared("INSERT INTO members(code, name, gender, ethnicity, party, sector, "
                     "workplace, post, phone, term, standing, status, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?13, ?13)");
  bind_member(s, member);
  s.bind(13, std::string(now));
  s.exec();
  model::Member saved = member;
  saved.id = static_cast<long>(store.db().getLastInsertRowid());
  write_roles(store, saved);
  return saved.id;
}

void update_member(Store& store, const model::Member& member, std::string_view now)
{
  auto& s = store.prepared("UPDATE members SET code = ?, name = ?, gender = ?, ethnicity = ?, "
                           "party = ?, sector = ?, workplace = ?, post = ?, phone = ?, term = ?, "
                           "standing = ?, status = ?, updated_at = ? WHERE id = ?");
  bind_member(s, member);
  s.bind(13, std::string(now));
  s.bind(14, static_cast<int64_t>(member.id));
  s.exec();
  write_roles(store, member);
}

void set_member_left_on(Store& store, long id, const std::string& date)
{
  auto& s = store.prepared("UPDATE members SET left_on = ? WHERE id = ?");
  bind_nullable(s, 1, date);
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
  std::string sql = fmt::format("SELECT {} FROM members m WHERE 1", k_member_columns);
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
    out.push_back(read_member(s));
  return out;
}

std::optional<model::Unit> find_unit(Store& store, std::string_view name)
{
  auto& s = store.prepared("SELECT id, name, kind, contact, phone FROM units WHERE name = ?");
  s.bind(1, std::string(name));
  if (!s.executeStep()) return std::nullopt;
  return read_unit(s);
}

std::optional<model::Unit> find_unit_by_id(Store& store, long id)
{
  auto& s = store.prepared("SELECT id, name, kind, contact, phone FROM units WHERE id = ?");
  s.bind(1, static_cast<int64_t>(id));
  if (!s.executeStep()) return std::nullopt;
  return read_unit(s);
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
  auto& s = store.prepared("INSERT INTO units(name, kind, contact, phone, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?5, ?5)");
  s.bind(1, unit.name);
  bind_nullable(s, 2, unit.kind);
  bind_nullable(s, 3, unit.contact);
  bind_nullable(s, 4, unit.phone);
  s.bind(5, std::string(now));
  s.exec();
  return static_cast<long>(store.db().getLastInsertRowid());
}

void update_unit(Store& store, const model::Unit& unit, std::string_view now)
{
  auto& s = store.prepared("UPDATE units SET name = ?, kind = ?, contact = ?, phone = ?, "
                           "updated_at = ? WHERE id = ?");
  s.bind(1, unit.name);
  bind_nullable(s, 2, unit.kind);
  bind_nullable(s, 3, unit.contact);
  bind_nullable(s, 4, unit.phone);
  s.bind(5, std::string(now));
  s.bind(6, static_cast<int64_t>(unit.id));
  s.exec();
}

std::vector<model::Unit> list_units(Store& store, std::string_view kind)
{
  auto& s = store.prepared("SELECT id, name, kind, contact, phone FROM units "
                           "WHERE ?1 = '' OR kind = ?1 ORDER BY name");
  s.bind(1, std::string(kind));
  std::vector<model::Unit> out;
  while (s.executeStep())
    out.push_back(read_unit(s));
  return out;
}

} // namespace cppcc::storage
