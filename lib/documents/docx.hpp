#pragma once
// A report, a record, a list or a letter as a Word document in the official layout
// (GB/T 9704): the title, the body in numbered sections (一、（一）1.), tables whose header
// repeats on every page, the charts as pictures, the signature block and the date line.
// The fixed parts (page, styles, numbering, footer with the page number) are the
// templates of schemas/docx/ or an office's own (documents/settings.hpp).
#include "documents/letter.hpp"
#include "documents/office.hpp"

namespace cppcc::documents {

std::string docx_report(const render::Report& report, const Context& context);
std::string docx_document(const render::Document& document, const Context& context);
std::string docx_table(const render::Table& table, const Context& context);
std::string docx_letter(const Letter& letter, const Context& context);

// How a document's date line writes the ISO date `iso`: 2024年3月1日 (zh), 1 March 2024
// (en); `iso` itself when it is not a date.
std::string date_line(std::string_view iso, config::Lang lang);

} // namespace cppcc::documents
