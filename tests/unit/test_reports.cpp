// lib/reports: the annual figures from records (proposal counts and rates, activity
// figures by organiser and kind, empty rates), the figures' YAML checked at load, and
// the monthly bulletin's counts.
#include "config/config.hpp"
#include "config_parts.hpp"
#include "days.hpp"
#include "error.hpp"
#include "records/activities.hpp"
#include "records/members.hpp"
#include "records/proposals.hpp"
#include "records/studios.hpp"
#include "records/units.hpp"
#include "render_values.hpp"
#include "reports/reports.hpp"
#include "storage/members.hpp"
#include "storage/proposals.hpp"
#include "storage/report_queries.hpp"
#include "storage/store.hpp"
#include "workflow/proposal_actions.hpp"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <map>
#include <string>
#include <tuple>

namespace cfg = cppcc::config;
// The shipped workflow's states of a proposal being handled (config::Phase::handling).
const std::vector<std::string> k_handling = {"assigned", "rehandling"};
namespace io = cppcc::io;
namespace records = cppcc::records;
namespace reports = cppcc::reports;
namespace storage = cppcc::storage;
namespace wf = cppcc::workflow;

namespace {

io::Date day(const char* iso)
{
  return *io::parse_date(iso);
}

// Four proposals of 2023 — one concluded on time with A and satisfied after a visit, one
// replied late with C, one rejected, one waiting — and one of 2022; a studio and
// activities of both organisers.
struct Year {
  explicit Year(std::string_view yaml = "")
      : store(storage::Store::create(":memory:")),
        config(cfg::Config::from_text(yaml, "o.yaml")), ws{store, config, "tester",
                                                           day("2024-03-01"), cfg::Lang::en}
  {
    records::add_member(ws, {{"code", "W001"}, {"name", "张明"}});
    records::add_unit(ws, {{"name", "区水利局"}});
    add("P1", "2023-01-10");
    wf::file_proposal(ws, "P1", day("2023-01-20"));
    wf::assign_proposal(ws, "P1", {"区水利局"}, {}, day("2023-02-01"));
    wf::reply_proposal(ws, "P1", "区水利局", "A", "", day("2023-03-01"));
    wf::feedback_proposal(ws, "P1", "visit", "satisfied", day("2023-03-10"));
    add("P2", "2023-02-10");
    wf::file_proposal(ws, "P2", day("2023-02-20"));
    wf::assign_proposal(ws, "P2", {"区水利局"}, {}, day("2023-03-01"));
    wf::reply_proposal(ws, "P2", "区水利局", "C", "", day("2023-07-01")); // due 2023-06-01
    add("P3", "2023-03-10");
    wf::reject_proposal(ws, "P3", "vague", day("2023-03-20"));
    add("P4", "2023-12-30");
    add("P0", "2022-12-30");
    records::Resolver names(ws, records::CreateMissing::no);
    records::upsert_studio(ws, names, {{"name", "江北工作室"}, {"brand", "yes"}});
    activity("A1", "visit", "2023-04-01", "江北工作室", "2");
    activity("A2", "micro_consultation", "2023-05-01", "江北工作室", "3");
    activity("A3", "visit", "2023-05-02", "", "7"); // the office's own: not a studio figure
    activity("A4", "visit", "2024-01-02", "江北工作室", "5"); // next year
  }

  void add(const char* code, const char* submitted)
  {
    cppcc::workflow::add_proposal(ws, {{"code", code},
                                       {"title", std::string("关于") + code + "的建议"},
                                       {"proposer", "张明"},
                                       {"submitted", submitted}});
  }
  void activity(const char* code, const char* kind, const char* date, const char* studio,
                const char* disputes)
  {
    records::Resolver names(ws, records::CreateMissing::no);
    records::upsert_activity(ws, names,
                             {{"code", code},
                              {"kind", kind},
                              {"date", date},
                              {"title", "活动"},
                              {"studio", studio},
                              {"disputes_resolved", disputes}});
  }
  std::map<std::string, std::string> figures(int year)
  {
    std::map<std::string, std::string> out;
    for (const auto& f : reports::annual_report(ws, year).figures)
      out[f.key] = cppcc::render::plain(f.value);
    return out;
  }

