#pragma once
// A report or a record as one self-contained HTML page (CSS and SVG charts inline, no
// script, nothing fetched), laid out for the screen and for A4 print.
#include "documents/office.hpp"

namespace cppcc::documents {

std::string html_report(const render::Report& report, const Context& context);
std::string html_document(const render::Document& document, const Context& context);

} // namespace cppcc::documents
