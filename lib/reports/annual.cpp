#include "error.hpp"
#include "reports/figures.hpp"
#include "reports/reports.hpp"
#include "reports/snapshot_reader.hpp"
#include "reports/tables.hpp"
#include "scoring/score.hpp"
#include "storage/report_queries.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <fmt/format.h>
#include <functional>
#include <future>
#include <map>
#include <optional>

namespace cppcc::reports {

using render::Value;
using storage::Period;

Value rate(std::int64_t part, std::int64_t whole)
{
  return Value::percent(part, whole, 1);
}

render::Value AnnualFigure::value() const
{
  return is_rate ? rate(count, whole) : Value::integer(count);
}

namespace {

// Everything the figures are computed from, read once.
struct Year {
  std::vector<storage::ProposalGroup> proposals;
  std::vector<storage::ActivityGroup> activities;
  std::map<std::string, std::int64_t> articles;
  storage::OpinionCounts opinions;
};

struct ProposalTotals {
  std::int64_t received = 0, filed = 0, concluded = 0, on_time = 0, replied = 0;
  std::int64_t feedback = 0, satisfied = 0, with_contact = 0, met = 0, with_result = 0, a_or_b = 0;
};

// `phases`: the workflow's (a concluded proposal is one in a state of phase concluded).
ProposalTotals totals(const std::vector<storage::ProposalGroup>& groups,
                      const config::Phases& phases)
{
  ProposalTotals t;
  for (const auto& g : groups) {
    t.received += g.count;
    if (!g.filed) continue;
    t.filed += g.count;
    if (g.replied) t.replied += g.count;
    if (phases.is(g.status, config::Phase::concluded)) {
      t.concluded += g.count;
      if (g.on_time) t.on_time += g.count;
    }
    if (!g.satisfaction.empty()) {
      t.feedback += g.count;
      if (g.satisfaction == "satisfied" || g.satisfaction == "basic") t.satisfied += g.count;
    }
    if (!g.contact.empty() && g.contact != "none") {
      t.with_contact += g.count;
      if (g.contact == "visit") t.met += g.count;
    }
    if (!g.result.empty()) {
      t.with_result += g.count;
      if (g.result == "A" || g.result == "B") t.a_or_b += g.count;
    }
  }
  return t;
}

// A proposal figure: a count, or a rate as the two counts it divides.
AnnualFigure proposal_figure(const FigureRule& rule, const ProposalTotals& t)
{
  const std::string& m = rule.measure;
  const auto count = [&](std::int64_t n) { return AnnualFigure{rule.key, false, n, 0}; };
  const auto rate = [&](std::int64_t part, std::int64_t whole) {
    return AnnualFigure{rule.key, true, part, whole};
  };
  if (m == "received") return count(t.received);
  if (m == "filed") return count(t.filed);
  if (m == "concluded") return count(t.concluded);
  if (m == "on_time") return count(t.on_time);
  if (m == "replied") return count(t.replied);
  if (m == "filing_rate") return rate(t.filed, t.received);
  if (m == "reply_rate") return rate(t.replied, t.filed);
  if (m == "on_time_rate") return rate(t.on_time, t.filed);
  if (m == "meeting_rate") return rate(t.met, t.with_contact);
  if (m == "satisfaction_rate") return rate(t.satisfied, t.feedback);
  if (m == "adoption_rate") return rate(t.a_or_b, t.with_result);
  throw Error(msg::text("report.no_proposal_measure", m));
}

std::int64_t activity_figure(const FigureRule& rule,
                             const std::vector<storage::ActivityGroup>& groups)
{
  std::int64_t sum = 0;
  for (const auto& g : groups) {
    if (rule.organiser == "office" && g.by_studio) continue;
    if (rule.organiser == "studio" && !g.by_studio) continue;
    if (!rule.kinds.empty() &&
        std::find(rule.kinds.begin(), rule.kinds.end(), g.kind) == rule.kinds.end())
      continue;
    sum += rule.measure == "suggestions"         ? g.suggestions
           : rule.measure == "disputes_resolved" ? g.disputes_resolved
           : rule.measure == "problems_solved"   ? g.problems_solved
                                                 : g.count;
  }
  return sum;
}

AnnualFigure figure(records::Workspace& ws, const FigureRule& rule, const Year& year,
                    const ProposalTotals& t, const Period& period)
{
  const auto count = [&](std::int64_t n) { return AnnualFigure{rule.key, false, n, 0}; };
  switch (rule.source) {
  case FigureSource::proposals:
    return proposal_figure(rule, t);
  case FigureSource::activities:
    return count(activity_figure(rule, year.activities));
  case FigureSource::studios:
    return count(storage::brand_studios(ws.store, period));
  case FigureSource::articles: {
    std::int64_t n = 0;
    for (const auto& [level, articles] : year.articles)
      if (rule.levels.empty() ||
          std::find(rule.levels.begin(), rule.levels.end(), level) != rule.levels.end())
        n += articles;
    return count(n);
  }
  case FigureSource::members:
    return count(storage::members_with_role(ws.store, rule.role));
  case FigureSource::opinions: {
    const auto& o = year.opinions;
    return count(rule.measure == "received"   ? o.received
                 : rule.measure == "compiled" ? o.compiled
                 : rule.measure == "adopted"  ? o.adopted
                                              : o.instructed);
  }
  }
  return count(0);
}

// Every figure of report.annual.figures, in their order.
std::vector<AnnualFigure> figures(records::Workspace& ws, const Year& year, const Period& period)
{
  const ProposalTotals t = totals(year.proposals, ws.config.proposal_phases);
  std::vector<AnnualFigure> out;
  for (const auto& rule : reports::annual_settings(ws.config).figures)
    out.push_back(figure(ws, rule, year, t, period));
  return out;
}

// `sentence` with {key} replaced by the figures; nothing when every figure it names is
// 0 or missing (a sentence about what did not happen reads oddly).
std::optional<std::string> fill(const std::string& sentence,
                                const std::map<std::string, Value>& values, bool skip_empty = true);

// The separator a clause starts with ("，", "；", ", ", "; "), or "".
std::string_view leading_separator(std::string_view clause)
{
  for (std::string_view s : {"，", "；", "、", ", ", "; "})
    if (clause.starts_with(s)) return clause.substr(0, s.size());
  return {};
}

// A sentence's optional clauses, [written so], each left out when its figures are all 0
// or missing ("[，接待考察交流{receptions}批次]"); the rest as it is. A first clause left
// out (one with no separator of its own) takes the next one's separator with it:
// "委员工作室[开展…{a}次][，化解…{b}件]" with a = 0 is "委员工作室化解…".
std::string drop_empty_clauses(const std::string& sentence,
                               const std::map<std::string, Value>& values)
{
  std::string out;
  bool strip_next = false;
  std::size_t at = 0;
  while (at < sentence.size()) {
    const std::size_t open = sentence.find('[', at);
    const std::size_t close = open == std::string::npos ? open : sentence.find(']', open);
    if (close == std::string::npos) {
      out += sentence.substr(at);
      break;
    }
    if (open > at) strip_next = false; // text between: the clauses stand on their own
    out += sentence.substr(at, open - at);
    const std::string clause = sentence.substr(open + 1, close - open - 1);
    const std::string_view separator = leading_separator(clause);
    if (fill(clause, values)) { // its figures are filled in with the rest
      // An ASCII separator (English) leaves its space; a Chinese one nothing.
      const bool ascii = !separator.empty() && static_cast<unsigned char>(separator[0]) < 0x80;
      out += strip_next ? (ascii ? " " : "") + clause.substr(separator.size()) : clause;
      strip_next = false;
    } else if (separator.empty()) {
      strip_next = true;
    }
    at = close + 1;
  }
  return out;
}

std::optional<std::string> fill(const std::string& sentence,
                                const std::map<std::string, Value>& values, bool skip_empty)
{
  static const Value k_nothing;
  std::string out;
  bool any = false;
  std::size_t at = 0;
  while (at < sentence.size()) {
    const std::size_t open = sentence.find('{', at);
    const std::size_t close = open == std::string::npos ? open : sentence.find('}', open);
    if (close == std::string::npos) {
      out += sentence.substr(at);
      break;
    }
    out += sentence.substr(at, open - at);
    // {key}, or {key|one|many}: the figure and the noun that agrees with it
    // ({brand_studios|brand studio|brand studios}: 1 brand studio, 10 brand studios).
    std::vector<std::string> parts;
    for (std::string_view rest = std::string_view(sentence).substr(open + 1, close - open - 1);;) {
      const std::size_t bar = rest.find('|');
      parts.emplace_back(rest.substr(0, bar));
      if (bar == std::string_view::npos) break;
      rest.remove_prefix(bar + 1);
    }
    const std::string& key = parts.front();
    const auto found = values.find(key);
    const Value& value = found == values.end() ? k_nothing : found->second;
    // A figure that is there and not 0 (nor 0.0) is something to say.
    if (key != "committee" && key != "year" && !value.empty() &&
        (!value.is_number() || value.number() != 0))
      any = true;
    out += value.empty() ? "—" : render::plain(value);
    if (parts.size() == 3) out += " " + (value == Value::integer(1) ? parts[1] : parts[2]);
    at = close + 1;
  }
  if (!any && skip_empty) return std::nullopt;
  return out;
}

} // namespace

render::Column column(const Words& ws, std::string key, render::Type type)
{
  std::string label = ws.label("report", key);
  return {std::move(key), std::move(label), type};
}

// Largest-remainder rounding, so that a table's percentages add up as a reader checks
// them (three thirds are 33.4, 33.3, 33.3, not 33.3 three times). Ties of remainder go to
// the earlier row (the larger count: rows come most first).
std::vector<std::int64_t>
shares_in_tenths(const std::vector<std::pair<std::string, std::int64_t>>& rows, std::int64_t total)
{
  std::vector<std::int64_t> tenths(rows.size(), 0);
  if (total <= 0) return tenths;
  std::vector<std::pair<std::int64_t, std::size_t>> remainders; // (remainder, row)
  std::int64_t given = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::int64_t scaled = rows[i].second * 1000;
    tenths[i] = scaled / total;
    given += tenths[i];
    remainders.emplace_back(scaled % total, i);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < 1000 && k < remainders.size(); ++k, ++given)
    ++tenths[remainders[k].second];
  return tenths;
}

