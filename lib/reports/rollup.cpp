#include "reports/rollup.hpp"

#include "reports/figures.hpp"

#include <algorithm>
#include <set>

namespace cppcc::reports {

namespace {

using render::Value;

Value count(std::size_t n)
{
  return Value::integer(static_cast<std::int64_t>(n));
}

// A roll-up's title: "all committees: TITLE".
std::string all_of(const Words& words, std::string title)
{
  return titled(words.label("report", "rollup_of"), {{"title", std::move(title)}});
}

render::Column committee_column(const Words& words)
{
  return {"committee", words.label("report", "committee"), render::Type::text};
}

} // namespace

std::string rollup_heading(const config::Config& config, config::Lang lang, std::size_t committees)
{
  if (config.given("committee.name") || config.given("committee.name_en"))
    return config.committee(lang);
  return titled(config.label(lang, "report", "committees"), {{"n", count(committees)}});
}

render::Table rollup_annual(const Words& words, int year,
                            const std::vector<Committee<std::vector<AnnualFigure>>>& committees,
                            bool printed)
{
  render::Table t;
  t.key = "rollup_annual";
  t.title = titled(words.label("report", "rollup_annual"), {{"year", Value::integer(year)}});
  if (!printed) t.columns.push_back({"key", words.label("report", "key"), render::Type::text});
  t.columns.push_back({"figure", words.label("report", "figure"), render::Type::text});
  for (const auto& c : committees)
    t.columns.push_back({c.name, c.name, render::Type::number});
  t.columns.push_back({"total", words.label("report", "total"), render::Type::number});
  for (const auto& rule : annual_settings(words.config).figures) {
    render::Row row;
    if (!printed) row.emplace_back(rule.key);
    row.emplace_back(words.label("figures", rule.key));
    AnnualFigure total{rule.key, rule.rate(), 0, 0};
    for (const auto& c : committees) {
      const auto found = std::find_if(c.part.begin(), c.part.end(),
                                      [&](const AnnualFigure& f) { return f.key == rule.key; });
      if (found == c.part.end()) {
        row.emplace_back();
        continue;
      }
      row.push_back(found->value());
      total.count += found->count;
      total.whole += found->whole;
    }
    row.push_back(total.value());
    t.rows.push_back(std::move(row));
  }
  t.none = words.label("words", "none");
  return t;
}

std::vector<storage::UnitHandling> unit_handling(records::Workspace& ws,
                                                 const storage::Period& period)
{
  return storage::unit_handling(ws.store, period, ws.today.iso(),
                                ws.config.proposal_phases.states(config::Phase::handling));
}

render::Table
rollup_units(const Words& words,
             const std::vector<Committee<std::vector<storage::UnitHandling>>>& committees)
{
  render::Table t;
  t.key = "units";
  t.title = all_of(words, words.label("report", "by_unit"));
  t.columns = unit_columns(words);
  t.columns.insert(t.columns.begin(), committee_column(words));
  const std::string total = words.label("report", "total");
  std::vector<storage::UnitHandling> all;
  for (const auto& c : committees) {
    std::vector<storage::UnitHandling> units = c.part;
    rank_units(units);
    for (const auto& u : units) {
      render::Row row = unit_row(u);
      row.insert(row.begin(), c.name);
      t.rows.push_back(std::move(row));
    }
    storage::UnitHandling sum = sum_units(units, total);
    render::Row row = unit_row(sum);
    row.insert(row.begin(), c.name);
    t.rows.push_back(std::move(row));
    all.push_back(std::move(sum));
  }
  render::Row row = unit_row(sum_units(std::move(all), ""));
  row.insert(row.begin(), total);
  t.rows.push_back(std::move(row));
  t.none = words.label("words", "none");
  return t;
}

std::map<std::string, std::int64_t>
proposal_counts(records::Workspace& ws, const storage::Period& period, std::string_view by)
{
  return counts_by(storage::proposal_groups(ws.store, period), by);
}

render::Table
rollup_proposals(const Words& words, std::string_view by,
                 const std::vector<Committee<std::map<std::string, std::int64_t>>>& committees)
{
  std::map<std::string, std::int64_t> totals;
  for (const auto& c : committees)
    for (const auto& [value, n] : c.part)
      totals[value] += n;
  // The values most first by their total, each with its label (labelled sorts and labels;
  // the ids are kept beside, in the same order, to find each committee's count).
  std::vector<std::pair<std::string, std::int64_t>> order(totals.begin(), totals.end());
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  const auto labels = labelled(words, totals, by); // the same order: stable, same counts
  std::int64_t sum = 0;
  for (const auto& [value, n] : order)
    sum += n;
  const auto tenths = shares_in_tenths(order, sum);

  render::Table t;
  t.key = "by_" + std::string(by);
  t.title = all_of(words, words.label("report", t.key));
  t.columns = {{std::string(by), words.label("proposal", by), render::Type::text}};
  for (const auto& c : committees)
    t.columns.push_back({c.name, c.name, render::Type::number});
  t.columns.push_back({"total", words.label("report", "total"), render::Type::number});
  t.columns.push_back(column(words, "share"));
  for (std::size_t i = 0; i < order.size(); ++i) {
    render::Row row = {labels[i].first};
    for (const auto& c : committees) {
      const auto found = c.part.find(order[i].first);
      row.push_back(Value::integer(found == c.part.end() ? 0 : found->second));
    }
    row.push_back(Value::integer(order[i].second));
    row.push_back(Value::percent(static_cast<double>(tenths[i]) / 10, 1));
    t.rows.push_back(std::move(row));
  }
  t.none = words.label("words", "none");
  return t;
}

render::Table rollup_stacked(const Words& words,
                             const std::vector<Committee<render::Table>>& committees)
{
  render::Table t;
  if (committees.empty()) return t;
  const render::Table& first = committees.front().part;
  t.key = first.key;
  t.title = all_of(words, first.title);
  t.columns = first.columns;
  t.columns.insert(t.columns.begin(), committee_column(words));
  for (const auto& c : committees)
    for (const auto& source : c.part.rows) {
      render::Row row;
      row.reserve(source.size() + 1);
      row.emplace_back(c.name);
      row.insert(row.end(), source.begin(), source.end());
      t.rows.push_back(std::move(row));
    }
  t.none = words.label("words", "none");
  return t;
}

bool nothing_due(const std::vector<Committee<Reminders>>& committees)
{
  return std::all_of(committees.begin(), committees.end(),
                     [](const auto& c) { return c.part.empty(); });
}

namespace {

std::string remind_label(const Words& words, std::string_view key)
{
  return words.label("remind", key);
}

// A committee's counts: proposals overdue, due soon, waiting for review, units with
// anything overdue.
struct DueCounts {
  std::size_t overdue = 0, due_soon = 0, review = 0, units = 0;
};

DueCounts due_counts(const Reminders& r)
{
  DueCounts n{r.proposals(Standing::overdue), r.proposals(Standing::due_soon), r.review.size(), 0};
  for (const auto& unit : r.units)
    if (std::any_of(unit.items.begin(), unit.items.end(),
                    [](const DueItem& item) { return item.standing == Standing::overdue; }))
      ++n.units;
  return n;
}

render::Table committees_table(const Words& words, const std::vector<Committee<Reminders>>& all)
{
  render::Table t{"committees",
                  remind_label(words, "by_committee"),
                  {committee_column(words),
                   {"overdue", remind_label(words, "overdue"), render::Type::number},
                   {"due_soon", remind_label(words, "due_soon"), render::Type::number},
                   {"waiting_review", remind_label(words, "waiting_review"), render::Type::number},
                   {"units_overdue", remind_label(words, "units_overdue"), render::Type::number}},
                  {},
                  {}};
  DueCounts sum;
  for (const auto& c : all) {
    const DueCounts n = due_counts(c.part);
    t.rows.push_back(
        {c.name, count(n.overdue), count(n.due_soon), count(n.review), count(n.units)});
    sum.overdue += n.overdue;
    sum.due_soon += n.due_soon;
    sum.review += n.review;
    sum.units += n.units;
  }
  t.rows.push_back({words.label("report", "total"), count(sum.overdue), count(sum.due_soon),
                    count(sum.review), count(sum.units)});
  return t;
}

render::Table units_table(const Words& words, const std::vector<Committee<Reminders>>& all)
{
  render::Table t{"units",
                  remind_label(words, "by_unit"),
                  {committee_column(words),
                   {"unit", words.label("report", "unit")},
                   {"contact", words.label("unit", "contact")},
                   {"phone", words.label("unit", "phone")},
                   {"overdue", remind_label(words, "overdue"), render::Type::number},
                   {"due_soon", remind_label(words, "due_soon"), render::Type::number},
                   {"most_days", remind_label(words, "most_days"), render::Type::number}},
                  {},
                  words.label("words", "none")};
  for (const auto& c : all)
    for (const auto& unit : c.part.units) {
      std::set<std::string> overdue, due_soon;
      long most = 0;
      for (const auto& item : unit.items)
        if (item.standing == Standing::overdue) {
          overdue.insert(item.code);
          most = std::max(most, item.days);
        } else {
          due_soon.insert(item.code);
        }
      t.rows.push_back({c.name, unit.unit, unit.contact, unit.phone, count(overdue.size()),
                        count(due_soon.size()), overdue.empty() ? Value() : Value::integer(most)});
    }
  return t;
}

render::Table overdue_table(const Words& words, const std::vector<Committee<Reminders>>& all)
{
  render::Table t{"overdue",
                  remind_label(words, "overdue_heading"),
                  {committee_column(words),
                   {"unit", words.label("report", "unit")},
                   {"code", words.label("proposal", "code")},
                   {"title", words.label("proposal", "title")},
                   {"role", words.label("assignment", "role")},
                   {"due", words.label("assignment", "due")},
                   {"days", words.label("report", "days_overdue"), render::Type::number}},
                  {},
                  words.label("words", "none")};
  for (const auto& c : all)
    for (const auto& unit : c.part.units)
      for (const auto& item : unit.items)
        if (item.standing == Standing::overdue)
          t.rows.push_back({c.name, unit.unit, item.code, item.title,
                            words.label("words", model::role_id(item.role)), Value::date(item.due),
                            Value::integer(item.days)});
  return t;
}

} // namespace

render::Document rollup_reminders(const Words& words,
                                  const std::vector<Committee<Reminders>>& committees,
                                  Layout layout)
{
  render::Document doc;
  const std::string heading = rollup_heading(words.config, words.lang, committees.size());
  doc.title = titled(remind_label(words, "heading"), {{"committee", heading}});
  DueCounts sum;
  for (const auto& c : committees) {
    const DueCounts n = due_counts(c.part);
    sum.overdue += n.overdue;
    sum.due_soon += n.due_soon;
    sum.review += n.review;
  }
  const Reminders& any = committees.front().part; // each collected on the same day
  doc.fields = {
      {"as_of", remind_label(words, "as_of"), Value::date(any.as_of.iso())},
      {"within", remind_label(words, "within"), Value::integer(any.within_days),
       render::Type::number},
      {"committees", remind_label(words, "committees"), count(committees.size()),
       render::Type::number},
      {"overdue", remind_label(words, "overdue"), count(sum.overdue), render::Type::number},
      {"due_soon", remind_label(words, "due_soon"), count(sum.due_soon), render::Type::number},
      {"waiting_review", remind_label(words, "waiting_review"), count(sum.review),
       render::Type::number},
  };
  if (layout == Layout::flat) {
    std::vector<Committee<render::Table>> flat;
    for (const auto& c : committees)
      flat.push_back(
          {c.name,
           reminder_document(words.config, words.lang, c.part, Layout::flat).tables.front()});
    render::Table all = rollup_stacked(words, flat);
    all.title.clear(); // remind's flat table has none
    doc.tables.push_back(std::move(all));
    return doc;
  }
  doc.tables.push_back(committees_table(words, committees));
  doc.tables.push_back(units_table(words, committees));
  doc.tables.push_back(overdue_table(words, committees));
  return doc;
}

} // namespace cppcc::reports
