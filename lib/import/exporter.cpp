#include "import/exporter.hpp"

#include "error.hpp"
#include "import/importer.hpp"
#include "records/activities.hpp"
#include "records/articles.hpp"
#include "records/opinions.hpp"
#include "records/proposals.hpp"
#include "records/studios.hpp"
#include "records/units.hpp"
#include "storage/activities.hpp"
#include "storage/articles.hpp"
#include "storage/opinions.hpp"
#include "storage/studios.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

namespace cppcc::import {

std::vector<std::string> export_columns(std::string_view kind)
{
  return kind_named(kind).columns();
}

io::CellType cell_type(records::CellKind kind)
{
  switch (kind) {
  case records::CellKind::integer:
    return io::CellType::integer;
  case records::CellKind::number:
    return io::CellType::number;
  case records::CellKind::date:
    return io::CellType::date;
  case records::CellKind::text:
  case records::CellKind::flag: // yes | no, as the import reads it back
    break;
  }
  return io::CellType::text;
}

std::vector<io::Column> export_sheet_columns(const config::Config& config, std::string_view kind)
{
  const records::Columns& table = *kind_named(kind).table;
  std::vector<io::Column> out;
  for (std::size_t i = 0; i < table.keys().size(); ++i)
    out.push_back(
        {config.label(config::Lang::zh, kind, table.keys()[i]), cell_type(table.cells()[i])});
  return out;
}

std::string export_sheet_name(const config::Config& config, std::string_view kind)
{
  return config.label(config::Lang::zh, "sheets", kind);
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
    throw UsageError(msg::text("import.no_export", kind));
  }
}

} // namespace cppcc::import