namespace {

render::Table counted(const Words& ws, std::string key, std::string first_key,
                      std::string first_label,
                      const std::vector<std::pair<std::string, std::int64_t>>& rows)
{
  render::Table t;
  t.title = ws.label("report", key);
  t.key = std::move(key);
  t.columns = {{std::move(first_key), std::move(first_label), render::Type::text},
               column(ws, "count"),
               column(ws, "share")};
  std::int64_t total = 0;
  for (const auto& row : rows)
    total += row.second;
  const auto tenths = shares_in_tenths(rows, total);
  for (std::size_t i = 0; i < rows.size(); ++i)
    t.rows.push_back(
        {rows[i].first, Value::integer(rows[i].second),
         total > 0 ? Value::percent(static_cast<double>(tenths[i]) / 10, 1) : Value()});
  return t;
}

} // namespace

const std::vector<std::string>& breakdowns()
{
  static const std::vector<std::string> k_by = {"status", "category", "type",        "sector",
                                                "unit",   "result",   "satisfaction"};
  return k_by;
}

void check_breakdown(std::string_view by)
{
  const auto& all = breakdowns();
  if (std::find(all.begin(), all.end(), by) == all.end())
    throw UsageError(msg::text("report.cannot_break_down", by,
                               util::join(all, msg::text("config.list_separator"))));
}

