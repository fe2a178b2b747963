// The workflow is the one truth of a proposal's steps (schemas/workflow.yaml, issue 21): a
// command and a ledger row (台账) go through the same transitions, a row's steps being the
// way from the initial state to its state that the workflow's `ledger:` readings find.
// Changing a transition in an office's copy of the workflow changes both.
#include "config/config.hpp"
#include "error.hpp"
#include "import/importer.hpp"
#include "records/members.hpp"
#include "records/proposals.hpp"
#include "records/units.hpp"
#include "storage/proposals.hpp"
#include "storage/store.hpp"
#include "util/resources.hpp"
#include "workflow/definition.hpp"
#include "workflow/proposal_actions.hpp"

#include "config_parts.hpp"
#include "temp_dir.hpp"
#include <doctest/doctest.h>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace cfg = cppcc::config;
namespace io = cppcc::io;
namespace records = cppcc::records;
namespace storage = cppcc::storage;
namespace wf = cppcc::workflow;
using Strings = std::vector<std::string>;

namespace {

bool contains(const std::string& text, std::string_view part)
{
  return text.find(part) != std::string::npos;
}

// The shipped schemas/workflow.yaml as it is written, which an office copies into its
// cppcc.yaml to change it.
std::string shipped_workflow()
{
  for (const auto& resource : cppcc::util::resources())
    if (resource.path == "workflow.yaml") return std::string(resource.text);
  FAIL("schemas/workflow.yaml is not embedded");
  return {};
}

// `text` with its one `from` replaced by `to`.
std::string changed(std::string text, std::string_view from, std::string_view to)
{
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  CHECK(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

io::Date day(const char* iso)
{
  return *io::parse_date(iso);
}

// An office whose cppcc.yaml is `yaml`, over an in-memory database, with a member, two
// units and a directory for its ledgers.
struct Desk {
  explicit Desk(const std::string& yaml)
      : config(cppcc::test::loaded(yaml, "cppcc.yaml")), ws{store, config, "tester",
                                                            io::Date{2024, 3, 1}, cfg::Lang::en}
  {
    records::add_member(ws, {{"code", "W001"}, {"name", "张明"}});
    for (const char* unit : {"区住建局", "区水利局"})
      records::add_unit(ws, {{"name", unit}});
  }

  void add(const std::string& code)
  {
    wf::add_proposal(ws, {{"code", code},
                          {"title", "关于" + code + "的建议"},
                          {"proposer", "张明"},
                          {"submitted", "2023-01-12"}});
  }

  // What a command says: "" when the step was taken, else its refusal.
  template <class Step> std::string command(Step step)
  {
    try {
      step();
    } catch (const cppcc::TransitionError& e) {
      return e.what();
    }
    return "";
  }

  // Imports one ledger row under the header `header`: "" when written, else the problems.
  std::string import(const std::string& header, const std::string& row)
  {
    try {
      cppcc::import::import_files(ws, cppcc::import::kind_named("proposal"),
                                  {dir.write("台账.csv", header + "\n" + row + "\n").string()}, {});
    } catch (const cppcc::DataError& e) {
      return e.what();
    }
    return "";
  }

  std::string status(const std::string& code)
  {
    return storage::find_proposal(store, code)->status;
  }
  // "action>to_state" for each step, oldest first.
  Strings steps(const std::string& code)
  {
    Strings out;
    for (const auto& e : storage::events_of(store, storage::find_proposal(store, code)->id))
      out.push_back(e.action + ">" + e.to_state);
    return out;
  }

  TempDir dir;
  storage::Store store = storage::Store::create(":memory:");
  cfg::Config config;
  records::Workspace ws;
};

// The actions of each path to `state`, space-separated.
Strings paths_to(const wf::Definition& definition, std::string_view state)
{
  Strings out;
  for (const auto& path : definition.ledger().paths(state)) {
    std::string actions;
    for (const auto& step : path.steps)
      actions += (actions.empty() ? "" : " ") + step.action;
    out.push_back(actions);
  }
  return out;
}

const char* const k_header = "提案号,标题,提案人,提交日期,状态,立案日期,不予立案理由";

} // namespace

TEST_SUITE("ledger workflow")
{
  TEST_CASE("the shipped workflow's ledger steps are those of docs/domain.md §4.5")
  {
    const cfg::Config config = cfg::Config::from_text("", "test");
    const wf::Definition& d = wf::proposal_workflow(config);
    CHECK(paths_to(d, "submitted") == Strings{""});
    CHECK(paths_to(d, "filed") == Strings{"file"});
    CHECK(paths_to(d, "not_filed") == Strings{"reject"});
    CHECK(paths_to(d, "converted") == Strings{"reject convert"});
    CHECK(paths_to(d, "merged") == Strings{"merge"});
    CHECK(paths_to(d, "withdrawn") == Strings{"withdraw"});
    CHECK(paths_to(d, "assigned") == Strings{"file assign"});
    CHECK(paths_to(d, "replied") == Strings{"file assign reply"});
    CHECK(paths_to(d, "rehandling") == Strings{"file assign reply feedback"});
    CHECK(paths_to(d, "concluded") ==
          Strings{"file assign reply feedback", "file assign reply conclude"});
    REQUIRE(d.ledger().marks().size() == 1);
    CHECK(d.ledger().marks()[0].action == "key");
    // The feedback that sends a proposal back is dated by the reply, and needs it unsatisfied.
    const auto& rehandling = d.ledger().paths("rehandling")[0].steps.back();
    CHECK(rehandling.when == "unsatisfied");
    CHECK(rehandling.reading.date == Strings{"replied"});
    const auto& concluded = d.ledger().paths("concluded")[0].steps.back();
    CHECK(concluded.reading.date == Strings{"concluded"});
    REQUIRE(concluded.unless.size() == 1);
    CHECK(concluded.unless[0].to == "rehandling");
  }

  TEST_CASE("a transition changed in a copy of workflow.yaml changes a command and a ledger "
            "import alike")
  {
    const std::string shipped = shipped_workflow();
    SUBCASE("withdraw allowed from filed too")
    {
      const std::string office = changed(shipped, "withdraw:\n        from: [submitted]",
                                         "withdraw:\n        from: [submitted, filed]");
      for (const bool changed_copy : {false, true}) {
        CAPTURE(changed_copy);
        Desk desk(changed_copy ? office : shipped);
        desk.add("P1");
        wf::file_proposal(desk.ws, "P1", day("2023-02-20"));
        const std::string command =
            desk.command([&] { wf::withdraw_proposal(desk.ws, "P1", "", day("2023-03-01")); });
        const std::string ledger =
            desk.import(k_header, "P2,关于P2的建议,张明,2023-01-12,已撤回,2023-02-20,");
        if (!changed_copy) {
          CHECK(contains(command, "'withdraw' is not allowed"));
          CHECK(desk.status("P1") == "filed");
          CHECK(contains(ledger, "'2023-02-20' contradicts status 'withdrawn'"));
          CHECK_FALSE(storage::find_proposal(desk.store, "P2").has_value());
        } else {
          CHECK(command.empty());
          CHECK(desk.status("P1") == "withdrawn");
          CHECK(ledger.empty());
          CHECK(desk.steps("P2") == Strings{"add>submitted", "file>filed", "withdraw>withdrawn"});
        }
        // A row withdrawn before filing is one step either way.
        CHECK(desk.import(k_header, "P3,关于P3的建议,张明,2023-01-12,已撤回,,").empty());
        CHECK(desk.steps("P3") == Strings{"add>submitted", "withdraw>withdrawn"});
      }
    }
    SUBCASE("convert taken out")
    {
      const std::string office =
          changed(shipped, "convert:\n        from: [not_filed]", "convert:\n        from: []");
      for (const bool changed_copy : {false, true}) {
        CAPTURE(changed_copy);
        Desk desk(changed_copy ? office : shipped);
        desk.add("P1");
        wf::reject_proposal(desk.ws, "P1", "属于司法个案", day("2023-01-20"));
        const std::string command = desk.command(
            [&] { wf::convert_proposal(desk.ws, "P1", "区住建局", day("2023-01-21")); });
        const std::string ledger =
            desk.import(k_header, "P2,关于P2的建议,张明,2023-01-12,转意见建议,,属于司法个案");
        if (!changed_copy) {
          CHECK(command.empty());
          CHECK(desk.status("P1") == "converted");
          CHECK(ledger.empty());
          CHECK(desk.steps("P2") ==
                Strings{"add>submitted", "reject>not_filed", "convert>converted"});
        } else {
          CHECK(contains(command, "'convert' is not allowed"));
          CHECK(desk.status("P1") == "not_filed");
          CHECK(contains(ledger, "no steps a ledger shows lead to 'converted'"));
          CHECK_FALSE(storage::find_proposal(desk.store, "P2").has_value());
        }
      }
    }
  }

  TEST_CASE("a state renamed in the workflow is followed by commands, imports and the overdue "
            "flag")
  {
    // 办理中 stored as in_hand: every mention of the state, not the ledger column 交办日期.
    std::string office = shipped_workflow();
    for (std::size_t at = 0; (at = office.find("assigned", at)) != std::string::npos;) {
      const bool column = at >= 8 && office.compare(at - 8, 8, "column: ") == 0;
      if (!column) office.replace(at, 8, "in_hand");
      at += column ? 8 : 7;
    }
    Desk desk(office);
    desk.add("P1");
    wf::file_proposal(desk.ws, "P1", day("2023-02-20"));
    wf::assign_proposal(desk.ws, "P1", {"区住建局"}, {}, day("2023-03-01"));
    CHECK(desk.status("P1") == "in_hand");
    CHECK(records::is_overdue(desk.config, *storage::find_proposal(desk.store, "P1"),
                              day("2023-06-02")));
    CHECK(desk.import("提案号,标题,提案人,提交日期,状态,立案日期,主办单位,交办日期",
                      "P2,关于P2的建议,张明,2023-01-12,办理中,2023-02-20,区水利局,2023-03-01")
              .empty());
    CHECK(desk.steps("P2") == Strings{"add>submitted", "file>filed", "assign>in_hand"});
    storage::ProposalFilter overdue;
    overdue.overdue = {"2023-06-02", desk.config.proposal_phases.states(cfg::Phase::handling)};
    CHECK(storage::list_proposals(desk.store, overdue).size() == 2);
  }

  TEST_CASE("a ledger reading the workflow cannot keep is refused when it is read")
  {
    auto refusal = [](const std::string& yaml) -> std::string {
      try {
        (void)cppcc::test::loaded(yaml, "cppcc.yaml");
      } catch (const cppcc::ConfigError& e) {
        return e.what();
      }
      return "";
    };
    SUBCASE("an unknown column")
    {
      const std::string e = refusal(
          "workflows:\n  proposal:\n    actions:\n      file: {ledger: {column: filed_on}}\n");
      CHECK(contains(e, "workflows.proposal.actions.file.ledger.column"));
      CHECK(contains(e, "'filed_on'"));
      CHECK(contains(e, "did you mean 'filed'"));
    }
    SUBCASE("a state allowing an unknown column")
    {
      std::string states = changed(shipped_workflow(), "ledger: {allows: [feedback]}",
                                   "ledger: {allows: [satisfaction]}");
      const std::string e = refusal(states);
      CHECK(contains(e, "workflows.proposal.states.replied.ledger.allows"));
      CHECK(contains(e, "'satisfaction'"));
    }
    SUBCASE("an action the import cannot replay")
    {
      const YAML::Node node = YAML::Load("initial: a\nstates: [a, b]\nactions:\n"
                                         "  go: {from: [a], to: b, ledger: {column: filed}}\n");
      try {
        (void)wf::Definition::from_yaml(node, "workflows.test", {}, nullptr, {"filed"}, {"file"});
        FAIL("no exception");
      } catch (const cppcc::ConfigError& e) {
        CHECK(contains(e.what(), "workflows.test.actions.go.ledger"));
        CHECK(contains(e.what(), "'go'"));
      }
    }
    SUBCASE("a workflow without ledger columns has no readings")
    {
      const YAML::Node node = YAML::Load("initial: a\nstates: [a, b]\nactions:\n"
                                         "  go: {from: [a], to: b, ledger: {column: filed}}\n");
      CHECK_THROWS_AS((void)wf::Definition::from_yaml(node, "workflows.test", {}),
                      cppcc::ConfigError);
    }
  }

  TEST_CASE("every state has a phase, and the phases the program counts by have a state")
  {
    auto refusal = [](const std::string& yaml) -> std::string {
      try {
        (void)cfg::Config::from_text(yaml, "cppcc.yaml");
      } catch (const cppcc::ConfigError& e) {
        return e.what();
      }
      return "";
    };
    const std::string shipped = shipped_workflow();
    SUBCASE("a state without one")
    {
      const std::string e = refusal(changed(shipped, "en: filed, phase: filed}", "en: filed}"));
      CHECK(contains(e, "workflows.proposal.states"));
      CHECK(contains(e, "'filed' has no phase"));
    }
    SUBCASE("an unknown phase")
    {
      const std::string e =
          refusal(changed(shipped, "en: filed, phase: filed}", "en: filed, phase: filing}"));
      CHECK(contains(e, "unknown phase 'filing'"));
    }
    SUBCASE("no state being handled")
    {
      std::string yaml =
          changed(shipped, "en: assigned, phase: handling}", "en: assigned, phase: filed}");
      yaml = changed(yaml, "en: rehandling, phase: handling}", "en: rehandling, phase: replied}");
      CHECK(contains(refusal(yaml), "no state is in phase 'handling'"));
    }
    const cfg::Config config = cfg::Config::from_text("", "test");
    CHECK(config.proposal_phases.states(cfg::Phase::handling) == Strings{"assigned", "rehandling"});
    CHECK(config.proposal_phases.states(cfg::Phase::concluded) == Strings{"concluded"});
    CHECK(config.proposal_phases.states(cfg::Phase::review) == Strings{"submitted"});
  }
}
