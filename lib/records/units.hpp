#pragma once
// Adding, changing and listing the units that handle proposals (承办单位). Field values
// arrive as text (from options or ledger cells) and are validated here.
#include "records/field_reader.hpp"
#include "records/record_rows.hpp"
#include "records/workspace.hpp"
#include "render/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cppcc::records {

// The canonical columns of a unit, in order.
const std::vector<std::string>& unit_columns();
// The same columns with what their cells hold (an .xlsx export types its cells by them).
const Columns& unit_table();

model::Unit add_unit(Workspace& ws, const Fields& fields, Naming naming = Naming::option);
// An import row: the unit with this name is updated, else added.
Upserted upsert_unit(Workspace& ws, const Fields& fields);
std::vector<std::string> unit_values(const model::Unit& unit);
render::Table unit_table(Workspace& ws, std::string_view kind);

} // namespace cppcc::records
