#pragma once
// An HTML page printed to PDF by a locally installed Chromium (headless); without one,
// UnavailableError (exit 69) naming the package to install.
#include "documents/office.hpp"

namespace cppcc::documents {

std::string pdf_from_html(const std::string& html, const Context& context);

} // namespace cppcc::documents
