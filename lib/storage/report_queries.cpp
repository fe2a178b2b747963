#include "storage/report_queries.hpp"

#include "storage/sql_util.hpp"

#include "io/dates.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <tuple>

namespace cppcc::storage {

namespace {

template <class Statement> void bind_period(Statement& s, const Period& period)
{
  s.bind(1, period.first);
  s.bind(2, period.last);
}

// Handling units by id → name.
std::map<long, std::string> unit_names(Store& store)
{
  std::map<long, std::string> names;
  RowScan units(store, "SELECT id, name FROM units");
  while (units.executeStep())
    names[long_at(units, 0)] = text_at(units, 1);
  return names;
}

// Days from `from` to `to`, dates stored as YYYY-MM-DD; SQLite's julianday for any
// other text.
long days_between(Store& store, std::string_view from, std::string_view to)
{
  const auto iso = [](std::string_view d) -> std::optional<io::Date> {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return std::nullopt;
    int v[3] = {0, 0, 0};
    for (std::size_t i = 0, part = 0; i < d.size(); ++i) {
      if (i == 4 || i == 7) {
        ++part;
        continue;
      }
      if (d[i] < '0' || d[i] > '9') return std::nullopt;
      v[part] = v[part] * 10 + (d[i] - '0');
    }
    return io::Date{v[0], v[1], v[2]};
  };
  const auto a = iso(from), b = iso(to);
  if (a && b) return b->days() - a->days();
  auto& s = store.prepared("SELECT CAST(julianday(?2) - julianday(?1) AS INTEGER)");
  s.bind(1, std::string(from));
  s.bind(2, std::string(to));
  return s.executeStep() ? long_at(s, 0) : 0;
}

// The first seven characters of a date (YYYY-MM), as SQL's substr(date, 1, 7) counts
// them: UTF-8 characters, not bytes.
std::string_view month_of(std::string_view date)
{
  std::size_t at = 0;
  for (int chars = 0; chars < 7 && at < date.size(); ++chars)
    do
      ++at;
    while (at < date.size() && (static_cast<unsigned char>(date[at]) & 0xC0) == 0x80);
  return date.substr(0, at);
}

} // namespace

namespace {

// The columns ProposalGroup counts by, first in the statements that read them: seven
// values, then what its three flags are computed from (in C++: as SQL expressions they
// cost as much as reading all the columns).
constexpr const char* k_group_columns =
    "status, category, type, sector, result, satisfaction, contact, filed, replied, due";
constexpr int k_group_value_columns = 7;

// Counts the current row of `s` (k_group_columns first) in `groups`.
void count_group(RowCounter& groups, RowScan& s)
{
  const bool filed = !s.null(7);
  const bool replied = !s.null(8);
  const bool on_time = replied && !s.null(9) && s.view(8) <= s.view(9); // SQL's text order
  groups.add(s, {filed ? "1" : "0", replied ? "1" : "0", on_time ? "1" : "0"});
}

std::vector<ProposalGroup> groups_of(std::vector<CountedRow> rows)
{
  std::vector<ProposalGroup> out;
  for (auto& row : rows) {
    auto& v = row.values;
    out.push_back({std::move(v[0]), std::move(v[1]), std::move(v[2]), std::move(v[3]),
                   std::move(v[4]), std::move(v[5]), std::move(v[6]), v[7] == "1", v[8] == "1",
                   v[9] == "1", row.count});
  }
  return out;
}

} // namespace

std::vector<ProposalGroup> proposal_groups(Store& store, const Period& period)
{
  // Read from the covering index proposals_by_submitted (migration 003), counted here.
  RowScan s(store, static_sql("SELECT {} FROM proposals WHERE submitted BETWEEN ?1 AND ?2",
                              k_group_columns));
  bind_period(s, period);
  RowCounter groups(k_group_value_columns);
  while (s.executeStep())
    count_group(groups, s);
  return groups_of(std::move(groups).rows());
}

ProposalYear proposal_year(Store& store, const Period& period,
                           const std::vector<std::string>& handling)
{
  RowScan s(store, static_sql("SELECT {}, id, round, submitted, proposer_member_id, key, "
                              "excellent FROM proposals WHERE submitted BETWEEN ?1 AND ?2",
                              k_group_columns));
  bind_period(s, period);
  ProposalYear year;
  RowCounter groups(k_group_value_columns);
  Interned satisfactions, states;
  std::string month;                // rows come by submitted date: a month's are together
  std::int64_t* in_month = nullptr; // its count in year.by_month
  while (s.executeStep()) {
    count_group(groups, s);
    const std::string_view status = s.view(0);
    year.handled.push_back({long_at(s, 10), long_at(s, 11),
                            std::find(handling.begin(), handling.end(), status) != handling.end(),
                            satisfactions.at(s, 5)});
    year.tallied.proposals.push_back({long_at(s, 10), s.null(13) ? 0 : long_at(s, 13),
                                      states.at(s, 0), !s.null(7), long_at(s, 14) != 0,
                                      long_at(s, 15) != 0});
    if (const std::string_view m = month_of(s.view(12)); !in_month || m != month) {
      month = m;
      in_month = &year.by_month[month];
    }
    ++*in_month;
  }
  year.groups = groups_of(std::move(groups).rows());
  sort_by_id(year.handled, [](const HandledProposal& h) { return h.id; });
  sort_by_id(year.tallied.proposals, [](const TalliedProposal& p) { return p.id; });
  year.tallied.statuses = states.names();
  year.satisfactions = satisfactions.names();
  return year;
}

std::vector<UnitHandling> unit_handling(Store& store, const Period& period,
                                        const std::string& today,
                                        const std::vector<std::string>& handling)
{
  return unit_handling(store, proposal_year(store, period, handling), today);
}

std::vector<UnitHandling> unit_handling(Store& store, const ProposalYear& year,
                                        const std::string& today, std::size_t part,
                                        std::size_t parts)
{
  // This part's share of the year's proposals, in id order.
  const std::size_t n = year.handled.size();
  const auto from = year.handled.begin() + static_cast<long>(n * part / parts);
  const auto to = year.handled.begin() + static_cast<long>(n * (part + 1) / parts);
  const std::span<const HandledProposal> proposals(from, to);
  const std::vector<long> ids = ids_of(proposals, [](const HandledProposal& h) { return h.id; });

  // Their assignments in force: the proposal's final round, not returned.
  struct Counts {
    UnitHandling handling;
    std::vector<std::int64_t> results;  // by Interned result
    std::vector<std::int64_t> feedback; // by Interned satisfaction
  };
  std::map<long, Counts> by_unit_id;
  Interned results;
  RowScan a(
      store,
      "SELECT proposal_id, round, unit_id, role, assigned, due, replied, result FROM assignments "
      "WHERE proposal_id BETWEEN ?1 AND ?2 AND returned IS NULL ORDER BY proposal_id");
  const auto bump = [](std::vector<std::int64_t>& counts, std::size_t i) {
    if (counts.size() <= i) counts.resize(i + 1);
    ++counts[i];
  };
  for_each_child(a, ids, [&](std::size_t i) {
    const HandledProposal& h = proposals[i];
    if (long_at(a, 1) != h.round) return;
    Counts& c = by_unit_id[long_at(a, 2)];
    UnitHandling& u = c.handling;
    if (role_from(view_at(a, 3), "assignments.role") == model::Role::joint) {
      ++u.joint;
      return;
    }
    ++u.assigned;
    const std::string_view due = view_at(a, 5);
    const std::string_view replied = view_at(a, 6);
    if (!replied.empty()) {
      ++u.replied;
      ++u.days_to_reply[days_between(store, view_at(a, 4), replied)];
      if (replied <= due) ++u.on_time;
    } else if (h.open && due < today) {
      ++u.overdue;
    }
    if (!view_at(a, 7).empty()) bump(c.results, results.at(a, 7));
    if (!year.satisfactions[h.satisfaction].empty()) bump(c.feedback, h.satisfaction);
  });

  // Named and ordered by unit.
  std::map<long, std::string> names = unit_names(store);
  std::map<std::string, UnitHandling> by_unit;
  for (auto& [id, c] : by_unit_id) {
    UnitHandling& u = c.handling;
    u.unit = names[id];
    for (std::size_t i = 0; i < c.results.size(); ++i)
      if (c.results[i]) u.results[results[i]] += c.results[i];
    for (std::size_t i = 0; i < c.feedback.size(); ++i)
      if (c.feedback[i]) u.feedback[year.satisfactions[i]] += c.feedback[i];
    by_unit[u.unit] = std::move(u);
  }
  std::vector<UnitHandling> out;
  for (auto& [name, u] : by_unit)
    out.push_back(std::move(u));
  return out;
}

std::vector<UnitHandling> merge_unit_handling(std::vector<UnitHandling> a,
                                              std::vector<UnitHandling> b)
{
  std::map<std::string, UnitHandling> by_unit;
  for (auto* part : {&a, &b})
    for (auto& u : *part) {
      auto [at, added] = by_unit.try_emplace(u.unit, std::move(u));
      if (added) continue;
      UnitHandling& into = at->second;
      into.assigned += u.assigned;
      into.joint += u.joint;
      into.replied += u.replied;
      into.on_time += u.on_time;
      into.overdue += u.overdue;
      for (const auto& [days, count] : u.days_to_reply)
        into.days_to_reply[days] += count;
      for (const auto& [result, count] : u.results)
        into.results[result] += count;
      for (const auto& [feedback, count] : u.feedback)
        into.feedback[feedback] += count;
    }
  std::vector<UnitHandling> out;
  for (auto& [name, u] : by_unit)
    out.push_back(std::move(u));
  return out;
}

std::vector<ActivityGroup> activity_groups(Store& store, const Period& period)
{
  // Counted here from the covering index activities_by_date, not by GROUP BY, which
  // sorts the year's rows first; in GROUP BY's order (kind, then organiser).
  RowScan s(store, "SELECT kind, studio_id, suggestions, disputes_resolved, problems_solved "
                   "FROM activities WHERE date BETWEEN ?1 AND ?2");
  bind_period(s, period);
  Interned kinds;
  std::vector<std::array<ActivityGroup, 2>> by_kind; // by Interned kind, then organiser
  while (s.executeStep()) {
    const std::size_t kind = kinds.at(s, 0);
    if (kind >= by_kind.size()) by_kind.resize(kind + 1);
    ActivityGroup& g = by_kind[kind][s.null(1) ? 0 : 1]; // organised by a studio or not
    ++g.count;
    g.suggestions += long_at(s, 2); // NULL reads as 0, as sum() skips it
    g.disputes_resolved += long_at(s, 3);
    g.problems_solved += long_at(s, 4);
  }
  std::vector<ActivityGroup> out;
  for (std::size_t kind = 0; kind < by_kind.size(); ++kind)
    for (std::size_t by_studio = 0; by_studio < 2; ++by_studio) {
      ActivityGroup& g = by_kind[kind][by_studio];
      if (g.count == 0) continue;
      g.kind = kinds[kind];
      g.by_studio = by_studio == 1;
      out.push_back(std::move(g));
    }
  std::sort(out.begin(), out.end(), [](const ActivityGroup& a, const ActivityGroup& b) {
    return std::tie(a.kind, a.by_studio) < std::tie(b.kind, b.by_studio);
  });
  return out;
}

std::map<std::string, std::int64_t> articles_by_level(Store& store, const Period& period)
{
  // Counted here from the covering index articles_by_date, not by GROUP BY.
  RowScan s(store, "SELECT level FROM articles WHERE date BETWEEN ?1 AND ?2");
  bind_period(s, period);
  Interned levels; // NULL reads as ""
  std::vector<std::int64_t> counts;
  while (s.executeStep()) {
    const std::size_t level = levels.at(s, 0);
    if (level >= counts.size()) counts.resize(level + 1);
    ++counts[level];
  }
  std::map<std::string, std::int64_t> out;
  for (std::size_t level = 0; level < counts.size(); ++level)
    out[levels[level]] += counts[level];
  return out;
}

OpinionCounts opinion_counts(Store& store, const Period& period)
{
  OpinionCounts out;
  auto& s =
      store.prepared("SELECT count(*), sum(status = 'compiled'), "
                     "sum(EXISTS (SELECT 1 FROM opinion_adoptions a WHERE a.opinion_id = o.id)), "
                     "sum(EXISTS (SELECT 1 FROM opinion_instructions i WHERE i.opinion_id = o.id)) "
                     "FROM opinions o WHERE submitted BETWEEN ?1 AND ?2");
  bind_period(s, period);
  if (s.executeStep()) {
    out.received = long_at(s, 0);
    out.compiled = long_at(s, 1);
    out.adopted = long_at(s, 2);
    out.instructed = long_at(s, 3);
  }
  auto& levels = store.prepared(
      "SELECT a.level, count(DISTINCT a.opinion_id) FROM opinion_adoptions a "
      "JOIN opinions o ON o.id = a.opinion_id WHERE o.submitted BETWEEN ?1 AND ?2 GROUP BY 1");
  bind_period(levels, period);
  while (levels.executeStep())
    out.adopted_at[text_at(levels, 0)] = long_at(levels, 1);
  return out;
}

std::int64_t brand_studios(Store& store, const Period& period)
{
  auto& s = store.prepared(
      "SELECT count(*) FROM studios WHERE brand = 1 AND (delisted IS NULL OR delisted > ?2)");
  bind_period(s, period);
  return s.executeStep() ? long_at(s, 0) : 0;
}

std::int64_t members_with_role(Store& store, std::string_view role)
{
  auto& s = store.prepared("SELECT count(*) FROM members m JOIN member_roles r ON r.member_id = "
                           "m.id WHERE r.role = ? AND m.status = 'active'");
  s.bind(1, std::string(role));
  return s.executeStep() ? long_at(s, 0) : 0;
}

std::vector<StudioYear> studio_years(Store& store, const Period& period)
{
  auto& s = store.prepared(
      "SELECT s.name, s.brand, coalesce(s.delisted, ''), s.score, count(a.id), "
      "coalesce(sum(a.kind IN ('visit', 'micro_consultation')), 0), "
      "coalesce(sum(a.disputes_resolved), 0), coalesce(sum(a.problems_solved), 0) "
      "FROM studios s LEFT JOIN activities a ON a.studio_id = s.id AND a.date BETWEEN ?1 AND ?2 "
      "GROUP BY s.id ORDER BY count(a.id) DESC, s.name");
  bind_period(s, period);
  std::vector<StudioYear> out;
  while (s.executeStep()) {
    StudioYear y;
    y.name = text_at(s, 0);
    y.brand = s.getColumn(1).getInt() != 0;
    y.delisted = text_at(s, 2);
    if (!s.getColumn(3).isNull()) y.score = s.getColumn(3).getDouble();
    y.activities = long_at(s, 4);
    y.consultations = long_at(s, 5);
    y.disputes_resolved = long_at(s, 6);
    y.problems_solved = long_at(s, 7);
    out.push_back(std::move(y));
  }
  return out;
}

std::vector<LookBack> proposals_with_result(Store& store, const Period& period,
                                            std::string_view result)
{
  RowScan s(store, "SELECT id, round, code, title, replied, status, concluded FROM "
                   "proposals WHERE submitted BETWEEN ?1 AND ?2 AND result = ?3");
  bind_period(s, period);
  s.bind(3, std::string(result));
  std::vector<LookBack> rows;
  struct Key {
    long id;
    long round;
    std::size_t row;
  };
  std::vector<Key> keys; // sorted by id, for reading the assignments by id ranges
  while (s.executeStep()) {
    keys.push_back({long_at(s, 0), long_at(s, 1), rows.size()});
    rows.push_back({text_at(s, 2), text_at(s, 3), {}, text_at(s, 4), text_at(s, 5), text_at(s, 6)});
  }
  sort_by_id(keys, [](const Key& k) { return k.id; });
  const std::vector<long> ids = ids_of(keys, [](const Key& k) { return k.id; });

  // Their lead units in force, in the order they were assigned (the assignments' key), as
  // show and export list them.
  std::map<long, std::string> names = unit_names(store);
  RowScan a(store, "SELECT proposal_id, round, unit_id FROM assignments WHERE "
                   "proposal_id BETWEEN ?1 AND ?2 AND returned IS NULL AND role = 'lead' "
                   "ORDER BY proposal_id, id");
  for_each_child(a, ids, [&](std::size_t i) {
    if (long_at(a, 1) != keys[i].round) return;
    std::string& list = rows[keys[i].row].units;
    if (!list.empty()) list += ';';
    list += names[long_at(a, 2)];
  });

  // By code. The codes' first 16 bytes, zero-padded, are sorted next to the row numbers
  // (memcmp orders them as std::string does; equal prefixes compare the whole codes):
  // comparing the rows' own strings reads all over the rows, megabytes of them.
  struct Ordered {
    std::array<char, 16> prefix{};
    std::size_t row = 0;
  };
  std::vector<Ordered> order(rows.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    const std::string& code = rows[i].code;
    std::memcpy(order[i].prefix.data(), code.data(), std::min(code.size(), order[i].prefix.size()));
    order[i].row = i;
  }
  std::sort(order.begin(), order.end(), [&rows](const Ordered& x, const Ordered& y) {
    const int c = std::memcmp(x.prefix.data(), y.prefix.data(), x.prefix.size());
    return c != 0 ? c < 0 : rows[x.row].code < rows[y.row].code;
  });
  std::vector<LookBack> out;
  out.reserve(rows.size());
  for (const Ordered& o : order)
    out.push_back(std::move(rows[o.row]));
  return out;
}

std::vector<DatedProposal> proposals_dated(Store& store, std::string_view column,
                                           const Period& period)
{
  static const char* const k_sql[] = {
      "SELECT code, title, proposer, submitted, status FROM proposals WHERE submitted BETWEEN "
      "?1 AND ?2 ORDER BY submitted, code",
      "SELECT code, title, proposer, filed, status FROM proposals WHERE filed BETWEEN ?1 AND ?2 "
      "ORDER BY filed, code",
      "SELECT code, title, proposer, assigned, status FROM proposals WHERE assigned BETWEEN ?1 "
      "AND ?2 ORDER BY assigned, code",
      "SELECT code, title, proposer, replied, status FROM proposals WHERE replied BETWEEN ?1 AND "
      "?2 ORDER BY replied, code",
      "SELECT code, title, proposer, concluded, status FROM proposals WHERE concluded BETWEEN ?1 "
      "AND ?2 ORDER BY concluded, code"};
  static const std::string_view k_columns[] = {"submitted", "filed", "assigned", "replied",
                                               "concluded"};
  std::size_t i = 0;
  while (i < std::size(k_columns) && k_columns[i] != column)
    ++i;
  if (i == std::size(k_columns)) return {};
  auto& s = store.prepared(k_sql[i]);
  bind_period(s, period);
  std::vector<DatedProposal> out;
  while (s.executeStep())
    out.push_back({text_at(s, 0), text_at(s, 1), text_at(s, 2), text_at(s, 3), text_at(s, 4)});
  return out;
}

namespace {

// Proposal p's state at the end of the day `day` (an SQL parameter): the state its last
// step on or before that day led to (the event log; steps of one day in recorded order;
// not the records of corrections, undo and amend, dated when they were made, nor the steps
// they undid).
std::string state_then(std::string_view day)
{
  return "(SELECT e2.to_state FROM proposal_events e2 WHERE e2.proposal_id = p.id AND e2.date "
         "<= " +
         std::string(day) +
         " AND e2.action NOT IN ('undo', 'amend', 'undone') ORDER BY e2.date DESC, e2.id DESC "
         "LIMIT 1)";
}

} // namespace

std::vector<DatedProposal> proposals_stepped(Store& store, std::string_view column,
                                             const Period& period,
                                             const std::vector<std::string>& states)
{
  // The step each column stands for, as the event log has it: submission; filing; the
  // assignment (交办) of a filed proposal — the first, or again after a return — not a
  // unit added to one being handled; the reply that made it replied (a joint unit's after
  // it does not); the conclusion. A second round's reply in a later month leaves the
  // first one in its own. `states` (?3…): the phase's, see the header.
  const std::string in = " IN (" + parameters(3, states.size()) + ")";
  const std::string steps[][2] = {
      {"submitted", "e.action = 'add'"},
      {"filed", "e.action = 'file'"},
      {"assigned", "e.action = 'assign' AND e.from_state" + in},
      {"replied", "e.action = 'reply' AND e.to_state" + in + " AND e.from_state NOT" + in},
      {"concluded", "e.to_state" + in + " AND e.from_state NOT" + in +
                        " AND e.action NOT IN ('undo', 'amend', 'undone')"},
  };
  const auto step = std::find_if(std::begin(steps), std::end(steps),
                                 [&](const auto& s) { return s[0] == column; });
  if (step == std::end(steps)) return {};
  const bool by_state = column != "submitted" && column != "filed";
  // Text built from the fixed table above, not from input: prepared once per column and
  // number of states.
  auto& s =
      store.prepared("SELECT p.code, p.title, p.proposer, min(e.date), " + state_then("?2") +
                     " FROM proposal_events e JOIN proposals p ON p.id = e.proposal_id WHERE " +
                     (*step)[1] + " AND e.date BETWEEN ?1 AND ?2 GROUP BY p.id ORDER BY 4, p.code");
  bind_period(s, period);
  if (by_state) bind_list(s, 3, states);
  std::vector<DatedProposal> out;
  while (s.executeStep())
    out.push_back({text_at(s, 0), text_at(s, 1), text_at(s, 2), text_at(s, 3), text_at(s, 4)});
  return out;
}

std::vector<OpenAssignment> open_assignments_then(Store& store, const std::string& as_of,
                                                  const Period& due,
                                                  const std::vector<std::string>& handling)
{
  // Handling in force at the end of `as_of`: the proposal then being handled; its
  // units of the round then current (the highest assigned by then), not returned or
  // replied by then. Their due date then: an extension recorded later moved it from the
  // one in force, so later extensions are undone, latest first.
  auto& s = store.prepared(
      "SELECT p.id, p.code, p.title, u.name, a.role, a.due FROM proposals p "
      "JOIN assignments a ON a.proposal_id = p.id "
      "JOIN units u ON u.id = a.unit_id "
      "WHERE p.submitted <= ?1 AND " +
      state_then("?1") + " IN (" + parameters(2, handling.size()) +
      ") "
      "AND a.assigned <= ?1 AND (a.returned IS NULL OR a.returned > ?1) "
      "AND (a.replied IS NULL OR a.replied > ?1) "
      "AND a.round = (SELECT max(a2.round) FROM assignments a2 WHERE a2.proposal_id = p.id "
      "AND a2.assigned <= ?1)");
  s.bind(1, as_of);
  bind_list(s, 2, handling);
  auto& extensions = store.prepared(
      "SELECT json_extract(details, '$.from'), json_extract(details, '$.until') "
      "FROM proposal_events WHERE proposal_id = ?1 AND action = 'extend' AND date > ?2 "
      "ORDER BY date DESC, id DESC");
  std::vector<OpenAssignment> out;
  while (s.executeStep()) {
    OpenAssignment a{text_at(s, 1), text_at(s, 2), text_at(s, 3), role_at(s, 4), text_at(s, 5)};
    extensions.reset();
    extensions.bind(1, long_at(s, 0));
    extensions.bind(2, as_of);
    while (extensions.executeStep())
      if (text_at(extensions, 1) == a.due) a.due = text_at(extensions, 0);
    if (a.due >= due.first && a.due <= due.last) out.push_back(std::move(a));
  }
  std::sort(out.begin(), out.end(), [](const OpenAssignment& x, const OpenAssignment& y) {
    // by due date, code, lead before joint, unit
    return std::tie(x.due, x.code, x.role, x.unit) < std::tie(y.due, y.code, y.role, y.unit);
  });
  return out;
}

std::vector<DatedActivity> activities_in(Store& store, const Period& period)
{
  auto& s = store.prepared(
      "SELECT a.code, a.kind, a.date, a.title, coalesce(s.name, ''), a.suggestions, "
      "a.disputes_resolved, a.problems_solved FROM activities a LEFT JOIN studios s ON s.id = "
      "a.studio_id WHERE a.date BETWEEN ?1 AND ?2 ORDER BY a.date, a.code");
  bind_period(s, period);
  std::vector<DatedActivity> out;
  while (s.executeStep())
    out.push_back({text_at(s, 0), text_at(s, 1), text_at(s, 2), text_at(s, 3), text_at(s, 4),
                   long_at(s, 5), long_at(s, 6), long_at(s, 7)});
  return out;
}

std::vector<DatedArticle> articles_in(Store& store, const Period& period)
{
  auto& s = store.prepared("SELECT code, title, coalesce(outlet, ''), coalesce(level, ''), date "
                           "FROM articles WHERE date BETWEEN ?1 AND ?2 ORDER BY date, code");
  bind_period(s, period);
  std::vector<DatedArticle> out;
  while (s.executeStep())
    out.push_back({text_at(s, 0), text_at(s, 1), text_at(s, 2), text_at(s, 3), text_at(s, 4)});
  return out;
}

} // namespace cppcc::storage
