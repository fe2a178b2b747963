#include "import/exporter.hpp"

#include "error.hpp"
#include "import/importer.hpp"
#include "records/activities.hpp"
#include "records/articles.hpp"
#include "records/opinions.hpp"
#include "records/proposals.hpp"
#include "records/studios.hpp"
#include "storage/activities.hpp"
#include "storage/articles.hpp"
#include "storage/opinions.hpp"
#include "storage/studios.hpp"

#include <fmt/format.h>

namespace cppcc::import {

std::vector<std::string> export_columns(std::string_view kind)
{
  return *kind_named(kind).columns;
}

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
      sink(records::proposal_export_values(ws, row.proposal));
  } else if (kind == "opinion") {
    for (const auto& o : storage::list_opinions(ws.store))
      sink(records::opinion_export_values(ws, o));
  } else if (kind == "studio") {
    for (const auto& s : storage::list_studios(ws.store))
      sink(records::studio_values(s));
  } else if (kind == "activity") {
    for (const auto& a : storage::list_activities(ws.store))
      sink(records::activity_values(a));
  } else if (kind == "article") {
    for (const auto& a : storage::list_articles(ws.store))
      sink(records::article_values(a));
  } else {
    throw UsageError(fmt::format("no export for '{}'", kind));
  }
}

} // namespace cppcc::import
