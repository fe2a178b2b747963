#pragma once
// A report, a record or a list as one self-contained HTML page (CSS and SVG charts inline, no
// script, nothing fetched), laid out for the screen and for A4 print.
#include "documents/office.hpp"

namespace cppcc::documents {

std::string html_report(const render::Report& report, const Context& context);
std::string html_document(const render::Document& document, const Context& context);
// A list (report units, report proposals, member list …): its table, header repeated on
// every printed page.
std::string html_table(const render::Table& table, const Context& context);

} // namespace cppcc::documents
