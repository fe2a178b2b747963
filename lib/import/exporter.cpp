#include "import/exporter.hpp"

#include "error.hpp"
#include "import/importer.hpp"
#include "io/csv.hpp"
#include "records/activities.hpp"
#include "records/articles.hpp"
#include "records/opinions.hpp"
#include "records/proposals.hpp"
#include "records/studios.hpp"
#include "records/units.hpp"
#include "render/document.hpp"
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

namespace {

// Passes each record's values to `sink`, with its personal cells emptied unless wanted;
// counts them.
class Rows {
public:
  Rows(std::string_view kind, const ExportFilter& filter, const RowSink& sink)
      : m_filter(filter), m_sink(sink), m_personal(kind_named(kind).table->personal())
  {
  }
  template <class Record> bool wanted(const Record& r) const
  {
    return !m_filter.only || m_filter.only->contains(r.id);
  }
  void operator()(std::vector<std::string> values)
  {
    if (m_filter.personal == records::Personal::no)
      for (std::size_t i = 0; i < values.size() && i < m_personal.size(); ++i)
        if (m_personal[i] == records::Personal::yes) values[i].clear();
    m_sink(values);
    ++m_count;
  }
  long count() const { return m_count; }

private:
  const ExportFilter& m_filter;
  const RowSink& m_sink;
  const std::vector<records::Personal>& m_personal;
  long m_count = 0;
};

} // namespace

long export_rows(records::Workspace& ws, std::string_view kind, const ExportFilter& filter,
                 const RowSink& sink)
{
  if (kind != "member" && kind != "unit" && kind != "proposal" && kind != "opinion" &&
      kind != "studio" && kind != "activity" && kind != "article")
    throw UsageError(msg::text("import.no_export", kind));
  Rows rows(kind, filter, sink);
  if (kind == "member") {
    for (const auto& m : storage::list_members(ws.store, filter.members))
      if (rows.wanted(m)) rows(records::member_values(m));
  } else if (kind == "unit") {
    for (const auto& u : storage::list_units(ws.store, filter.unit_kind))
      if (rows.wanted(u)) rows(records::unit_values(u));
  } else if (kind == "proposal") {
    for (const auto& row : storage::list_proposals(ws.store, filter.proposals))
      if (rows.wanted(row.proposal)) rows(records::proposal_export_values(ws, row.proposal));
  } else if (kind == "opinion") {
    for (const auto& o : storage::list_opinions(ws.store))
      if (rows.wanted(o)) rows(records::opinion_export_values(ws, o));
  } else if (kind == "studio") {
    for (const auto& s : storage::list_studios(ws.store))
      if (rows.wanted(s)) rows(records::studio_values(s));
  } else if (kind == "activity") {
    for (const auto& a : storage::list_activities(ws.store))
      if (rows.wanted(a)) rows(records::activity_values(a));
  } else {
    for (const auto& a : storage::list_articles(ws.store))
      if (rows.wanted(a)) rows(records::article_values(a));
  }
  return rows.count();
}

long export_csv(records::Workspace& ws, std::string_view kind, const ExportFilter& filter,
                const std::string& out, bool bom, const io::ProtectedFiles& protect)
{
  io::CsvWriter writer(out, io::Encoding::utf8, bom, protect);
  writer.write(export_columns(kind));
  std::vector<std::string> safe;
  const long count = export_rows(ws, kind, filter, [&](const std::vector<std::string>& row) {
    safe.clear();
    for (const auto& cell : row)
      safe.push_back(render::spreadsheet_safe(cell));
    writer.write(safe);
  });
  writer.close();
  return count;
}

} // namespace cppcc::import
