#pragma once
// `cppcc KIND export`: records in the canonical columns of docs/domain.md §4.2, with the
// values an import reads back unchanged (ids, ISO dates, yes/no, ";"-joined lists).
#include "io/xlsx_writer.hpp"
#include "records/field_columns.hpp"
#include "records/workspace.hpp"
#include "storage/members.hpp"
#include "storage/proposals.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cppcc::import {

using RowSink = std::function<void(const std::vector<std::string>& row)>;

// The list filters an export honours; each kind uses its own.
struct ExportFilter {
  storage::MemberFilter members;
  storage::ProposalFilter proposals;
  std::string unit_kind;
  // Only the records of these ids, of whatever kind (a committee's bundle: the year's).
  std::optional<std::set<long>> only;
  // Whether the columns marked personal (records::Personal: a member's phone) are written
  // or left empty (a bundle without --with-personal).
  records::Personal personal = records::Personal::yes;
};

// The canonical columns of `kind` (the header), then `sink` once per record.
std::vector<std::string> export_columns(std::string_view kind);
// The canonical columns of `kind` as a spreadsheet shows them: each with its Chinese label
// (which the import reads back as that column) and the type of its cells — dates as dates,
// counts as numbers; codes, phone numbers and everything else as text.
std::vector<io::Column> export_sheet_columns(const config::Config& config, std::string_view kind);
// The type a workbook stores a cell of that kind as: a flag is text (yes/no).
io::CellType cell_type(records::CellKind kind);
// The name of the sheet an export of `kind` writes: 提案 for proposals.
std::string export_sheet_name(const config::Config& config, std::string_view kind);
// Returns the number of records written.
long export_rows(records::Workspace& ws, std::string_view kind, const ExportFilter& filter,
                 const RowSink& sink);
// `KIND export` as CSV: the header, then the rows with a formula-like cell made text
// (render::spreadsheet_safe, which the import undoes), UTF-8 (with a BOM when `bom`), to
// `out` ("-": standard output). Returns the number of records written.
long export_csv(records::Workspace& ws, std::string_view kind, const ExportFilter& filter,
                const std::string& out, bool bom, const io::ProtectedFiles& protect);

} // namespace cppcc::import
