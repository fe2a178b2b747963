#include "storage/member_year.hpp"

#include <fmt/format.h>

#include "storage/member_refs.hpp"
#include "storage/sql_util.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace cppcc::storage {

Period year_period(int year)
{
  return {fmt::format("{:04}-01-01", year), fmt::format("{:04}-12-31", year)};
}

namespace {

// Every statement binds ?1 and ?2 to the period and ?3 to the member (NULL: all).
void bind_period(SQLite::Statement& s, const Period& period, std::optional<long> member_id)
{
  s.bind(1, period.first);
  s.bind(2, period.last);
  bind_id(s, 3, member_id);
}

long id_of(SQLite::Statement& s, int column)
{
  return static_cast<long>(s.getColumn(column).getInt64());
}

std::vector<model::Activity> activities(Store& store, const Period& period,
                                        std::optional<long> member_id)
{
  auto& s = store.prepared(
      "SELECT a.id, a.code, a.kind, a.date, a.title, a.studio_id, s.name FROM activities a "
      "LEFT JOIN studios s ON s.id = a.studio_id WHERE a.date BETWEEN ?1 AND ?2 AND (?3 IS "
      "NULL OR EXISTS (SELECT 1 FROM activity_participants p WHERE p.activity_id = a.id AND "
      "p.member_id = ?3)) ORDER BY a.date, a.code");
  bind_period(s, period, member_id);
  std::vector<model::Activity> out;
  std::unordered_map<long, std::size_t> index;
  while (s.executeStep()) {
    model::Activity a;
    a.id = id_of(s, 0);
    a.code = text_at(s, 1);
    a.kind = text_at(s, 2);
    a.date = date_at(s, 3);
    a.title = text_at(s, 4);
    a.studio_id = id_at(s, 5);
    a.studio = text_at(s, 6);
    index[a.id] = out.size();
    out.push_back(std::move(a));
  }
  auto& p = store.prepared(
      static_sql("SELECT p.activity_id, m.id, {}, p.attendance FROM activity_participants p "
                 "JOIN activities a ON a.id = p.activity_id JOIN members m ON m.id = p.member_id "
                 "WHERE a.date BETWEEN ?1 AND ?2 ORDER BY p.activity_id, p.position",
                 k_member_label));
  p.bind(1, period.first);
  p.bind(2, period.last);
  while (p.executeStep()) {
    const auto it = index.find(id_of(p, 0));
    if (it != index.end())
      out[it->second].participants.push_back({{id_of(p, 1), text_at(p, 2)}, text_at(p, 3)});
  }
  return out;
}

std::vector<ProposalPart> proposals(Store& store, const Period& period,
                                    std::optional<long> member_id)
{
  auto& s = store.prepared(
      "SELECT p.proposer_member_id, 0, p.code, p.title, p.proposer, p.status, p.submitted, "
      "p.filed, p.key, p.excellent FROM proposals p WHERE p.proposer_member_id IS NOT NULL "
      "AND p.submitted BETWEEN ?1 AND ?2 AND (?3 IS NULL OR p.proposer_member_id = ?3) "
      "UNION ALL "
      "SELECT c.member_id, 1, p.code, p.title, p.proposer, p.status, p.submitted, p.filed, "
      "p.key, p.excellent FROM proposal_cosigners c JOIN proposals p ON p.id = c.proposal_id "
      "WHERE c.member_id IS NOT NULL AND p.submitted BETWEEN ?1 AND ?2 "
      "AND (?3 IS NULL OR c.member_id = ?3) ORDER BY 7, 3, 2");
  bind_period(s, period, member_id);
  std::vector<ProposalPart> out;
  while (s.executeStep()) {
    ProposalPart part;
    part.member_id = id_of(s, 0);
    part.role = s.getColumn(1).getInt() == 0 ? ProposalRole::lead : ProposalRole::cosigner;
    part.code = text_at(s, 2);
    part.title = text_at(s, 3);
    part.proposer = text_at(s, 4);
    part.status = text_at(s, 5);
    part.submitted = date_at(s, 6);
    part.filed = date_at(s, 7);
    part.key = s.getColumn(8).getInt() != 0;
    part.excellent = s.getColumn(9).getInt() != 0;
    out.push_back(std::move(part));
  }
  return out;
}

void load_opinion_details(Store& store, model::Opinion& o)
{
  auto& adoptions = store.prepared("SELECT level, date, body, combined FROM opinion_adoptions "
                                   "WHERE opinion_id = ?1 ORDER BY id");
  adoptions.bind(1, static_cast<int64_t>(o.id));
  while (adoptions.executeStep())
    o.adoptions.push_back({text_at(adoptions, 0), date_at(adoptions, 1), text_at(adoptions, 2),
                           adoptions.getColumn(3).getInt() != 0});
  adoptions.reset();
  auto& instructions = store.prepared("SELECT leader, level, date, text FROM "
                                      "opinion_instructions WHERE opinion_id = ?1 ORDER BY id");
  instructions.bind(1, static_cast<int64_t>(o.id));
  while (instructions.executeStep())
    o.instructions.push_back({text_at(instructions, 0), text_at(instructions, 1),
                              date_at(instructions, 2), text_at(instructions, 3)});
  instructions.reset();
}

std::vector<model::Opinion> opinions(Store& store, const Period& period,
                                     std::optional<long> member_id)
{
  auto& s = store.prepared(
      "SELECT o.id, o.code, o.title, o.submitter, o.submitter_member_id, o.submitted, "
      "o.sector, o.category, o.status, o.issue_no, o.compiled FROM opinions o "
      "WHERE o.submitter_member_id IS NOT NULL AND (?3 IS NULL OR o.submitter_member_id = ?3) "
      "AND (o.submitted BETWEEN ?1 AND ?2 OR o.compiled BETWEEN ?1 AND ?2 "
      "OR EXISTS (SELECT 1 FROM opinion_adoptions a WHERE a.opinion_id = o.id "
      "AND coalesce(a.date, o.compiled, o.submitted) BETWEEN ?1 AND ?2) "
      "OR EXISTS (SELECT 1 FROM opinion_instructions i WHERE i.opinion_id = o.id "
      "AND coalesce(i.date, o.compiled, o.submitted) BETWEEN ?1 AND ?2)) "
      "ORDER BY o.submitted, o.code");
  bind_period(s, period, member_id);
  std::vector<model::Opinion> out;
  while (s.executeStep()) {
    model::Opinion o;
    o.id = id_of(s, 0);
    o.code = text_at(s, 1);
    o.title = text_at(s, 2);
    o.submitter = text_at(s, 3);
    o.submitter_member_id = id_at(s, 4);
    o.submitted = date_at(s, 5);
    o.sector = text_at(s, 6);
    o.category = text_at(s, 7);
    o.status = text_at(s, 8);
    o.issue_no = text_at(s, 9);
    o.compiled = date_at(s, 10);
    out.push_back(std::move(o));
  }
  s.reset();
  for (auto& o : out)
    load_opinion_details(store, o);
  return out;
}

std::vector<model::Article> articles(Store& store, const Period& period,
                                     std::optional<long> member_id)
{
  auto& s =
      store.prepared("SELECT a.id, a.code, a.title, a.outlet, a.level, a.date FROM articles a "
                     "WHERE a.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR EXISTS (SELECT 1 FROM "
                     "article_authors x WHERE x.article_id = a.id AND x.member_id = ?3)) "
                     "ORDER BY a.date, a.code");
  bind_period(s, period, member_id);
  std::vector<model::Article> out;
  std::unordered_map<long, std::size_t> index;
  while (s.executeStep()) {
    model::Article a;
    a.id = id_of(s, 0);
    a.code = text_at(s, 1);
    a.title = text_at(s, 2);
    a.outlet = text_at(s, 3);
    a.level = text_at(s, 4);
    a.date = date_at(s, 5);
    index[a.id] = out.size();
    out.push_back(std::move(a));
  }
  auto& authors = store.prepared(
      static_sql("SELECT x.article_id, m.id, {} FROM article_authors x JOIN articles a ON a.id = "
                 "x.article_id JOIN members m ON m.id = x.member_id WHERE a.date BETWEEN ?1 AND ?2 "
                 "ORDER BY x.article_id, x.position",
                 k_member_label));
  authors.bind(1, period.first);
  authors.bind(2, period.last);
  while (authors.executeStep()) {
    const auto it = index.find(id_of(authors, 0));
    if (it != index.end())
      out[it->second].authors.push_back({id_of(authors, 1), text_at(authors, 2)});
  }
  return out;
}

// A tally's group while counting: a member id and small numbers (Interned identifiers,
// flags, counts), listed at the end through a GroupCounter, which orders the groups by
// their values as text.
using TallyKey = std::array<long, 5>;
struct TallyHash {
  std::size_t operator()(const TallyKey& key) const
  {
    std::size_t h = 0;
    for (const long v : key)
      h = h * 1000003U ^ std::hash<long>()(v);
    return h;
  }
};
using Tallies = std::unordered_map<TallyKey, long, TallyHash>;

// The period's records by id, each with what `read` takes from the statement's row.
template <class T, class Read>
std::vector<std::pair<long, T>> read_by_id(RowScan& s, const Period& period, Read read)
{
  s.bind(1, period.first);
  s.bind(2, period.last);
  std::vector<std::pair<long, T>> out;
  while (s.executeStep())
    out.emplace_back(long_at(s, 0), read());
  sort_by_id(out, [](const auto& record) { return record.first; });
  return out;
}

// The id of a record read by read_by_id.
constexpr auto k_id = [](const auto& record) { return record.first; };

const char* flag(long value)
{
  return value ? "1" : "0";
}

std::vector<ActivityTally> activity_tallies(Store& store, const Period& period)
{
  // Activities from the covering index activities_by_date: kind and organiser.
  struct Held {
    std::size_t kind;
    bool by_studio;
  };
  Interned kinds, attendance;
  RowScan s(store, "SELECT id, kind, studio_id FROM activities WHERE date BETWEEN ?1 AND ?2");
  const auto activities = read_by_id<Held>(s, period, [&] {
    return Held{kinds.at(s, 1), !s.null(2)}; // NULL tested here: SQL expressions cost more
  });
  Tallies counts;
  RowScan p(store, "SELECT activity_id, member_id, attendance FROM activity_participants "
                   "WHERE activity_id BETWEEN ?1 AND ?2 ORDER BY activity_id");
  for_each_child(p, ids_of(activities, k_id), [&](std::size_t i) {
    const Held& a = activities[i].second;
    ++counts[{long_at(p, 1), static_cast<long>(a.kind), static_cast<long>(attendance.at(p, 2)),
              a.by_studio, 0}];
  });
  GroupCounter groups;
  for (const auto& [key, n] : counts)
    groups.add({std::to_string(key[0]), kinds[static_cast<std::size_t>(key[1])],
                attendance[static_cast<std::size_t>(key[2])], flag(key[3])},
               n);
  std::vector<ActivityTally> out;
  for (auto& row : std::move(groups).rows()) {
    auto& v = row.values;
    out.push_back({std::stol(v[0]), std::move(v[1]), std::move(v[2]), v[3] == "1", row.count});
  }
  return out;
}

} // namespace

