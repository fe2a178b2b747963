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

#include <algorithm>
#include <fmt/format.h>

namespace cppcc::import {

std::vector<std::string> export_columns(std::string_view kind)
{
  return *kind_named(kind).columns;
}

std::vector<io::Column> export_sheet_columns(const config::Config& config, std::string_view kind)
{
  static const std::vector<std::string_view> k_dates = {"submitted", "filed",    "assigned",
                                                        "due",       "replied",  "concluded",
                                                        "compiled",  "delisted", "date"};
  static const std::vector<std::string_view> k_integers = {"term", "filing_no", "suggestions",
                                                           "disputes_resolved", "problems_solved"};
  static const std::vector<std::string_view> k_numbers = {"score"};
  auto among = [](const std::vector<std::string_view>& names, const std::string& column) {
    return std::find(names.begin(), names.end(), column) != names.end();
  };
  std::vector<io::Column> out;
  for (const auto& column : export_columns(kind)) {
    const io::CellType type = among(k_dates, column)      ? io::CellType::date
                              : among(k_integers, column) ? io::CellType::integer
                              : among(k_numbers, column)  ? io::CellType::number
                                                          : io::CellType::text;
    out.push_back({config.label(config::Lang::zh, kind, column), type});
  }
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
