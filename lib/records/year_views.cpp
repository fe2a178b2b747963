#include "records/year_views.hpp"

#include "error.hpp"
#include "records/activities.hpp"
#include "records/articles.hpp"
#include "records/opinions.hpp"
#include "records/studios.hpp"
#include "storage/activities.hpp"
#include "storage/articles.hpp"
#include "storage/audit.hpp"
#include "storage/opinions.hpp"
#include "storage/studios.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <iterator>
#include <utility>

namespace cppcc::records {

namespace {

using render::Value;

bool in_year(const std::optional<util::Date>& date, const std::optional<int>& year)
{
  return !year || (date && date->year == *year);
}

// A value of `kind`'s `column` as a person reads it in the chosen language: an id as its
// label; anything else as it is.
std::string shown(Workspace& ws, std::string_view column, const std::string& value)
{
  const auto& c = ws.config;
  if (column == "kind") return c.activity_kinds.label(value, ws.lang);
  if (column == "level") return c.levels.label(value, ws.lang);
  if (column == "status") return c.opinion_statuses.label(value, ws.lang);
  if (column == "sector") return c.sectors.label(value, ws.lang);
  if (column == "brand" || column == "observation_point")
    return value.empty() ? value : ws.label("words", value);
  if (column == "adopted_levels") {
    std::vector<std::string> out;
    for (const auto& entry : util::split_list(value)) {
      const bool combined = entry.ends_with("(combined)");
      const std::string level = combined ? entry.substr(0, entry.size() - 10) : entry;
      out.push_back(c.levels.label(level, ws.lang) +
                    (combined ? "(" + ws.label("adoption", "combined") + ")" : ""));
    }
    return util::join(out, ";");
  }
  return value;
}

// Whether shown() may change a value of `column` (the others are kept without a copy).
bool labelled(std::string_view column)
{
  for (std::string_view c :
       {"kind", "level", "status", "sector", "brand", "observation_point", "adopted_levels"})
    if (column == c) return true;
  return false;
}

bool is_date(std::string_view column)
{
  return column == "submitted" || column == "compiled" || column == "date" || column == "delisted";
}

bool is_count(std::string_view column)
{
  return column == "suggestions" || column == "disputes_resolved" || column == "problems_solved" ||
         column == "score";
}

// A record's canonical values (as exports write them) as cells, text until a caller puts
// a number in place of one.
render::Row cells(std::vector<std::string> values)
{
  return {std::make_move_iterator(values.begin()), std::make_move_iterator(values.end())};
}

// The place of `column` among `columns`.
std::size_t place(const std::vector<std::string>& columns, std::string_view column)
{
  return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), column) -
                                  columns.begin());
}

// An activity's cells: its counts as numbers.
render::Row activity_cells(const model::Activity& a)
{
  static const std::size_t suggestions = place(activity_columns(), "suggestions"),
                           disputes = place(activity_columns(), "disputes_resolved"),
                           problems = place(activity_columns(), "problems_solved");
  render::Row row = cells(activity_values(a));
  row.at(suggestions) = Value::integer(a.suggestions);
  row.at(disputes) = Value::integer(a.disputes_resolved);
  row.at(problems) = Value::integer(a.problems_solved);
  return row;
}

// A studio's cells: its score as a number.
render::Row studio_cells(const model::Studio& s)
{
  static const std::size_t score = place(studio_columns(), "score");
  render::Row row = cells(studio_values(s));
  row.at(score) = s.score ? Value::decimal(*s.score) : Value();
  return row;
}

// `rows` (cells of `columns`) as a table of `kind`, labelled in the workspace's language.
render::Table labelled_table(Workspace& ws, std::string_view kind, std::string key,
                             const std::vector<std::string>& columns, std::vector<render::Row> rows)
{
  render::Table table;
  table.key = std::move(key);
  for (const auto& column : columns)
    table.columns.push_back({column, ws.label(kind, column),
                             is_count(column) ? render::Type::number : render::Type::text});
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (is_date(columns[i]))
      for (auto& row : rows)
        if (row[i].kind() == Value::Kind::text) row[i] = Value::date(row[i].text());
    if (!labelled(columns[i])) continue;
    for (auto& row : rows)
      if (row[i].kind() == Value::Kind::text || row[i].empty()) // ids to labels
        row[i] = shown(ws, columns[i], row[i].text());
  }
  table.rows = std::move(rows);
  return table;
}

