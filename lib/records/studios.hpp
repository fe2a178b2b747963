#pragma once
// Member studios (委员工作室): import rows, canonical values, lookups by name.
#include "records/record_rows.hpp"

namespace cppcc::records {

const std::vector<std::string>& studio_columns();
// The same columns with what their cells hold (an .xlsx export types its cells by them).
const Columns& studio_table();
// The fields of `studio add`: the name and the descriptive columns (not the score or the
// delisting, which have commands of their own).
const std::vector<std::string>& studio_add_fields();

// An import row: the studio with this name is updated, else added. `lead` and
// `members` name members (through `names`); a member belongs to at most one listed
// (not delisted) studio.
Upserted upsert_studio(Workspace& ws, Resolver& names, const Fields& fields);
// `cppcc studio add`: a new studio from command options; problems name the options.
model::Studio add_studio(Workspace& ws, const Fields& fields);
// The year's evaluation score (0 or more), audited.
model::Studio evaluate_studio(Workspace& ws, std::string_view name, double score);
// 摘牌: a listed studio is delisted on `date` for `reason` (required); its members stay
// as history and may join another studio. A delisted studio cannot be delisted again
// (TransitionError, exit 3).
model::Studio delist_studio(Workspace& ws, std::string_view name, const io::Date& date,
                            std::string_view reason);
// The studio's canonical fields as stored (yes/no, ISO dates, ';'-joined members).
std::vector<std::string> studio_values(const model::Studio& studio);

// The studio named `name`, listed or not; DataError with the closest names otherwise.
model::Studio studio_named(Workspace& ws, std::string_view name);

} // namespace cppcc::records