  storage::Store store;
  cfg::Config config;
  records::Workspace ws;
};

// Every count of one unit's handling, the same in `a` and `b`.
void check_same_handling(const storage::UnitHandling& a, const storage::UnitHandling& b)
{
  CAPTURE(a.unit);
  CHECK(a.assigned == b.assigned);
  CHECK(a.joint == b.joint);
  CHECK(a.replied == b.replied);
  CHECK(a.on_time == b.on_time);
  CHECK(a.overdue == b.overdue);
  CHECK(a.days_to_reply == b.days_to_reply);
  CHECK(a.results == b.results);
  CHECK(a.feedback == b.feedback);
}

// Deterministic pseudo-random numbers below n, for the randomized comparisons.
struct Random {
  unsigned seed;
  unsigned operator()(unsigned n)
  {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  }
};

} // namespace

TEST_SUITE("reports")
{
  TEST_CASE("proposal figures count the year's submissions and give rates to one decimal")
  {
    Year y;
    auto f = y.figures(2023);
    CHECK(f["proposals_received"] == "4");
    CHECK(f["proposals_filed"] == "2");
    CHECK(f["filing_rate"] == "50.0");
    CHECK(f["proposals_concluded"] == "1");
    CHECK(f["proposals_on_time"] == "1");
    CHECK(f["reply_rate"] == "100.0");
    CHECK(f["on_time_rate"] == "50.0");
    CHECK(f["meeting_rate"] == "100.0");
    CHECK(f["satisfaction_rate"] == "100.0");
    CHECK(f["adoption_rate"] == "50.0");
  }

  TEST_CASE("figures, the units' table and the timeliness chart hold numbers, not their text")
  {
    using cppcc::render::Value;
    Year y;
    const auto r = reports::annual_report(y.ws, 2023);
    for (const auto& f : r.figures) {
      CAPTURE(f.key);
      if (f.key == "filing_rate") CHECK(f.value == Value::percent(2, 4, 1));
      if (f.key == "proposals_received") CHECK(f.value == Value::integer(4));
    }
    const auto& units = r.table("units");
    const std::size_t rate = units.column("on_time_rate");
    REQUIRE_FALSE(units.rows.empty());
    CHECK(units.rows.front()[units.column("assigned")].kind() == Value::Kind::integer);
    const auto chart = std::find_if(r.charts.begin(), r.charts.end(), [&](const auto& c) {
      return c.y_label == y.ws.label("report", "on_time_rate");
    });
    REQUIRE(chart != r.charts.end());
    REQUIRE_FALSE(chart->data.empty());
    CHECK(chart->data.front().first == units.rows.front()[units.column("unit")].text());
    CHECK(chart->data.front().second == units.rows.front()[rate]);
    CHECK(chart->data.front().second.kind() == Value::Kind::percent);
  }

  TEST_CASE("activity figures follow organiser and kinds; a year without records has no rates")
  {
    Year y;
    auto f = y.figures(2023);
    CHECK(f["studio_consultations"] == "2");
    CHECK(f["disputes_resolved"] == "5");
    CHECK(f["brand_studios"] == "1");
    auto empty = y.figures(2019);
    CHECK(empty["proposals_received"] == "0");
    CHECK(empty["filing_rate"].empty());
    CHECK(empty["adoption_rate"].empty());
    CHECK(empty["studio_consultations"] == "0");
  }

  TEST_CASE("the summary leaves out sentences whose figures are all zero")
  {
    Year y;
    const auto r = reports::annual_report(y.ws, 2019);
    for (const auto& sentence : r.summary)
      CHECK(sentence.find("received 0 proposals") == std::string::npos);
    const auto full = reports::annual_report(y.ws, 2023);
    REQUIRE_FALSE(full.summary.empty());
    CHECK(full.summary.front().find("received 4 proposals and filed 2") != std::string::npos);
  }

  TEST_CASE("an office's own figures replace the shipped list")
  {
    Year y("report:\n  annual:\n    figures:\n"
           "      - {key: office_visits, source: activities, organiser: office, kinds: [visit]}\n"
           "      - {key: all_disputes, source: activities, measure: disputes_resolved}\n");
    auto f = y.figures(2023);
    REQUIRE(f.size() == 2);
    CHECK(f["office_visits"] == "1");
    CHECK(f["all_disputes"] == "12");
  }

  TEST_CASE("bad figure rules are refused when the configuration loads")
  {
    const auto refused = [](const char* figure) {
      const std::string yaml = std::string("report:\n  annual:\n    figures:\n      - ") + figure;
      CHECK_THROWS_AS(cppcc::test::loaded(yaml, "o.yaml"), cppcc::ConfigError);
    };
    refused("{key: x, source: meetings}");
    refused("{key: x, source: proposals, measure: weight}");
    refused("{key: x, source: activities, kinds: [patrol]}");
    refused("{key: x, source: activities, organiser: committee}");
    refused("{key: x, source: articles, levels: [township]}");
    refused("{key: x, source: members}");
    refused("{key: x, source: proposals, kinds: [visit]}");
    refused("{key: x, source: proposals, colour: red}");
    CHECK_THROWS_AS(cppcc::test::loaded("report:\n  annual:\n    figures:\n"
                                        "      - {key: x, source: articles}\n"
                                        "      - {key: x, source: articles}\n",
                                        "o.yaml"),
                    cppcc::ConfigError);
  }

  TEST_CASE("the monthly bulletin counts the month's steps and what falls due next month")
  {
    Year y;
    std::map<std::string, std::string> f;
    for (const auto& field : reports::monthly_report(y.ws, 2023, 3).figures)
      f[field.key] = cppcc::render::plain(field.value);
    CHECK(f["proposals_submitted"] == "1");
    CHECK(f["proposals_assigned"] == "1");
    CHECK(f["proposals_replied"] == "1");
    CHECK(f["proposals_concluded"] == "1");
    CHECK(f["overdue"] == "0");
  }

  TEST_CASE("breakdowns refuse an unknown dimension")
  {
    Year y;
    CHECK_THROWS_AS(reports::proposals_by(y.ws, {"2023-01-01", "2023-12-31"}, "colour"),
                    cppcc::UsageError);
    const auto t = reports::proposals_by(y.ws, {"2023-01-01", "2023-12-31"}, "status");
    CHECK(t.rows.size() == 4);
  }
}

