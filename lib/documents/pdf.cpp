#include "documents/pdf.hpp"

#include "error.hpp"
#include "util/messages.hpp"

namespace cppcc::documents {

std::string pdf_from_html(const std::string& /*html*/, const Context& /*context*/)
{
  throw UsageError(msg::text("documents.not_yet", "pdf"));
}

} // namespace cppcc::documents
