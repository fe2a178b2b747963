// report duplicates: the year's near-duplicate groups and repeats of earlier years.
#include "records/near_duplicates.hpp"
#include "reports/reports.hpp"
#include "storage/proposals.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <numeric>

namespace cppcc::reports {

namespace {

std::string filled(std::string text, std::string_view key, const std::string& value)
{
  if (const auto at = text.find(key); at != std::string::npos) text.replace(at, key.size(), value);
  return text;
}

// Connected components of the pairs, by union-find over proposal ids.
class Components {
public:
  long root(long id)
  {
    auto [at, fresh] = m_parent.try_emplace(id, id);
    if (fresh || at->second == id) return id;
    const long r = root(at->second);
    m_parent[id] = r;
    return r;
  }
  void join(long a, long b)
  {
    const long ra = root(a), rb = root(b);
    if (ra != rb) m_parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::map<long, std::vector<long>> groups()
  {
    std::map<long, std::vector<long>> out;
    std::vector<long> ids;
    for (const auto& [id, parent] : m_parent)
      ids.push_back(id);
    for (const long id : ids)
      out[root(id)].push_back(id);
    return out;
  }

private:
  std::map<long, long> m_parent;
};

struct Member {
  model::Proposal p;
  double best = 0;
};

std::string iso_or_empty(const std::optional<io::Date>& d)
{
  return d ? d->iso() : std::string();
}

render::Table groups_table(records::Workspace& ws, const std::vector<records::Pair>& pairs)
{
  Components components;
  std::map<long, double> best;
  for (const auto& pair : pairs) {
    components.join(pair.a, pair.b);
    best[pair.a] = std::max(best[pair.a], pair.score.value);
    best[pair.b] = std::max(best[pair.b], pair.score.value);
  }
  std::vector<std::vector<Member>> groups;
  for (auto& [root, ids] : components.groups()) {
    std::vector<Member> members;
    for (const long id : ids)
      if (auto p = storage::find_proposal_by_id(ws.store, id)) members.push_back({*p, best[id]});
    // The target first: the earliest filed, else the earliest submitted.
    std::sort(members.begin(), members.end(), [](const Member& x, const Member& y) {
      const auto key = [](const Member& m) {
        return std::tuple(!m.p.filed.has_value(), iso_or_empty(m.p.filed),
                          iso_or_empty(m.p.submitted), m.p.code);
      };
      return key(x) < key(y);
    });
    groups.push_back(std::move(members));
  }
  std::sort(groups.begin(), groups.end(), [](const auto& x, const auto& y) {
    const auto first = [](const std::vector<Member>& g) {
      std::string earliest = "9999";
      for (const auto& m : g)
        earliest = std::min(earliest, iso_or_empty(m.p.submitted) + m.p.code);
      return earliest;
    };
    return first(x) < first(y);
  });
  render::Table t;
  t.key = "groups";
  t.title = ws.label("similar", "groups");
  t.none = ws.label("similar", "none");
  t.columns.push_back({"group", ws.label("similar", "group"), render::Type::number});
  for (const char* c : {"code", "title", "status", "submitted", "filed"})
    t.columns.push_back({c, ws.label("proposal", c)});
  t.columns.push_back({"score", ws.label("similar", "score"), render::Type::number});
  t.columns.push_back({"target", ws.label("similar", "target")});
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::string& target = groups[g].front().p.code;
    for (const auto& m : groups[g])
      t.rows.push_back(render::row_of(
          render::Value::integer(static_cast<std::int64_t>(g + 1)), m.p.code, m.p.title,
          ws.config.proposal_states.label(m.p.status, ws.lang), render::Value(m.p.submitted),
          render::Value(m.p.filed), render::Value::decimal(m.best, 2), target));
  }
  return t;
}

render::Table repeats_table(records::Workspace& ws, const std::vector<records::Pair>& pairs)
{
  // Each of the year's proposals (b) with its best earlier match (a).
  std::map<long, records::Pair> best;
  for (const auto& pair : pairs)
    if (auto [at, fresh] = best.try_emplace(pair.b, pair);
        !fresh && pair.score.value > at->second.score.value)
      at->second = pair;
  struct Row {
    model::Proposal now, earlier;
    double score;
  };
  std::vector<Row> rows;
  for (const auto& [id, pair] : best) {
    auto now = storage::find_proposal_by_id(ws.store, pair.b);
    auto earlier = storage::find_proposal_by_id(ws.store, pair.a);
    if (now && earlier) rows.push_back({*now, *earlier, pair.score.value});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    return std::tuple(iso_or_empty(x.now.submitted), x.now.code) <
           std::tuple(iso_or_empty(y.now.submitted), y.now.code);
  });
  render::Table t;
  t.key = "repeats";
  t.title = ws.label("similar", "repeats");
  t.none = ws.label("similar", "none");
  for (const char* c : {"code", "title", "status"})
    t.columns.push_back({c, ws.label("proposal", c)});
  t.columns.push_back({"earlier", ws.label("similar", "earlier")});
  t.columns.push_back({"earlier_title", ws.label("proposal", "title")});
  t.columns.push_back({"earlier_submitted", ws.label("proposal", "submitted")});
  t.columns.push_back({"earlier_status", ws.label("similar", "earlier_status")});
  t.columns.push_back({"earlier_result", ws.label("similar", "earlier_result")});
  t.columns.push_back({"score", ws.label("similar", "score"), render::Type::number});
  for (const auto& r : rows)
    t.rows.push_back(render::row_of(
        r.now.code, r.now.title, ws.config.proposal_states.label(r.now.status, ws.lang),
        r.earlier.code, r.earlier.title, render::Value(r.earlier.submitted),
        ws.config.proposal_states.label(r.earlier.status, ws.lang),
        r.earlier.result.empty() ? std::string()
                                 : ws.config.results.label(r.earlier.result, ws.lang),
        render::Value::decimal(r.score, 2)));
  return t;
}

} // namespace

