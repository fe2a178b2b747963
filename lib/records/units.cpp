#include "records/units.hpp"

#include "error.hpp"
#include "records/audit.hpp"
#include "storage/members.hpp"
#include "util/messages.hpp"

namespace cppcc::records {

const std::vector<std::string>& unit_columns()
{
  static const std::vector<std::string> k_columns = {"name", "kind", "contact", "phone"};
  return k_columns;
}

std::vector<std::string> unit_values(const model::Unit& u)
{
  return {u.name, u.kind, u.contact, u.phone};
}

namespace {

void apply(Workspace& ws, model::Unit& unit, const Fields& fields, Naming naming)
{
  check_fields(fields, unit_columns(), "unit");
  FieldReader r(fields, naming);
  if (r.has("name")) unit.name = r.text("name");
  if (r.has("kind")) unit.kind = r.vocabulary("kind", ws.config.unit_kinds);
  if (r.has("contact")) unit.contact = r.text("contact");
  if (r.has("phone")) unit.phone = r.text("phone");
  if (unit.name.empty()) r.problem("name", msg::text("record.name_required"));
  r.check();
}

} // namespace

model::Unit add_unit(Workspace& ws, const Fields& fields, Naming naming)
{
  model::Unit unit;
  apply(ws, unit, fields, naming);
  if (storage::find_unit(ws.store, unit.name))
    throw DataError(msg::text("record.unit_exists", unit.name));
  unit.id = storage::insert_unit(ws.store, unit, ws.now());
  audit_change(ws, "unit", unit.name, "add", {}, {}, {});
  return unit;
}

Upserted upsert_unit(Workspace& ws, const Fields& fields)
{
  const auto existing =
      storage::find_unit(ws.store, FieldReader(fields, Naming::column).text("name"));
  if (!existing) {
    add_unit(ws, fields, Naming::column);
    return Upserted::inserted;
  }
  model::Unit after = *existing;
  apply(ws, after, fields, Naming::column);
  if (unit_values(after) == unit_values(*existing)) return Upserted::unchanged;
  storage::update_unit(ws.store, after, ws.now());
  audit_change(ws, "unit", after.name, "import", {},
               field_pairs(unit_columns(), unit_values(*existing)),
               field_pairs(unit_columns(), unit_values(after)));
  return Upserted::updated;
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
