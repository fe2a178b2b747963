#include "scoring/score.hpp"
#include "io/dates.hpp"

#include "storage/members.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace cppcc::scoring {

namespace {

double round2(double value)
{
  return std::round(value * 100) / 100;
}

bool in(const std::vector<std::string>& list, const std::string& id)
{
  return std::find(list.begin(), list.end(), id) != list.end();
}

// Levels from the lowest up (their ids are fixed, see schemas/defaults.yaml).
int level_rank(const std::string& level)
{
  static const std::vector<std::string> k_order = {"district", "city", "province", "national"};
  const auto it = std::find(k_order.begin(), k_order.end(), level);
  return it == k_order.end() ? -1 : static_cast<int>(it - k_order.begin());
}

bool levels_match(const Item& item, const std::string& level)
{
  return item.levels.empty() || in(item.levels, level);
}

const std::vector<model::Participant> k_nobody;

// Scores one year's records for the members being scored; records dated outside the
// period are passed over. Detailed, it keeps a line per record and item (the member
// file's derivation); otherwise it only counts each item's records and points, which
// is all a table of totals needs, and takes records already counted by SQL.
class Scorer {
public:
  enum class Mode { lines, totals };

  Scorer(const Rules& rules, const storage::Period& period, std::vector<MemberScore>& scores,
         Mode mode)
      : m_rules(rules), m_first(util::strict_iso(period.first).value_or(util::Date{})),
        m_last(util::strict_iso(period.last).value_or(util::Date{})), m_scores(scores), m_mode(mode)
  {
    for (std::size_t i = 0; i < scores.size(); ++i) {
      m_index[scores[i].member.id] = i;
      if (mode == Mode::totals)
        for (const auto& item : rules.items)
          scores[i].items.push_back({&item, 0, 0, false});
    }
  }

  void activities(const std::vector<model::Activity>& activities)
  {
    for (const auto& a : activities)
      for (const auto& p : in_period(a.date) ? a.participants : k_nobody)
        if (MemberScore* m = scored(p.member.id))
          for (const auto& item : items_of(Source::activity))
            if (activity_matches(*item, a.kind, p.attendance, a.studio_id.has_value(), m->member)) {
              Line line = base_line(*item, RecordKind::activity, a.code, a.title, a.date);
              line.kind_id = a.kind;
              line.attendance = p.attendance;
              line.note = a.studio;
              add(*m, *item, std::move(line));
            }
  }

  void activities(const std::vector<storage::ActivityTally>& tallies)
  {
    for (const auto& t : tallies)
      if (MemberScore* m = scored(t.member_id))
        for (const auto& item : items_of(Source::activity))
          if (activity_matches(*item, t.kind, t.attendance, t.by_studio, m->member))
            tally(*m, *item, item->points, t.count);
  }

  void proposals(const std::vector<storage::ProposalPart>& parts)
  {
    for (const auto& part : parts) {
      MemberScore* m = scored(part.member_id);
      if (!m || !in_period(part.submitted)) continue;
      const bool lead = part.role == storage::ProposalRole::lead;
      for (const auto& item : items_of(lead ? Source::lead_proposal : Source::cosigned_proposal))
        if (proposal_counts(*item, part.status, part.filed.has_value(), part.key, part.excellent)) {
          Line line = base_line(*item, RecordKind::proposal, part.code, part.title, part.submitted);
          line.role = lead ? "lead" : "cosigner";
          line.status = part.status;
          add(*m, *item, std::move(line));
        }
    }
  }

  void proposals(const std::vector<storage::ProposalTally>& tallies)
  {
    for (const auto& t : tallies)
      if (MemberScore* m = scored(t.member_id)) {
        const bool lead = t.role == storage::ProposalRole::lead;
        for (const auto& item : items_of(lead ? Source::lead_proposal : Source::cosigned_proposal))
          if (proposal_counts(*item, t.status, t.filed, t.key, t.excellent))
            tally(*m, *item, item->points, t.count);
      }
  }

  void opinions(const std::vector<model::Opinion>& opinions)
  {
    for (const auto& o : opinions) {
      MemberScore* m = o.submitter_member_id ? scored(*o.submitter_member_id) : nullptr;
      if (!m) continue;
      opinion_itself(*m, o);
      for (const model::Adoption* a : adoptions_scored(o))
        for (const auto& item : items_of(Source::opinion_adoption))
          if (levels_match(*item, a->level)) {
            Line line = base_line(*item, RecordKind::opinion, o.code, o.title, dated(a->date, o));
            line.level = a->level;
            line.note = a->body;
            line.combined = a->combined;
            if (a->combined) line.points = item->points * item->combined_fraction;
            add(*m, *item, std::move(line));
          }
      for (const auto& instruction : o.instructions) {
        const auto date = dated(instruction.date, o);
        if (!in_period(date)) continue;
        for (const auto& item : items_of(Source::opinion_instruction))
          if (levels_match(*item, instruction.level)) {
            Line line = base_line(*item, RecordKind::opinion, o.code, o.title, date);
            line.level = instruction.level;
            line.note = instruction.leader;
            add(*m, *item, std::move(line));
          }
      }
    }
  }

