#pragma once
// What the records of a year (opinions, studios, activities, articles) share when a
// row of fields becomes a record: list cells of members, dates, required fields, and
// saving an import row as inserted, updated or unchanged with its audit entry.
#include "model/records.hpp"
#include "records/field_columns.hpp"
#include "records/field_reader.hpp"
#include "records/references.hpp"

#include <functional>
#include <optional>

namespace cppcc::records {

// What an import did with one row.
enum class Upserted { inserted, updated, unchanged };

// How a message names a record of `kind` ("member", "activity"…): "member", 委员.
std::string kind_name(std::string_view kind);

// UsageError for a field that is not one of the kind's columns.
void check_fields(const Fields& fields, const std::vector<std::string>& columns,
                  std::string_view kind);

// The members a list cell names (by name or code, any list separator), in order;
// an unknown name (unless `names` creates it) or one listed twice is a problem.
std::vector<model::MemberRef> read_member_list(Workspace& ws, Resolver& names, FieldReader& r,
                                               std::string_view field);
// A list as exports write it: ';'-joined.
std::string member_list(const std::vector<model::MemberRef>& members);

// Lays date `field` over `date` when the field is given (nothing for an empty cell); a
// bad date is a problem and leaves `date` alone.
void read_date(FieldReader& r, std::string_view field, std::optional<util::Date>& date);
// Whether a required `field` is missing: `value` is empty and so is the cell (a cell
// given but unreadable is already a problem of its own). The caller says what is required:
//   if (missing(r, "title", a.title)) r.problem("title", msg::text("record.title_required"));
bool missing(const FieldReader& r, std::string_view field, const std::string& value);
bool missing(const FieldReader& r, std::string_view field, const std::optional<util::Date>& value);
std::string yes_no(bool value);

// `cppcc KIND add`: `fields` with a code — the one given, which must be new, else the
// next free "<prefix><year>-NNNN" of `table` for the year of the `date` field (today
// when it has none). The record itself is then written by the kind's import row, so
// that a command and a ledger read values alike.
Fields with_new_code(Workspace& ws, Fields fields, std::string_view kind, std::string_view table,
                     std::string_view prefix, std::string_view date_field,
                     const std::function<bool(const std::string&)>& exists);

// An import row without a code: `fields` with the code of the one record `matching`
// names (the stored records whose content — an article's date and title — is the row's),
// else the next free "<prefix><year>-NNNN" of `table` (opinions, activities or articles),
// as with_new_code gives. Several matching records are a DataError: the row must then
// give the code.
Fields with_code_by_content(Workspace& ws, Fields fields, std::string_view table,
                            std::string_view prefix, std::string_view date_field,
                            const std::vector<std::string>& matching);

// How an import row is saved once read and checked.
struct RowSave {
  std::string_view kind;                   // audit_log kind
  const std::vector<std::string>& columns; // the kind's canonical columns
  std::function<void()> insert;
  std::function<void()> update;
};
// Inserts when there is no `before`, updates when the canonical values differ; either
// is audited under `key` (an add entry, or each changed field). Unchanged otherwise.
Upserted save_row(Workspace& ws, const RowSave& save, const std::string& key,
                  const std::optional<std::vector<std::string>>& before,
                  const std::vector<std::string>& after);

} // namespace cppcc::records
