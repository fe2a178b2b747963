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

// The code and shingles of the texts of proposals, read and computed once each.
class ShingleCache {
public:
  explicit ShingleCache(Workspace& ws) : m_ws(ws) {}
  void load(std::vector<long> ids)
  {
    std::erase_if(ids, [&](long id) { return m_texts.contains(id); });
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (auto& brief : storage::proposal_briefs(m_ws.store, ids))
      m_texts.emplace(brief.id,
                      Text{brief.code, similar::text_shingles(brief.text, m_ws.config.similarity)});
  }
  bool has(long id) const { return m_texts.contains(id); }
  const std::vector<std::uint64_t>& at(long id) const { return m_texts.at(id).shingles; }
  const std::string& code(long id) const { return m_texts.at(id).code; }

private:
  struct Text {
    std::string code;
    std::vector<std::uint64_t> shingles;
  };
  Workspace& m_ws;
  std::unordered_map<long, Text> m_texts;
};

} // namespace

Span Span::year(int y)
{
  return {fmt::format("{:04}-01-01", y), fmt::format("{:04}-12-31", y)};
}

Span Span::all()
{
  return {};
}

std::vector<Match> most_like(Workspace& ws, const std::string& text, long self, const Span& span,
                             double floor, std::size_t limit)
{
  const auto& method = ws.config.similarity;
  const auto mine = similar::text_shingles(text, method);
  const auto signature = similar::signature(mine, method);
  const similar::SignatureView me = similar::view(signature);
  // One pass over the span's signatures: the estimate first (a few words compared), the
  // bands of the few it leaves.
  const double least = floor - method.margin;
  std::vector<long> candidates;
  similar::CandidateFilter candidate(me, method, least);
  storage::each_signature(ws.store, method, span.from, span.to,
                          [&](long id, const similar::SignatureView& other) {
                            if (id != self && candidate(other)) candidates.push_back(id);
                          });
  std::sort(candidates.begin(), candidates.end());
  std::vector<Match> out;
  const similar::ShingleSet kept(mine);
  for (auto& brief : storage::proposal_briefs(ws.store, candidates)) {
    const auto s = similar::score(similar::overlap_with(kept, brief.text, method), method);
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

std::vector<Pair> near_pairs(Workspace& ws, const storage::SignedProposals& items,
                             const storage::SignedProposals* earlier, double threshold)
{
  const auto& method = ws.config.similarity;
  // Earlier ones first, then the items: positions below `split` are earlier.
  similar::Signatures joined(items.signatures.width());
  std::vector<long> joined_ids;
  if (earlier != nullptr) {
    joined.reserve(earlier->size() + items.size());
    joined.append(earlier->signatures);
    joined.append(items.signatures);
    joined_ids = earlier->ids;
    joined_ids.insert(joined_ids.end(), items.ids.begin(), items.ids.end());
  }
  const similar::Signatures& all = earlier != nullptr ? joined : items.signatures;
  const std::vector<long>& ids = earlier != nullptr ? joined_ids : items.ids;
  const auto pairs =
      similar::candidates(all, method, threshold - method.margin,
                          earlier != nullptr ? similar::Pairs::across : similar::Pairs::all,
                          earlier != nullptr ? earlier->size() : 0);
  std::vector<long> compared;
  compared.reserve(2 * pairs.size());
  for (const auto& [i, j] : pairs) {
    compared.push_back(ids[i]);
    compared.push_back(ids[j]);
  }
  ShingleCache cache(ws);
  cache.load(std::move(compared));
  std::vector<Pair> out;
  for (const auto& [i, j] : pairs) {
    const long a = ids[i], b = ids[j];
    if (!cache.has(a) || !cache.has(b)) continue;
    const auto s = similar::score(similar::overlap(cache.at(a), cache.at(b)), method);
    if (s.value >= threshold) out.push_back({a, b, s});
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
  const auto& method = ws.config.similarity;
  if (ids.empty() || ids.size() > static_cast<std::size_t>(method.notice_up_to)) return lines;
  const auto stored = storage::proposal_signatures(ws.store, method, "", "");
  std::unordered_map<long, std::size_t> at;
  for (std::size_t i = 0; i < stored.size(); ++i)
    at.emplace(stored.ids[i], i);
  std::vector<std::size_t> mine; // the new ones' positions in `stored`
  for (const long id : ids)
    if (const auto found = at.find(id); found != at.end()) mine.push_back(found->second);
  // Each new one's candidates: for a few, one pass over the stored signatures each; for
  // more, the bands of all sorted once, the new ones first.
  const double least = method.notice - method.margin;
  std::vector<std::vector<long>> candidates(mine.size());
  constexpr std::size_t k_passes_up_to = 16;
  if (mine.size() <= k_passes_up_to) {
    for (std::size_t n = 0; n < mine.size(); ++n) {
      const similar::SignatureView own = stored.signatures[mine[n]];
      for (std::size_t i = 0; i < stored.size(); ++i)
        if (i != mine[n] &&
            similar::estimated_score(own, stored.signatures[i], method).value >= least &&
            similar::share_band(own, stored.signatures[i], method))
          candidates[n].push_back(stored.ids[i]);
    }
  } else {
    similar::Signatures ordered(stored.signatures.width());
    ordered.reserve(stored.size());
    std::vector<long> order;
    std::vector<bool> is_new(stored.size(), false);
    for (const std::size_t i : mine) {
      ordered.add(stored.signatures[i]);
      order.push_back(stored.ids[i]);
      is_new[i] = true;
    }
    for (std::size_t i = 0; i < stored.size(); ++i)
      if (!is_new[i]) {
        ordered.add(stored.signatures[i]);
        order.push_back(stored.ids[i]);
      }
    for (const auto& [i, j] :
         similar::candidates(ordered, method, least, similar::Pairs::from_first, mine.size())) {
      candidates[i].push_back(order[j]);
      if (j < mine.size()) candidates[j].push_back(order[i]);
    }
  }
  std::vector<long> texts;
  for (std::size_t n = 0; n < mine.size(); ++n)
    if (!candidates[n].empty()) {
      texts.push_back(stored.ids[mine[n]]);
      texts.insert(texts.end(), candidates[n].begin(), candidates[n].end());
    }
  ShingleCache cache(ws);
  cache.load(std::move(texts));
  for (std::size_t n = 0; n < mine.size(); ++n) {
    const long id = stored.ids[mine[n]];
    auto& found = candidates[n];
    if (found.empty() || !cache.has(id)) continue;
    std::sort(found.begin(), found.end());
    long best = 0;
    double best_score = 0;
    for (const long other : found) {
      if (!cache.has(other)) continue;
      const double s =
          similar::score(similar::overlap(cache.at(id), cache.at(other)), method).value;
      if (s >= method.notice && (best == 0 || s > best_score)) {
        best = other;
        best_score = s;
      }
    }
    if (best != 0)
      lines.push_back(msg::text("record.similar_notice", cache.code(id), cache.code(best),
                                fmt::format("{:.2f}", best_score)));
  }
  const auto shown = static_cast<std::size_t>(std::max(method.notice_lines, 0));
  if (lines.size() > shown) {
    const std::size_t more = lines.size() - shown;
    lines.resize(shown);
    lines.push_back(msg::text("record.similar_more", more));
  }
  return lines;
}

} // namespace cppcc::records