  void articles(const std::vector<model::Article>& articles)
  {
    for (const auto& a : articles)
      for (std::size_t position = 0; in_period(a.date) && position < a.authors.size(); ++position)
        if (MemberScore* m = scored(a.authors[position].id))
          for (const auto& item : items_of(Source::article)) {
            if (!levels_match(*item, a.level)) continue;
            if (item->share == Share::first && position > 0) continue;
            Line line = base_line(*item, RecordKind::article, a.code, a.title, a.date);
            line.level = a.level;
            line.note = a.outlet;
            if (item->share == Share::equal) {
              line.shared_by = static_cast<int>(a.authors.size());
              line.points = item->points / line.shared_by;
            }
            add(*m, *item, std::move(line));
          }
  }

  void articles(const std::vector<storage::ArticleTally>& tallies)
  {
    for (const auto& t : tallies)
      if (MemberScore* m = scored(t.member_id))
        for (const auto& item : items_of(Source::article)) {
          if (!levels_match(*item, t.level)) continue;
          if (item->share == Share::first && !t.first) continue;
          const double points =
              item->share == Share::equal ? item->points / std::max(t.authors, 1) : item->points;
          tally(*m, *item, points, t.count);
        }
  }

private:
  MemberScore* scored(long member_id)
  {
    const auto it = m_index.find(member_id);
    return it == m_index.end() ? nullptr : &m_scores[it->second];
  }

  std::vector<const Item*> items_of(Source source) const
  {
    std::vector<const Item*> out;
    for (const auto& item : m_rules.items)
      if (item.source == source) out.push_back(&item);
    return out;
  }

  bool in_period(const std::optional<util::Date>& date) const
  {
    return date && *date >= m_first && *date <= m_last;
  }

  static Line base_line(const Item& item, RecordKind kind, const std::string& code,
                        const std::string& title, const std::optional<util::Date>& date)
  {
    Line line;
    line.item = item.id;
    line.kind = kind;
    line.code = code;
    line.title = title;
    line.date = date;
    line.points = item.points;
    return line;
  }

  void add(MemberScore& m, const Item& item, Line line)
  {
    if (m_mode == Mode::lines)
      m.lines.push_back(std::move(line));
    else
      tally(m, item, line.points, 1);
  }

  // `count` records of `item`, each earning `points` (the cap is applied at the end).
  void tally(MemberScore& m, const Item& item, double points, std::int64_t count)
  {
    ItemScore& score = m.items[static_cast<std::size_t>(&item - m_rules.items.data())];
    score.count += count;
    score.points += points * static_cast<double>(count);
  }

  static bool activity_matches(const Item& item, const std::string& kind,
                               const std::string& attendance, bool by_studio,
                               const model::Member& member)
  {
    if (!item.kinds.empty() && !in(item.kinds, kind)) return false;
    if (in(item.except_kinds, kind)) return false;
    if (attendance != item.attendance) return false;
    if (item.organiser == Organiser::office && by_studio) return false;
    if (item.organiser == Organiser::studio && !by_studio) return false;
    return !item.standing_only || member.standing;
  }

  bool proposal_counts(const Item& item, const std::string& status, bool filed, bool key,
                       bool excellent) const
  {
    switch (item.counts) {
    case Counts::submitted: // not withdrawn
      return std::find(m_rules.withdrawn.begin(), m_rules.withdrawn.end(), status) ==
             m_rules.withdrawn.end();
    case Counts::filed:
      return filed;
    case Counts::key:
      return key;
    case Counts::excellent:
      return excellent;
    case Counts::compiled:
      return false;
    }
    return false;
  }

  // `date`, else the opinion's compiled date, else its submitted date.
  static std::optional<util::Date> dated(const std::optional<util::Date>& date,
                                         const model::Opinion& o)
  {
    return date ? date : o.compiled ? o.compiled : o.submitted;
  }

  void opinion_itself(MemberScore& m, const model::Opinion& o)
  {
    for (const auto& item : items_of(Source::opinion)) {
      const bool compiled = item->counts == Counts::compiled;
      if (compiled && o.status != "compiled") continue;
      const auto date = compiled ? dated(o.compiled, o) : o.submitted;
      if (!in_period(date)) continue;
      Line line = base_line(*item, RecordKind::opinion, o.code, o.title, date);
      line.status = o.status;
      line.note = o.issue_no;
      add(m, *item, std::move(line));
    }
  }

