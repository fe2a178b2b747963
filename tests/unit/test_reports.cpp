// lib/reports: the annual figures from records (proposal counts and rates, activity
// figures by organiser and kind, empty rates), the figures' YAML checked at load, and
// the monthly bulletin's counts.
#include "config/config.hpp"
#include "error.hpp"
#include "records/activities.hpp"
#include "records/members.hpp"
#include "records/proposals.hpp"
#include "records/studios.hpp"
#include "reports/reports.hpp"
#include "storage/store.hpp"
#include "workflow/proposal_actions.hpp"

#include <doctest/doctest.h>
#include <map>
#include <string>

namespace cfg = cppcc::config;
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
    records::add_proposal(ws, {{"code", code},
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
      out[f.key] = f.value;
    return out;
  }

  storage::Store store;
  cfg::Config config;
  records::Workspace ws;
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
      CHECK_THROWS_AS(cfg::Config::from_text(yaml, "o.yaml"), cppcc::ConfigError);
    };
    refused("{key: x, source: meetings}");
    refused("{key: x, source: proposals, measure: weight}");
    refused("{key: x, source: activities, kinds: [patrol]}");
    refused("{key: x, source: activities, organiser: committee}");
    refused("{key: x, source: articles, levels: [township]}");
    refused("{key: x, source: members}");
    refused("{key: x, source: proposals, kinds: [visit]}");
    refused("{key: x, source: proposals, colour: red}");
    CHECK_THROWS_AS(cfg::Config::from_text("report:\n  annual:\n    figures:\n"
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
      f[field.key] = field.value;
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
