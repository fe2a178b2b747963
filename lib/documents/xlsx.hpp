#pragma once
// A report, a record or a list as an .xlsx workbook: one sheet per table.
#include "documents/office.hpp"

namespace cppcc::documents {

std::string xlsx_report(const render::Report& report, const Context& context);
std::string xlsx_document(const render::Document& document, const Context& context);
std::string xlsx_table(const render::Table& table, const Context& context);

} // namespace cppcc::documents