// The one row of `table` as a record's fields.
std::vector<render::Field> fields_of(const render::Table& table)
{
  std::vector<render::Field> out;
  for (std::size_t i = 0; i < table.columns.size(); ++i)
    out.push_back(
        {table.columns[i].key, table.columns[i].label, table.rows.at(0)[i], table.columns[i].type});
  return out;
}

render::Column column(Workspace& ws, std::string_view group, std::string key,
                      render::Type type = render::Type::text)
{
  std::string label = ws.label(group, key);
  return {std::move(key), std::move(label), type};
}

render::Table history_table(Workspace& ws, std::string_view kind, const std::string& record)
{
  render::Table t;
  t.key = "history";
  t.title = ws.label("titles", "history");
  t.columns = {column(ws, "event", "recorded"), column(ws, "event", "operator"),
               column(ws, "event", "action"), column(ws, "event", "details")};
  for (const auto& entry : storage::audit_of(ws.store, kind, record)) {
    std::vector<std::string> changes;
    for (const auto& change : entry.changes)
      changes.push_back(change.before.empty() ? fmt::format("{}: {}", change.field, change.after)
                                              : fmt::format("{}: {} → {}", change.field,
                                                            change.before, change.after));
    t.rows.push_back(
        {io::local_timestamp(entry.at), entry.op, entry.action, util::join(changes, "; ")});
  }
  return t;
}

} // namespace

render::Table activity_table(Workspace& ws, const ActivityFilter& filter)
{
  const std::string kind = filter.kind.empty() ? "" : ws.config.activity_kinds.require(filter.kind);
  std::optional<std::string> studio;
  if (filter.studio == "office")
    studio = "";
  else if (!filter.studio.empty())
    studio = studio_named(ws, filter.studio).name;
  std::vector<render::Row> rows;
  for (const auto& a : storage::list_activities(ws.store))
    if (in_year(a.date, filter.year) && (kind.empty() || a.kind == kind) &&
        (!studio || a.studio == *studio))
      rows.push_back(activity_cells(a));
  return labelled_table(ws, "activity", "activities", activity_columns(), std::move(rows));
}

render::Table article_table(Workspace& ws, const ArticleFilter& filter)
{
  const std::string level = filter.level.empty() ? "" : ws.config.levels.require(filter.level);
  std::vector<render::Row> rows;
  for (const auto& a : storage::list_articles(ws.store))
    if (in_year(a.date, filter.year) && (level.empty() || a.level == level))
      rows.push_back(cells(article_values(a)));
  return labelled_table(ws, "article", "articles", article_columns(), std::move(rows));
}

render::Table opinion_table(Workspace& ws, const OpinionFilter& filter)
{
  const std::string status =
      filter.status.empty() ? "" : ws.config.opinion_statuses.require(filter.status);
  std::vector<std::string> columns;
  for (const auto& c : opinion_columns())
    if (c != "body") columns.push_back(c);
  std::vector<render::Row> rows;
  for (const auto& o : storage::list_opinions(ws.store)) {
    if (!in_year(o.submitted, filter.year) || (!status.empty() && o.status != status)) continue;
    auto values = opinion_values(o);
    values.erase(values.begin() + 2); // body: `show` prints it
    rows.push_back(cells(std::move(values)));
  }
  return labelled_table(ws, "opinion", "opinions", columns, std::move(rows));
}

render::Table studio_table(Workspace& ws, const StudioFilter& filter)
{
  std::vector<render::Row> rows;
  for (const auto& s : storage::list_studios(ws.store))
    if (filter.with_delisted || !s.delisted) rows.push_back(studio_cells(s));
  return labelled_table(ws, "studio", "studios", studio_columns(), std::move(rows));
}

