#include "records/members.hpp"

#include "error.hpp"
#include "records/audit.hpp"
#include "records/field_columns.hpp"
#include "records/record_rows.hpp"
#include "records/references.hpp"
#include "records/studios.hpp"
#include "storage/studios.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace cppcc::records {

namespace {

// The member's listed studio: a recorded studio that is not delisted ("" for none).
void read_member_studio(Workspace& ws, FieldReader& r, model::Member& m)
{
  m.studio.clear();
  if (r.blank("studio")) return;
  r.attempt("studio", [&] {
    const model::Studio studio = studio_named(ws, r.text("studio"));
    if (studio.delisted)
      throw DataError(msg::text("record.studio_delisted", studio.name, studio.delisted));
    m.studio = studio.name;
  });
}

struct MemberReading {
  Workspace& ws;
  FieldReader& r;
  std::optional<io::Date> left_on; // the day of leaving the fields give, if they give one
};

using M = model::Member;

void read_name(MemberReading& d, std::string_view key, M& m)
{
  if (d.r.has(key)) m.name = util::person_name(d.r.text(key));
}

// A field of vocabulary V of the configuration.
template <auto M_, config::Vocabulary config::Config::*V>
void read_word(MemberReading& d, std::string_view key, M& m)
{
  if (d.r.has(key)) m.*M_ = d.r.vocabulary(key, d.ws.config.*V);
}

void read_term(MemberReading& d, std::string_view key, M& m)
{
  if (d.r.has(key)) m.term = d.r.number(key, 1, 99);
}

void read_standing(MemberReading& d, std::string_view key, M& m)
{
  if (d.r.has(key)) m.standing = d.r.yes_no(key).value_or(false);
}

void read_roles(MemberReading& d, std::string_view key, M& m)
{
  if (!d.r.has(key)) return;
  m.roles.clear();
  for (const auto& role : util::split_list(d.r.text(key)))
    d.r.attempt(key, [&] { m.roles.push_back(d.ws.config.roles.require(role)); });
}

std::string roles_cell(const M& m)
{
  std::vector<std::string> sorted_roles = m.roles; // a set: order does not make a change
  std::sort(sorted_roles.begin(), sorted_roles.end());
  return util::join(sorted_roles, ";");
}

void read_studio(MemberReading& d, std::string_view key, M& m)
{
  if (d.r.has(key)) read_member_studio(d.ws, d.r, m);
}

void read_status(MemberReading& d, std::string_view key, M& m)
{
  if (d.r.has(key) && !d.r.blank(key)) m.status = d.r.vocabulary(key, d.ws.config.member_statuses);
}

// Read apart: it is the member's only with status left (settle_left_on); blank says nothing.
void read_left_on(MemberReading& d, std::string_view key, M&)
{
  if (d.r.has(key)) d.left_on = d.r.date(key);
}

// The canonical member columns, in order; descriptive ones are read in this order.
const FieldTable<M, M, MemberReading>& member_fields()
{
  using C = config::Config;
  static const FieldTable<M, M, MemberReading> k_table = {
      {"code", Part::key, stored_cell<&M::code>},
      {"name", Part::description, stored_cell<&M::name>, read_name},
      {"gender", Part::description, stored_cell<&M::gender>, read_word<&M::gender, &C::genders>},
      {"ethnicity", Part::description, stored_cell<&M::ethnicity>,
       read_text<&M::ethnicity, MemberReading>},
      {"party", Part::description, stored_cell<&M::party>, read_word<&M::party, &C::parties>},
      {"sector", Part::description, stored_cell<&M::sector>, read_word<&M::sector, &C::sectors>},
      {"workplace", Part::description, stored_cell<&M::workplace>,
       read_text<&M::workplace, MemberReading>},
      {"post", Part::description, stored_cell<&M::post>, read_text<&M::post, MemberReading>},
      {"phone", Part::description, stored_cell<&M::phone>, read_text<&M::phone, MemberReading>,
       CellKind::text, Personal::yes},
      {"term", Part::description, stored_cell<&M::term>, read_term, CellKind::integer},
      {"standing", Part::description, stored_cell<&M::standing>, read_standing, CellKind::flag},
      {"roles", Part::description, roles_cell, read_roles},
      {"studio", Part::description, stored_cell<&M::studio>, read_studio},
      {"status", Part::description, stored_cell<&M::status>, read_status},
      {"left_on", Part::description, stored_cell<&M::left_on>, read_left_on, CellKind::date},
  };
  return k_table;
}

// The day a member left, for a member whose status is (now) left: given with it (a
// command must give it when the status becomes left; a ledger row may not know it), else
// the one recorded; cleared for a member on the committee. A day given for a member on the
// committee is a problem of the command (UsageError) or of the row.
void settle_left_on(Workspace& ws, FieldReader& r, model::Member& m, const model::Member* before,
                    const std::optional<io::Date>& left_on, Naming naming)
{
  if (m.status != "left") {
    if (left_on && naming == Naming::option)
      throw UsageError(msg::text("record.left_on_without_left", m.code.empty() ? m.name : m.code,
                                 ws.config.member_statuses.word(m.status)));
    if (left_on && !m.status.empty()) // empty: the status was not read, a problem already
      r.problem("left_on",
                msg::text("record.left_on_needs_left", ws.config.member_statuses.word(m.status)));
    m.left_on.reset();
    return;
  }
  if (left_on) {
    m.left_on = left_on;
    return;
  }
  const bool becomes_left = before == nullptr || before->status != "left";
  if (becomes_left && naming == Naming::option)
    throw UsageError(msg::text("record.left_needs_left_on"));
}

// Lays the given fields over `m` (`before`: the record they change, if any); every bad
// value is reported, then DataError.
void apply(Workspace& ws, model::Member& m, const Fields& fields, Naming naming,
           const model::Member* before)
{
  check_fields(fields, member_columns(), "member");
  FieldReader r(fields, naming);
  MemberReading reading{ws, r, std::nullopt};
  member_fields().read(reading, m);
  if (m.name.empty()) r.problem("name", msg::text("record.name_required"));
  // A row's day of leaving is one of its problems; a command's, once its values are read.
  if (naming == Naming::column) settle_left_on(ws, r, m, before, reading.left_on, naming);
  r.check();
  if (naming == Naming::option) settle_left_on(ws, r, m, before, reading.left_on, naming);
}

void audit_update(Workspace& ws, std::string_view action, const model::Member& before,
                  const model::Member& after)
{
  audit_change(ws, "member", after.code, action, {},
               field_pairs(member_columns(), member_values(before)),
               field_pairs(member_columns(), member_values(after)));
}

} // namespace

