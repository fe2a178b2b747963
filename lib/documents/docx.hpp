#pragma once
// A report or a record as a Word document in the official layout (GB/T 9704).
#include "documents/office.hpp"

namespace cppcc::documents {

std::string docx_report(const render::Report& report, const Context& context);
std::string docx_document(const render::Document& document, const Context& context);

} // namespace cppcc::documents
