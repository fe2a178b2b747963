#pragma once
// Social-opinion reports (社情民意信息, docs/domain.md §2.9): import rows and canonical values.
#include "records/record_rows.hpp"

namespace cppcc::records {

const std::vector<std::string>& opinion_columns();
// The same columns with what their cells hold (an .xlsx export types its cells by them).
const Columns& opinion_table();
// The fields of `opinion add`: the code and what the report says (not what the office did
// with it: the opinion workflow's).
const std::vector<std::string>& opinion_add_fields();

// An import row: the opinion with this code is updated, else added. The submitter is
// linked to the member of that name or code, if there is one, else kept as text (a
// unit or a citizen). `adopted_levels` and `instructed_by` list levels and leaders:
// adoptions and instructions already recorded for a listed level or leader keep
// their details, the others are removed. Without a status, a report with an issue,
// a compiled date or an adoption is compiled.
Upserted upsert_opinion(Workspace& ws, Resolver& names, const Fields& fields);
// An import row without a code (Kind::code_for): the code of the opinion with its
// submission date, title and submitter (the member, or the text), else a new S<year>-NNNN.
Fields opinion_code_for(Workspace& ws, const Fields& fields);
// `cppcc opinion add`: a new opinion from command options (canonical field → text);
// without --code the next free S<year>-NNNN. Problems name the options.
model::Opinion add_opinion(Workspace& ws, const Fields& fields);
// The opinion's canonical fields as stored (ids, ISO dates, ';'-joined lists).
std::vector<std::string> opinion_values(const model::Opinion& opinion);
// As opinion_values, with a submitter who is a member as exports write members
// (storage::member_ref): the code where another member has the same name.
std::vector<std::string> opinion_export_values(Workspace& ws, model::Opinion opinion);

// The opinion with this code; DataError with the closest codes otherwise.
model::Opinion opinion_coded(Workspace& ws, std::string_view code);

} // namespace cppcc::records