std::map<std::string, std::int64_t> counts_by(const std::vector<storage::ProposalGroup>& groups,
                                              std::string_view by)
{
  std::map<std::string, std::int64_t> sums;
  for (const auto& g : groups) {
    const std::string& value = by == "status"     ? g.status
                               : by == "category" ? g.category
                               : by == "type"     ? g.type
                               : by == "sector"   ? g.sector
                               : by == "result"   ? g.result
                                                  : g.satisfaction;
    sums[value] += g.count;
  }
  return sums;
}

std::vector<std::pair<std::string, std::int64_t>>
labelled(const Words& ws, const std::map<std::string, std::int64_t>& counts, std::string_view by)
{
  const auto& c = ws.config;
  std::vector<std::pair<std::string, std::int64_t>> out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (auto& [value, n] : out) {
    if (value.empty()) {
      value = ws.label("report", "none");
      continue;
    }
    value = by == "status"     ? c.proposal_states.label(value, ws.lang)
            : by == "category" ? c.categories.label(value, ws.lang)
            : by == "type"     ? c.proposer_types.label(value, ws.lang)
            : by == "sector"   ? c.sectors.label(value, ws.lang)
            : by == "result"   ? value + " " + c.results.label(value, ws.lang)
                               : c.satisfaction.label(value, ws.lang);
  }
  return out;
}