render::Report duplicates_report(records::Workspace& ws, int year, double threshold,
                                 AgainstPrevious against_previous)
{
  const auto& method = ws.config.similarity;
  if (threshold <= 0) threshold = method.threshold;
  const auto span = records::Span::year(year);
  const auto items = storage::proposal_signatures(ws.store, method, span.from, span.to);
  const auto pairs = records::near_pairs(ws, items, nullptr, threshold);
  render::Report r;
  const std::string& committee = ws.config.committee(ws.lang);
  r.title = filled(filled(ws.label("similar", "title"), "{committee}", committee), "{year}",
                   std::to_string(year));
  r.head = {{"year", "year", render::Value::integer(year), render::Type::number},
            {"committee", "committee", committee, render::Type::text},
            {"threshold", ws.label("similar", "threshold"), render::Value::decimal(threshold, 2),
             render::Type::number}};
  r.figures_title = ws.label("report", "figures");
  render::Table groups = groups_table(ws, pairs);
  std::int64_t group_count = 0;
  if (!groups.rows.empty()) group_count = groups.rows.back()[groups.column("group")].as_integer();
  r.figures.push_back({"compared", ws.label("similar", "compared"),
                       render::Value::integer(static_cast<std::int64_t>(items.size())),
                       render::Type::number});
  r.figures.push_back({"groups", ws.label("similar", "group_count"),
                       render::Value::integer(group_count), render::Type::number});
  r.figures.push_back({"grouped", ws.label("similar", "grouped"),
                       render::Value::integer(static_cast<std::int64_t>(groups.rows.size())),
                       render::Type::number});
  r.tables.push_back(std::move(groups));
  if (against_previous == AgainstPrevious::yes) {
    const auto earlier = storage::proposal_signatures(ws.store, method, "0000-01-01",
                                                      fmt::format("{:04}-12-31", year - 1));
    render::Table repeats = repeats_table(ws, records::near_pairs(ws, items, &earlier, threshold));
    r.figures.push_back({"repeats", ws.label("similar", "repeat_count"),
                         render::Value::integer(static_cast<std::int64_t>(repeats.rows.size())),
                         render::Type::number});
    r.tables.push_back(std::move(repeats));
  }
  return r;
}

} // namespace cppcc::reports
