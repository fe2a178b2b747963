#include "documents/xlsx.hpp"

#include "error.hpp"
#include "util/messages.hpp"

namespace cppcc::documents {

std::string xlsx_report(const render::Report& /*report*/, const Context& /*context*/)
{
  throw UsageError(msg::text("documents.not_yet", "xlsx"));
}

std::string xlsx_document(const render::Document& /*document*/, const Context& /*context*/)
{
  throw UsageError(msg::text("documents.not_yet", "xlsx"));
}

std::string xlsx_table(const render::Table& /*table*/, const Context& /*context*/)
{
  throw UsageError(msg::text("documents.not_yet", "xlsx"));
}

} // namespace cppcc::documents
