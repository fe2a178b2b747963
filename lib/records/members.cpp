#include "records/members.hpp"

#include "error.hpp"
#include "io/values.hpp"
#include "records/audit.hpp"
#include "records/references.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace cppcc::records {

namespace {

const std::string* value_of(const Fields& fields, std::string_view key)
{
  auto it = fields.find(key);
  return it == fields.end() ? nullptr : &it->second;
}

// Resolves a vocabulary value; empty text clears the field.
std::string vocab_value(const config::Vocabulary& vocabulary, const std::string& text)
{
  return util::trim(text).empty() ? std::string() : vocabulary.require(text);
}

void check_unknown(const Fields& fields, const std::vector<std::string>& columns,
                   std::string_view kind)
{
  for (const auto& [key, value] : fields)
    if (std::find(columns.begin(), columns.end(), key) == columns.end())
      throw UsageError(fmt::format("{} has no field '{}'", kind, key));
}

void apply(Workspace& ws, model::Member& m, const Fields& fields)
{
  check_unknown(fields, member_columns(), "member");
  const auto& c = ws.config;
  auto set = [&](std::string_view key, auto&& assign) {
    if (const std::string* value = value_of(fields, key)) assign(*value);
  };
  set("name", [&](const std::string& v) { m.name = util::trim(v); });
  set("gender", [&](const std::string& v) { m.gender = vocab_value(c.genders, v); });
  set("ethnicity", [&](const std::string& v) { m.ethnicity = util::trim(v); });
  set("party", [&](const std::string& v) { m.party = vocab_value(c.parties, v); });
  set("sector", [&](const std::string& v) { m.sector = vocab_value(c.sectors, v); });
  set("workplace", [&](const std::string& v) { m.workplace = util::trim(v); });
  set("post", [&](const std::string& v) { m.post = util::trim(v); });
  set("phone", [&](const std::string& v) { m.phone = util::trim(v); });
  set("term", [&](const std::string& v) {
    m.term = util::trim(v).empty() ? std::nullopt
                                   : std::optional<int>(io::parse_int_or_throw(v, "term", 1, 99));
  });
  set("standing",
      [&](const std::string& v) { m.standing = io::parse_yes_no_or_throw(v, "standing"); });
  set("roles", [&](const std::string& v) {
    m.roles.clear();
    for (const auto& role : util::split_list(v))
      m.roles.push_back(c.roles.require(role));
  });
  set("studio", [&](const std::string& v) {
    if (!util::trim(v).empty())
      throw UsageError("studios are not recorded yet; leave 'studio' empty");
  });
  set("status", [&](const std::string& v) { m.status = c.member_statuses.require(v); });
  if (m.name.empty()) throw DataError("member: 'name' is required");
}

} // namespace

const std::vector<std::string>& member_columns()
{
  static const std::vector<std::string> k_columns = {
      "code", "name",  "gender", "ethnicity", "party", "sector", "workplace",
      "post", "phone", "term",   "standing",  "roles", "studio", "status"};
  return k_columns;
}

const std::vector<std::string>& unit_columns()
{
  static const std::vector<std::string> k_columns = {"name", "kind", "contact", "phone"};
  return k_columns;
}

std::vector<std::string> member_values(const model::Member& m)
{
  return {m.code,
          m.name,
          m.gender,
          m.ethnicity,
          m.party,
          m.sector,
          m.workplace,
          m.post,
          m.phone,
          m.term ? std::to_string(*m.term) : std::string(),
          m.standing ? "yes" : "no",
          util::join(m.roles, ";"),
          "",
          m.status};
}

model::Member add_member(Workspace& ws, const Fields& fields)
{
  model::Member m;
  m.term = ws.config.term;
  apply(ws, m, fields);
  const std::string* code = value_of(fields, "code");
  m.code = code && !util::trim(*code).empty()
               ? util::trim(*code)
               : storage::next_member_code(ws.store, ws.config.member_code_prefix);
  if (storage::find_member(ws.store, m.code))
    throw DataError(
        fmt::format("member '{}' already exists; use 'cppcc member update {}'", m.code, m.code));
  m.id = storage::insert_member(ws.store, m, ws.now());
  audit_change(ws, "member", m.code, "add", {}, {}, {});
  return m;
}