// unit_handling reads the year's assignments by ranges of proposal ids and counts in
// C++; the reference is the join it replaced, counted by SQLite. Proposals of three years
// are written in random order, so a year's ids are scattered, in runs and alone.
TEST_CASE("unit handling read by id ranges equals the join counted in SQL")
{
  storage::Store store = storage::Store::create(":memory:");
  const std::string now = "2024-03-01 09:00:00";
  std::vector<long> units;
  for (int i = 0; i < 4; ++i) {
    cppcc::model::Unit u;
    u.name = fmt::format("单位{}", i);
    units.push_back(storage::insert_unit(store, u, now));
  }
  Random next{11};
  const char* statuses[] = {"assigned", "rehandling", "replied", "concluded", "filed"};
  const char* satisfaction[] = {"", "satisfied", "basic", "unsatisfied"};
  const char* results[] = {"", "A", "B", "C", "D"};
  for (int i = 0; i < 1500; ++i) {
    cppcc::model::Proposal p;
    p.code = fmt::format("P{:04}", i);
    p.title = p.code;
    p.proposer = "x";
    p.session = "s";
    // Mostly runs of one year, now and then another year's proposal in between.
    const int year = next(10) < 7 ? 2021 + (i / 100) % 3 : 2021 + static_cast<int>(next(3));
    p.submitted = day(fmt::format("{}-{:02}-{:02}", year, 1 + next(12), 1 + next(28)));
    p.status = statuses[next(5)];
    p.round = 1 + static_cast<int>(next(2));
    p.satisfaction = satisfaction[next(4)];
    const long id = storage::insert_proposal(store, p, now);
    long assignment_id = 0;
    for (int round = 1; round <= p.round; ++round)
      for (unsigned k = 0, n = 1 + next(3); k < n; ++k) {
        cppcc::model::Assignment a;
        a.id = ++assignment_id;
        a.unit_id = units[next(4)];
        a.role = k == 0 || next(2) ? cppcc::model::Role::lead : cppcc::model::Role::joint;
        a.round = round;
        a.assigned = day(fmt::format("{}-{:02}-{:02}", year, 1 + next(12), 1 + next(28)));
        a.due = day(fmt::format("{}-{:02}-{:02}", year + static_cast<int>(next(2)), 1 + next(12),
                                1 + next(28)));
        if (next(6) == 0) a.returned = a.assigned;
        if (next(3) != 0) {
          a.replied = day(fmt::format("{}-{:02}-{:02}", year + static_cast<int>(next(2)),
                                      1 + next(12), 1 + next(28)));
          a.result = results[next(5)];
        }
        storage::insert_assignments(store, id, {&a});
      }
  }
  const std::string today = "2023-06-15";
  for (int year : {2021, 2022, 2023, 2024}) {
    CAPTURE(year);
    const auto period = storage::year_period(year);
    std::map<std::string, storage::UnitHandling> expected;
    SQLite::Statement s(
        store.db(),
        "SELECT u.name, a.role, a.replied IS NOT NULL, a.replied IS NOT NULL AND a.replied <= "
        "a.due, a.replied IS NULL AND a.due < ?3 AND p.status IN ('assigned', 'rehandling'), "
        "CAST(julianday(a.replied) - julianday(a.assigned) AS INTEGER), a.result, "
        "p.satisfaction FROM proposals p JOIN assignments a ON a.proposal_id = p.id AND "
        "a.round = p.round JOIN units u ON u.id = a.unit_id WHERE p.submitted BETWEEN ?1 AND "
        "?2 AND a.returned IS NULL");
    s.bind(1, period.first);
    s.bind(2, period.last);
    s.bind(3, today);
    long rows = 0;
    while (s.executeStep()) {
      ++rows;
      auto& u = expected[s.getColumn(0).getString()];
      u.unit = s.getColumn(0).getString();
      if (s.getColumn(1).getString() == "joint") {
        ++u.joint;
        continue;
      }
      ++u.assigned;
      if (s.getColumn(2).getInt()) {
        ++u.replied;
        ++u.days_to_reply[s.getColumn(5).getInt()];
      }
      u.on_time += s.getColumn(3).getInt();
      u.overdue += s.getColumn(4).getInt();
      if (!s.getColumn(6).isNull()) ++u.results[s.getColumn(6).getString()];
      if (!s.getColumn(7).isNull()) ++u.feedback[s.getColumn(7).getString()];
    }
    if (year < 2024) CHECK(rows > 300);
    const auto actual = storage::unit_handling(store, period, today, k_handling);
    REQUIRE(actual.size() == expected.size());
    // Read in three parts (as report annual shares it between threads) and merged: the same.
    const storage::ProposalYear proposals = storage::proposal_year(store, period, k_handling);
    std::vector<storage::UnitHandling> merged;
    for (std::size_t part = 0; part < 3; ++part)
      merged = storage::merge_unit_handling(
          std::move(merged), storage::unit_handling(store, proposals, today, part, 3));
    REQUIRE(merged.size() == actual.size());
    for (std::size_t i = 0; i < merged.size(); ++i) {
      CHECK(merged[i].unit == actual[i].unit);
      check_same_handling(merged[i], actual[i]);
    }
    for (const auto& u : actual)
      check_same_handling(u, expected.at(u.unit));
  }
}