const std::vector<std::string>& member_columns()
{
  return member_fields().keys();
}

const Columns& member_table()
{
  return member_fields();
}

std::vector<std::string> member_values(const model::Member& m)
{
  return member_fields().values(m);
}

model::Member add_member(Workspace& ws, const Fields& fields, Naming naming)
{
  model::Member m;
  m.term = ws.config.term;
  apply(ws, m, fields, naming, nullptr);
  const std::string code = FieldReader(fields, naming).text("code");
  m.code = !code.empty() ? code : storage::next_member_code(ws.store, ws.config.member_code_prefix);
  if (storage::find_member(ws.store, m.code))
    throw DataError(msg::text("record.member_exists", m.code, m.code));
  m.id = storage::insert_member(ws.store, m, ws.now());
  if (m.left_on) storage::set_member_left_on(ws.store, m.id, m.left_on);
  storage::set_member_studio(ws.store, m.id, m.studio);
  audit_change(ws, "member", m.code, "add", {}, {}, {});
  return m;
}

model::Member update_member(Workspace& ws, std::string_view code, const Fields& fields)
{
  const model::Member before = member_named(ws, code);
  model::Member after = before;
  apply(ws, after, fields, Naming::option, &before);
  const std::string new_code = FieldReader(fields, Naming::option).text("code");
  if (fields.contains("code") && new_code != before.code) {
    if (new_code.empty() || storage::find_member(ws.store, new_code))
      throw DataError(msg::text("record.code_empty_or_taken", new_code));
    after.code = new_code;
  }
  storage::update_member(ws.store, after, ws.now());
  if (after.left_on != before.left_on)
    storage::set_member_left_on(ws.store, after.id, after.left_on);
  storage::set_member_studio(ws.store, after.id, after.studio);
  audit_update(ws, "update", before, after);
  return after;
}

Upserted upsert_member(Workspace& ws, const Fields& fields)
{
  const FieldReader r(fields, Naming::column);
  std::optional<model::Member> existing;
  if (!r.blank("code")) {
    existing = storage::find_member(ws.store, r.text("code"));
  } else if (!r.blank("name")) {
    auto named = storage::find_members_by_name(ws.store, util::person_name(r.text("name")));
    if (named.size() > 1)
      throw DataError(msg::text("record.import_name_shared", named.size(), r.text("name")));
    if (named.size() == 1) existing = named.front();
  }
  if (!existing) {
    add_member(ws, fields, Naming::column);
    return Upserted::inserted;
  }
  model::Member after = *existing;
  apply(ws, after, fields, Naming::column, &*existing);
  if (member_values(after) == member_values(*existing)) return Upserted::unchanged;
  storage::update_member(ws.store, after, ws.now());
  if (after.left_on != existing->left_on)
    storage::set_member_left_on(ws.store, after.id, after.left_on);
  storage::set_member_studio(ws.store, after.id, after.studio);
  audit_update(ws, "import", *existing, after);
  return Upserted::updated;
}

render::Table member_table(Workspace& ws, const storage::MemberFilter& filter)
{
  render::Table table;
  table.key = "members";
  // Who is on the committee: the canonical columns but the studio and the day of leaving,
  // named here in the order of each row's cells below.
  for (const char* column : {"code", "name", "gender", "ethnicity", "party", "sector", "workplace",
                             "post", "phone", "term", "standing", "roles", "status"})
    table.columns.push_back(
        {column, ws.label("member", column),
         column == std::string_view("term") ? render::Type::number : render::Type::text});
  for (const auto& m : storage::list_members(ws.store, filter)) {
    std::vector<std::string> roles;
    for (const auto& role : m.roles)
      roles.push_back(ws.config.roles.label(role, ws.lang));
    table.rows.push_back({m.code, m.name, ws.config.genders.label(m.gender, ws.lang), m.ethnicity,
                          ws.config.parties.label(m.party, ws.lang),
                          ws.config.sectors.label(m.sector, ws.lang), m.workplace, m.post, m.phone,
                          m.term ? render::Value::integer(*m.term) : render::Value(),
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
  const std::size_t code_at = one.column("code");
  for (const auto& row : one.rows) {
    if (row[code_at] != m.code) continue;
    for (std::size_t i = 0; i < one.columns.size(); ++i) {
      doc.fields.push_back({one.columns[i].key, one.columns[i].label, row[i], one.columns[i].type});
      if (one.columns[i].key == "status" && m.status == "left")
        doc.fields.push_back({"left_on", ws.label("member", "left_on"),
                              render::Value::date(m.left_on), render::Type::text});
    }
  }
  return doc;
}

} // namespace cppcc::records
