#include "records/units.hpp"

#include "error.hpp"
#include "records/audit.hpp"
#include "records/field_columns.hpp"
#include "storage/members.hpp"
#include "util/messages.hpp"

namespace cppcc::records {

namespace {

struct UnitReading {
  Workspace& ws;
  FieldReader& r;
};

using U = model::Unit;

void read_kind(UnitReading& d, std::string_view key, U& unit)
{
  if (d.r.has(key)) unit.kind = d.r.vocabulary(key, d.ws.config.unit_kinds);
}

// The canonical unit columns, in order; a unit is known by its name.
const FieldTable<U, U, UnitReading>& unit_fields()
{
  static const FieldTable<U, U, UnitReading> k_table = {
      {"name", Part::key, stored_cell<&U::name>, read_text<&U::name, UnitReading>},
      {"kind", Part::description, stored_cell<&U::kind>, read_kind},
      {"contact", Part::description, stored_cell<&U::contact>, read_text<&U::contact, UnitReading>},
      {"phone", Part::description, stored_cell<&U::phone>, read_text<&U::phone, UnitReading>},
  };
  return k_table;
}

} // namespace

const std::vector<std::string>& unit_columns()
{
  return unit_fields().keys();
}

const Columns& unit_table()
{
  return unit_fields();
}

std::vector<std::string> unit_values(const model::Unit& u)
{
  return unit_fields().values(u);
}

namespace {

void apply(Workspace& ws, model::Unit& unit, const Fields& fields, Naming naming)
{
  check_fields(fields, unit_columns(), "unit");
  FieldReader r(fields, naming);
  UnitReading reading{ws, r};
  unit_fields().read(reading, unit);
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
