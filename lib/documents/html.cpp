#include "documents/html.hpp"

#include "error.hpp"
#include "util/messages.hpp"

namespace cppcc::documents {

std::string html_report(const render::Report& /*report*/, const Context& /*context*/)
{
  throw UsageError(msg::text("documents.not_yet", "html"));
}

std::string html_document(const render::Document& /*document*/, const Context& /*context*/)
{
  throw UsageError(msg::text("documents.not_yet", "html"));
}

} // namespace cppcc::documents
