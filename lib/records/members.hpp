#pragma once
// Adding, changing, listing and showing members (units: records/units). Field values
// arrive as text (from options or ledger cells) and are validated here.
#include "io/dates.hpp"
#include "records/field_reader.hpp"
#include "records/record_rows.hpp"
#include "records/workspace.hpp"
#include "render/document.hpp"
#include "storage/members.hpp"

#include <optional>

namespace cppcc::records {

// The canonical columns of a kind, in order.
const std::vector<std::string>& member_columns();
// The same columns with what their cells hold (an .xlsx export types its cells by them).
const Columns& member_table();

// Adds a member; `code` is generated when absent. Throws DataError for bad values. From a
// command, status left needs `left_on`, the day the member left (UsageError without); an
// import row may leave it unknown. A `left_on` for a member on the committee is refused.
model::Member add_member(Workspace& ws, const Fields& fields, Naming naming = Naming::option);
// Changes the given fields of member `code`; audits every change. A member whose status
// becomes left needs `left_on` (UsageError without); given alone it corrects that day; a
// member made active again has none.
model::Member update_member(Workspace& ws, std::string_view code, const Fields& fields);
// An import row: the member with this code (or, without a code, this name) is
// updated, else added.
Upserted upsert_member(Workspace& ws, const Fields& fields);
render::Table member_table(Workspace& ws, const storage::MemberFilter& filter);
render::Document member_document(Workspace& ws, std::string_view code);
// The member's canonical fields as stored (vocabulary ids, yes/no).
std::vector<std::string> member_values(const model::Member& member);

} // namespace cppcc::records