render::Document activity_document(Workspace& ws, std::string_view code)
{
  const auto found = storage::find_activity(ws.store, util::trim(code));
  if (!found) throw DataError(msg::text("record.no_activity", util::trim(code)));
  render::Document doc;
  doc.title = fmt::format("{} {}", found->code, found->title);
  doc.fields = fields_of(
      labelled_table(ws, "activity", "activity", activity_columns(), {activity_cells(*found)}));
  render::Table people;
  people.key = "participants";
  people.title = ws.label("titles", "participants");
  people.columns = {column(ws, "attendance", "member"), column(ws, "attendance", "attendance")};
  for (const auto& p : found->participants)
    people.rows.push_back({p.member.name, ws.label("attendance", p.attendance)});
  doc.tables.push_back(std::move(people));
  return doc;
}

render::Document opinion_document(Workspace& ws, std::string_view code)
{
  const model::Opinion o = opinion_coded(ws, code);
  render::Document doc;
  doc.title = fmt::format("{} {}", o.code, o.title);
  doc.fields = fields_of(
      labelled_table(ws, "opinion", "opinion", opinion_columns(), {cells(opinion_values(o))}));
  render::Table adoptions;
  adoptions.key = "adoptions";
  adoptions.title = ws.label("titles", "adoptions");
  adoptions.columns = {column(ws, "adoption", "level"), column(ws, "adoption", "date"),
                       column(ws, "adoption", "body"), column(ws, "adoption", "combined")};
  for (const auto& a : o.adoptions)
    adoptions.rows.push_back({ws.config.levels.label(a.level, ws.lang), a.date, a.body,
                              ws.label("words", a.combined ? "yes" : "no")});
  render::Table instructions;
  instructions.key = "instructions";
  instructions.title = ws.label("titles", "instructions");
  instructions.columns = {column(ws, "instruction", "leader"), column(ws, "instruction", "level"),
                          column(ws, "instruction", "date"), column(ws, "instruction", "text")};
  for (const auto& i : o.instructions)
    instructions.rows.push_back({i.leader,
                                 i.level.empty() ? "" : ws.config.levels.label(i.level, ws.lang),
                                 i.date, i.text});
  doc.tables.push_back(std::move(adoptions));
  doc.tables.push_back(std::move(instructions));
  doc.tables.push_back(history_table(ws, "opinion", o.code));
  return doc;
}

render::Document studio_document(Workspace& ws, std::string_view name, std::optional<int> year)
{
  const model::Studio s = studio_named(ws, name);
  render::Document doc;
  doc.title = year ? fmt::format("{} ({})", s.name, *year) : s.name;
  doc.fields =
      fields_of(labelled_table(ws, "studio", "studio", studio_columns(), {studio_cells(s)}));

  std::vector<render::Row> rows;
  std::int64_t consultations = 0, exchanges = 0, suggestions = 0, disputes = 0, problems = 0;
  for (const auto& a : storage::list_activities(ws.store)) {
    if (a.studio_id != s.id || !in_year(a.date, year)) continue;
    rows.push_back(activity_cells(a));
    if (a.kind == "visit" || a.kind == "micro_consultation") ++consultations;
    if (a.kind == "study" || a.kind == "exchange") ++exchanges;
    suggestions += a.suggestions;
    disputes += a.disputes_resolved;
    problems += a.problems_solved;
  }
  const auto figure = [&](std::string key, std::int64_t value) {
    std::string label = ws.label("studio_figures", key);
    doc.fields.push_back(
        {std::move(key), std::move(label), Value::integer(value), render::Type::number});
  };
  figure("activities", static_cast<std::int64_t>(rows.size()));
  figure("consultations", consultations);
  figure("exchanges", exchanges);
  figure("suggestions", suggestions);
  figure("disputes_resolved", disputes);
  figure("problems_solved", problems);

  render::Table activities =
      labelled_table(ws, "activity", "activities", activity_columns(), std::move(rows));
  activities.title = ws.label("titles", "activities");
  doc.tables.push_back(std::move(activities));
  doc.tables.push_back(history_table(ws, "studio", s.name));
  return doc;
}

} // namespace cppcc::records