TEST_CASE("activity and article groups counted in C++ equal SQL's GROUP BY")
{
  Year y; // a studio, and four activities of its own
  Random next{7};
  const char* kinds[] = {"visit", "study", "research", "micro_consultation", "reception"};
  const char* levels[] = {"district", "city", "province", "national"};
  for (int i = 0; i < 800; ++i) {
    const std::string date =
        fmt::format("{}-{:02}-{:02}", 2022 + next(3), 1 + next(12), 1 + next(28));
    SQLite::Statement a(y.store.db(),
                        "INSERT INTO activities(code, kind, date, title, studio_id, suggestions, "
                        "disputes_resolved, problems_solved, created_at, updated_at) VALUES "
                        "(?1, ?2, ?3, 't', ?4, ?5, ?6, ?7, 'x', 'x')");
    a.bind(1, fmt::format("X{}", i));
    a.bind(2, kinds[next(5)]);
    a.bind(3, date);
    if (next(2)) a.bind(4, 1);
    a.bind(5, static_cast<int>(next(4)));
    a.bind(6, static_cast<int>(next(3)));
    a.bind(7, static_cast<int>(next(5)));
    a.exec();
    SQLite::Statement r(y.store.db(), "INSERT INTO articles(code, title, level, date, created_at, "
                                      "updated_at) VALUES (?1, 't', ?2, ?3, 'x', 'x')");
    r.bind(1, fmt::format("R{}", i));
    if (next(5)) r.bind(2, levels[next(4)]); // else NULL: no level
    r.bind(3, date);
    r.exec();
  }
  for (int year : {2022, 2023, 2024, 2030}) {
    CAPTURE(year);
    const auto period = storage::year_period(year);
    SQLite::Statement g(y.store.db(),
                        "SELECT kind, studio_id IS NOT NULL, count(*), sum(suggestions), "
                        "sum(disputes_resolved), sum(problems_solved) FROM activities WHERE date "
                        "BETWEEN ?1 AND ?2 GROUP BY 1, 2");
    g.bind(1, period.first);
    g.bind(2, period.last);
    std::vector<storage::ActivityGroup> expected;
    while (g.executeStep())
      expected.push_back({g.getColumn(0).getString(), g.getColumn(1).getInt() != 0,
                          g.getColumn(2).getInt64(), g.getColumn(3).getInt64(),
                          g.getColumn(4).getInt64(), g.getColumn(5).getInt64()});
    const auto actual = storage::activity_groups(y.store, period);
    REQUIRE(actual.size() == expected.size());
    if (year != 2030) CHECK(actual.size() >= 8);
    for (std::size_t i = 0; i < actual.size(); ++i) {
      CAPTURE(i);
      CHECK(actual[i].kind == expected[i].kind);
      CHECK(actual[i].by_studio == expected[i].by_studio);
      CHECK(actual[i].count == expected[i].count);
      CHECK(actual[i].suggestions == expected[i].suggestions);
      CHECK(actual[i].disputes_resolved == expected[i].disputes_resolved);
      CHECK(actual[i].problems_solved == expected[i].problems_solved);
    }
    SQLite::Statement l(y.store.db(), "SELECT coalesce(level, ''), count(*) FROM articles WHERE "
                                      "date BETWEEN ?1 AND ?2 GROUP BY 1");
    l.bind(1, period.first);
    l.bind(2, period.last);
    std::map<std::string, long> by_level;
    while (l.executeStep())
      by_level[l.getColumn(0).getString()] = l.getColumn(1).getInt64();
    CHECK(storage::articles_by_level(y.store, period) == by_level);
    if (year != 2030) CHECK(by_level.count("") == 1);
  }
}