namespace {

// The proposals' groups summed by one of their values, most first, as labels.
std::vector<std::pair<std::string, std::int64_t>>
grouped(const Words& ws, const std::vector<storage::ProposalGroup>& groups, std::string_view by)
{
  return labelled(ws, counts_by(groups, by), by);
}

// The middle of the days, halfway between the two middle ones for an even count (56.5).
Value median(const std::map<std::int64_t, std::int64_t>& histogram)
{
  std::int64_t total = 0;
  for (const auto& [days, n] : histogram)
    total += n;
  if (total == 0) return {};
  std::int64_t seen = 0;
  std::optional<std::int64_t> lower;
  for (const auto& [days, n] : histogram) {
    seen += n;
    if (!lower && 2 * seen >= total) {
      lower = days;
      if (total % 2 == 1 || 2 * seen > total) return Value::integer(days);
    } else if (lower) {
      return Value::decimal((static_cast<double>(*lower) + static_cast<double>(days)) / 2, 1,
                            Value::Places::trimmed);
    }
  }
  return Value::integer(*lower);
}

} // namespace

void rank_units(std::vector<storage::UnitHandling>& rows)
{
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    const double ra =
        a.assigned ? static_cast<double>(a.on_time) / static_cast<double>(a.assigned) : 0;
    const double rb =
        b.assigned ? static_cast<double>(b.on_time) / static_cast<double>(b.assigned) : 0;
    return ra != rb ? ra > rb : a.assigned > b.assigned;
  });
}

std::vector<render::Column> unit_columns(const Words& ws)
{
  return {column(ws, "unit", render::Type::text),
          column(ws, "assigned"),
          column(ws, "joint"),
          column(ws, "replied"),
          column(ws, "on_time"),
          column(ws, "on_time_rate"),
          column(ws, "overdue"),
          column(ws, "median_days"),
          {"A", "A", render::Type::number},
          {"B", "B", render::Type::number},
          {"C", "C", render::Type::number},
          {"D", "D", render::Type::number},
          column(ws, "satisfied"),
          column(ws, "basic"),
          column(ws, "unsatisfied")};
}

render::Row unit_row(const storage::UnitHandling& u)
{
  const auto at = [](const std::map<std::string, std::int64_t>& m, const char* key) {
    const auto found = m.find(key);
    return Value::integer(found == m.end() ? 0 : found->second);
  };
  return {u.unit,
          Value::integer(u.assigned),
          Value::integer(u.joint),
          Value::integer(u.replied),
          Value::integer(u.on_time),
          rate(u.on_time, u.assigned),
          Value::integer(u.overdue),
          median(u.days_to_reply),
          at(u.results, "A"),
          at(u.results, "B"),
          at(u.results, "C"),
          at(u.results, "D"),
          at(u.feedback, "satisfied"),
          at(u.feedback, "basic"),
          at(u.feedback, "unsatisfied")};
}

storage::UnitHandling sum_units(std::vector<storage::UnitHandling> rows, std::string name)
{
  for (auto& u : rows)
    u.unit = name;
  std::vector<storage::UnitHandling> sum = storage::merge_unit_handling(std::move(rows), {});
  if (sum.empty()) {
    storage::UnitHandling none;
    none.unit = std::move(name);
    return none;
  }
  return std::move(sum.front());
}

namespace {

render::Table units(const Words& ws, std::vector<storage::UnitHandling> rows)
{
  rank_units(rows);
  render::Table t;
  t.key = "units";
  t.title = ws.label("report", "by_unit");
  t.columns = unit_columns(ws);
  for (const auto& u : rows)
    t.rows.push_back(unit_row(u));
  return t;
}

} // namespace

