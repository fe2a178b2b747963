// The social-opinion lifecycle (lib/records/opinion_actions, docs/domain.md §2.9) through the
// workflow engine: which action is allowed in which state, what each records, that a
// refused action changes nothing, and that an office's own workflow YAML is obeyed.
#include "config/config.hpp"
#include "config_parts.hpp"
#include "days.hpp"
#include "error.hpp"
#include "records/members.hpp"
#include "records/opinions.hpp"
#include "storage/audit.hpp"
#include "storage/opinions.hpp"
#include "storage/store.hpp"
#include "workflow/opinion_actions.hpp"

#include <doctest/doctest.h>
#include <string>

namespace cfg = cppcc::config;
namespace io = cppcc::io;
namespace model = cppcc::model;
namespace records = cppcc::records;
namespace storage = cppcc::storage;
namespace workflow = cppcc::workflow;

namespace {

constexpr io::Date k_april{2023, 4, 20};
constexpr io::Date k_may{2023, 5, 2};

// One member and one received report, S1, under the shipped or an office's workflow.
struct Desk {
  explicit Desk(std::string_view office_yaml = "")
      : store(storage::Store::create(":memory:")),
        config(cfg::Config::from_text(office_yaml, "o.yaml")), ws{store, config, "tester",
                                                                  io::Date{2023, 12, 1},
                                                                  cfg::Lang::en}
  {
    records::add_member(ws, {{"code", "W001"}, {"name", "张明"}, {"sector", "教育界"}});
    records::add_opinion(ws, {{"code", "S1"},
                              {"title", "关于农村饮水安全的建议"},
                              {"submitter", "张明"},
                              {"submitted", "2023-04-10"}});
  }

  model::Opinion stored() { return *storage::find_opinion(store, "S1"); }

  storage::Store store;
  cfg::Config config;
  records::Workspace ws;
};

} // namespace

TEST_SUITE("opinion workflow")
{
  TEST_CASE("a report is received, compiled into an issue, adopted and instructed")
  {
    Desk d;
    CHECK(d.stored().status == "received");
    CHECK(d.stored().submitter_member_id.has_value());
    const auto compiled = workflow::compile_opinion(d.ws, "S1", " 2023年第5期 ", k_april);
    CHECK(compiled.status == "compiled");
    CHECK(compiled.issue_no == "2023年第5期");
    CHECK(compiled.compiled == day("2023-04-20"));

    workflow::adopt_opinion(d.ws, "S1", {"市", "市委办公室", true}, k_may);
    workflow::adopt_opinion(d.ws, "S1", {"province", "", false}, k_may);
    workflow::instruct_opinion(d.ws, "S1", {"刘建国", "市级", "请研究"}, k_may);
    const model::Opinion o = d.stored();
    CHECK(o.status == "compiled"); // adoptions and instructions do not move it
    REQUIRE(o.adoptions.size() == 2);
    CHECK(o.adoptions[0].level == "city");
    CHECK(o.adoptions[0].combined);
    CHECK(o.adoptions[0].body == "市委办公室");
    CHECK(o.adoptions[1].level == "province");
    CHECK_FALSE(o.adoptions[1].combined);
    REQUIRE(o.instructions.size() == 1);
    CHECK(o.instructions[0].level == "city");
    CHECK(o.instructions[0].date == day("2023-05-02"));
    CHECK(records::opinion_values(o)[10] == "city(combined);province");

    const auto audit = storage::audit_of(d.store, "opinion", "S1");
    REQUIRE(audit.size() == 5);
    CHECK(audit[1].action == "compile");
    CHECK(audit[4].action == "instruct");
  }

  TEST_CASE("actions outside their states are refused and change nothing")
  {
    Desk d;
    CHECK_THROWS_AS(workflow::adopt_opinion(d.ws, "S1", {"city", "", false}, k_may),
                    cppcc::TransitionError);
    CHECK_THROWS_AS(workflow::instruct_opinion(d.ws, "S1", {"刘建国", "city", ""}, k_may),
                    cppcc::TransitionError);
    workflow::reject_opinion(d.ws, "S1", k_april);
    CHECK(d.stored().status == "not_used");
    CHECK_THROWS_AS(workflow::compile_opinion(d.ws, "S1", "5", k_april), cppcc::TransitionError);
    CHECK_THROWS_AS(workflow::reject_opinion(d.ws, "S1", k_april), cppcc::TransitionError);
    CHECK(d.stored().status == "not_used");
    CHECK(d.stored().issue_no.empty());
    CHECK(storage::audit_of(d.store, "opinion", "S1").size() == 2);
  }

  TEST_CASE("a compiled report cannot be rejected, and dates keep their order")
  {
    Desk d;
    CHECK_THROWS_AS(workflow::compile_opinion(d.ws, "S1", "5", io::Date{2023, 4, 9}),
                    cppcc::DataError);
    CHECK_THROWS_AS(workflow::compile_opinion(d.ws, "S1", "  ", k_april), cppcc::UsageError);
    workflow::compile_opinion(d.ws, "S1", "5", k_april);
    CHECK_THROWS_AS(workflow::reject_opinion(d.ws, "S1", k_may), cppcc::TransitionError);
    CHECK_THROWS_AS(workflow::adopt_opinion(d.ws, "S1", {"city", "", false}, io::Date{2023, 4, 1}),
                    cppcc::DataError);
    CHECK_THROWS_AS(workflow::adopt_opinion(d.ws, "S1", {"", "", false}, k_may), cppcc::UsageError);
    CHECK_THROWS_AS(workflow::adopt_opinion(d.ws, "S1", {"township", "", false}, k_may),
                    cppcc::DataError);
  }

  TEST_CASE("the same body adopting at the same level twice is refused; another body is not")
  {
    Desk d;
    workflow::compile_opinion(d.ws, "S1", "5", k_april);
    workflow::adopt_opinion(d.ws, "S1", {"city", "市委办公室", false}, k_may);
    CHECK_THROWS_AS(workflow::adopt_opinion(d.ws, "S1", {"市", "市委办公室", true}, k_may),
                    cppcc::DataError);
    workflow::adopt_opinion(d.ws, "S1", {"city", "市政府办公室", false}, k_may);
    CHECK(d.stored().adoptions.size() == 2);
  }

  TEST_CASE("an unknown code suggests the closest")
  {
    Desk d;
    try {
      workflow::compile_opinion(d.ws, "S2", "5", k_april);
      FAIL("no error");
    } catch (const cppcc::DataError& e) {
      CHECK(std::string(e.what()) == "no opinion 'S2' (did you mean 'S1'?)");
    }
  }

  TEST_CASE("an office's workflow YAML decides: instructions on received reports")
  {
    Desk d("workflows:\n  opinion:\n    actions:\n"
           "      instruct: {from: [received, compiled]}\n");
    workflow::instruct_opinion(d.ws, "S1", {"刘建国", "district", ""}, k_april);
    CHECK(d.stored().status == "received");
    CHECK(d.stored().instructions.size() == 1);
    CHECK_THROWS_AS(cppcc::test::loaded("workflows:\n  opinion:\n    actions:\n"
                                        "      adopt: {from: [archived]}\n",
                                        "o.yaml"),
                    cppcc::ConfigError);
  }
}
