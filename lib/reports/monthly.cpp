#include "io/dates.hpp"
#include "reports/reports.hpp"
#include "storage/report_queries.hpp"

#include <cstdint>
#include <fmt/format.h>

namespace cppcc::reports {

namespace {

using render::Value;

storage::Period month_period(int year, int month)
{
  const io::Date first{year, month, 1};
  const io::Date last = io::Date::from_days(first.add_months(1).days() - 1);
  return {first.iso(), last.iso()};
}

render::Column text_column(records::Workspace& ws, std::string_view group, std::string key)
{
  std::string label = ws.label(group, key);
  return {std::move(key), std::move(label), render::Type::text};
}

render::Table dated(records::Workspace& ws, const std::string& column,
                    const std::vector<storage::DatedProposal>& rows)
{
  render::Table t;
  t.key = column;
  t.title = ws.label("figures", "month_" + column);
  t.columns = {text_column(ws, "proposal", "code"), text_column(ws, "proposal", "title"),
               text_column(ws, "proposal", "proposer"), text_column(ws, "proposal", column),
               text_column(ws, "proposal", "status")};
  for (const auto& p : rows)
    t.rows.push_back(render::row_of(p.code, p.title, p.proposer, Value::date(p.date),
                                    ws.config.proposal_states.label(p.status, ws.lang)));
  return t;
}

render::Table due(records::Workspace& ws, std::string key, const std::string& as_of,
                  const std::vector<storage::OpenAssignment>& rows)
{
  render::Table t;
  t.title = ws.label("figures", key);
  t.key = std::move(key);
  const bool overdue = t.key == "overdue";
  t.columns = {
      text_column(ws, "proposal", "code"),
      text_column(ws, "proposal", "title"),
      text_column(ws, "report", "unit"),
      text_column(ws, "assignment", "role"),
      text_column(ws, "assignment", "due"),
      {"days", ws.label("report", overdue ? "days_overdue" : "days_left"), render::Type::number}};
  // Days overdue at `as_of`, or days left for what falls due later.
  const long at = io::from_iso(as_of)->days();
  for (const auto& a : rows) {
    const long days = at - io::from_iso(a.due)->days();
    t.rows.push_back({a.code, a.title, a.unit, ws.label("words", model::role_id(a.role)),
                      Value::date(a.due), Value::integer(overdue ? days : -days)});
  }
  return t;
}

} // namespace

render::Report monthly_report(records::Workspace& ws, int year, int month)
{
  const storage::Period period = month_period(year, month);
  const storage::Period next =
      month_period(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1);
  const std::string month_text = fmt::format("{:04}-{:02}", year, month);
  render::Report r;
  const std::string& committee = ws.config.committee(ws.lang);
  std::string title = ws.label("report", "monthly");
  // The month as the office writes it in a title: 2024年7月 (zh), 2024-07 (en).
  const std::string month_words =
      ws.lang == config::Lang::zh ? fmt::format("{}年{}月", year, month) : month_text;
  for (const auto& [key, value] : {std::pair{std::string("{committee}"), committee},
                                   std::pair{std::string("{month}"), month_words}})
    if (const auto at = title.find(key); at != std::string::npos)
      title.replace(at, key.size(), value);
  r.title = title;
  r.head = {{"month", "month", month_text, render::Type::text},
            {"committee", "committee", committee, render::Type::text}};
  r.figures_title = ws.label("report", "figures");

  std::vector<render::Table> lists;
  const auto& phases = ws.config.proposal_phases;
  // Each step by the phase of its states: an assignment from a filed proposal, the reply
  // that made it replied, the conclusion.
  const std::pair<const char*, config::Phase> steps[] = {{"submitted", config::Phase::review},
                                                         {"filed", config::Phase::filed},
                                                         {"assigned", config::Phase::filed},
                                                         {"replied", config::Phase::replied},
                                                         {"concluded", config::Phase::concluded}};
  for (const auto& [step, phase] : steps) {
    const std::string column = step;
    const auto rows = storage::proposals_stepped(ws.store, column, period, phases.states(phase));
    r.figures.push_back({"proposals_" + column, ws.label("figures", "month_" + column),
                         Value::integer(static_cast<std::int64_t>(rows.size())),
                         render::Type::number});
    lists.push_back(dated(ws, column, rows));
  }
  const auto activities = storage::activities_in(ws.store, period);
  const auto articles = storage::articles_in(ws.store, period);
  // Overdue at the month's end: handling then open, due on or before its last day; and
  // what then fell due next month. Both as they stood then, whenever the bulletin is run.
  const auto& handling = phases.states(config::Phase::handling);
  const auto overdue =
      storage::open_assignments_then(ws.store, period.last, {"0000-01-01", period.last}, handling);
  const auto falling_due = storage::open_assignments_then(ws.store, period.last, next, handling);
  const auto count = [](std::size_t n) { return Value::integer(static_cast<std::int64_t>(n)); };
  r.figures.push_back({"activities", ws.label("figures", "month_activities"),
                       count(activities.size()), render::Type::number});
  r.figures.push_back(
      {"articles", ws.label("figures", "articles"), count(articles.size()), render::Type::number});
  r.figures.push_back(
      {"overdue", ws.label("figures", "overdue"), count(overdue.size()), render::Type::number});
  r.figures.push_back({"due_next_month", ws.label("figures", "due_next_month"),
                       count(falling_due.size()), render::Type::number});

  r.tables = std::move(lists);
  render::Table acts;
  acts.key = "activities";
  acts.title = ws.label("figures", "month_activities");
  acts.columns = {
      text_column(ws, "activity", "code"),
      text_column(ws, "activity", "kind"),
      text_column(ws, "activity", "date"),
      text_column(ws, "activity", "title"),
      text_column(ws, "activity", "studio"),
      {"suggestions", ws.label("activity", "suggestions"), render::Type::number},
      {"disputes_resolved", ws.label("activity", "disputes_resolved"), render::Type::number},
      {"problems_solved", ws.label("activity", "problems_solved"), render::Type::number}};
  for (const auto& a : activities)
    acts.rows.push_back(
        render::row_of(a.code, ws.config.activity_kinds.label(a.kind, ws.lang), Value::date(a.date),
                       a.title, a.studio, Value::integer(a.suggestions),
                       Value::integer(a.disputes_resolved), Value::integer(a.problems_solved)));
  r.tables.push_back(std::move(acts));
  render::Table arts;
  arts.key = "articles";
  arts.title = ws.label("figures", "articles");
  arts.columns = {text_column(ws, "article", "code"), text_column(ws, "article", "title"),
                  text_column(ws, "article", "outlet"), text_column(ws, "article", "level"),
                  text_column(ws, "article", "date")};
  for (const auto& a : articles)
    arts.rows.push_back(
        render::row_of(a.code, a.title, a.outlet,
                       a.level.empty() ? std::string() : ws.config.levels.label(a.level, ws.lang),
                       Value::date(a.date)));
  r.tables.push_back(std::move(arts));
  r.tables.push_back(due(ws, "overdue", period.last, overdue));
  r.tables.push_back(due(ws, "due_next_month", period.last, falling_due));
  for (auto& t : r.tables)
    t.none = ws.label("words", "none"); // an empty section says so (无)
  return r;
}

} // namespace cppcc::reports
