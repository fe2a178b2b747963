#pragma once
// Adding, changing, listing and showing members and handling units. Field values
// arrive as text (from options or ledger cells) and are validated here.
#include "records/field_reader.hpp"
#include "records/workspace.hpp"
#include "render/document.hpp"
#include "storage/members.hpp"

#include <optional>

namespace cppcc::records {

// What an import did with one row.
enum class Upserted { inserted, updated, unchanged };

// The canonical columns of a kind, in order.
const std::vector<std::string>& member_columns();
const std::vector<std::string>& unit_columns();

// Adds a member; `code` is generated when absent. Throws DataError for bad values.
model::Member add_member(Workspace& ws, const Fields& fields, Naming naming = Naming::option);
// Changes the given fields of member `code`; audits every change.
model::Member update_member(Workspace& ws, std::string_view code, const Fields& fields);
// An import row: the member with this code (or, without a code, this name) is
// updated, else added.
Upserted upsert_member(Workspace& ws, const Fields& fields);
render::Table member_table(Workspace& ws, const storage::MemberFilter& filter);
render::Document member_document(Workspace& ws, std::string_view code);
// The member's canonical fields as stored (vocabulary ids, yes/no).
std::vector<std::string> member_values(const model::Member& member);

model::Unit add_unit(Workspace& ws, const Fields& fields, Naming naming = Naming::option);
Upserted upsert_unit(Workspace& ws, const Fields& fields);
std::vector<std::string> unit_values(const model::Unit& unit);
render::Table unit_table(Workspace& ws, std::string_view kind);

} // namespace cppcc::records
