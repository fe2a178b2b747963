#include "import/exporter.hpp"

#include "error.hpp"
#include "import/importer.hpp"
#include "records/proposals.hpp"

#include <fmt/format.h>

namespace cppcc::import {

std::vector<std::string> export_columns(std::string_view kind) { return *kind_named(kind).columns; }

void export_rows(records::Workspace& ws, std::string_view kind, const ExportFilter& filter,
                 const RowSink& sink)
{
  if (kind == "member") {
    for (const auto& m : storage::list_members(ws.store, filter.members))
      sink(records::member_values(m));
  } else if (kind == "unit") {
    for (const auto& u : storage::list_units(ws.store, filter.unit_kind))
      sink(records::unit_values(u));
  } else if (kind == "proposal") {
    for (const auto& row : storage::list_proposals(ws.store, filter.proposals))
      sink(records::proposal_values(ws, row.proposal));
  } else {
    throw UsageError(fmt::format("no export for '{}'", kind));
  }
}

} // namespace cppcc::import
