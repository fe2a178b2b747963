// lib/reports/remind: what is overdue or falls due, by unit, and what waits for review
// (docs/domain.md §3.7); the queries' plans; the document layouts; the notices and their file
// names.
#include "config/config.hpp"
#include "error.hpp"
#include "records/members.hpp"
#include "records/proposals.hpp"
#include "records/units.hpp"
#include "render_values.hpp"
#include "reports/remind.hpp"
#include "storage/reminders.hpp"
#include "storage/store.hpp"
#include "temp_dir.hpp"
#include "workflow/proposal_actions.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <string>
#include <vector>

namespace cfg = cppcc::config;
namespace io = cppcc::io;
namespace records = cppcc::records;
namespace reports = cppcc::reports;
namespace storage = cppcc::storage;
namespace wf = cppcc::workflow;
using Strings = std::vector<std::string>;
using cppcc::render::Row;
using cppcc::render::Value;

namespace {

bool contains(const std::string& text, std::string_view part)
{
  return text.find(part) != std::string::npos;
}

io::Date day(const char* iso)
{
  return *io::parse_date(iso);
}

// An office over an in-memory database with three units (two with contact details).
struct Office {
  explicit Office(std::string_view yaml = "")
      : store(storage::Store::create(":memory:")),
        config(cfg::Config::from_text(yaml, "test")), ws{store, config, "tester", day("2024-03-01"),
                                                         cfg::Lang::en}
  {
    records::add_member(ws, {{"code", "W001"}, {"name", "张明"}});
    records::add_unit(ws, {{"name", "区水利局"}, {"contact", "刘强"}, {"phone", "0915-3210001"}});
    records::add_unit(ws, {{"name", "区住建局"}, {"contact", "陈静"}, {"phone", "0915-3210002"}});
    records::add_unit(ws, {{"name", "区财政局"}});
  }

  void add(const std::string& code, const char* submitted)
  {
    cppcc::workflow::add_proposal(ws, {{"code", code},
                                       {"title", "关于" + code + "的建议"},
                                       {"proposer", "张明"},
                                       {"submitted", submitted}});
  }
  // Adds, files and assigns `code` on `assigned_on` (due three months later).
  void assigned(const std::string& code, const char* assigned_on, const Strings& leads,
                const Strings& joints = {})
  {
    add(code, "2023-01-10");
    wf::file_proposal(ws, code, day("2023-01-20"));
    wf::assign_proposal(ws, code, leads, joints, day(assigned_on));
  }
  reports::Reminders remind(const char* as_of, int within = 7)
  {
    ws.today = day(as_of);
    return reports::collect_reminders(ws, within);
  }

  storage::Store store;
  cfg::Config config;
  records::Workspace ws;
};

// "unit code role due standing days" per listed assignment, in order.
Strings lines(const reports::Reminders& r)
{
  Strings out;
  for (const auto& unit : r.units)
    for (const auto& item : unit.items)
      out.push_back(unit.unit + " " + item.code + " " +
                    std::string(cppcc::model::role_id(item.role)) + " " + item.due + " " +
                    (item.standing == reports::Standing::overdue ? "overdue " : "due_soon ") +
                    std::to_string(item.days));
  return out;
}

// The detail lines of EXPLAIN QUERY PLAN for `sql`, run through the store.
Strings query_plan(storage::Store& store, const char* sql)
{
  SQLite::Statement plan(store.db(), std::string("EXPLAIN QUERY PLAN ") + sql);
  Strings out;
  while (plan.executeStep())
    out.push_back(plan.getColumn(3).getString());
  return out;
}

} // namespace

