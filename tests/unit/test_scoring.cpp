// lib/scoring/: member performance scores (docs/domain.md §3.6) — each shipped rule, caps,
// the combined-adoption fraction, article shares, absence penalties, grade bands and
// their boundaries, ranks with ties, the year a record counts in, an office's
// override of the rules and bad rules refused; then the records read from a store,
// the ranked table and the member file.
#include "config/config.hpp"
#include "config_parts.hpp"
#include "days.hpp"
#include "error.hpp"
#include "records/members.hpp"
#include "records/workspace.hpp"
#include "render_values.hpp"
#include "scoring/report.hpp"
#include "scoring/score.hpp"
#include "storage/activities.hpp"
#include "storage/articles.hpp"
#include "storage/members.hpp"
#include "storage/opinions.hpp"
#include "storage/proposals.hpp"
#include "storage/report_queries.hpp"
#include "storage/store.hpp"
#include "storage/studios.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <string>
#include <vector>

namespace cfg = cppcc::config;
namespace io = cppcc::io;
namespace model = cppcc::model;
namespace records = cppcc::records;
namespace scoring = cppcc::scoring;
namespace storage = cppcc::storage;
using Strings = std::vector<std::string>;
using cppcc::render::Value;

namespace {

bool contains(const std::string& text, std::string_view part)
{
  return text.find(part) != std::string::npos;
}

// A year's records held in memory, scored by the rules of the default configuration
// with `override_yaml` laid over it.
struct Year {
  explicit Year(std::string_view override_yaml = "")
      : config(cfg::Config::from_text(override_yaml, "cppcc.yaml"))
  {
  }

  model::Member& member(const std::string& code, bool standing = false)
  {
    model::Member m;
    m.id = static_cast<long>(members.size() + 1);
    m.code = code;
    m.name = "委员" + code;
    m.standing = standing;
    members.push_back(m);
    return members.back();
  }
  long id(const std::string& code) const
  {
    for (const auto& m : members)
      if (m.code == code) return m.id;
    FAIL("no member " << code);
    return 0;
  }

  // An activity of `kind` on `date`; `attendance` maps member codes to present,
  // excused or absent. A non-empty `studio` organised it.
  void activity(const std::string& kind, const std::string& date,
                const std::vector<std::pair<std::string, std::string>>& attendance,
                const std::string& studio = "")
  {
    model::Activity a;
    a.id = static_cast<long>(records.activities.size() + 1);
    a.code = "A" + std::to_string(a.id);
    a.kind = kind;
    a.date = day(date);
    a.title = kind;
    if (!studio.empty()) {
      a.studio_id = 1;
      a.studio = studio;
    }
    for (const auto& [code, how] : attendance)
      a.participants.push_back({{id(code), code}, how});
    records.activities.push_back(a);
  }

  storage::ProposalPart& proposal(const std::string& code, storage::ProposalRole role,
                                  const std::string& status = "submitted")
  {
    storage::ProposalPart p;
    p.member_id = id(code);
    p.role = role;
    p.code = "P" + std::to_string(records.proposals.size() + 1);
    p.status = status;
    p.submitted = day("2023-01-12");
    if (status != "submitted" && status != "withdrawn" && status != "not_filed")
      p.filed = day("2023-02-20");
    records.proposals.push_back(p);
    return records.proposals.back();
  }

  model::Opinion& opinion(const std::string& code, const std::string& status = "compiled")
  {
    model::Opinion o;
    o.id = static_cast<long>(records.opinions.size() + 1);
    o.code = "S" + std::to_string(o.id);
    o.submitter_member_id = id(code);
    o.submitted = day("2023-03-10");
    o.status = status;
    if (status == "compiled") o.compiled = day("2023-03-20");
    records.opinions.push_back(o);
    return records.opinions.back();
  }

  void article(const std::string& level, const Strings& authors,
               const std::string& date = "2023-06-01")
  {
    model::Article a;
    a.id = static_cast<long>(records.articles.size() + 1);
    a.code = "X" + std::to_string(a.id);
    a.level = level;
    a.date = day(date);
    for (const auto& code : authors)
      a.authors.push_back({id(code), code});
    records.articles.push_back(a);
  }

  scoring::YearScores score(int year = 2023) const
  {
    return scoring::score_members(scoring::rules(config), year, members, records);
  }

  cfg::Config config;
  std::vector<model::Member> members;
  storage::MemberYear records;
};

const scoring::MemberScore& of(const scoring::YearScores& scores, const std::string& code)
{
  for (const auto& m : scores.members)
    if (m.member.code == code) return m;
  FAIL("member " << code << " not scored");
  return scores.members.front();
}

const scoring::ItemScore& item(const scoring::YearScores& scores, const std::string& code,
                               const std::string& id)
{
  for (const auto& i : of(scores, code).items)
    if (i.item->id == id) return i;
  FAIL("no item " << id);
  return of(scores, code).items.front();
}

double points(const scoring::YearScores& scores, const std::string& code, const std::string& id)
{
  return item(scores, code, id).points;
}

// The ConfigError `yaml` gives; fails the test if it gives none.
std::string rule_error(std::string_view yaml)
{
  try {
    (void)cppcc::test::loaded(yaml, "cppcc.yaml");
  } catch (const cppcc::ConfigError& e) {
    CHECK(e.status() == cppcc::Exit::config);
    return e.what();
  }
  FAIL("no ConfigError for: " << yaml);
  return "";
}

constexpr auto lead = storage::ProposalRole::lead;
constexpr auto cosigner = storage::ProposalRole::cosigner;

} // namespace