TEST_CASE("proposal groups with flags computed in C++ equal SQL's GROUP BY")
{
  storage::Store store = storage::Store::create(":memory:");
  Random next{5};
  const auto date = [&](int year) {
    return fmt::format("{}-{:02}-{:02}", year, 1 + next(12), 1 + next(28));
  };
  const char* statuses[] = {"assigned", "rehandling", "replied", "concluded", "filed"};
  const char* categories[] = {"", "经济", "社会"};
  for (int i = 0; i < 600; ++i) {
    cppcc::model::Proposal p;
    p.code = fmt::format("P{:04}", i);
    p.title = p.code;
    p.proposer = "x";
    p.session = "s";
    p.submitted = day(date(2022 + static_cast<int>(next(2))));
    p.status = statuses[next(5)];
    p.category = categories[next(3)];
    if (next(4)) p.filed = p.submitted;
    if (next(3)) p.due = day(date(2023));
    if (next(2)) p.replied = next(5) ? day(date(2023)) : p.due; // on the due date: on time
    p.round = 1;
    storage::insert_proposal(store, p, "2024-01-01 00:00:00");
  }
  for (int year : {2022, 2023}) {
    CAPTURE(year);
    const auto period = storage::year_period(year);
    SQLite::Statement s(store.db(),
                        "SELECT status, category, filed IS NOT NULL, replied IS NOT NULL, replied "
                        "IS NOT NULL AND due IS NOT NULL AND replied <= due, count(*) FROM "
                        "proposals WHERE submitted BETWEEN ?1 AND ?2 GROUP BY 1, 2, 3, 4, 5");
    s.bind(1, period.first);
    s.bind(2, period.last);
    std::map<std::tuple<std::string, std::string, bool, bool, bool>, long> expected, actual;
    while (s.executeStep())
      expected[{s.getColumn(0).getString(), s.getColumn(1).getString(),
                s.getColumn(2).getInt() != 0, s.getColumn(3).getInt() != 0,
                s.getColumn(4).getInt() != 0}] = s.getColumn(5).getInt64();
    const storage::ProposalYear y = storage::proposal_year(store, period, k_handling);
    for (const auto& g : y.groups)
      actual[{g.status, g.category, g.filed, g.replied, g.on_time}] += g.count;
    CHECK(actual == expected);
    CHECK(expected.size() > 20);
    std::map<std::tuple<std::string, std::string, bool, bool, bool>, long> again;
    for (const auto& g : storage::proposal_groups(store, period))
      again[{g.status, g.category, g.filed, g.replied, g.on_time}] += g.count;
    CHECK(again == expected);

    SQLite::Statement m(store.db(), "SELECT substr(submitted, 1, 7), count(*) FROM proposals "
                                    "WHERE submitted BETWEEN ?1 AND ?2 GROUP BY 1");
    m.bind(1, period.first);
    m.bind(2, period.last);
    std::map<std::string, long> months;
    while (m.executeStep())
      months[m.getColumn(0).getString()] = m.getColumn(1).getInt64();
    CHECK(y.by_month == months);
    SQLite::Statement o(store.db(), "SELECT id FROM proposals WHERE submitted BETWEEN ?1 AND ?2 "
                                    "AND status IN ('assigned', 'rehandling') ORDER BY id");
    o.bind(1, period.first);
    o.bind(2, period.last);
    std::vector<long> open, open_read;
    while (o.executeStep())
      open.push_back(o.getColumn(0).getInt64());
    for (const auto& h : y.handled)
      if (h.open) open_read.push_back(h.id);
    CHECK(open_read == open);
  }
}

