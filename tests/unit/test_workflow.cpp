// lib/workflow/: the engine against the shipped proposal workflow
// (schemas/workflow.yaml), then the lifecycle operations of proposal_actions.hpp on an
// in-memory store.
#include "config/config.hpp"
#include "days.hpp"
#include "error.hpp"
#include "records/members.hpp"
#include "records/proposals.hpp"
#include "records/units.hpp"
#include "storage/audit.hpp"
#include "storage/proposals.hpp"
#include "storage/store.hpp"
#include "workflow/definition.hpp"
#include "workflow/proposal_actions.hpp"

#include <doctest/doctest.h>
#include <map>
#include <set>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace cfg = cppcc::config;
namespace io = cppcc::io;
namespace model = cppcc::model;
namespace records = cppcc::records;
namespace storage = cppcc::storage;
namespace wf = cppcc::workflow;
using Strings = std::vector<std::string>;

namespace {

bool contains(const std::string& text, std::string_view part)
{
  return text.find(part) != std::string::npos;
}

// Facts in which exactly the named conditions hold.
wf::Facts facts_where(std::set<std::string> holding = {})
{
  wf::Facts facts;
  facts.holds = [holding](std::string_view condition) {
    return holding.count(std::string(condition)) > 0;
  };
  facts.explain = [](std::string_view condition) {
    return "because " + std::string(condition) + " does not hold";
  };
  return facts;
}

const wf::Definition& shipped()
{
  static const cfg::Config config = cfg::Config::from_text("", "test");
  return wf::proposal_workflow(config);
}

std::string decide_to(std::string_view state, std::string_view action,
                      std::set<std::string> holding = {})
{
  return wf::decide(shipped(), "proposal 'P1'", state, action, facts_where(std::move(holding))).to;
}

// The TransitionError message of an action, or "" when it was allowed.
std::string refusal(std::string_view state, std::string_view action)
{
  try {
    (void)wf::decide(shipped(), "proposal 'P1'", state, action, facts_where());
  } catch (const cppcc::TransitionError& e) {
    CHECK(e.status() == cppcc::Exit::illegal_transition);
    return e.what();
  }
  return "";
}

io::Date day(const char* iso)
{
  return *io::parse_date(iso);
}

// An office over an in-memory database with a few members and handling units.
struct Office {
  explicit Office(std::string_view yaml = "")
      : store(storage::Store::create(":memory:")),
        config(cfg::Config::from_text(yaml, "test")), ws{store, config, "tester",
                                                         io::Date{2024, 3, 1}, cfg::Lang::en}
  {
    const std::pair<const char*, const char*> members[] = {
        {"W001", "张明"}, {"W002", "李强"}, {"W003", "王伟"}, {"W004", "赵敏"}};
    for (const auto& [code, name] : members)
      records::add_member(ws, {{"code", code}, {"name", name}});
    for (const char* unit : {"区住建局", "区水利局", "区财政局"})
      records::add_unit(ws, {{"name", unit}});
  }

  model::Proposal add(const std::string& code, records::Fields extra = {})
  {
    records::Fields fields = {{"code", code},
                              {"title", "关于" + code + "的建议"},
                              {"proposer", "张明"},
                              {"submitted", "2024-01-10"}};
    for (auto& [key, value] : extra)
      fields[key] = value;
    return cppcc::workflow::add_proposal(ws, fields);
  }
  // Adds, files and assigns `code` to `leads` on `assigned`.
  model::Proposal assigned(const std::string& code, const Strings& leads,
                           const char* assigned_on = "2024-03-01", records::Fields extra = {},
                           const Strings& joints = {})
  {
    add(code, std::move(extra));
    wf::file_proposal(ws, code, day("2024-01-15"));
    wf::assign_proposal(ws, code, leads, joints, day(assigned_on));
    return get(code);
  }
  model::Proposal get(const std::string& code) { return *storage::find_proposal(store, code); }
  std::vector<model::Event> events(const std::string& code)
  {
    return storage::events_of(store, get(code).id);
  }
  std::vector<model::Assignment> assignments(const std::string& code)
  {
    return storage::assignments_of(store, get(code).id);
  }
  // "action>to_state" for each event, oldest first.
  Strings steps(const std::string& code)
  {
    Strings out;
    for (const auto& e : events(code))
      out.push_back(e.action + ">" + e.to_state);
    return out;
  }
  long member_id(const char* code)
  {
    const auto member = storage::find_member(store, code);
    REQUIRE(member.has_value());
    return member->id;
  }

  storage::Store store;
  cfg::Config config;
  records::Workspace ws;
};

} // namespace