std::string titled(std::string text, const std::map<std::string, Value>& values)
{
  return *fill(text, values, false);
}

render::Table proposals_by(records::Workspace& ws, const Period& period, std::string_view by)
{
  check_breakdown(by);
  if (by == "unit") return units_table(ws, period);
  const auto groups = storage::proposal_groups(ws.store, period);
  return counted(ws, "by_" + std::string(by), std::string(by),
                 ws.label("proposal", by == "type" ? "type" : by), grouped(ws, groups, by));
}

render::Table units_table(records::Workspace& ws, const Period& period)
{
  return units(ws,
               storage::unit_handling(ws.store, period, ws.today.iso(),
                                      ws.config.proposal_phases.states(config::Phase::handling)));
}

// Everything report annual reads, pass by pass.
struct Passes {
  storage::ProposalYear proposals;
  Year year; // the proposals' groups are moved in once unit handling has them
  scoring::YearScores scores;
  std::vector<storage::UnitHandling> handling; // merged from the parts read
  std::array<std::vector<storage::UnitHandling>, 3> handling_parts;
  std::vector<storage::LookBack> last_year;
  std::vector<storage::StudioYear> studios;
};

// The passes are shared between two connections reading the same snapshot, one on each
// core. Each thread starts with a long pass of its own (the year's proposals here, the
// member scores on the second), then both take the remaining passes in turn, whichever
// is free first; unit handling, in three parts so that the threads end together, waits
// until the proposals have been read. Without a second connection every pass runs here,
// one after the other.
Passes read_year(records::Workspace& ws, int year)
{
  const Period period = storage::year_period(year);
  std::optional<storage::Store> reader = snapshot_reader(ws.store);
  Passes p;
  std::promise<void> proposals_read;
  std::shared_future<void> proposals_ready = proposals_read.get_future().share();
  const std::string today = ws.today.iso();
  const auto handle = [&](storage::Store& s, std::size_t part) {
    proposals_ready.get();
    p.handling_parts[part] =
        storage::unit_handling(s, p.proposals, today, part, p.handling_parts.size());
  };
  using Pass = std::function<void(storage::Store&)>;
  const std::vector<Pass> rest = {
      [&](storage::Store& s) {
        p.last_year = storage::proposals_with_result(s, storage::year_period(year - 1), "B");
      },
      [&](storage::Store& s) { handle(s, 0); },
      [&](storage::Store& s) { handle(s, 1); },
      [&](storage::Store& s) { handle(s, 2); },
      [&](storage::Store& s) { p.year.activities = storage::activity_groups(s, period); },
      [&](storage::Store& s) { p.year.articles = storage::articles_by_level(s, period); },
      [&](storage::Store& s) { p.year.opinions = storage::opinion_counts(s, period); },
      [&](storage::Store& s) { p.studios = storage::studio_years(s, period); },
  };
  std::atomic<std::size_t> next = 0;
  const auto take_rest = [&rest, &next](storage::Store& s) {
    for (std::size_t i; (i = next.fetch_add(1)) < rest.size();)
      rest[i](s);
  };
  std::future<void> second = std::async(reader ? std::launch::async : std::launch::deferred, [&] {
    storage::Store& s = reader ? *reader : ws.store;
    // The member scores take the year's proposals from this thread's proposal_year.
    p.scores = scoring::score_year(s, scoring::rules(ws.config), year,
                                   [&]() -> const storage::TalliedProposals& {
                                     proposals_ready.get();
                                     return p.proposals.tallied;
                                   });
    take_rest(s);
  });
  try {
    p.proposals = storage::proposal_year(ws.store, period,
                                         ws.config.proposal_phases.states(config::Phase::handling));
  } catch (...) {
    proposals_read.set_exception(std::current_exception()); // unit handling stops
    throw; // (the second thread is joined by its future first)
  }
  proposals_read.set_value();
  take_rest(ws.store);
  second.get();
  p.year.proposals = std::move(p.proposals.groups);
  for (auto& part : p.handling_parts)
    p.handling = storage::merge_unit_handling(std::move(p.handling), std::move(part));
  return p;
}