TEST_CASE("the look back lists last year's proposals of a result in the codes' order")
{
  storage::Store store = storage::Store::create(":memory:");
  // Codes of every length around the 16 bytes compared first, sharing long prefixes,
  // multi-byte ones, and one that is a prefix of another.
  std::vector<std::string> codes = {
      "P2022-0001",         "P2022-00010", "P2022-000100000000", "P2022-0001000000000",
      "P2022-000100000001", "P2022-00009", "提案2022第一百号",   "提案2022第一百号补",
      "提案2022第九十九号", "A",           "P2022-0001000000",   "P2022-00010000000"};
  for (int i = 0; i < 60; ++i)
    codes.push_back(fmt::format("Q{:03}", (i * 37) % 100));
  std::vector<std::string> expected;
  int n = 0;
  for (const auto& code : codes) {
    cppcc::model::Proposal p;
    p.code = code;
    p.title = "关于" + code;
    p.proposer = "x";
    p.session = "s";
    p.submitted = day(fmt::format("2022-{:02}-{:02}", 1 + n % 12, 1 + n % 28));
    p.status = "concluded";
    p.round = 1;
    p.result = n % 3 == 0 ? "A" : "B";
    if (p.result == "B") expected.push_back(code);
    ++n;
    storage::insert_proposal(store, p, "2024-01-01 00:00:00");
  }
  // One of them split between two lead units, assigned in the order opposite to the units'
  // ids, with a joint unit and a returned lead: the lead units in force, as assigned.
  const long water = storage::insert_unit(store, {0, "区水利局", "government", "", ""}, "x");
  const long housing = storage::insert_unit(store, {0, "区住建局", "government", "", ""}, "x");
  const long split = storage::find_proposal(store, "P2022-00010")->id;
  long assignment = 0;
  using cppcc::model::Role;
  for (auto [unit, role, returned] : {std::tuple{housing, Role::lead, ""},
                                      {water, Role::lead, ""},
                                      {water, Role::joint, ""},
                                      {housing, Role::lead, "2022-03-01"}}) {
    cppcc::model::Assignment a;
    a.id = ++assignment;
    a.unit_id = unit;
    a.role = role;
    a.assigned = day("2022-02-01");
    a.due = day("2022-05-01");
    if (*returned) a.returned = day(returned);
    storage::insert_assignments(store, split, {&a});
  }
  std::sort(expected.begin(), expected.end());
  std::vector<std::string> listed;
  for (const auto& row : storage::proposals_with_result(store, storage::year_period(2022), "B")) {
    listed.push_back(row.code);
    CHECK(row.title == "关于" + row.code);
    CHECK(row.units == (row.code == "P2022-00010" ? "区住建局;区水利局" : ""));
  }
  CHECK(listed == expected);
  CHECK(listed.size() > 40);
}