TEST_SUITE("scoring")
{
  // ---- the shipped rules ------------------------------------------------------------

  TEST_CASE("the shipped rules: base 60, four grade bands, items in the YAML's order")
  {
    const cfg::Config c = cfg::Config::from_text("", "test");
    CHECK(scoring::rules(c).base == 60);
    CHECK(scoring::rules(c).adoption_levels == scoring::AdoptionLevels::highest);
    REQUIRE(scoring::rules(c).grades.size() == 4);
    CHECK(scoring::rules(c).grades[0].zh == "优秀");
    CHECK(scoring::rules(c).grades[3].zh == "不称职");
    REQUIRE(scoring::rules(c).items.size() == 20);
    CHECK(scoring::rules(c).items.front().id == "plenary");
    CHECK(scoring::rules(c).items.back().id == "article_national");
    CHECK(c.label(cfg::Lang::zh, "score", "total") == "总分");
    CHECK(c.label(cfg::Lang::en, "score", "grade") == "grade");
  }

  TEST_CASE("a member who did nothing has the base score")
  {
    Year y;
    y.member("W001");
    const auto scores = y.score();
    CHECK(of(scores, "W001").total == 60);
    CHECK(of(scores, "W001").grade->id == "competent");
    CHECK(of(scores, "W001").lines.empty());
    CHECK(of(scores, "W001").items.size() == 20);
  }

  TEST_CASE("attending a plenary scores 2, excused scores 0, absent without leave costs 3")
  {
    Year y;
    y.member("W001");
    y.member("W002");
    y.member("W003");
    y.activity("plenary", "2023-01-10",
               {{"W001", "present"}, {"W002", "excused"}, {"W003", "absent"}});
    const auto scores = y.score();
    CHECK(points(scores, "W001", "plenary") == 2);
    CHECK(of(scores, "W001").total == 62);
    CHECK(of(scores, "W002").total == 60);
    CHECK(of(scores, "W002").lines.empty());
    CHECK(points(scores, "W003", "meeting_absent") == -3);
    CHECK(item(scores, "W003", "meeting_absent").count == 1);
    CHECK(of(scores, "W003").total == 57);
    CHECK(of(scores, "W003").grade->id == "basic");
  }

  TEST_CASE("a standing committee meeting scores only members of the standing committee")
  {
    Year y;
    y.member("W001", /*standing=*/true);
    y.member("W002", /*standing=*/false);
    y.activity("standing_committee", "2023-03-01", {{"W001", "present"}, {"W002", "present"}});
    y.activity("standing_committee", "2023-06-01", {{"W001", "absent"}});
    const auto scores = y.score();
    CHECK(points(scores, "W001", "standing_committee") == 2);
    CHECK(points(scores, "W001", "meeting_absent") == -3);
    CHECK(of(scores, "W001").total == 59);
    CHECK(points(scores, "W002", "standing_committee") == 0);
    CHECK(of(scores, "W002").total == 60);
  }

  TEST_CASE("office and studio activities score 1 each, up to the cap of 10 a year")
  {
    Year y;
    y.member("W001");
    for (int day = 1; day <= 12; ++day)
      y.activity(day % 2 ? "study" : "research", fmt::format("2023-04-{:02}", day),
                 {{"W001", "present"}});
    y.activity("micro_consultation", "2023-05-01", {{"W001", "present"}}, "江北工作室");
    y.activity("visit", "2023-05-02", {{"W001", "excused"}}, "江北工作室");
    const auto scores = y.score();
    const auto& office = item(scores, "W001", "office_activity");
    CHECK(office.count == 12);
    CHECK(office.points == 10);
    CHECK(office.capped);
    CHECK(points(scores, "W001", "studio_activity") == 1);
    CHECK_FALSE(item(scores, "W001", "studio_activity").capped);
    CHECK(of(scores, "W001").total == 71);

    // The derivation says which participations the cap left out: the latest ones.
    Strings counted;
    for (const auto& line : of(scores, "W001").lines)
      if (line.item == "office_activity")
        counted.push_back(cppcc::util::iso(line.date) + "=" + scoring::points_text(line.counted));
    REQUIRE(counted.size() == 12);
    CHECK(counted[9] == "2023-04-10=1");
    CHECK(counted[10] == "2023-04-11=0");
    CHECK(counted[11] == "2023-04-12=0");
  }

  TEST_CASE("plenaries and standing committee meetings are not office activities")
  {
    Year y;
    y.member("W001", /*standing=*/true);
    y.activity("plenary", "2023-01-10", {{"W001", "present"}});
    y.activity("standing_committee", "2023-03-01", {{"W001", "present"}});
    const auto scores = y.score();
    CHECK(points(scores, "W001", "office_activity") == 0);
    CHECK(of(scores, "W001").total == 64);
  }

  TEST_CASE("a cap on a penalty limits the deduction")
  {
    Year y("scoring:\n  items:\n    meeting_absent: {cap: 5}\n");
    y.member("W001");
    y.activity("plenary", "2023-01-10", {{"W001", "absent"}});
    y.activity("standing_committee", "2023-03-01", {{"W001", "absent"}});
    const auto scores = y.score();
    CHECK(points(scores, "W001", "meeting_absent") == -5);
    CHECK(item(scores, "W001", "meeting_absent").capped);
    CHECK(of(scores, "W001").total == 55);
  }

  TEST_CASE("a lead proposal scores submitted 1, filed 3, key 2 and excellent 3 more")
  {
    Year y;
    y.member("W001");
    y.proposal("W001", lead, "submitted");
    y.proposal("W001", lead, "not_filed");
    y.proposal("W001", lead, "withdrawn");
    y.proposal("W001", lead, "concluded");
    auto& key = y.proposal("W001", lead, "assigned");
    key.key = true;
    key.excellent = true;
    const auto scores = y.score();
    CHECK(item(scores, "W001", "lead_submitted").count == 4); // not the withdrawn one
    CHECK(points(scores, "W001", "lead_submitted") == 4);
    CHECK(points(scores, "W001", "lead_filed") == 6);
    CHECK(points(scores, "W001", "lead_key") == 2);
    CHECK(points(scores, "W001", "lead_excellent") == 3);
    CHECK(of(scores, "W001").total == 75);
  }

  TEST_CASE("co-signing a filed proposal scores 1, up to 5 a year; lead items do not apply")
  {
    Year y;
    y.member("W001");
    for (int i = 0; i < 7; ++i)
      y.proposal("W001", cosigner, "filed").key = true;
    y.proposal("W001", cosigner, "submitted");
    const auto scores = y.score();
    CHECK(item(scores, "W001", "cosigned_filed").count == 7);
    CHECK(points(scores, "W001", "cosigned_filed") == 5);
    CHECK(item(scores, "W001", "cosigned_filed").capped);
    CHECK(points(scores, "W001", "lead_submitted") == 0);
    CHECK(points(scores, "W001", "lead_key") == 0);
    CHECK(of(scores, "W001").total == 65);
  }

  TEST_CASE("an opinion scores 1 when compiled; one not used or still received scores 0")
  {
    Year y;
    y.member("W001");
    y.opinion("W001", "compiled");
    y.opinion("W001", "received");
    y.opinion("W001", "not_used");
    const auto scores = y.score();
    CHECK(points(scores, "W001", "opinion_compiled") == 1);
    CHECK(item(scores, "W001", "opinion_compiled").count == 1);
  }

  TEST_CASE("adoptions score by level; of one report only the highest level counts")
  {
    Year y;
    y.member("W001");
    y.member("W002");
    y.member("W003");
    y.opinion("W001").adoptions = {{"district", day("2023-04-01"), "区委办", false}};
    y.opinion("W002").adoptions = {{"city", day("2023-04-01"), "", false},
                                   {"province", day("2023-05-01"), "", false}};
    y.opinion("W003").adoptions = {{"national", day("2023-06-01"), "", false}};
    const auto scores = y.score();
    CHECK(points(scores, "W001", "adopted_district") == 2);
    CHECK(points(scores, "W002", "adopted_city") == 0);
    CHECK(points(scores, "W002", "adopted_province") == 5);
    CHECK(points(scores, "W003", "adopted_national") == 10);
    CHECK(of(scores, "W003").total == 71); // compiled 1 + national 10
  }

  TEST_CASE("with adoption_levels: each, every adoption of a report counts")
  {
    Year y("scoring:\n  adoption_levels: each\n");
    y.member("W001");
    y.opinion("W001").adoptions = {{"city", day("2023-04-01"), "", false},
                                   {"province", day("2023-05-01"), "", false}};
    const auto scores = y.score();
    CHECK(points(scores, "W001", "adopted_city") == 3);
    CHECK(points(scores, "W001", "adopted_province") == 5);
  }

  TEST_CASE("a combined adoption scores its fraction of the points")
  {
    Year y;
    y.member("W001");
    y.member("W002");
    y.opinion("W001").adoptions = {{"city", day("2023-04-01"), "", true}};
    y.opinion("W002").adoptions = {{"province", day("2023-04-01"), "", true},
                                   {"province", day("2023-05-01"), "", false}};
    const auto scores = y.score();
    CHECK(points(scores, "W001", "adopted_city") == 1.5);
    CHECK(of(scores, "W001").total == 62.5);
    // Two adoptions at the same level: the single piece is the one that counts.
    CHECK(points(scores, "W002", "adopted_province") == 5);
    SUBCASE("an office sets its own fraction")
    {
      Year office("scoring:\n  items:\n    adopted_city: {combined_fraction: 0.2}\n");
      office.member("W001");
      office.opinion("W001").adoptions = {{"city", day("2023-04-01"), "", true}};
      CHECK(points(office.score(), "W001", "adopted_city") == doctest::Approx(0.6));
    }
  }

  TEST_CASE("a leader's instruction scores 5, at any level")
  {
    Year y;
    y.member("W001");
    y.opinion("W001").instructions = {{"王书记", "district", day("2023-04-02"), ""},
                                      {"李市长", "", {}, ""}};
    const auto scores = y.score();
    CHECK(points(scores, "W001", "instructed") == 10);
    CHECK(item(scores, "W001", "instructed").count == 2);
  }

  TEST_CASE("an article scores by level, shared equally among its member authors")
  {
    Year y;
    y.member("W001");
    y.member("W002");
    y.member("W003");
    y.article("district", {"W001"});
    y.article("city", {"W001", "W002"});
    y.article("province", {"W001", "W002", "W003"});
    y.article("national", {"W003"});
    const auto scores = y.score();
    CHECK(points(scores, "W001", "article_district") == 1);
    CHECK(points(scores, "W001", "article_city") == 1);
    CHECK(points(scores, "W001", "article_province") == 1);
    CHECK(points(scores, "W003", "article_national") == 5);
    CHECK(of(scores, "W001").total == 63);
    CHECK(of(scores, "W003").total == 66);

    SUBCASE("a third of a point shows as 0.33, and totals keep two decimals")
    {
      Year thirds;
      thirds.member("W001");
      thirds.member("W002");
      thirds.member("W003");
      thirds.article("district", {"W001", "W002", "W003"});
      thirds.article("district", {"W001", "W002", "W003"});
      const auto s = thirds.score();
      CHECK(scoring::points_text(of(s, "W001").lines.front().points) == "0.33");
      CHECK(points(s, "W001", "article_district") == doctest::Approx(0.67));
      CHECK(of(s, "W001").total == doctest::Approx(60.67));
    }
    SUBCASE("share: full gives every author the points, first only the first author")
    {
      Year full("scoring:\n  items:\n    article_city: {share: full}\n"
                "    article_province: {share: first}\n");
      full.member("W001");
      full.member("W002");
      full.article("city", {"W001", "W002"});
      full.article("province", {"W002", "W001"});
      const auto s = full.score();
      CHECK(points(s, "W001", "article_city") == 2);
      CHECK(points(s, "W002", "article_city") == 2);
      CHECK(points(s, "W001", "article_province") == 0);
      CHECK(points(s, "W002", "article_province") == 3);
    }
  }

  // ---- grades and ranks -------------------------------------------------------------

  TEST_CASE("grade bands include their minimum")
  {
    const cfg::Config c = cfg::Config::from_text("", "test");
    const auto& rules = scoring::rules(c);
    CHECK(rules.grade(120).id == "excellent");
    CHECK(rules.grade(90).id == "excellent");
    CHECK(rules.grade(89.99).id == "competent");
    CHECK(rules.grade(60).id == "competent");
    CHECK(rules.grade(59.5).id == "basic");
    CHECK(rules.grade(50).id == "basic");
    CHECK(rules.grade(49.99).id == "incompetent");
    CHECK(rules.grade(-20).id == "incompetent");
  }

  TEST_CASE("a total reaching a band's minimum exactly gets that band")
  {
    Year exact("scoring:\n  base: 86\n");
    exact.member("W001");
    exact.proposal("W001", lead, "filed");
    CHECK(of(exact.score(), "W001").total == 90);
    CHECK(of(exact.score(), "W001").grade->id == "excellent");
    Year below("scoring:\n  base: 85.5\n");
    below.member("W001");
    below.proposal("W001", lead, "filed");
    CHECK(of(below.score(), "W001").grade->id == "competent");
  }

  TEST_CASE("equal totals share a rank, and the next rank skips; ties list by code")
  {
    Year y;
    for (const char* code : {"W004", "W003", "W002", "W001"})
      y.member(code);
    y.activity("plenary", "2023-01-10",
               {{"W002", "present"}, {"W004", "present"}, {"W001", "absent"}});
    const auto scores = y.score();
    Strings order;
    for (const auto& m : scores.members)
      order.push_back(std::to_string(m.rank) + " " + m.member.code);
    CHECK(order == Strings{"1 W002", "1 W004", "3 W003", "4 W001"});
  }

  // ---- the year a record counts in ----------------------------------------------------

  TEST_CASE("a record counts in the year of its date")
  {
    Year y;
    y.member("W001");
    y.activity("study", "2022-12-31", {{"W001", "present"}});
    y.activity("study", "2023-01-01", {{"W001", "present"}});
    y.activity("study", "2023-12-31", {{"W001", "present"}});
    y.activity("study", "2024-01-01", {{"W001", "present"}});
    // Compiled in 2022, adopted in 2023: the adoption counts in 2023, the compiling not.
    auto& late = y.opinion("W001");
    late.submitted = day("2022-12-01");
    late.compiled = day("2022-12-20");
    late.adoptions = {{"city", day("2023-01-05"), "", false}};
    // An adoption without a date counts at the compiled date.
    auto& undated = y.opinion("W001");
    undated.adoptions = {{"district", {}, "", false}};
    undated.instructions = {{"王书记", "", {}, ""}};
    // Received in 2023, compiled in 2024: not compiled in 2023.
    auto& next = y.opinion("W001");
    next.submitted = day("2023-12-20");
    next.compiled = day("2024-01-08");
    y.article("city", {"W001"}, "2024-01-01");
    const auto scores = y.score(2023);
    CHECK(points(scores, "W001", "office_activity") == 2);
    CHECK(points(scores, "W001", "adopted_city") == 3);
    CHECK(points(scores, "W001", "adopted_district") == 2);
    CHECK(points(scores, "W001", "instructed") == 5);
    CHECK(item(scores, "W001", "opinion_compiled").count == 1); // the undated one's
    CHECK(points(scores, "W001", "article_city") == 0);
    const auto next_year = y.score(2024);
    CHECK(item(next_year, "W001", "opinion_compiled").count == 1);
    CHECK(points(next_year, "W001", "article_city") == 2);
  }

  // ---- an office's rules ---------------------------------------------------------------

  TEST_CASE("an office's cppcc.yaml changes a rule and keeps the others")
  {
    Year y("scoring:\n"
           "  base: 0\n"
           "  items:\n"
           "    lead_filed: {points: 4, cap: 8}\n"
           "    plenary: {enabled: no}\n"
           "  grades:\n"
           "    - {id: good, min: 10, zh: 好, en: good}\n"
           "    - {id: poor, zh: 差, en: poor}\n");
    y.member("W001");
    for (int i = 0; i < 3; ++i)
      y.proposal("W001", lead, "filed");
    y.activity("plenary", "2023-01-10", {{"W001", "present"}});
    const auto scores = y.score();
    CHECK(points(scores, "W001", "lead_filed") == 8);
    CHECK(points(scores, "W001", "lead_submitted") == 3);
    CHECK(of(scores, "W001").items.size() == 19);
    CHECK(of(scores, "W001").total == 11);
    CHECK(of(scores, "W001").grade->en == "good");
  }

  TEST_CASE("an office adds an item for its own activity kind")
  {
    Year y("activity:\n"
           "  kinds:\n"
           "    - plenary\n"
           "    - standing_committee\n"
           "    - study\n"
           "    - {id: patrol, zh: 河长巡河, en: river patrol}\n"
           "scoring:\n"
           "  items:\n"
           "    patrol: {source: activity, kinds: [patrol], points: 2, cap: 4, zh: 巡河, "
           "en: patrol}\n"
           "    office_activity: {except_kinds: [plenary, standing_committee, patrol]}\n");
    REQUIRE(scoring::rules(y.config).items.back().id == "patrol");
    y.member("W001");
    for (const char* date : {"2023-05-01", "2023-06-01", "2023-07-01"})
      y.activity("patrol", date, {{"W001", "present"}});
    y.activity("study", "2023-04-01", {{"W001", "present"}});
    const auto scores = y.score();
    CHECK(points(scores, "W001", "patrol") == 4);
    CHECK(item(scores, "W001", "patrol").capped);
    CHECK(points(scores, "W001", "office_activity") == 1);
  }

  TEST_CASE("bad rules are refused naming the file, line and key")
  {
    SUBCASE("an unknown setting of an item")
    {
      const std::string e = rule_error("scoring:\n  items:\n    lead_filed:\n      pionts: 4\n");
      CHECK(contains(e, "cppcc.yaml:4"));
      CHECK(contains(e, "scoring.items.lead_filed.pionts"));
      CHECK(contains(e, "did you mean 'points'"));
    }
    SUBCASE("a setting of another source")
    {
      const std::string e = rule_error("scoring:\n  items:\n    plenary: {levels: [city]}\n");
      CHECK(contains(e, "scoring.items.plenary.levels"));
      CHECK(contains(e, "not a setting of items of source 'activity'"));
    }
    SUBCASE("a new item without a source, near a shipped one")
    {
      const std::string e = rule_error("scoring:\n  items:\n    lead_filled: {points: 4}\n");
      CHECK(contains(e, "cppcc.yaml:3"));
      CHECK(contains(e, "unknown key 'scoring.items.lead_filled'"));
      CHECK(contains(e, "did you mean 'lead_filed'"));
      CHECK(contains(e, "needs a 'source'"));
    }
    SUBCASE("an unknown source")
    {
      const std::string e = rule_error("scoring:\n  items:\n    x: {source: activty, points: 1}\n");
      CHECK(contains(e, "scoring.items.x.source"));
      CHECK(contains(e, "did you mean 'activity'"));
    }
    SUBCASE("an unknown activity kind")
    {
      const std::string e = rule_error("scoring:\n  items:\n    plenary: {kinds: [plenery]}\n");
      CHECK(contains(e, "cppcc.yaml:3"));
      CHECK(contains(e, "scoring.items.plenary.kinds"));
      CHECK(contains(e, "unknown activity kind 'plenery'"));
    }
    SUBCASE("an unknown level")
    {
      const std::string e =
          rule_error("scoring:\n  items:\n    adopted_city: {levels: [county]}\n");
      CHECK(contains(e, "unknown level 'county'"));
    }
    SUBCASE("an unknown attendance")
    {
      const std::string e = rule_error("scoring:\n  items:\n    plenary: {attendance: late}\n");
      CHECK(contains(e, "scoring.items.plenary.attendance"));
      CHECK(contains(e, "'late'"));
    }
    SUBCASE("points that are not a number")
    {
      const std::string e = rule_error("scoring:\n  items:\n    plenary: {points: two}\n");
      CHECK(contains(e, "scoring.items.plenary.points"));
      CHECK(contains(e, "expected a number, got 'two'"));
    }
    SUBCASE("a fraction above 1")
    {
      const std::string e =
          rule_error("scoring:\n  items:\n    adopted_city: {combined_fraction: 2}\n");
      CHECK(contains(e, "combined_fraction"));
      CHECK(contains(e, "out of range"));
    }
    SUBCASE("what a proposal item counts")
    {
      const std::string e = rule_error("scoring:\n  items:\n    lead_filed: {counts: compiled}\n");
      CHECK(contains(e, "scoring.items.lead_filed.counts"));
      CHECK(contains(e, "'compiled'"));
    }
    SUBCASE("an unknown key under scoring")
    {
      const std::string e = rule_error("scoring:\n  bse: 50\n");
      CHECK(contains(e, "scoring.bse"));
      CHECK(contains(e, "did you mean 'base'"));
    }
    SUBCASE("grade bands out of order")
    {
      const std::string e = rule_error("scoring:\n  grades:\n    - {id: a, min: 60}\n"
                                       "    - {id: b, min: 80}\n    - {id: c}\n");
      CHECK(contains(e, "cppcc.yaml:4"));
      CHECK(contains(e, "scoring.grades"));
      CHECK(contains(e, "highest down"));
    }
    SUBCASE("a last band with a minimum")
    {
      const std::string e = rule_error("scoring:\n  grades:\n    - {id: a, min: 60}\n");
      CHECK(contains(e, "give it no 'min'"));
    }
  }

  // ---- from a store ---------------------------------------------------------------------

  TEST_CASE("scores read from a store: active members only, records of the year only")
  {
    storage::Store store = storage::Store::create(":memory:");
    const cfg::Config config = cfg::Config::from_text("", "test");
    records::Workspace ws{store, config, "tester", io::Date{2024, 3, 1}, cfg::Lang::en};
    const long w1 =
        records::add_member(ws, {{"code", "W001"}, {"name", "张明"}, {"sector", "教育界"}}).id;
    const long w2 =
        records::add_member(ws, {{"code", "W002"}, {"name", "李华"}, {"sector", "经济界"}}).id;
    const long w3 =
        records::add_member(
            ws, {{"code", "W003"}, {"name", "王玮"}, {"status", "left"}, {"left_on", "2023-06-30"}})
            .id; // left in 2023
    const std::string now = "2024-03-01 09:00:00";

    model::Studio studio;
    studio.name = "江北工作室";
    const long studio_id = storage::insert_studio(store, studio, now);
    auto activity = [&](const char* code, const char* kind, const char* date,
                        std::optional<long> organiser, std::vector<model::Participant> who) {
      model::Activity a;
      a.code = code;
      a.kind = kind;
      a.date = day(date);
      a.title = code;
      a.studio_id = organiser;
      a.participants = std::move(who);
      storage::insert_activity(store, a, now);
    };
    activity("A1", "plenary", "2023-01-10", std::nullopt,
             {{{w1, ""}, "present"}, {{w2, ""}, "absent"}, {{w3, ""}, "present"}});
    activity("A2", "micro_consultation", "2023-05-01", studio_id, {{{w1, ""}, "present"}});
    activity("A3", "study", "2024-01-02", std::nullopt, {{{w2, ""}, "present"}});

    auto proposal = [&](const char* code, long proposer, const char* submitted, const char* status,
                        const char* filed, std::vector<long> cosigners) {
      model::Proposal p;
      p.code = code;
      p.title = code;
      p.proposer = "x";
      p.proposer_member_id = proposer;
      p.session = "s";
      p.submitted = day(submitted);
      p.status = status;
      p.filed = day(filed);
      for (long id : cosigners)
        p.cosigners.push_back({std::to_string(id), id, std::nullopt});
      storage::insert_proposal(store, p, now);
    };
    proposal("P1", w1, "2023-01-12", "filed", "2023-02-20", {w2});
    proposal("P2", w2, "2022-12-28", "filed", "2023-01-05", {w1}); // a 2022 proposal

    model::Opinion o;
    o.code = "S1";
    o.title = "S1";
    o.submitter = "李华";
    o.submitter_member_id = w2;
    o.submitted = day("2022-12-01");
    o.status = "compiled";
    o.compiled = day("2022-12-10");
    o.adoptions = {{"city", day("2023-02-01"), "市委办", true}};
    storage::insert_opinion(store, o, now);

    model::Article article;
    article.code = "X1";
    article.title = "X1";
    article.level = "national";
    article.date = day("2023-07-01");
    article.authors = {{w1, ""}, {w2, ""}};
    storage::insert_article(store, article, now);

    const auto scores = scoring::score_year(store, scoring::rules(config), 2023);
    REQUIRE(scores.members.size() == 2);
    CHECK(of(scores, "W001").rank == 1);
    // plenary 2, studio 1, submitted 1, filed 3, half a national article 2.5
    CHECK(of(scores, "W001").total == 69.5);
    CHECK(points(scores, "W001", "cosigned_filed") == 0);
    // absent −3, co-signed 1, combined city adoption 1.5, half an article 2.5
    CHECK(of(scores, "W002").total == 62);
    CHECK(points(scores, "W002", "opinion_compiled") == 0);
    CHECK(points(scores, "W002", "office_activity") == 0);

    SUBCASE("a member who left after the year still ranks in it; one who left during it not")
    {
      CHECK_THROWS_AS(
          records::add_member(ws, {{"code", "W004"}, {"name", "赵磊"}, {"status", "left"}}),
          cppcc::UsageError); // a command must say when
      storage::set_member_left_on(store, w3, day("2024-02-01"));
      const auto then = scoring::score_year(store, scoring::rules(config), 2023);
      REQUIRE(then.members.size() == 3);
      CHECK(of(then, "W003").rank > 0); // ranked with the others
      CHECK(scoring::score_year(store, scoring::rules(config), 2024).members.size() == 2);
    }

    SUBCASE("the ranked table lists one column per item; a sector keeps the overall ranks")
    {
      const auto table = scoring::score_table(ws, 2023, "经济界");
      REQUIRE(table.columns.size() == 4 + 20 + 2);
      CHECK(table.columns[4].key == "plenary");
      CHECK(table.columns[4].label == "plenary");
      CHECK(table.columns.back().key == "grade");
      REQUIRE(table.rows.size() == 1);
      CHECK(table.rows[0][0] == Value::integer(2));
      CHECK(table.rows[0][1] == "W002");
      CHECK(table.rows[0][6] == scoring::points(-3)); // points are numbers, shown -3
      CHECK(table.rows[0][6].number() == -3);
      CHECK(table.rows[0][24] == scoring::points(62));
      CHECK(table.rows[0][25] == "competent");
      CHECK_THROWS_AS(scoring::score_table(ws, 2023, "教育"), cppcc::DataError);
    }
    SUBCASE("the member file lists the year's records and the derivation")
    {
      ws.lang = cfg::Lang::zh;
      const auto doc = scoring::member_file(ws, "李华", 2023);
      CHECK(doc.title == "李华委员2023年度履职档案");
      Strings keys;
      for (const auto& t : doc.tables)
        keys.push_back(t.key + "=" + std::to_string(t.rows.size()));
      CHECK(keys == Strings{"proposals=1", "opinions=1", "activities=1", "articles=1", "score=20",
                            "derivation=4"});
      CHECK(doc.tables[0].rows[0][2] == "联名人");
      CHECK(doc.tables[1].rows[0][6] == "市级 · 市委办 · 2023-02-01 · 综合");
      const auto& derivation = doc.tables[5].rows;
      CHECK(derivation[0] == cppcc::render::Row{"无故缺席会议", Value::date("2023-01-10"), "A1",
                                                "A1", "全会 · 缺席", scoring::points(-3),
                                                scoring::points(-3)});
      CHECK(derivation[2][0] == "市级采用");
      CHECK(cppcc::render::plain(derivation[2][5]) == "1.5");
      CHECK(derivation[3][4] == "国家级 · 1/2");
      bool ranked = false;
      for (const auto& f : doc.fields)
        if (f.key == "rank") ranked = f.value == Value::integer(2);
      CHECK(ranked);
    }
    SUBCASE("a member who has left is scored in their file, unranked")
    {
      const auto doc = scoring::member_file(ws, "W003", 2023);
      for (const auto& f : doc.fields) {
        if (f.key == "total") CHECK(cppcc::render::plain(f.value) == "62");
        if (f.key == "rank") CHECK(f.value.empty());
      }
    }
    SUBCASE("an unknown member is refused with the closest names")
    {
      std::string message;
      try {
        (void)scoring::member_file(ws, "王伟", 2023);
      } catch (const cppcc::DataError& e) {
        message = e.what();
      }
      CHECK(message == "no member '王伟' (did you mean '王玮'?)");
    }
  }

  // A year's table counts records in SQL (score_year) while the member file scores
  // each record (score_members): over varied records, caps, shares and statuses, both
  // must give every member the same items and total.
  TEST_CASE("the counted totals equal the totals of the scored lines, member by member")
  {
    storage::Store store = storage::Store::create(":memory:");
    const cfg::Config config = cfg::Config::from_text("", "test");
    records::Workspace ws{store, config, "tester", io::Date{2024, 3, 1}, cfg::Lang::en};
    std::vector<long> ids;
    for (int i = 1; i <= 5; ++i)
      ids.push_back(records::add_member(ws, {{"code", fmt::format("W{:03}", i)},
                                             {"name", fmt::format("委员{}", i)},
                                             {"standing", i % 2 ? "yes" : "no"}})
                        .id);
    model::Studio studio;
    studio.name = "江北工作室";
    const long studio_id = storage::insert_studio(store, studio, "2024-03-01 09:00:00");
    const std::string now = "2024-03-01 09:00:00";
    const char* kinds[] = {"plenary", "standing_committee", "study", "research", "visit"};
    const char* attendance[] = {"present", "present", "excused", "absent"};
    unsigned seed = 7;
    auto next = [&](unsigned n) {
      seed = seed * 1103515245u + 12345u;
      return (seed >> 8) % n;
    };
    for (int i = 0; i < 60; ++i) { // 60 activities over two years: caps of 10 are passed
      model::Activity a;
      a.code = fmt::format("A{:03}", i);
      a.kind = kinds[next(5)];
      a.date = day(fmt::format("{}-{:02}-{:02}", 2022 + next(2), 1 + next(12), 1 + next(28)));
      a.title = a.code;
      if (next(3) == 0) a.studio_id = studio_id;
      for (std::size_t m = 0; m < ids.size(); ++m)
        if (next(3) != 0) a.participants.push_back({{ids[m], ""}, attendance[next(4)]});
      storage::insert_activity(store, a, now);
    }
    const char* statuses[] = {"submitted", "filed", "withdrawn", "concluded", "rejected"};
    for (int i = 0; i < 40; ++i) {
      model::Proposal p;
      p.code = fmt::format("P{:03}", i);
      p.title = p.code;
      p.proposer = "x";
      p.proposer_member_id = ids[next(5)];
      p.session = "s";
      p.submitted = day(fmt::format("{}-{:02}-10", 2022 + next(2), 1 + next(12)));
      p.status = statuses[next(5)];
      if (p.status == "filed" || p.status == "concluded") p.filed = p.submitted;
      p.key = next(4) == 0;
      p.excellent = next(5) == 0;
      for (std::size_t m = 0; m < ids.size(); ++m)
        if (ids[m] != *p.proposer_member_id && next(2) == 0)
          p.cosigners.push_back({std::to_string(ids[m]), ids[m], std::nullopt});
      storage::insert_proposal(store, p, now);
    }
    const char* levels[] = {"district", "city", "province", "national"};
    for (int i = 0; i < 30; ++i) {
      model::Article a;
      a.code = fmt::format("X{:03}", i);
      a.title = a.code;
      a.level = levels[next(4)];
      a.date = day(fmt::format("2023-{:02}-01", 1 + next(12)));
      for (std::size_t m = 0; m < ids.size(); ++m)
        if (next(3) == 0) a.authors.push_back({ids[m], ""});
      if (a.authors.empty()) a.authors.push_back({ids[next(5)], ""});
      storage::insert_article(store, a, now);
    }

    for (const char* yaml : {"", "scoring:\n  items:\n    article_city: {share: first}\n",
                             "scoring:\n  items:\n    article_national: {share: full}\n"}) {
      CAPTURE(yaml);
      const cfg::Config c = cfg::Config::from_text(yaml, "test");
      const auto counted = scoring::score_year(store, scoring::rules(c), 2023);
      std::vector<model::Member> members;
      for (const auto& m : counted.members)
        members.push_back(m.member);
      const auto lined =
          scoring::score_members(scoring::rules(c), 2023, members,
                                 storage::member_year(store, storage::year_period(2023)));
      REQUIRE(counted.members.size() == 5);
      REQUIRE(lined.members.size() == 5);
      bool some_capped = false;
      for (const auto& a : counted.members) {
        const auto& b = of(lined, a.member.code);
        CAPTURE(a.member.code);
        CHECK(a.total == b.total);
        CHECK(a.rank == b.rank);
        CHECK(a.lines.empty());
        REQUIRE(a.items.size() == b.items.size());
        for (std::size_t i = 0; i < a.items.size(); ++i) {
          CAPTURE(a.items[i].item->id);
          CHECK(a.items[i].count == b.items[i].count);
          CHECK(a.items[i].points == b.items[i].points);
          CHECK(a.items[i].capped == b.items[i].capped);
          some_capped = some_capped || a.items[i].capped;
        }
      }
      CHECK(some_capped); // the records do reach a cap

      // report annual hands over the proposals its own pass read (proposal_year): the
      // same totals as when the tallies read them.
      const storage::ProposalYear year =
          storage::proposal_year(store, storage::year_period(2023),
                                 c.proposal_phases.states(cppcc::config::Phase::handling));
      CHECK(year.tallied.proposals.size() > 10);
      bool handed_over = false;
      const auto shared = scoring::score_year(store, scoring::rules(c), 2023,
                                              [&]() -> const storage::TalliedProposals& {
                                                handed_over = true;
                                                return year.tallied;
                                              });
      CHECK(handed_over);
      REQUIRE(shared.members.size() == counted.members.size());
      for (std::size_t i = 0; i < shared.members.size(); ++i) {
        CHECK(shared.members[i].member.code == counted.members[i].member.code);
        CHECK(shared.members[i].total == counted.members[i].total);
        REQUIRE(shared.members[i].items.size() == counted.members[i].items.size());
        for (std::size_t k = 0; k < shared.members[i].items.size(); ++k)
          CHECK(shared.members[i].items[k].count == counted.members[i].items[k].count);
      }
    }
  }
}
