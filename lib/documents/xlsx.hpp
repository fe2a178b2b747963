#pragma once
// A report, a record or a list as an .xlsx workbook (through io::XlsxWriter, the ledger
// export's writer): a first sheet of the figures or fields (label, value) when there are
// any, then one sheet per table, named after its title (a list's after its kind:
// labels.lists), cleaned to what Excel takes (io::sheet_name). Numbers stay numbers with
// the places they are shown with, a percent is a percentage cell holding its fraction
// (86.4 → 0.864, shown 86.4%), a date an Excel date, an empty value an empty cell. The
// title and the committee go in the file's properties, dated context.date.
#include "documents/office.hpp"

namespace cppcc::documents {

std::string xlsx_report(const render::Report& report, const Context& context);
std::string xlsx_document(const render::Document& document, const Context& context);
std::string xlsx_table(const render::Table& table, const Context& context);

} // namespace cppcc::documents