  // The adoptions of `o` dated in the period that score: all of them, or the one of
  // the highest level (a single piece before a combined one, then the earliest).
  std::vector<const model::Adoption*> adoptions_scored(const model::Opinion& o) const
  {
    std::vector<const model::Adoption*> out;
    for (const auto& a : o.adoptions)
      if (in_period(dated(a.date, o))) out.push_back(&a);
    if (m_rules.adoption_levels == AdoptionLevels::each || out.size() < 2) return out;
    auto better = [&](const model::Adoption* x, const model::Adoption* y) {
      if (level_rank(x->level) != level_rank(y->level))
        return level_rank(x->level) > level_rank(y->level);
      if (x->combined != y->combined) return !x->combined;
      return dated(x->date, o) < dated(y->date, o);
    };
    return {*std::min_element(out.begin(), out.end(), better)};
  }

  const Rules& m_rules;
  util::Date m_first; // the period's first and last days
  util::Date m_last;
  std::vector<MemberScore>& m_scores;
  Mode m_mode;
  std::unordered_map<long, std::size_t> m_index;
};

// Sums each item's lines, earliest first, up to the item's cap.
void total_up(const Rules& rules, MemberScore& m)
{
  std::stable_sort(m.lines.begin(), m.lines.end(), [&](const Line& a, const Line& b) {
    auto position = [&](const std::string& id) {
      return std::find_if(rules.items.begin(), rules.items.end(),
                          [&](const Item& item) { return item.id == id; }) -
             rules.items.begin();
    };
    if (a.item != b.item) return position(a.item) < position(b.item);
    if (a.date != b.date) return a.date < b.date;
    return a.code < b.code;
  });
  double total = rules.base;
  for (const auto& item : rules.items) {
    ItemScore score{&item, 0, 0, false};
    double used = 0; // in absolute value
    for (auto& line : m.lines) {
      if (line.item != item.id) continue;
      ++score.count;
      double magnitude = std::abs(line.points);
      if (item.cap && used + magnitude > *item.cap + 1e-9) {
        magnitude = std::max(0.0, *item.cap - used);
        score.capped = true;
      }
      used += magnitude;
      line.counted = line.points < 0 ? -magnitude : magnitude;
      score.points += line.counted;
    }
    score.points = round2(score.points);
    total += score.points;
    m.items.push_back(score);
  }
  m.total = round2(rules.bounded(total));
  m.grade = &rules.grade(m.total);
}

// The same from the counted items: an item's records all earn points of one sign, so
// the capped sum does not depend on which records came first.
void total_up_tallies(const Rules& rules, MemberScore& m)
{
  double total = rules.base;
  for (auto& score : m.items) {
    const std::optional<double>& cap = score.item->cap;
    if (cap && std::abs(score.points) > *cap + 1e-9) {
      score.points = std::copysign(*cap, score.points);
      score.capped = true;
    }
    score.points = round2(score.points);
    total += score.points;
  }
  m.total = round2(rules.bounded(total));
  m.grade = &rules.grade(m.total);
}

void rank(std::vector<MemberScore>& scores)
{
  std::stable_sort(scores.begin(), scores.end(), [](const MemberScore& a, const MemberScore& b) {
    if (a.total != b.total) return a.total > b.total;
    return a.member.code < b.member.code;
  });
  for (std::size_t i = 0; i < scores.size(); ++i)
    scores[i].rank = i > 0 && scores[i].total == scores[i - 1].total ? scores[i - 1].rank
                                                                     : static_cast<int>(i + 1);
}

// Scores `members` from `records` (a MemberYear, line by line, or a MemberYearTally,
// counted) and ranks them.
template <class Records>
YearScores scored(const Rules& rules, int year, std::vector<model::Member> members,
                  const Records& records, Scorer::Mode mode)
{
  YearScores out;
  out.year = year;
  out.base = rules.base;
  for (auto& member : members)
    out.members.push_back({std::move(member), {}, 0, nullptr, 0, {}});
  Scorer scorer(rules, storage::year_period(year), out.members, mode);
  scorer.activities(records.activities);
  scorer.proposals(records.proposals);
  scorer.opinions(records.opinions);
  scorer.articles(records.articles);
  for (auto& m : out.members)
    if (mode == Scorer::Mode::lines)
      total_up(rules, m);
    else
      total_up_tallies(rules, m);
  rank(out.members);
  return out;
}

} // namespace

YearScores score_members(const Rules& rules, int year, const std::vector<model::Member>& members,
                         const storage::MemberYear& records)
{
  return scored(rules, year, members, records, Scorer::Mode::lines);
}

YearScores score_year(storage::Store& store, const Rules& rules, int year,
                      const storage::ProposalsOfPeriod& proposals)
{
  // The members on the committee at the year's end: active, or left after it (a member
  // who left in 2025 ranks in 2024; one who left during the year does not).
  storage::MemberFilter then;
  then.member_on = io::Date{year, 12, 31}.iso();
  return scored(rules, year, storage::list_members(store, then),
                storage::member_year_tally(store, storage::year_period(year), proposals),
                Scorer::Mode::totals);
}

render::Value points(double points)
{
  return render::Value::decimal(points, 2, render::Value::Places::trimmed);
}

std::string points_text(double points)
{
  return render::plain(scoring::points(points));
}

} // namespace cppcc::scoring
