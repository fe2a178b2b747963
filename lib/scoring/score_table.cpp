#include "scoring/report.hpp"

#include "scoring/score.hpp"

#include <fmt/format.h>

namespace cppcc::scoring {

render::Table score_table(records::Workspace& ws, int year, std::string_view sector)
{
  const auto& c = ws.config;
  const std::string sector_id = sector.empty() ? std::string() : c.sectors.require(sector);
  const YearScores scores = score_year(ws.store, scoring::rules(c), year);

  render::Table table;
  table.key = "scores";
  table.title = fmt::format("{} {}", ws.label("score", "scores"), year);
  auto column = [&](const char* key, render::Type type) {
    table.columns.push_back({key, ws.label("score", key), type});
  };
  column("rank", render::Type::number);
  column("code", render::Type::text);
  column("name", render::Type::text);
  column("sector", render::Type::text);
  for (const auto& item : scoring::rules(c).items)
    table.columns.push_back({item.id, item.label(ws.lang), render::Type::number});
  column("total", render::Type::number);
  column("grade", render::Type::text);

  for (const auto& m : scores.members) {
    if (!sector_id.empty() && m.member.sector != sector_id) continue;
    render::Row row = {render::Value::integer(m.rank), m.member.code, m.member.name,
                       c.sectors.label(m.member.sector, ws.lang)};
    for (const auto& item : m.items)
      row.push_back(points(item.points));
    row.push_back(points(m.total));
    row.push_back(m.grade->label(ws.lang));
    table.rows.push_back(std::move(row));
  }
  return table;
}

} // namespace cppcc::scoring