TEST_SUITE("workflow")
{
  // ---- the engine against the shipped definition -------------------------------------

  TEST_CASE("the shipped workflow starts proposals as submitted")
  {
    CHECK(shipped().initial() == "submitted");
    CHECK(shipped().states().entries().size() == 10);
    CHECK(shipped().states().label("assigned", cfg::Lang::zh) == "办理中");
  }

  TEST_CASE("every action gives the expected state in every state of the shipped workflow")
  {
    // With no branch condition holding (feedback_window_passed does, so that conclude
    // is decided by its `to`).
    const std::map<std::pair<std::string, std::string>, std::string> legal = {
        {{"file", "submitted"}, "filed"},
        {{"reject", "submitted"}, "not_filed"},
        {{"convert", "not_filed"}, "converted"},
        {{"merge", "submitted"}, "merged"},
        {{"merge_in", "submitted"}, "submitted"},
        {{"merge_in", "filed"}, "filed"},
        {{"merge_in", "assigned"}, "assigned"},
        {{"merge_in", "replied"}, "replied"},
        {{"merge_in", "rehandling"}, "rehandling"},
        {{"withdraw", "submitted"}, "withdrawn"},
        {{"assign", "filed"}, "assigned"},
        {{"assign", "assigned"}, "assigned"},
        {{"return", "assigned"}, "assigned"},
        {{"extend", "assigned"}, "assigned"},
        {{"extend", "rehandling"}, "rehandling"},
        {{"reply", "assigned"}, "assigned"},
        {{"reply", "rehandling"}, "rehandling"},
        {{"reply", "replied"}, "replied"}, // a joint unit's, after the leads'
        {{"feedback", "replied"}, "concluded"},
        {{"conclude", "replied"}, "concluded"},
        {{"key", "submitted"}, "submitted"},
        {{"key", "filed"}, "filed"},
        {{"key", "assigned"}, "assigned"},
        {{"key", "replied"}, "replied"},
        {{"key", "rehandling"}, "rehandling"},
        {{"key", "concluded"}, "concluded"},
    };
    const Strings actions = {"add",      "file",     "reject",   "convert", "merge",
                             "merge_in", "withdraw", "assign",   "return",  "extend",
                             "reply",    "feedback", "conclude", "key"};
    for (const auto& action : actions)
      REQUIRE_MESSAGE(shipped().action(action) != nullptr, action);
    std::size_t checked = 0;
    for (const auto& state : shipped().states().entries()) {
      for (const auto& action : actions) {
        CAPTURE(state.id);
        CAPTURE(action);
        const auto expected = legal.find({action, state.id});
        if (expected != legal.end()) {
          CHECK(decide_to(state.id, action, {"feedback_window_passed"}) == expected->second);
          ++checked;
        } else {
          CHECK_THROWS_AS(decide_to(state.id, action, {"feedback_window_passed"}),
                          cppcc::TransitionError);
        }
      }
    }
    CHECK(checked == legal.size());
  }

  TEST_CASE("reply stays in its state until all lead units have replied")
  {
    CHECK(decide_to("assigned", "reply") == "assigned");
    CHECK(decide_to("assigned", "reply", {"all_leads_replied"}) == "replied");
    CHECK(decide_to("rehandling", "reply") == "rehandling");
    CHECK(decide_to("rehandling", "reply", {"all_leads_replied"}) == "replied");
  }

  TEST_CASE("feedback sends an unsatisfied proposal to rehandling, else concludes it")
  {
    CHECK(decide_to("replied", "feedback") == "concluded");
    CHECK(decide_to("replied", "feedback", {"unsatisfied"}) == "rehandling");
  }

  TEST_CASE("return goes back to filed only when no lead unit is left")
  {
    CHECK(decide_to("assigned", "return") == "assigned");
    CHECK(decide_to("assigned", "return", {"no_leads_left"}) == "filed");
  }

  TEST_CASE("conclude requires the feedback window to have passed")
  {
    CHECK(decide_to("replied", "conclude", {"feedback_window_passed"}) == "concluded");
    try {
      (void)decide_to("replied", "conclude");
      FAIL("no exception");
    } catch (const cppcc::TransitionError& e) {
      const std::string message = e.what();
      CHECK(contains(message, "proposal 'P1' is replied"));
      CHECK(contains(message, "'conclude'"));
      CHECK(contains(message, "because feedback_window_passed does not hold"));
    }
  }

  TEST_CASE("conditions that do not matter to an action do not change its outcome")
  {
    const std::set<std::string> all = {"all_leads_replied", "no_leads_left", "unsatisfied",
                                       "feedback_window_passed"};
    CHECK(decide_to("submitted", "file", all) == "filed");
    CHECK(decide_to("assigned", "extend", all) == "assigned");
    CHECK(decide_to("filed", "assign", all) == "assigned");
  }

  TEST_CASE("an illegal action names the current state and the allowed actions")
  {
    SUBCASE("reply to a submitted proposal")
    {
      const std::string message = refusal("submitted", "reply");
      CHECK(contains(message, "proposal 'P1' is submitted"));
      CHECK(contains(message, "'reply' is not allowed"));
      CHECK(contains(message, "allowed: file, reject, merge, withdraw, key"));
    }
    SUBCASE("feedback on an assigned proposal")
    {
      const std::string message = refusal("assigned", "feedback");
      CHECK(contains(message, "is assigned"));
      CHECK(contains(message, "allowed: assign, return, extend, reply, key"));
    }
    SUBCASE("file a proposal already filed")
    {
      const std::string message = refusal("filed", "file");
      CHECK(contains(message, "is filed"));
      CHECK(contains(message, "allowed: assign, key"));
    }
    SUBCASE("assign a concluded proposal")
    {
      const std::string message = refusal("concluded", "assign");
      CHECK(contains(message, "is concluded"));
      CHECK(contains(message, "allowed: key"));
    }
    SUBCASE("anything on a withdrawn proposal")
    {
      const std::string message = refusal("withdrawn", "file");
      CHECK(contains(message, "is withdrawn"));
      CHECK(contains(message, "no action is allowed now"));
    }
    SUBCASE("an action the workflow does not know")
    {
      const std::string message = refusal("submitted", "archive");
      CHECK(contains(message, "'archive' is not allowed"));
      CHECK(contains(message, "allowed: file"));
    }
    SUBCASE("add on an existing proposal")
    {
      CHECK_FALSE(refusal("submitted", "add").empty());
    }
  }

  TEST_CASE("internal actions are not offered as allowed actions")
  {
    CHECK(shipped().allowed_actions("submitted") ==
          Strings{"file", "reject", "merge", "withdraw", "key"});
    CHECK(shipped().allowed_actions("replied") == Strings{"reply", "feedback", "conclude", "key"});
    CHECK(shipped().allowed_actions("rehandling") == Strings{"extend", "reply", "key"});
    CHECK(shipped().allowed_actions("not_filed") == Strings{"convert"});
    CHECK(shipped().allowed_actions("merged").empty());
    CHECK(shipped().action("merge_in")->internal);
  }

  TEST_CASE("a definition naming an unknown condition or state is refused")
  {
    const std::string base = "initial: a\n"
                             "states: [a, b]\n";
    SUBCASE("unknown condition in a branch")
    {
      const YAML::Node node =
          YAML::Load(base + "actions:\n  go: {from: [a], branches: [{when: sunny, to: b}]}\n");
      CHECK_THROWS_AS(wf::Definition::from_yaml(node, "wf", wf::proposal_conditions()),
                      cppcc::ConfigError);
    }
    SUBCASE("unknown condition in requires")
    {
      const YAML::Node node =
          YAML::Load(base + "actions:\n  go: {from: [a], to: b, requires: sunny}\n");
      CHECK_THROWS_AS(wf::Definition::from_yaml(node, "wf", wf::proposal_conditions()),
                      cppcc::ConfigError);
    }
    SUBCASE("unknown state in a branch")
    {
      const YAML::Node node = YAML::Load(
          base + "actions:\n  go: {from: [a], branches: [{when: unsatisfied, to: c}]}\n");
      CHECK_THROWS_AS(wf::Definition::from_yaml(node, "wf", wf::proposal_conditions()),
                      cppcc::ConfigError);
    }
    SUBCASE("a well-formed one loads")
    {
      const YAML::Node node = YAML::Load(base + "actions:\n  go: {from: [a], to: b}\n");
      const wf::Definition def = wf::Definition::from_yaml(node, "wf", wf::proposal_conditions());
      CHECK(def.initial() == "a");
      CHECK(wf::decide(def, "x", "a", "go", facts_where()).to == "b");
      CHECK_THROWS_AS(wf::decide(def, "x", "b", "go", facts_where()), cppcc::TransitionError);
    }
  }

  // ---- lifecycle operations on an in-memory store ------------------------------------

  TEST_CASE("filing numbers are sequential per session")
  {
    Office office;
    office.add("P1");
    office.add("P2");
    office.add("P3", {{"session", "十六届三次会议"}});
    CHECK(wf::file_proposal(office.ws, "P2", day("2024-01-15")).note == "filing no 1");
    CHECK(wf::file_proposal(office.ws, "P1", day("2024-01-16")).note == "filing no 2");
    CHECK(wf::file_proposal(office.ws, "P3", day("2024-01-16")).note == "filing no 1");
    CHECK(office.get("P2").filing_no == std::optional<int>(1));
    CHECK(office.get("P1").filing_no == std::optional<int>(2));
    CHECK(office.get("P3").filing_no == std::optional<int>(1));
    CHECK(office.get("P1").filed == day("2024-01-16"));
    CHECK(office.get("P1").status == "filed");

    const auto events = office.events("P1");
    REQUIRE(events.size() == 2);
    CHECK(events[0].action == "add");
    CHECK(events[0].date == day("2024-01-10"));
    CHECK(events[1].action == "file");
    CHECK(events[1].date == day("2024-01-16"));
    CHECK(events[1].from_state == "submitted");
    CHECK(events[1].to_state == "filed");
    CHECK(events[1].op == "tester");
    CHECK(contains(events[1].details, "\"filing_no\": \"2\""));
  }

  TEST_CASE("the due date is the assignment date plus the handling period")
  {
    Office office;
    SUBCASE("mid-month")
    {
      office.add("P1");
      wf::file_proposal(office.ws, "P1", day("2024-01-15"));
      const wf::Outcome outcome =
          wf::assign_proposal(office.ws, "P1", {"区住建局"}, {"区财政局"}, day("2024-03-01"));
      CHECK(outcome.from == "filed");
      CHECK(outcome.to == "assigned");
      CHECK(outcome.note == "due 2024-06-01");
      const model::Proposal p = office.get("P1");
      CHECK(p.status == "assigned");
      CHECK(p.assigned == day("2024-03-01"));
      CHECK(p.due == day("2024-06-01"));
      CHECK(p.round == 1);
      const auto assignments = office.assignments("P1");
      REQUIRE(assignments.size() == 2);
      CHECK(assignments[0].unit == "区住建局");
      CHECK(assignments[0].role == cppcc::model::Role::lead);
      CHECK(assignments[0].round == 1);
      CHECK(assignments[0].assigned == day("2024-03-01"));
      CHECK(assignments[0].due == day("2024-06-01"));
      CHECK(assignments[0].replied.has_value() == false);
      CHECK(assignments[1].unit == "区财政局");
      CHECK(assignments[1].role == cppcc::model::Role::joint);
      CHECK(assignments[1].due == day("2024-06-01"));
      CHECK(office.steps("P1") == Strings{"add>submitted", "file>filed", "assign>assigned"});
    }
    SUBCASE("at a month end")
    {
      office.assigned("P1", {"区住建局"}, "2024-11-30");
      CHECK(office.get("P1").due == day("2025-02-28"));
      CHECK(office.assignments("P1").at(0).due == day("2025-02-28"));
    }
  }

  TEST_CASE("plenary-session proposals get the plenary handling period")
  {
    SUBCASE("when the config gives a longer one")
    {
      Office office("proposal:\n  handling:\n    plenary_period_months: 5\n");
      office.assigned("P1", {"区住建局"}, "2024-03-01", {{"during_plenary", "是"}});
      office.assigned("P2", {"区住建局"}, "2024-03-01", {{"during_plenary", "否"}});
      CHECK(office.get("P1").during_plenary);
      CHECK(office.get("P1").due == day("2024-08-01"));
      CHECK(office.assignments("P1").at(0).due == day("2024-08-01"));
      CHECK(office.get("P2").due == day("2024-06-01"));
    }
    SUBCASE("and the normal one when the config gives the same")
    {
      Office office;
      office.assigned("P1", {"区住建局"}, "2024-03-01", {{"during_plenary", "yes"}});
      CHECK(office.get("P1").due == day("2024-06-01"));
    }
  }

  TEST_CASE("an extension may not go past the configured maximum after assignment")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    const std::size_t events_before = office.events("P1").size();

    try {
      wf::extend_proposal(office.ws, "P1", day("2024-09-02"), "需协调资金", day("2024-05-20"));
      FAIL("no exception");
    } catch (const cppcc::DataError& e) {
      CHECK(contains(e.what(), "2024-09-01"));
      CHECK(contains(e.what(), "max_months"));
    }
    CHECK(office.get("P1").due == day("2024-06-01"));
    CHECK(office.assignments("P1").at(0).due == day("2024-06-01"));
    CHECK(office.events("P1").size() == events_before);

    // not earlier than the due date in force
    CHECK_THROWS_AS(
        wf::extend_proposal(office.ws, "P1", day("2024-05-01"), "需协调资金", day("2024-05-20")),
        cppcc::DataError);

    const wf::Outcome outcome =
        wf::extend_proposal(office.ws, "P1", day("2024-09-01"), "需协调资金", day("2024-05-20"));
    CHECK(outcome.to == "assigned");
    CHECK(outcome.note == "due 2024-09-01");
    CHECK(office.get("P1").due == day("2024-09-01"));
    CHECK(office.get("P1").status == "assigned");
    CHECK(office.assignments("P1").at(0).due == day("2024-09-01"));
    const auto events = office.events("P1");
    REQUIRE(events.size() == events_before + 1);
    CHECK(events.back().action == "extend");
    CHECK(events.back().from_state == "assigned");
    CHECK(events.back().to_state == "assigned");
    CHECK(contains(events.back().details, "需协调资金"));

    CHECK_THROWS_AS(
        wf::extend_proposal(office.ws, "P1", day("2024-09-02"), "再延期", day("2024-08-20")),
        cppcc::DataError);
  }

  TEST_CASE("the extension cap follows the configured maximum")
  {
    Office office("proposal:\n  handling:\n    max_months: 8\n");
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    wf::extend_proposal(office.ws, "P1", day("2024-11-01"), "需协调资金", day("2024-05-20"));
    CHECK(office.get("P1").due == day("2024-11-01"));
    CHECK_THROWS_AS(
        wf::extend_proposal(office.ws, "P1", day("2024-11-02"), "再延期", day("2024-06-20")),
        cppcc::DataError);
  }

  TEST_CASE("an extension needs a reason")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    CHECK_THROWS_AS(wf::extend_proposal(office.ws, "P1", day("2024-07-01"), " ", day("2024-05-20")),
                    cppcc::UsageError);
    CHECK(office.get("P1").due == day("2024-06-01"));
  }

  TEST_CASE("reply before assign is refused")
  {
    Office office;
    office.add("P1");
    wf::file_proposal(office.ws, "P1", day("2024-01-15"));
    try {
      wf::reply_proposal(office.ws, "P1", "区住建局", "A", "", day("2024-03-05"));
      FAIL("no exception");
    } catch (const cppcc::TransitionError& e) {
      CHECK(contains(e.what(), "proposal 'P1' is filed"));
      CHECK(contains(e.what(), "allowed: assign"));
    }
    CHECK(office.get("P1").status == "filed");
    CHECK(office.get("P1").replied.has_value() == false);
    CHECK(office.assignments("P1").empty());
    CHECK(office.steps("P1") == Strings{"add>submitted", "file>filed"});

    office.add("P2");
    CHECK_THROWS_AS(wf::reply_proposal(office.ws, "P2", "区住建局", "A", "", day("2024-03-05")),
                    cppcc::TransitionError);
    CHECK(office.get("P2").status == "submitted");
  }

  TEST_CASE("a date before the last recorded step is refused")
  {
    Office office;
    office.add("P1"); // submitted 2024-01-10
    try {
      wf::file_proposal(office.ws, "P1", day("2024-01-09"));
      FAIL("no exception");
    } catch (const cppcc::DataError& e) {
      CHECK(contains(e.what(), "2024-01-09"));
      CHECK(contains(e.what(), "2024-01-10"));
    }
    CHECK(office.get("P1").status == "submitted");
    CHECK_FALSE(office.get("P1").filing_no.has_value());

    wf::file_proposal(office.ws, "P1", day("2024-01-15"));
    CHECK_THROWS_AS(wf::assign_proposal(office.ws, "P1", {"区住建局"}, {}, day("2024-01-14")),
                    cppcc::DataError);
    CHECK(office.get("P1").status == "filed");
    CHECK(office.assignments("P1").empty());

    // the same day as the last step is fine
    wf::assign_proposal(office.ws, "P1", {"区住建局"}, {}, day("2024-01-15"));
    CHECK(office.get("P1").status == "assigned");
    CHECK_THROWS_AS(wf::reply_proposal(office.ws, "P1", "", "A", "", day("2024-01-14")),
                    cppcc::DataError);
    CHECK(office.get("P1").replied.has_value() == false);
  }

  TEST_CASE("a reply and satisfied feedback conclude the proposal")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    const wf::Outcome replied =
        wf::reply_proposal(office.ws, "P1", "区住建局", "A", "已完成改造", day("2024-04-20"));
    CHECK(replied.to == "replied");
    CHECK(replied.note.empty());
    model::Proposal p = office.get("P1");
    CHECK(p.status == "replied");
    CHECK(p.replied == day("2024-04-20"));
    CHECK(p.result == "A");
    const auto assignment = office.assignments("P1").at(0);
    CHECK(assignment.replied == day("2024-04-20"));
    CHECK(assignment.result == "A");
    CHECK(assignment.reply_text == "已完成改造");

    const wf::Outcome done =
        wf::feedback_proposal(office.ws, "P1", "走访", "满意", day("2024-05-01"));
    CHECK(done.from == "replied");
    CHECK(done.to == "concluded");
    p = office.get("P1");
    CHECK(p.status == "concluded");
    CHECK(p.concluded == day("2024-05-01"));
    CHECK(p.feedback == day("2024-05-01"));
    CHECK(p.contact == "visit");
    CHECK(p.satisfaction == "satisfied");
    CHECK(office.steps("P1") == Strings{"add>submitted", "file>filed", "assign>assigned",
                                        "reply>replied", "feedback>concluded"});
  }

  TEST_CASE("basically satisfied feedback also concludes")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    wf::reply_proposal(office.ws, "P1", "", "B", "", day("2024-04-20"));
    CHECK(wf::feedback_proposal(office.ws, "P1", "phone", "basic", day("2024-05-01")).to ==
          "concluded");
    CHECK(office.get("P1").satisfaction == "basic");
  }

  TEST_CASE("a reply after the due date is noted as late")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    const wf::Outcome outcome = wf::reply_proposal(office.ws, "P1", "", "B", "", day("2024-06-02"));
    CHECK(outcome.to == "replied");
    CHECK(outcome.note == "late: due 2024-06-01");
    CHECK(contains(office.events("P1").back().details, "\"on_time\": \"no\""));
  }

  TEST_CASE("an unknown result class is refused with a suggestion")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    try {
      wf::reply_proposal(office.ws, "P1", "", "已解决或基本解决了", "", day("2024-04-01"));
      FAIL("no exception");
    } catch (const cppcc::DataError& e) {
      CHECK(contains(e.what(), "result class"));
    }
    CHECK(office.get("P1").status == "assigned");
  }

  TEST_CASE("unsatisfied feedback starts a rehandling round that ends in a new reply")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01", {}, {"区财政局"});
    wf::reply_proposal(office.ws, "P1", "区住建局", "C", "", day("2024-04-01"));

    const wf::Outcome unhappy =
        wf::feedback_proposal(office.ws, "P1", "电话", "不满意", day("2024-04-10"));
    CHECK(unhappy.from == "replied");
    CHECK(unhappy.to == "rehandling");
    model::Proposal p = office.get("P1");
    CHECK(p.status == "rehandling");
    CHECK(p.round == 2);
    CHECK(p.assigned == day("2024-03-01")); // the first assignment (交办日期) stays
    CHECK(p.due == day("2024-07-10"));      // the new round's due date is in force
    CHECK(p.replied == day("2024-04-01"));  // the last reply, until the new round replies
    CHECK(p.result == "C");
    CHECK(p.satisfaction == "unsatisfied");
    CHECK(p.concluded.has_value() == false);

    auto assignments = office.assignments("P1");
    REQUIRE(assignments.size() == 4);
    // round 1 keeps its reply
    CHECK(assignments[0].round == 1);
    CHECK(assignments[0].role == cppcc::model::Role::lead);
    CHECK(assignments[0].replied == day("2024-04-01"));
    CHECK(assignments[0].result == "C");
    CHECK(assignments[1].round == 1);
    CHECK(assignments[1].role == cppcc::model::Role::joint);
    // round 2: the same units, new dates
    CHECK(assignments[2].round == 2);
    CHECK(assignments[2].unit == "区住建局");
    CHECK(assignments[2].role == cppcc::model::Role::lead);
    CHECK(assignments[2].assigned == day("2024-04-10"));
    CHECK(assignments[2].due == day("2024-07-10"));
    CHECK(assignments[2].replied.has_value() == false);
    CHECK(assignments[3].round == 2);
    CHECK(assignments[3].unit == "区财政局");
    CHECK(assignments[3].role == cppcc::model::Role::joint);

    // The lead and the joint unit are both waiting: which one replies must be said.
    CHECK_THROWS_AS(wf::reply_proposal(office.ws, "P1", "", "A", "", day("2024-06-01")),
                    cppcc::UsageError);
    const wf::Outcome again =
        wf::reply_proposal(office.ws, "P1", "区住建局", "A", "", day("2024-06-01"));
    CHECK(again.from == "rehandling");
    CHECK(again.to == "replied");
    p = office.get("P1");
    CHECK(p.replied == day("2024-06-01"));
    CHECK(p.result == "A");
    CHECK(p.round == 2);
    assignments = office.assignments("P1");
    CHECK(assignments[0].replied == day("2024-04-01"));
    CHECK(assignments[2].replied == day("2024-06-01"));

    CHECK(wf::feedback_proposal(office.ws, "P1", "走访", "满意", day("2024-06-10")).to ==
          "concluded");
    CHECK(office.get("P1").status == "concluded");
    CHECK(office.get("P1").concluded == day("2024-06-10"));
    CHECK(office.steps("P1") == Strings{"add>submitted", "file>filed", "assign>assigned",
                                        "reply>replied", "feedback>rehandling", "reply>replied",
                                        "feedback>concluded"});
  }

  TEST_CASE("split handling stays assigned until every lead unit replies")
  {
    Office office;
    office.assigned("P1", {"区住建局", "区水利局"}, "2024-03-01");
    auto assignments = office.assignments("P1");
    REQUIRE(assignments.size() == 2);
    CHECK(assignments[0].role == cppcc::model::Role::lead);
    CHECK(assignments[1].role == cppcc::model::Role::lead);

    // with two units waiting, the replying unit must be named
    try {
      wf::reply_proposal(office.ws, "P1", "", "A", "", day("2024-04-01"));
      FAIL("no exception");
    } catch (const cppcc::UsageError& e) {
      CHECK(contains(e.what(), "区住建局"));
      CHECK(contains(e.what(), "区水利局"));
    }

    const wf::Outcome first =
        wf::reply_proposal(office.ws, "P1", "区水利局", "A", "", day("2024-04-01"));
    CHECK(first.to == "assigned");
    CHECK(office.get("P1").status == "assigned");
    CHECK(office.get("P1").replied.has_value() == false);

    CHECK_THROWS_AS(wf::reply_proposal(office.ws, "P1", "区水利局", "B", "", day("2024-04-02")),
                    cppcc::DataError);

    // the one unit still waiting may now be left out
    const wf::Outcome second = wf::reply_proposal(office.ws, "P1", "", "C", "", day("2024-04-15"));
    CHECK(second.to == "replied");
    const model::Proposal p = office.get("P1");
    CHECK(p.status == "replied");
    CHECK(p.replied == day("2024-04-15"));
    CHECK(p.result == "C"); // the weakest result of the lead units counts
    assignments = office.assignments("P1");
    for (const auto& a : assignments)
      CHECK_FALSE(a.replied.has_value() == false);
  }

  TEST_CASE("a joint unit's reply is recorded but not waited for")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01", {}, {"区财政局"});
    CHECK(wf::reply_proposal(office.ws, "P1", "区财政局", "B", "会办意见", day("2024-03-20")).to ==
          "assigned");
    CHECK(office.assignments("P1").at(1).replied == day("2024-03-20"));
    CHECK(office.assignments("P1").at(1).reply_text == "会办意见");
    CHECK(wf::reply_proposal(office.ws, "P1", "区住建局", "A", "", day("2024-04-01")).to ==
          "replied");
    CHECK(office.get("P1").result == "A");
    CHECK(office.get("P1").replied == day("2024-04-01"));
  }

  TEST_CASE("a unit that does not handle the proposal cannot reply to it")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    CHECK_THROWS_AS(wf::reply_proposal(office.ws, "P1", "区水利局", "A", "", day("2024-04-01")),
                    cppcc::DataError);
    CHECK_THROWS_AS(wf::reply_proposal(office.ws, "P1", "区住建", "A", "", day("2024-04-01")),
                    cppcc::DataError);
    CHECK(office.get("P1").status == "assigned");
  }

  TEST_CASE("a joint unit kept after the lead returned it is due with the new lead")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01", {}, {"区水利局"});
    wf::return_proposal(office.ws, "P1", "区住建局", "不属于本单位职责", day("2024-03-05"));
    wf::assign_proposal(office.ws, "P1", {"区财政局"}, {}, day("2024-03-20"));
    const auto assignments = office.assignments("P1");
    REQUIRE(assignments.size() == 3);
    for (const auto& a : assignments)
      if (a.active()) CHECK(a.due == day("2024-06-20"));
    CHECK(office.get("P1").due == day("2024-06-20"));
  }

  TEST_CASE("a return within return_days sends the proposal back to filed")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    const wf::Outcome outcome =
        wf::return_proposal(office.ws, "P1", "区住建局", "不属于本单位职责", day("2024-03-11"));
    CHECK(outcome.from == "assigned");
    CHECK(outcome.to == "filed");
    model::Proposal p = office.get("P1");
    CHECK(p.status == "filed");
    CHECK(p.assigned.has_value() == false);
    CHECK(p.due.has_value() == false);
    auto assignments = office.assignments("P1");
    REQUIRE(assignments.size() == 1);
    CHECK(assignments[0].returned == day("2024-03-11"));
    CHECK(assignments[0].return_reason == "不属于本单位职责");

    // the office assigns it again
    wf::assign_proposal(office.ws, "P1", {"区水利局"}, {}, day("2024-03-12"));
    p = office.get("P1");
    CHECK(p.status == "assigned");
    CHECK(p.assigned == day("2024-03-12"));
    CHECK(p.due == day("2024-06-12"));
    assignments = office.assignments("P1");
    REQUIRE(assignments.size() == 2);
    CHECK(assignments[1].unit == "区水利局");
    CHECK(assignments[1].returned.has_value() == false);
    const auto rows = storage::list_proposals(office.store, {});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].lead_units == "区水利局");
    CHECK(office.steps("P1") == Strings{"add>submitted", "file>filed", "assign>assigned",
                                        "return>filed", "assign>assigned"});
  }

  TEST_CASE("a return after return_days is refused")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    const std::size_t events_before = office.events("P1").size();
    try {
      wf::return_proposal(office.ws, "P1", "区住建局", "不属于本单位职责", day("2024-03-12"));
      FAIL("no exception");
    } catch (const cppcc::TransitionError& e) {
      CHECK(contains(e.what(), "2024-03-11"));
      CHECK(contains(e.what(), "return_days"));
    }
    CHECK(office.get("P1").status == "assigned");
    CHECK(office.assignments("P1").at(0).returned.has_value() == false);
    CHECK(office.events("P1").size() == events_before);
  }

  TEST_CASE("the return window follows the configuration")
  {
    Office office("proposal:\n  handling:\n    return_days: 3\n");
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    office.assigned("P2", {"区住建局"}, "2024-03-01");
    CHECK_THROWS_AS(
        wf::return_proposal(office.ws, "P1", "区住建局", "不属于本单位职责", day("2024-03-05")),
        cppcc::TransitionError);
    CHECK(wf::return_proposal(office.ws, "P2", "区住建局", "不属于本单位职责", day("2024-03-04"))
              .to == "filed");
  }

  TEST_CASE("one of two lead units returning leaves the proposal assigned to the other")
  {
    Office office;
    office.assigned("P1", {"区住建局", "区水利局"}, "2024-03-01");
    CHECK(wf::return_proposal(office.ws, "P1", "区水利局", "非本单位职责", day("2024-03-05")).to ==
          "assigned");
    CHECK(office.get("P1").status == "assigned");
    CHECK(office.get("P1").due == day("2024-06-01"));
    // the remaining lead unit's reply is now the whole reply
    CHECK(wf::reply_proposal(office.ws, "P1", "", "A", "", day("2024-04-01")).to == "replied");
  }

  TEST_CASE("a unit that does not hold the proposal cannot return it")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    CHECK_THROWS_AS(
        wf::return_proposal(office.ws, "P1", "区水利局", "不属于本单位职责", day("2024-03-05")),
        cppcc::DataError);
    CHECK(office.get("P1").status == "assigned");
  }

  TEST_CASE("a unit cannot be given the same proposal twice")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    CHECK_THROWS_AS(wf::assign_proposal(office.ws, "P1", {"区住建局"}, {}, day("2024-03-02")),
                    cppcc::DataError);
    CHECK(office.assignments("P1").size() == 1);
    // another lead unit may be added
    wf::assign_proposal(office.ws, "P1", {"区水利局"}, {}, day("2024-03-02"));
    CHECK(office.assignments("P1").size() == 2);
    CHECK(office.get("P1").assigned == day("2024-03-01"));
    CHECK(office.get("P1").due == day("2024-06-02"));
  }

  TEST_CASE("assigning needs a lead unit and known units")
  {
    Office office;
    office.add("P1");
    wf::file_proposal(office.ws, "P1", day("2024-01-15"));
    CHECK_THROWS_AS(wf::assign_proposal(office.ws, "P1", {}, {"区财政局"}, day("2024-03-01")),
                    cppcc::UsageError);
    try {
      wf::assign_proposal(office.ws, "P1", {"区住建"}, {}, day("2024-03-01"));
      FAIL("no exception");
    } catch (const cppcc::DataError& e) {
      CHECK(contains(e.what(), "区住建"));
      CHECK(contains(e.what(), "did you mean '区住建局'"));
    }
    CHECK(office.get("P1").status == "filed");
    CHECK(office.assignments("P1").empty());
  }

  TEST_CASE("merge carries the proposer and co-signers into the target as co-signers")
  {
    Office office;
    const model::Proposal target = office.add("P1", {{"cosigners", "李强"}});
    const model::Proposal merged =
        office.add("P2", {{"proposer", "王伟"}, {"cosigners", "赵敏、张明"}});
    const wf::Outcome outcome = wf::merge_proposal(office.ws, "P2", "P1", day("2024-01-20"));
    CHECK(outcome.from == "submitted");
    CHECK(outcome.to == "merged");
    CHECK(outcome.note == "merged into P1");

    const model::Proposal p2 = office.get("P2");
    CHECK(p2.status == "merged");
    CHECK(p2.merged_into_id == std::optional<long>(target.id));

    const model::Proposal p1 = office.get("P1");
    CHECK(p1.status == "submitted");
    Strings names;
    for (const auto& c : p1.cosigners)
      names.push_back(c.name);
    // 张明 is P1's own proposer and is not repeated
    CHECK(names == Strings{"李强", "王伟", "赵敏"});
    REQUIRE(p1.cosigners.size() == 3);
    CHECK_FALSE(p1.cosigners[0].merged_from_id.has_value());
    CHECK(p1.cosigners[1].merged_from_id == std::optional<long>(merged.id));
    CHECK(p1.cosigners[1].member_id == std::optional<long>(office.member_id("W003")));
    CHECK(p1.cosigners[2].merged_from_id == std::optional<long>(merged.id));
    CHECK(p1.cosigners[2].member_id == std::optional<long>(office.member_id("W004")));

    const auto target_events = office.events("P1");
    REQUIRE(target_events.size() == 2);
    CHECK(target_events[1].action == "merge_in");
    CHECK(target_events[1].to_state == "submitted");
    CHECK(contains(target_events[1].details, "P2"));
    CHECK(office.steps("P2") == Strings{"add>submitted", "merge>merged"});
  }

  TEST_CASE("merge refuses the proposal itself and a closed target")
  {
    Office office;
    office.add("P1");
    office.add("P2");
    office.add("P3");
    CHECK_THROWS_AS(wf::merge_proposal(office.ws, "P1", "P1", day("2024-01-20")), cppcc::DataError);
    wf::withdraw_proposal(office.ws, "P3", "提案人撤回", day("2024-01-15"));
    CHECK_THROWS_AS(wf::merge_proposal(office.ws, "P2", "P3", day("2024-01-20")),
                    cppcc::TransitionError);
    CHECK(office.get("P2").status == "submitted");
    CHECK_FALSE(office.get("P2").merged_into_id.has_value());
    CHECK(office.steps("P2") == Strings{"add>submitted"});
    CHECK(office.get("P3").cosigners.empty());
    CHECK_THROWS_AS(wf::merge_proposal(office.ws, "P2", "P9", day("2024-01-20")), cppcc::DataError);
  }

  TEST_CASE("only a submitted proposal can be merged away")
  {
    Office office;
    office.add("P1");
    office.add("P2");
    wf::file_proposal(office.ws, "P2", day("2024-01-15"));
    CHECK_THROWS_AS(wf::merge_proposal(office.ws, "P2", "P1", day("2024-01-20")),
                    cppcc::TransitionError);
    CHECK(office.get("P2").status == "filed");
    CHECK(office.get("P1").cosigners.empty());
  }

  TEST_CASE("conclude without feedback is allowed only after the configured days")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    wf::reply_proposal(office.ws, "P1", "", "A", "", day("2024-04-01"));
    try {
      wf::conclude_proposal(office.ws, "P1", day("2024-04-30"));
      FAIL("no exception");
    } catch (const cppcc::TransitionError& e) {
      CHECK(contains(e.what(), "2024-05-01"));
      CHECK(contains(e.what(), "conclude_without_feedback_days"));
    }
    CHECK(office.get("P1").status == "replied");
    const wf::Outcome outcome = wf::conclude_proposal(office.ws, "P1", day("2024-05-01"));
    CHECK(outcome.to == "concluded");
    CHECK(office.get("P1").concluded == day("2024-05-01"));
    CHECK(office.get("P1").satisfaction.empty());
  }

  TEST_CASE("reject stores a configured reason by id and free text as given")
  {
    Office office;
    office.add("P1");
    office.add("P2");
    CHECK(wf::reject_proposal(office.ws, "P1", "属于司法个案", day("2024-01-15")).to ==
          "not_filed");
    CHECK(office.get("P1").reject_reason == "judicial_case");
    CHECK_FALSE(office.get("P1").filing_no.has_value());
    wf::reject_proposal(office.ws, "P2", "与去年提案重复", day("2024-01-15"));
    CHECK(office.get("P2").reject_reason == "与去年提案重复");

    office.add("P3");
    CHECK_THROWS_AS(wf::reject_proposal(office.ws, "P3", "", day("2024-01-15")), cppcc::UsageError);
    CHECK(office.get("P3").status == "submitted");
  }

  TEST_CASE("a rejected proposal can be converted and forwarded to a unit")
  {
    Office office;
    office.add("P1");
    wf::reject_proposal(office.ws, "P1", "vague", day("2024-01-15"));
    const wf::Outcome outcome =
        wf::convert_proposal(office.ws, "P1", "区水利局", day("2024-01-16"));
    CHECK(outcome.to == "converted");
    CHECK(outcome.note == "forwarded to 区水利局");
    CHECK(office.get("P1").converted_unit_id ==
          std::optional<long>(storage::find_unit(office.store, "区水利局")->id));
    office.add("P2");
    CHECK_THROWS_AS(wf::convert_proposal(office.ws, "P2", "区水利局", day("2024-01-16")),
                    cppcc::TransitionError);
  }

  TEST_CASE("a withdrawn proposal allows no further action")
  {
    Office office;
    office.add("P1");
    CHECK(wf::withdraw_proposal(office.ws, "P1", "提案人撤回", day("2024-01-12")).to ==
          "withdrawn");
    try {
      wf::file_proposal(office.ws, "P1", day("2024-01-15"));
      FAIL("no exception");
    } catch (const cppcc::TransitionError& e) {
      CHECK(contains(e.what(), "is withdrawn"));
      CHECK(contains(e.what(), "no action is allowed now"));
    }
    CHECK(office.get("P1").status == "withdrawn");
    CHECK_FALSE(office.get("P1").filing_no.has_value());
  }

  TEST_CASE("key marks a proposal and its supervising leader without moving it")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    const wf::Outcome outcome = wf::key_proposal(office.ws, "P1", "李副区长", day("2024-03-02"));
    CHECK(outcome.from == "assigned");
    CHECK(outcome.to == "assigned");
    CHECK(office.get("P1").key);
    CHECK(office.get("P1").key_leader == "李副区长");
    CHECK(office.get("P1").due == day("2024-06-01"));
  }

  TEST_CASE("each lifecycle step is written to the audit log with its changes")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    const auto audit = storage::audit_of(office.store, "proposal", "P1");
    REQUIRE(audit.size() == 3);
    CHECK(audit[0].action == "add");
    CHECK(audit[1].action == "file");
    CHECK(audit[2].action == "assign");
    CHECK(audit[2].op == "tester");
    bool status_changed = false;
    for (const auto& change : audit[1].changes)
      if (change.field == "status")
        status_changed = change.before == "submitted" && change.after == "filed";
    CHECK(status_changed);
    bool due_set = false;
    for (const auto& change : audit[2].changes)
      if (change.field == "due") due_set = change.before.empty() && change.after == "2024-06-01";
    CHECK(due_set);
  }

  TEST_CASE("a proposal is overdue only after its due date and until it is replied")
  {
    Office office;
    office.assigned("P1", {"区住建局"}, "2024-03-01");
    CHECK_FALSE(records::is_overdue(office.config, office.get("P1"), day("2024-06-01")));
    CHECK(records::is_overdue(office.config, office.get("P1"), day("2024-06-02")));
    storage::ProposalFilter filter;
    const auto& handling = office.config.proposal_phases.states(cfg::Phase::handling);
    filter.overdue = {"2024-06-02", handling};
    CHECK(storage::list_proposals(office.store, filter).size() == 1);
    filter.overdue = {"2024-06-01", handling};
    CHECK(storage::list_proposals(office.store, filter).empty());
    wf::reply_proposal(office.ws, "P1", "", "A", "", day("2024-06-05"));
    CHECK_FALSE(records::is_overdue(office.config, office.get("P1"), day("2024-06-10")));
  }
}