TEST_SUITE("remind")
{
  TEST_CASE("nothing due gives no reminders")
  {
    Office office;
    CHECK(office.remind("2024-03-01").empty());
    office.assigned("P1", "2024-02-01", {"区水利局"}); // due 2024-05-01
    office.add("P2", "2024-02-20");                    // waiting 10 days: not yet too long
    const auto r = office.remind("2024-03-01");
    CHECK(r.empty());
    CHECK(r.proposals(reports::Standing::overdue) == 0);
  }

  TEST_CASE("overdue and due-soon assignments are listed by unit; later ones are not")
  {
    Office office;
    office.assigned("P1", "2023-11-20", {"区水利局"}, {"区住建局"}); // due 2024-02-20
    office.assigned("P2", "2023-12-05", {"区水利局"});               // due 2024-03-05
    office.assigned("P3", "2023-12-08", {"区财政局"});               // due 2024-03-08: last day
    office.assigned("P4", "2023-12-09", {"区水利局"});               // due 2024-03-09: outside
    office.assigned("P5", "2023-12-01", {"区住建局"});               // due today
    const auto r = office.remind("2024-03-01");
    CHECK(lines(r) == Strings{"区住建局 P1 joint 2024-02-20 overdue 10",
                              "区住建局 P5 lead 2024-03-01 due_soon 0",
                              "区水利局 P1 lead 2024-02-20 overdue 10",
                              "区水利局 P2 lead 2024-03-05 due_soon 4",
                              "区财政局 P3 lead 2024-03-08 due_soon 7"});
    REQUIRE(r.units.size() == 3);
    CHECK(r.units[0].contact == "陈静");
    CHECK(r.units[1].phone == "0915-3210001");
    CHECK(r.units[2].contact.empty());
    CHECK(r.proposals(reports::Standing::overdue) == 1); // P1, though two units hold it
    CHECK(r.proposals(reports::Standing::due_soon) == 3);
    SUBCASE("a wider window reaches P4")
    {
      CHECK(lines(office.remind("2024-03-01", 8)).size() == 6);
    }
    SUBCASE("a window of 0 days keeps what is due today")
    {
      CHECK(lines(office.remind("2024-03-01", 0)) ==
            Strings{"区住建局 P1 joint 2024-02-20 overdue 10",
                    "区住建局 P5 lead 2024-03-01 due_soon 0",
                    "区水利局 P1 lead 2024-02-20 overdue 10"});
    }
    SUBCASE("an extension moves the due date")
    {
      wf::extend_proposal(office.ws, "P1", day("2024-04-20"), "需要协调资金", day("2024-02-10"));
      CHECK(lines(office.remind("2024-03-01")).size() == 3);
    }
    CHECK_THROWS_AS(office.remind("2024-03-01", -1), cppcc::UsageError);
  }

  TEST_CASE("returned and replied assignments are not listed")
  {
    Office office;
    // Split handling: two lead units and a joint unit, all due 2024-02-20.
    office.assigned("P1", "2023-11-20", {"区水利局", "区住建局"}, {"区财政局"});
    wf::return_proposal(office.ws, "P1", "区财政局", "不属于本单位职责", day("2023-11-25"));
    wf::reply_proposal(office.ws, "P1", "区住建局", "A", "", day("2024-02-01"));
    CHECK(lines(office.remind("2024-03-01")) == Strings{"区水利局 P1 lead 2024-02-20 overdue 10"});
    wf::reply_proposal(office.ws, "P1", "区水利局", "B", "", day("2024-03-01"));
    CHECK(office.remind("2024-03-01").empty()); // replied: every lead unit answered
  }

  TEST_CASE("a rehandling round is listed with the new round's due date")
  {
    Office office;
    office.assigned("P1", "2023-06-01", {"区水利局"}, {"区住建局"}); // due 2023-09-01
    wf::reply_proposal(office.ws, "P1", "区水利局", "C", "", day("2023-08-01"));
    // The joint unit never replied in round 1: that row must not come back as overdue.
    wf::feedback_proposal(office.ws, "P1", "phone", "unsatisfied", day("2023-12-05"));
    CHECK(lines(office.remind("2024-03-01")) == Strings{"区住建局 P1 joint 2024-03-05 due_soon 4",
                                                        "区水利局 P1 lead 2024-03-05 due_soon 4"});
    CHECK(lines(office.remind("2024-03-10")) == Strings{"区住建局 P1 joint 2024-03-05 overdue 5",
                                                        "区水利局 P1 lead 2024-03-05 overdue 5"});
  }

  TEST_CASE("replied and concluded proposals are never listed")
  {
    Office office;
    // Joint units' opinions are not waited for: their rows stay unreplied, past due.
    office.assigned("P1", "2023-06-01", {"区水利局"}, {"区住建局"});
    wf::reply_proposal(office.ws, "P1", "区水利局", "A", "", day("2023-08-01"));
    office.assigned("P2", "2023-06-01", {"区水利局"}, {"区住建局"});
    wf::reply_proposal(office.ws, "P2", "区水利局", "A", "", day("2023-08-01"));
    wf::feedback_proposal(office.ws, "P2", "visit", "satisfied", day("2023-08-20"));
    CHECK(office.remind("2024-03-01", 365).empty());
  }

  TEST_CASE("proposals waiting for review longer than the configured days are listed")
  {
    Office office;
    office.add("P1", "2024-02-10"); // 20 days
    office.add("P2", "2024-02-15"); // 15 days: not longer than 15
    office.add("P3", "2024-02-14"); // 16 days
    office.add("P4", "2023-06-01");
    wf::file_proposal(office.ws, "P4", day("2023-06-10")); // reviewed
    auto r = office.remind("2024-03-01");
    REQUIRE(r.review.size() == 2);
    CHECK(r.review[0].code == "P1");
    CHECK(r.review[0].days == 20);
    CHECK(r.review[0].proposer == "张明");
    CHECK(r.review[1].code == "P3");
    CHECK(r.review[1].days == 16);
    CHECK(r.units.empty());
    CHECK_FALSE(r.empty());
    SUBCASE("an office's own review period")
    {
      Office patient("proposal:\n  handling:\n    review_days: 30\n");
      patient.add("P1", "2024-02-10");
      CHECK(patient.remind("2024-03-01").empty());
      CHECK(patient.remind("2024-03-12").review.size() == 1); // 31 days
    }
  }

  TEST_CASE("a window across a month end")
  {
    Office office;
    office.assigned("P1", "2023-10-28", {"区水利局"}); // due 2024-01-28
    office.assigned("P2", "2023-11-05", {"区水利局"}); // due 2024-02-05: the window's last day
    office.assigned("P3", "2023-11-06", {"区水利局"}); // due 2024-02-06
    office.assigned("P4", "2023-11-29", {"区住建局"}); // due 2024-02-29 (leap day)
    CHECK(lines(office.remind("2024-01-29")) == Strings{"区水利局 P1 lead 2024-01-28 overdue 1",
                                                        "区水利局 P2 lead 2024-02-05 due_soon 7"});
    CHECK(lines(office.remind("2024-02-27", 3)) ==
          Strings{
              "区住建局 P4 lead 2024-02-29 due_soon 2", "区水利局 P1 lead 2024-01-28 overdue 30",
              "区水利局 P2 lead 2024-02-05 overdue 22", "区水利局 P3 lead 2024-02-06 overdue 21"});
  }

  TEST_CASE("the reminder queries reach proposals through proposals_by_status")
  {
    Office office;
    SUBCASE("on a fresh database") {}
    SUBCASE("with the statistics of a million proposals, most of them concluded")
    {
      office.store.db().exec("ANALYZE; DELETE FROM sqlite_stat1; INSERT INTO sqlite_stat1 VALUES "
                             "('proposals', 'proposals_by_status', '1000000 250000 2'), "
                             "('proposals', 'proposals_by_submitted', '1000000 200'), "
                             "('assignments', 'assignments', '2000000 2 1'), "
                             "('assignments', 'assignments_by_unit', '2000000 10000'); "
                             "ANALYZE sqlite_schema");
    }
    // The shipped workflow's states: two being handled, one awaiting review.
    for (const std::string& sql :
         {storage::reminder_sql::due_assignments(2), storage::reminder_sql::awaiting_review(1)}) {
      CAPTURE(sql);
      const Strings plan = query_plan(office.store, sql.c_str());
      REQUIRE(!plan.empty());
      bool by_status = false;
      for (const auto& detail : plan) {
        CAPTURE(detail);
        by_status = by_status || (contains(detail, "proposals_by_status") &&
                                  contains(detail, "SEARCH") && contains(detail, "status=?"));
        CHECK_FALSE(contains(detail, "SCAN")); // no table is read whole
      }
      CHECK(by_status);
    }
    // `proposal list --overdue` is not forced: the planner must find the index itself,
    // which it does only for a WHERE that names the index's condition.
    const std::string overdue = std::string("SELECT p.code FROM proposals p WHERE ") +
                                storage::reminder_sql::overdue_condition(2);
    const Strings plan = query_plan(office.store, overdue.c_str());
    REQUIRE(plan.size() == 1);
    CHECK(contains(plan[0], "SEARCH"));
    CHECK(contains(plan[0], "proposals_by_status"));
  }

  TEST_CASE("the document: a table per unit for people, one flat table for scripts")
  {
    Office office;
    office.assigned("P1", "2023-11-20", {"区水利局"}, {"区财政局"}); // overdue 10
    office.add("P2", "2024-02-01");                                  // waiting 29 days
    const auto r = office.remind("2024-03-01");
    const auto people = reports::reminder_document(office.ws, r, reports::Layout::by_unit);
    CHECK(people.title == "CPPCC Committee: proposal reminders");
    REQUIRE(people.fields.size() == 5);
    CHECK(people.fields[2].key == "overdue");
    CHECK(people.fields[2].value == Value::integer(1));
    CHECK(people.fields[4].value == Value::integer(1));
    REQUIRE(people.tables.size() == 3);
    CHECK(people.tables[0].title == "区水利局 (contact: 刘强, phone: 0915-3210001)");
    CHECK(people.tables[0].rows[0] ==
          Row{"P1", "关于P1的建议", "lead", Value::date("2024-02-20"), "overdue 10 days"});
    CHECK(people.tables[1].title == "区财政局"); // no contact details to show
    CHECK(people.tables[2].title == "office review: waiting longer than 15 days");
    CHECK(people.tables[2].rows[0].back() == "waiting 29 days");

    const auto flat = reports::reminder_document(office.ws, r, reports::Layout::flat);
    REQUIRE(flat.tables.size() == 1);
    CHECK(flat.tables[0].rows ==
          std::vector<Row>{
              {"区水利局", "刘强", "0915-3210001", "P1", "关于P1的建议", "lead",
               Value::date("2024-02-20"), Value::integer(10), "overdue"},
              {"区财政局", "", "", "P1", "关于P1的建议", "joint", Value::date("2024-02-20"),
               Value::integer(10), "overdue"},
              {"", "", "", "P2", "关于P2的建议", "", "", Value::integer(29), "waiting_review"}});

    office.ws.lang = cfg::Lang::zh;
    const auto zh = reports::reminder_document(office.ws, r, reports::Layout::by_unit);
    CHECK(zh.title == "政协委员会提案催办");
    CHECK(zh.tables[0].title == "区水利局（联系人：刘强，电话：0915-3210001）");
    CHECK(zh.tables[0].rows[0].back() == "超期10天");
  }

  TEST_CASE("a unit's notice names the committee, the unit, the proposals and a reply date")
  {
    Office office("committee:\n  name: 汉滨区政协\n");
    office.assigned("P1", "2023-11-20", {"区水利局"}); // overdue 10
    office.assigned("P2", "2023-12-05", {"区水利局"}); // 4 days left
    const auto r = office.remind("2024-03-01");
    const std::string zh = reports::unit_notice(office.config, cfg::Lang::zh, r, r.units[0]);
    CHECK(zh.starts_with("# 汉滨区政协关于提案办理的催办通知\n"));
    CHECK(contains(zh, "区水利局（联系人：刘强，电话：0915-3210001）："));
    CHECK(contains(zh, "截至2024年3月1日"));
    CHECK(contains(zh, "| 1 | P1 | 关于P1的建议 | 主办 | 2024-02-20 | 超期10天 |"));
    CHECK(contains(zh, "| 2 | P2 | 关于P2的建议 | 主办 | 2024-03-05 | 4天后到期 |"));
    CHECK(contains(zh, "于2024年3月8日前将办理情况书面答复我委；尚未到期的提案请在办理期限内答复"));
    CHECK(contains(zh, "汉滨区政协办公室"));
    const std::string en = reports::unit_notice(office.config, cfg::Lang::en, r, r.units[0]);
    CHECK(contains(en, "To 区水利局 (contact: 刘强, phone: 0915-3210001):"));
    CHECK(contains(en, "| 2 | P2 | 关于P2的建议 | lead | 2024-03-05 | due in 4 days |"));
    CHECK(contains(en, "by 8 March 2024"));
  }

  TEST_CASE("notice file names cannot leave the directory")
  {
    CHECK(reports::notice_file_name("区水利局") == "区水利局.md");
    CHECK(reports::notice_file_name("区水利局", reports::NoticeFormat::word) == "区水利局.docx");
    CHECK(reports::notice_file_name("../../etc/x") == "_._etc_x.md");
    CHECK(reports::notice_file_name("..") == "unit.md");
    CHECK(reports::notice_file_name("") == "unit.md");
    CHECK(reports::notice_file_name(".hidden") == "hidden.md");
    CHECK(reports::notice_file_name("a\\b:c\n\td\x7f") == "a_b_c__d_.md");
    CHECK(reports::notice_file_name("区水利局 . ") == "区水利局.md");
    std::string long_unit(100, 'x');
    for (int i = 0; i < 34; ++i)
      long_unit += "水利局";
    const std::string long_name = reports::notice_file_name(long_unit); // 406 bytes
    CHECK(long_name.size() <= 203);
    CHECK(long_name.ends_with("局.md")); // cut between characters, not inside one
    for (const char* hostile : {"../x", "a/../../b", "/etc/passwd", "..\\..\\x", "...."}) {
      CAPTURE(hostile);
      const std::string name = reports::notice_file_name(hostile);
      CHECK(name.find('/') == std::string::npos);
      CHECK(name.find("..") == std::string::npos);
      CHECK(name.front() != '.');
    }
  }

  TEST_CASE("notices are written into the directory, one per unit, private")
  {
    Office office;
    records::add_unit(office.ws, {{"name", "../../escaped"}});
    records::add_unit(office.ws, {{"name", "_._escaped"}}); // the same safe name
    office.assigned("P1", "2023-11-20", {"../../escaped"}, {"_._escaped"});
    office.assigned("P2", "2023-11-20", {"区水利局"});
    const auto r = office.remind("2024-03-01");
    TempDir temp;
    const auto dir = temp.path / "out" / "2024-03-01"; // created with its parents
    const auto written = reports::write_notices(office.config, cfg::Lang::zh, r, dir, {});
    Strings names;
    for (const auto& path : written) {
      CHECK(path.parent_path() == dir);
      names.push_back(path.filename().string());
      CHECK((std::filesystem::status(path).permissions() & std::filesystem::perms::all) ==
            (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    }
    CHECK(names == Strings{"_._escaped.md", "_._escaped-2.md", "区水利局.md"});
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(temp.path))
      files += entry.is_regular_file() ? 1 : 0;
    CHECK(files == 4); // nothing outside `dir` but its manifest
    CHECK(std::filesystem::is_regular_file(dir / ".cppcc-notices"));

    SUBCASE("a later run takes back the notices of units with nothing due, and no other file")
    {
      temp.write("out/2024-03-01/mine.md", "not cppcc's");
      Office later;
      later.assigned("P2", "2023-11-20", {"区水利局"});
      const auto again =
          reports::write_notices(later.config, cfg::Lang::zh, later.remind("2024-03-01"), dir, {});
      CHECK(again.size() == 1);
      CHECK(std::filesystem::exists(dir / "区水利局.md"));
      CHECK_FALSE(std::filesystem::exists(dir / "_._escaped.md"));
      CHECK_FALSE(std::filesystem::exists(dir / "_._escaped-2.md"));
      CHECK(std::filesystem::exists(dir / "mine.md"));
    }
    SUBCASE("a later run as Word documents takes back the Markdown notices")
    {
      const auto word = reports::write_notices(office.config, cfg::Lang::zh, r, dir, {},
                                               reports::NoticeFormat::word);
      Strings documents;
      for (const auto& path : word)
        documents.push_back(path.filename().string());
      CHECK(documents == Strings{"_._escaped.docx", "_._escaped-2.docx", "区水利局.docx"});
      CHECK_FALSE(std::filesystem::exists(dir / "区水利局.md"));
      std::ifstream in(dir / "区水利局.docx", std::ios::binary);
      std::string magic(2, '\0');
      in.read(magic.data(), 2);
      CHECK(magic == "PK"); // a zip: the .docx package
    }
    SUBCASE("a notice on the protected list is refused before any is written")
    {
      cppcc::io::ProtectedFiles protect;
      protect.add_database(dir / "区水利局.md");
      std::filesystem::remove_all(dir);
      std::filesystem::create_directories(dir);
      CHECK_THROWS_AS(reports::write_notices(office.config, cfg::Lang::zh, r, dir, protect),
                      cppcc::OutputError);
      CHECK(std::filesystem::is_empty(dir));
    }

    SUBCASE("only proposals waiting for review: no notice, no directory")
    {
      Office waiting;
      waiting.add("P1", "2024-01-01");
      const auto only_review = waiting.remind("2024-03-01");
      CHECK(
          reports::write_notices(waiting.config, cfg::Lang::zh, only_review, temp.path / "none", {})
              .empty());
      CHECK_FALSE(std::filesystem::exists(temp.path / "none"));
    }
    SUBCASE("a directory that cannot be created is exit 73, naming it")
    {
      temp.write("file", "");
      try {
        reports::write_notices(office.config, cfg::Lang::zh, r, temp.path / "file" / "sub", {});
        FAIL("no error");
      } catch (const cppcc::OutputError& e) {
        CHECK(e.status() == cppcc::Exit::cant_create);
        CHECK(contains(e.what(), "cannot create directory '"));
        CHECK(contains(e.what(), "file/sub'"));
      }
    }
  }
}
