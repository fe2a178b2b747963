#pragma once
// Activities (履职活动): import rows and canonical values.
#include "records/record_rows.hpp"

namespace cppcc::records {

const std::vector<std::string>& activity_columns();
// The same columns with what their cells hold (an .xlsx export types its cells by them).
const Columns& activity_table();

// An import row: the activity with this code is updated, else added. `kind` comes
// from the configured activity kinds; `studio` names a recorded studio (empty: the
// office organised it); `participants`, `excused` and `absent` name members, each
// at most once among the three — a column left out keeps that attendance as it was.
// The counts are whole numbers, 0 or more (an empty cell is 0).
Upserted upsert_activity(Workspace& ws, Resolver& names, const Fields& fields);
// An import row without a code (Kind::code_for): the code of the activity with its date,
// kind, title and studio, else a new A<year>-NNNN.
Fields activity_code_for(Workspace& ws, const Fields& fields);
// `cppcc activity add`: a new activity from command options (canonical field → text);
// without --code the next free A<year>-NNNN. Problems name the options.
model::Activity add_activity(Workspace& ws, const Fields& fields);
// The activity's canonical fields as stored.
std::vector<std::string> activity_values(const model::Activity& activity);

} // namespace cppcc::records
