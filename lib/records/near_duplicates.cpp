#include "records/near_duplicates.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <unordered_map>

#include "records/references.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

namespace cppcc::records {

namespace {

long rounded(double score)
{
  return std::lround(score * 100);
}

// Shingles of the texts of `ids`, read once each.
class ShingleCache {
public:
  ShingleCache(Workspace& ws) : m_ws(ws) {}
  void load(const std::vector<long>& ids)
  {
    std::vector<long> missing;
    for (const long id : ids)
      if (!m_sets.contains(id)) missing.push_back(id);
    std::sort(missing.begin(), missing.end());
    missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
    for (auto& brief : storage::proposal_briefs(m_ws.store, missing))
      m_sets.emplace(brief.id, similar::text_shingles(brief.text, m_ws.config.similarity));
  }
  const std::vector<std::uint64_t>& at(long id) const { return m_sets.at(id); }

private:
  Workspace& m_ws;
  std::unordered_map<long, std::vector<std::uint64_t>> m_sets;
};

} // namespace

Span Span::year(int y)
{
  return {fmt::format("{:04}-01-01", y), fmt::format("{:04}-12-31", y)};
}

Span Span::all()
{
  return {"0000-01-01", "9999-12-31"};
}

namespace {

bool shares_band(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b)
{
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
    if (a[i] == b[i]) return true;
  return false;
}

// Whether the signatures' estimate leaves the pair worth an exact comparison.
bool worth_comparing(const similar::Signature& a, const similar::Signature& b,
                     const similar::Method& method, double threshold)
{
  return similar::estimated_score(a, b, method).value >= threshold - method.margin;
}

} // namespace

std::vector<Match> most_like(Workspace& ws, const std::string& text, long self, const Span& span,
                             double floor, std::size_t limit)
{
  const auto& method = ws.config.similarity;
  const auto mine = similar::text_shingles(text, method);
  const auto signature = similar::signature(mine, method);
  const auto keys = similar::band_keys(signature, method);
  std::vector<long> candidates;
  for (const auto& item : storage::proposal_signatures(ws.store, method, span.from, span.to))
    if (item.id != self && shares_band(keys, similar::band_keys(item.signature, method)) &&
        worth_comparing(signature, item.signature, method, floor))
      candidates.push_back(item.id);
  std::vector<Match> out;
  for (auto& brief : storage::proposal_briefs(ws.store, candidates)) {
    const auto s =
        similar::score(similar::overlap(mine, similar::text_shingles(brief.text, method)), method);
    if (s.value >= floor) out.push_back({std::move(brief), s});
  }
  std::sort(out.begin(), out.end(), [](const Match& x, const Match& y) {
    if (rounded(x.score.value) != rounded(y.score.value))
      return rounded(x.score.value) > rounded(y.score.value);
    if (x.proposal.submitted != y.proposal.submitted)
      return x.proposal.submitted > y.proposal.submitted;
    return x.proposal.code > y.proposal.code;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<Pair> near_pairs(Workspace& ws, const std::vector<storage::Keyed>& items,
                             const std::vector<storage::Keyed>* earlier, double threshold)
{
  const auto& method = ws.config.similarity;
  // Earlier ones first, then the items: positions below `split` are earlier.
  std::vector<const storage::Keyed*> all;
  if (earlier != nullptr)
    for (const auto& k : *earlier)
      all.push_back(&k);
  const std::size_t split = all.size();
  for (const auto& k : items)
    all.push_back(&k);
  std::vector<std::vector<std::uint32_t>> keys;
  keys.reserve(all.size());
  for (const auto* k : all)
    keys.push_back(similar::band_keys(k->signature, method));
  std::vector<std::pair<const storage::Keyed*, const storage::Keyed*>> compared;
  std::vector<long> ids;
  for (const auto& [i, j] : similar::candidate_pairs(keys, split)) {
    if (!worth_comparing(all[i]->signature, all[j]->signature, method, threshold)) continue;
    compared.emplace_back(all[i], all[j]);
    ids.push_back(all[i]->id);
    ids.push_back(all[j]->id);
  }
  ShingleCache cache(ws);
  cache.load(ids);
  std::vector<Pair> out;
  for (const auto& [a, b] : compared) {
    const auto s = similar::score(similar::overlap(cache.at(a->id), cache.at(b->id)), method);
    if (s.value >= threshold) out.push_back({a->id, b->id, s});
  }
  return out;
}

std::string passages_cell(const similar::Method& method, const std::string& a, const std::string& b)
{
  std::vector<std::string> shown;
  for (const auto& passage : similar::shared_passages(a, b, method, 2))
    shown.push_back("“" + similar::clip(passage, 30) + "”");
  return util::join(shown, " ");
}

} // namespace cppcc::records

namespace cppcc::records {

namespace {

std::string filled(std::string text, std::string_view key, const std::string& value)
{
  if (const auto at = text.find(key); at != std::string::npos) text.replace(at, key.size(), value);
  return text;
}

std::string measure_label(Workspace& ws, similar::Measure m)
{
  return ws.label("similar", m == similar::Measure::containment ? "containment" : "jaccard");
}

} // namespace

render::Table similar_table(Workspace& ws, std::string_view code, int year, bool all,
                            std::size_t limit)
{
  const model::Proposal p = proposal_coded(ws, code);
  const std::string text = storage::compared_text(p.title, p.body);
  const int own = p.submitted ? p.submitted->year : ws.today.year;
  const Span span = all ? Span::all() : Span::year(year != 0 ? year : own);
  const auto& method = ws.config.similarity;
  render::Table t;
  t.key = "similar";
  t.title = filled(ws.label("similar", "similar_to"), "{code}", p.code);
  t.none = ws.label("similar", "none");
  for (const char* c : {"code", "title", "submitted", "status"})
    t.columns.push_back({c, ws.label("proposal", c)});
  t.columns.push_back({"score", ws.label("similar", "score"), render::Type::number});
  t.columns.push_back({"measure", ws.label("similar", "measure")});
  t.columns.push_back({"passages", ws.label("similar", "passages")});
  for (auto& m : most_like(ws, text, p.id, span, method.shown_from, limit))
    t.rows.push_back(
        render::row_of(m.proposal.code, m.proposal.title, render::Value::date(m.proposal.submitted),
                       ws.config.proposal_states.label(m.proposal.status, ws.lang),
                       render::Value::decimal(m.score.value, 2), measure_label(ws, m.score.measure),
                       passages_cell(method, m.proposal.text, text)));
  return t;
}

std::vector<std::string> notice_lines(Workspace& ws, const std::vector<long>& ids)
{
  std::vector<std::string> lines;
  if (ids.empty()) return lines;
  const auto& method = ws.config.similarity;
  const Span span = Span::all();
  const auto all = storage::proposal_signatures(ws.store, method, span.from, span.to);
  std::vector<std::vector<std::uint32_t>> keys;
  std::unordered_map<long, std::size_t> at;
  for (std::size_t i = 0; i < all.size(); ++i) {
    keys.push_back(similar::band_keys(all[i].signature, method));
    at.emplace(all[i].id, i);
  }
  // The new proposals' keys, then one pass over every proposal's.
  std::vector<std::size_t> mine;
  std::unordered_map<std::uint32_t, std::vector<std::size_t>> wanted;
  for (const long id : ids)
    if (const auto found = at.find(id); found != at.end()) {
      for (const std::uint32_t key : keys[found->second])
        wanted[key].push_back(mine.size());
      mine.push_back(found->second);
    }
  std::vector<std::vector<long>> candidates_of(mine.size());
  for (std::size_t i = 0; i < all.size(); ++i)
    for (const std::uint32_t key : keys[i])
      if (const auto hit = wanted.find(key); hit != wanted.end())
        for (const std::size_t n : hit->second)
          if (mine[n] != i &&
              worth_comparing(all[mine[n]].signature, all[i].signature, method, method.notice))
            candidates_of[n].push_back(all[i].id);
  for (std::size_t n = 0; n < mine.size(); ++n) {
    auto& found = candidates_of[n];
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    std::vector<long> candidates{all[mine[n]].id};
    candidates.insert(candidates.end(), found.begin(), found.end());
    if (candidates.size() == 1) continue;
    auto briefs = storage::proposal_briefs(ws.store, candidates);
    const auto own = similar::text_shingles(briefs.front().text, method);
    const storage::Brief* best = nullptr;
    double best_score = 0;
    for (std::size_t i = 1; i < briefs.size(); ++i) {
      const double s =
          similar::score(similar::overlap(own, similar::text_shingles(briefs[i].text, method)),
                         method)
              .value;
      if (s >= method.notice && (best == nullptr || s > best_score)) {
        best = &briefs[i];
        best_score = s;
      }
    }
    if (best != nullptr)
      lines.push_back(msg::text("record.similar_notice", briefs.front().code, best->code,
                                fmt::format("{:.2f}", best_score)));
  }
  return lines;
}

} // namespace cppcc::records