model::Member update_member(Workspace& ws, std::string_view code, const Fields& fields)
{
  const model::Member before = member_named(ws, code);
  model::Member after = before;
  apply(ws, after, fields);
  if (const std::string* new_code = value_of(fields, "code");
      new_code && *new_code != before.code) {
    after.code = util::trim(*new_code);
    if (after.code.empty() || storage::find_member(ws.store, after.code))
      throw DataError(fmt::format("cannot change code to '{}': empty or taken", *new_code));
  }
  storage::update_member(ws.store, after, ws.now());
  audit_change(ws, "member", after.code, "update", {},
               field_pairs(member_columns(), member_values(before)),
               field_pairs(member_columns(), member_values(after)));
  return after;
}

render::Table member_table(Workspace& ws, const storage::MemberFilter& filter)
{
  render::Table table;
  table.key = "members";
  for (const auto& column : member_columns())
    if (column != "studio")
      table.columns.push_back({column, ws.label("member", column),
                               column == "term" ? render::Type::number : render::Type::text});
  for (const auto& m : storage::list_members(ws.store, filter)) {
    std::vector<std::string> roles;
    for (const auto& role : m.roles)
      roles.push_back(ws.config.roles.label(role, ws.lang));
    table.rows.push_back({m.code, m.name, ws.config.genders.label(m.gender, ws.lang), m.ethnicity,
                          ws.config.parties.label(m.party, ws.lang),
                          ws.config.sectors.label(m.sector, ws.lang), m.workplace, m.post, m.phone,
                          m.term ? std::to_string(*m.term) : "",
                          ws.label("words", m.standing ? "yes" : "no"), util::join(roles, ";"),
                          ws.config.member_statuses.label(m.status, ws.lang)});
  }
  return table;
}

render::Document member_document(Workspace& ws, std::string_view code)
{
  const model::Member m = member_named(ws, code);
  render::Table one = member_table(ws, {});
  render::Document doc;
  doc.title = fmt::format("{} {}", m.code, m.name);
  for (const auto& row : one.rows) {
    if (row[0] != m.code) continue;
    for (std::size_t i = 0; i < one.columns.size(); ++i)
      doc.fields.push_back({one.columns[i].key, one.columns[i].label, row[i], one.columns[i].type});
  }
  return doc;
}

model::Unit add_unit(Workspace& ws, const Fields& fields)
{
  check_unknown(fields, unit_columns(), "unit");
  model::Unit unit;
  if (const std::string* name = value_of(fields, "name")) unit.name = util::trim(*name);
  if (unit.name.empty()) throw DataError("unit: 'name' is required");
  if (const std::string* kind = value_of(fields, "kind"))
    unit.kind = vocab_value(ws.config.unit_kinds, *kind);
  if (const std::string* contact = value_of(fields, "contact")) unit.contact = util::trim(*contact);
  if (const std::string* phone = value_of(fields, "phone")) unit.phone = util::trim(*phone);
  if (storage::find_unit(ws.store, unit.name))
    throw DataError(fmt::format("unit '{}' already exists", unit.name));
  unit.id = storage::insert_unit(ws.store, unit, ws.now());
  audit_change(ws, "unit", unit.name, "add", {}, {}, {});
  return unit;
}

render::Table unit_table(Workspace& ws, std::string_view kind)
{
  render::Table table;
  table.key = "units";
  for (const auto& column : unit_columns())
    table.columns.push_back({column, ws.label("unit", column), render::Type::text});
  const std::string kind_id = kind.empty() ? std::string() : ws.config.unit_kinds.require(kind);
  for (const auto& u : storage::list_units(ws.store, kind_id))
    table.rows.push_back({u.name, ws.config.unit_kinds.label(u.kind, ws.lang), u.contact, u.phone});
  return table;
}

} // namespace cppcc::records