std::vector<AnnualFigure> annual_figures(records::Workspace& ws, int year)
{
  const Period period = storage::year_period(year);
  Year y;
  y.proposals = storage::proposal_groups(ws.store, period);
  y.activities = storage::activity_groups(ws.store, period);
  y.articles = storage::articles_by_level(ws.store, period);
  y.opinions = storage::opinion_counts(ws.store, period);
  return figures(ws, y, period);
}

render::Report annual_report(records::Workspace& ws, int year)
{
  const Period period = storage::year_period(year);
  Passes passes = read_year(ws, year);
  const Year& y = passes.year;

  render::Report r;
  std::map<std::string, Value> values = {{"committee", ws.config.committee(ws.lang)},
                                         {"year", Value::integer(year)}};
  for (const auto& f : figures(ws, y, period)) {
    values[f.key] = f.value();
    r.figures.push_back({f.key, ws.label("figures", f.key), f.value(), render::Type::number});
  }
  r.title = titled(ws.label("report", "annual"), values);
  r.head = {{"year", "year", Value::integer(year), render::Type::number},
            {"committee", "committee", ws.config.committee(ws.lang), render::Type::text}};
  r.figures_title = ws.label("report", "figures");
  for (const auto& sentence : ws.lang == config::Lang::zh
                                  ? reports::annual_settings(ws.config).summary_zh
                                  : reports::annual_settings(ws.config).summary_en)
    if (auto filled = fill(drop_empty_clauses(sentence, values), values))
      r.summary.push_back(std::move(*filled));

  // Breakdowns of the year's proposals.
  for (const char* by : {"status", "category", "type", "sector"})
    r.tables.push_back(counted(ws, std::string("by_") + by, by, ws.label("proposal", by),
                               grouped(ws, y.proposals, by)));
  r.tables.push_back(units(ws, passes.handling));
  auto months = std::move(passes.proposals.by_month);
  for (int m = 1; m <= 12; ++m) // every month of the year, the quiet ones too
    months.try_emplace(fmt::format("{:04}-{:02}", year, m), 0);
  render::Table by_month;
  by_month.key = "by_month";
  by_month.title = ws.label("report", "by_month");
  by_month.columns = {column(ws, "month", render::Type::text), column(ws, "count")};
  for (const auto& [month, n] : months)
    by_month.rows.push_back({month, Value::integer(n)});
  r.tables.push_back(std::move(by_month));

  // 回头看: last year's class-B proposals and where they stand now.
  render::Table look_back;
  look_back.key = "look_back";
  look_back.title = ws.label("report", "look_back");
  look_back.columns = {{"code", ws.label("proposal", "code"), render::Type::text},
                       {"title", ws.label("proposal", "title"), render::Type::text},
                       {"lead_units", ws.label("proposal", "lead_units"), render::Type::text},
                       {"replied", ws.label("proposal", "replied"), render::Type::text},
                       {"status", ws.label("proposal", "status"), render::Type::text},
                       {"concluded", ws.label("proposal", "concluded"), render::Type::text}};
  look_back.rows.reserve(passes.last_year.size());
  for (auto& p : passes.last_year)
    look_back.rows.push_back(render::row_of(std::move(p.code), std::move(p.title),
                                            std::move(p.units), Value::date(std::move(p.replied)),
                                            ws.config.proposal_states.label(p.status, ws.lang),
                                            Value::date(std::move(p.concluded))));
  r.tables.push_back(std::move(look_back));

  std::vector<std::pair<std::string, std::int64_t>> levels;
  for (const auto& e : ws.config.levels.entries()) {
    const auto found = y.opinions.adopted_at.find(e.id);
    levels.emplace_back(e.label(ws.lang), found == y.opinions.adopted_at.end() ? 0 : found->second);
  }
  render::Table opinions =
      counted(ws, "opinions_by_level", "level", ws.label("report", "level"), levels);
  opinions.columns[opinions.column("count")] = column(ws, "opinions");
  // A report adopted at two levels counts at both: no shares.
  const auto share = static_cast<std::ptrdiff_t>(opinions.column("share"));
  opinions.columns.erase(opinions.columns.begin() + share);
  for (auto& row : opinions.rows)
    row.erase(row.begin() + share);
  r.tables.push_back(std::move(opinions));

  const auto& scores = passes.scores;
  render::Table top;
  top.key = "top_members";
  top.title = ws.label("report", "top_members");
  top.columns = {{"rank", "#", render::Type::number},
                 {"code", ws.label("member", "code"), render::Type::text},
                 {"name", ws.label("member", "name"), render::Type::text},
                 {"sector", ws.label("member", "sector"), render::Type::text},
                 {"total", ws.label("score", "total"), render::Type::number},
                 {"grade", ws.label("score", "grade"), render::Type::text}};
  for (const auto& m : scores.members) {
    if (m.rank == 0 || m.rank > 10) continue;
    top.rows.push_back({Value::integer(m.rank), m.member.code, m.member.name,
                        ws.config.sectors.label(m.member.sector, ws.lang), scoring::points(m.total),
                        m.grade ? m.grade->label(ws.lang) : ""});
  }
  r.tables.push_back(std::move(top));

  render::Table studios;
  studios.key = "studios";
  studios.title = ws.label("report", "studios");
  studios.columns = {
      {"name", ws.label("studio", "name"), render::Type::text},
      {"brand", ws.label("studio", "brand"), render::Type::text},
      {"activities", ws.label("studio_figures", "activities"), render::Type::number},
      {"consultations", ws.label("studio_figures", "consultations"), render::Type::number},
      {"disputes_resolved", ws.label("studio_figures", "disputes_resolved"), render::Type::number},
      {"problems_solved", ws.label("studio_figures", "problems_solved"), render::Type::number},
      {"score", ws.label("studio", "score"), render::Type::number}};
  for (const auto& s : passes.studios) {
    if (!s.delisted.empty() && s.delisted < period.first) continue;
    studios.rows.push_back({s.name, ws.label("words", s.brand ? "yes" : "no"),
                            Value::integer(s.activities), Value::integer(s.consultations),
                            Value::integer(s.disputes_resolved), Value::integer(s.problems_solved),
                            s.score ? Value::decimal(*s.score) : Value()});
  }
  r.tables.push_back(std::move(studios));

  // Charts: categories, submissions by month, the units' timeliness, the opinions adopted
  // at each level.
  render::Chart pie{render::Chart::Kind::pie, ws.label("report", "by_category"), "", {}};
  for (const auto& [label, n] : grouped(ws, y.proposals, "category"))
    pie.data.emplace_back(label, Value::integer(n));
  if (!pie.data.empty()) r.charts.push_back(pie);
  render::Chart bars{
      render::Chart::Kind::bars, ws.label("report", "by_month"), ws.label("report", "count"), {}};
  for (const auto& [month, n] : months) // 1月 … 12月: a month as a chart's axis names it
    bars.data.emplace_back(titled(ws.label("report", "month_of_year"),
                                  {{"month", Value::integer(std::stoi(month.substr(5)))}}),
                           Value::integer(n));
  if (!bars.data.empty()) r.charts.push_back(bars);
  render::Chart timely{render::Chart::Kind::bars,
                       ws.label("report", "by_unit"),
                       ws.label("report", "on_time_rate"),
                       {}};
  const render::Table& by_unit = r.table("units"); // best first
  const std::size_t unit = by_unit.column("unit"), on_time = by_unit.column("on_time_rate");
  for (const auto& row : by_unit.rows)
    if (!row[on_time].empty() && timely.data.size() < 15)
      timely.data.emplace_back(row[unit].text(), row[on_time]);
  if (!timely.data.empty()) r.charts.push_back(timely);
  render::Chart adopted{render::Chart::Kind::bars,
                        ws.label("report", "opinions_by_level"),
                        ws.label("report", "opinions"),
                        {}};
  bool any_adopted = false;
  for (const auto& [level, n] : levels) {
    adopted.data.emplace_back(level, Value::integer(n));
    any_adopted = any_adopted || n > 0;
  }
  if (any_adopted) r.charts.push_back(adopted);
  for (auto& table : r.tables)
    table.none = ws.label("words", "none"); // an empty section says so (无)
  return r;
}

} // namespace cppcc::reports
