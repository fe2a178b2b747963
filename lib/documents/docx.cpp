#include "documents/docx.hpp"

#include "error.hpp"
#include "util/messages.hpp"

namespace cppcc::documents {

std::string docx_report(const render::Report& /*report*/, const Context& /*context*/)
{
  throw UsageError(msg::text("documents.not_yet", "docx"));
}

std::string docx_document(const render::Document& /*document*/, const Context& /*context*/)
{
  throw UsageError(msg::text("documents.not_yet", "docx"));
}

} // namespace cppcc::documents