TalliedProposals tallied_proposals(Store& store, const Period& period)
{
  // From the covering index proposals_by_submitted.
  Interned states;
  RowScan s(store, "SELECT id, proposer_member_id, status, filed, key, excellent FROM proposals "
                   "WHERE submitted BETWEEN ?1 AND ?2");
  s.bind(1, period.first);
  s.bind(2, period.last);
  TalliedProposals out;
  while (s.executeStep())
    out.proposals.push_back({long_at(s, 0), s.null(1) ? 0 : long_at(s, 1), states.at(s, 2),
                             !s.null(3), long_at(s, 4) != 0, long_at(s, 5) != 0});
  sort_by_id(out.proposals, [](const TalliedProposal& p) { return p.id; });
  out.statuses = states.names();
  return out;
}

namespace {

std::vector<ProposalTally> proposal_tallies(Store& store, const TalliedProposals& year)
{
  const std::vector<TalliedProposal>& proposals = year.proposals;
  Tallies counts; // member, role (0 lead, 1 co-signer), status, filed, key × 2 + excellent
  const auto count = [&](long member_id, long role, const TalliedProposal& p) {
    ++counts[{member_id, role, static_cast<long>(p.status), p.filed, p.key * 2 + p.excellent}];
  };
  for (const auto& p : proposals)
    if (p.proposer != 0) count(p.proposer, 0, p);
  RowScan c(store, "SELECT proposal_id, member_id FROM proposal_cosigners WHERE "
                   "proposal_id BETWEEN ?1 AND ?2 AND member_id IS NOT NULL "
                   "ORDER BY proposal_id");
  for_each_child(c, ids_of(proposals, [](const TalliedProposal& p) { return p.id; }),
                 [&](std::size_t i) { count(long_at(c, 1), 1, proposals[i]); });
  GroupCounter groups;
  for (const auto& [key, n] : counts)
    groups.add({std::to_string(key[0]), flag(key[1]),
                year.statuses[static_cast<std::size_t>(key[2])], flag(key[3]), flag(key[4] / 2),
                flag(key[4] % 2)},
               n);
  std::vector<ProposalTally> out;
  for (auto& row : std::move(groups).rows()) {
    auto& v = row.values;
    out.push_back({std::stol(v[0]), v[1] == "0" ? ProposalRole::lead : ProposalRole::cosigner,
                   std::move(v[2]), v[3] == "1", v[4] == "1", v[5] == "1", row.count});
  }
  return out;
}

std::vector<ArticleTally> article_tallies(Store& store, const Period& period)
{
  Interned levels;
  RowScan s(store, "SELECT id, level FROM articles WHERE date BETWEEN ?1 AND ?2");
  const auto articles = read_by_id<std::size_t>(s, period, [&] { return levels.at(s, 1); });
  // An article's authors arrive together: counted when the next article's begin.
  Tallies counts;                             // member, level, first-named, authors
  std::vector<std::pair<long, long>> authors; // member id, position
  std::size_t current = 0;
  const auto flush = [&] {
    if (authors.empty()) return;
    long first = authors.front().second;
    for (const auto& [member_id, position] : authors)
      first = std::min(first, position);
    for (const auto& [member_id, position] : authors)
      ++counts[{member_id, static_cast<long>(articles[current].second), position == first,
                static_cast<long>(authors.size()), 0}];
    authors.clear();
  };
  RowScan x(store, "SELECT article_id, member_id, position FROM article_authors "
                   "WHERE article_id BETWEEN ?1 AND ?2 ORDER BY article_id");
  for_each_child(x, ids_of(articles, k_id), [&](std::size_t i) {
    if (i != current) flush();
    current = i;
    authors.emplace_back(long_at(x, 1), long_at(x, 2));
  });
  flush();
  GroupCounter groups;
  for (const auto& [key, n] : counts)
    groups.add({std::to_string(key[0]), levels[static_cast<std::size_t>(key[1])], flag(key[2]),
                std::to_string(key[3])},
               n);
  std::vector<ArticleTally> out;
  for (auto& row : std::move(groups).rows()) {
    auto& v = row.values;
    out.push_back({std::stol(v[0]), std::move(v[1]), v[2] == "1", std::stoi(v[3]), row.count});
  }
  return out;
}

} // namespace

MemberYearTally member_year_tally(Store& store, const Period& period,
                                  const ProposalsOfPeriod& proposals)
{
  MemberYearTally year;
  year.activities = activity_tallies(store, period);
  year.opinions = opinions(store, period, std::nullopt);
  year.articles = article_tallies(store, period);
  // Last: a caller that hands the proposals over may still be reading them.
  year.proposals = proposals ? proposal_tallies(store, proposals())
                             : proposal_tallies(store, tallied_proposals(store, period));
  return year;
}

MemberYear member_year(Store& store, const Period& period, std::optional<long> member_id)
{
  MemberYear year;
  year.activities = activities(store, period, member_id);
  year.proposals = proposals(store, period, member_id);
  year.opinions = opinions(store, period, member_id);
  year.articles = articles(store, period, member_id);
  return year;
}

} // namespace cppcc::storage
