// lib/config/: the shipped defaults, an office's override laid over them, and the
// vocabularies records are checked against.
#include "config/config.hpp"
#include "config_parts.hpp"
#include "error.hpp"
#include "util/resources.hpp"
#include "workflow/definition.hpp"

#include <atomic>
#include <doctest/doctest.h>

#include "temp_dir.hpp"
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using cppcc::config::Config;
using cppcc::config::Lang;

namespace {

bool contains(const std::string& text, std::string_view part)
{
  return text.find(part) != std::string::npos;
}

// The ConfigError `yaml` gives; fails the test if it gives none.
cppcc::ConfigError config_error(std::string_view yaml, std::string_view source = "cppcc.yaml")
{
  try {
    (void)cppcc::test::loaded(yaml, source);
  } catch (const cppcc::ConfigError& e) {
    return e;
  }
  FAIL("no ConfigError for: " << yaml);
  return cppcc::ConfigError("");
}

} // namespace

TEST_SUITE("config")
{
  TEST_CASE("the shipped defaults load")
  {
    const Config c = Config::load(std::nullopt);
    CHECK(c.committee_name == "政协委员会");
    CHECK(c.committee_name_en == "CPPCC Committee");
    CHECK(c.term == 16);
    CHECK(c.session == "十六届二次会议");
    CHECK(c.proposal_code_prefix == "P");
    CHECK(c.member_code_prefix == "W");
    CHECK(c.handling.period_months == 3);
    CHECK(c.handling.plenary_period_months == 3);
    CHECK(c.handling.max_months == 6);
    CHECK(c.handling.return_days == 10);
    CHECK(c.handling.rehandling_months == 3);
    CHECK(c.handling.conclude_without_feedback_days == 30);
    CHECK(c.categories.entries().size() == 6);
    CHECK(c.results.entries().size() == 4);
    CHECK(c.satisfaction.contains("unsatisfied"));
    CHECK(c.sectors.contains("教育界"));
    CHECK(cppcc::workflow::proposal_workflow(c).initial() == "submitted");
    CHECK(c.sources() == std::vector<std::string>{"built-in defaults"});
  }

  TEST_CASE("the shipped defaults read as their files do, comments and all")
  {
    // default_tree() blanks the files' comment lines before parsing and takes the parsed
    // nodes over without copying them: the tree must be the files' own, merged in order.
    YAML::Node expected(YAML::NodeType::Map);
    const auto lay = [](auto& self, YAML::Node base, const YAML::Node& over) -> void {
      for (const auto& entry : over) {
        const std::string key = entry.first.as<std::string>();
        if (base[key] && base[key].IsMap() && entry.second.IsMap())
          self(self, base[key], entry.second);
        else
          base[key] = YAML::Clone(entry.second);
      }
    };
    std::size_t files = 0;
    for (const auto& resource : cppcc::util::resources())
      if (resource.path.ends_with(".yaml") && !cppcc::config::is_message_catalogue(resource.path)) {
        lay(lay, expected, YAML::Load(std::string(resource.text)));
        ++files;
      }
    CHECK(files >= 7);
    const YAML::Node tree = cppcc::config::default_tree();
    CHECK(cppcc::config::same_yaml(tree, expected));
    CHECK(tree["scoring"]["items"].size() == expected["scoring"]["items"].size());
    // A comment line inside a block scalar would be text: the check above would see it.
    YAML::Node edited = YAML::Clone(expected);
    edited["report"]["annual"]["figures"][0]["key"] = "changed";
    CHECK_FALSE(cppcc::config::same_yaml(tree, edited));
  }

  TEST_CASE("an empty override gives the defaults and names its source")
  {
    const Config c = Config::from_text("", "test");
    CHECK(c.committee_name == "政协委员会");
    CHECK(c.handling.period_months == 3);
    CHECK(c.sources() == std::vector<std::string>{"built-in defaults", "test"});
  }

  TEST_CASE("an override changes only the keys it gives")
  {
    SUBCASE("committee name")
    {
      const Config c = Config::from_text("committee:\n  name: 汉滨区政协\n", "cppcc.yaml");
      CHECK(c.committee_name == "汉滨区政协");
      CHECK(c.committee_name_en == "CPPCC Committee");
      CHECK(c.term == 16);
      CHECK(c.session == "十六届二次会议");
    }
    SUBCASE("handling period")
    {
      const Config c =
          Config::from_text("proposal:\n  handling:\n    period_months: 5\n", "cppcc.yaml");
      CHECK(c.handling.period_months == 5);
      CHECK(c.handling.plenary_period_months == 3);
      CHECK(c.handling.max_months == 6);
      CHECK(c.handling.return_days == 10);
      CHECK(c.handling.rehandling_months == 3);
      CHECK(c.categories.entries().size() == 6);
      CHECK(c.committee_name == "政协委员会");
    }
  }

  TEST_CASE("a list in an override replaces the default list")
  {
    const Config c = Config::from_text("proposal:\n"
                                       "  categories:\n"
                                       "    - {id: rural, zh: 乡村振兴, en: rural revitalisation}\n"
                                       "    - 其他\n",
                                       "cppcc.yaml");
    REQUIRE(c.categories.entries().size() == 2);
    CHECK(c.categories.entries()[0].id == "rural");
    CHECK(c.categories.entries()[0].zh == "乡村振兴");
    CHECK(c.categories.entries()[1].id == "其他");
    CHECK(c.categories.entries()[1].en == "其他");
    CHECK_FALSE(c.categories.contains("economy"));
    CHECK(c.results.entries().size() == 4);
  }

  TEST_CASE("malformed YAML is refused naming the source and line")
  {
    const cppcc::ConfigError e =
        config_error("committee:\n  name: 汉滨区政协\n term: 16\n", "office.yaml");
    CHECK(e.status() == cppcc::Exit::config);
    CHECK(contains(e.what(), "office.yaml:3"));
  }

  TEST_CASE("an unknown key is refused with a did-you-mean")
  {
    const cppcc::ConfigError e = config_error("\n\ncommittee:\n  nmae: 汉滨区政协\n");
    CHECK(e.status() == cppcc::Exit::config);
    const std::string message = e.what();
    CHECK(contains(message, "cppcc.yaml:4"));
    CHECK(contains(message, "committee.nmae"));
    CHECK(contains(message, "did you mean 'name'"));
  }

  TEST_CASE("a value of the wrong type is refused naming the key and its line")
  {
    const cppcc::ConfigError e = config_error("# handling\n"
                                              "proposal:\n"
                                              "  handling:\n"
                                              "    period_months: abc\n");
    CHECK(e.status() == cppcc::Exit::config);
    const std::string message = e.what();
    CHECK(contains(message, "proposal.handling.period_months"));
    CHECK(contains(message, "abc"));
    CHECK(contains(message, "cppcc.yaml:4"));
  }

  TEST_CASE("a value out of range is refused naming the key and its line")
  {
    const cppcc::ConfigError e = config_error("proposal:\n  handling:\n    period_months: 0\n");
    const std::string message = e.what();
    CHECK(contains(message, "proposal.handling.period_months"));
    CHECK(contains(message, "out of range"));
    CHECK(contains(message, "cppcc.yaml:3"));
  }

  TEST_CASE("a value where the defaults have a map is refused")
  {
    const cppcc::ConfigError e = config_error("committee: 汉滨区政协\n");
    const std::string message = e.what();
    CHECK(contains(message, "cppcc.yaml:1"));
    CHECK(contains(message, "'committee'"));
    CHECK(contains(message, "map"));
  }

  TEST_CASE("a key without a value is refused")
  {
    const cppcc::ConfigError e = config_error("committee:\n  term:\n");
    CHECK(contains(e.what(), "cppcc.yaml:2"));
    CHECK(contains(e.what(), "committee.term"));
  }

  TEST_CASE("an override that is not a map is refused")
  {
    CHECK(config_error("- a\n- b\n").status() == cppcc::Exit::config);
  }

  TEST_CASE("a handling period longer than the extension cap is refused, naming the override")
  {
    const cppcc::ConfigError e = config_error("proposal:\n  handling:\n    period_months: 7\n");
    const std::string message = e.what();
    CHECK(contains(message, "max_months"));
    CHECK(contains(message, "cppcc.yaml"));
  }

  TEST_CASE("an override must keep the satisfaction levels the workflow relies on")
  {
    const cppcc::ConfigError e =
        config_error("proposal:\n  satisfaction:\n    - {id: ok, zh: 好, en: ok}\n");
    CHECK(contains(e.what(), "satisfied"));
  }

  TEST_CASE("a workflow override naming an unknown state is refused")
  {
    SUBCASE("in from")
    {
      const cppcc::ConfigError e = config_error(
          "workflows:\n  proposal:\n    actions:\n      file: {from: [submited], to: filed}\n");
      CHECK(e.status() == cppcc::Exit::config);
      const std::string message = e.what();
      CHECK(contains(message, "cppcc.yaml"));
      CHECK(contains(message, "submited"));
      CHECK(contains(message, "did you mean 'submitted'"));
    }
    SUBCASE("in to")
    {
      const cppcc::ConfigError e = config_error(
          "workflows:\n  proposal:\n    actions:\n      feedback: {from: [replied], to: closed}\n");
      CHECK(contains(e.what(), "'closed'"));
      CHECK(contains(e.what(), "workflows.proposal.actions.feedback"));
    }
    SUBCASE("as the initial state")
    {
      const cppcc::ConfigError e = config_error("workflows:\n  proposal:\n    initial: draft\n");
      CHECK(contains(e.what(), "'draft'"));
    }
  }

  TEST_CASE("a workflow override can change where an action leads")
  {
    const Config c = Config::from_text(
        "workflows:\n  proposal:\n    actions:\n      reject: {from: [submitted, filed], to: "
        "not_filed}\n",
        "cppcc.yaml");
    const auto* reject = cppcc::workflow::proposal_workflow(c).action("reject");
    REQUIRE(reject != nullptr);
    CHECK(reject->from == std::vector<std::string>{"submitted", "filed"});
    CHECK(reject->to == "not_filed");
    // the other actions are untouched
    REQUIRE(cppcc::workflow::proposal_workflow(c).action("file") != nullptr);
    CHECK(cppcc::workflow::proposal_workflow(c).action("file")->to == "filed");
  }

  TEST_CASE("Config::load reads an override file and names it")
  {
    TempDir dir;
    const auto file = dir.path / "cppcc.yaml";
    std::ofstream(file) << "committee:\n  name: 汉滨区政协\n  term: 17\n";
    const Config c = Config::load(file);
    CHECK(c.committee_name == "汉滨区政协");
    CHECK(c.term == 17);
    CHECK(c.sources() == std::vector<std::string>{"built-in defaults", file.string()});
  }

  TEST_CASE("Config::load reports a bad override file by its path")
  {
    TempDir dir;
    const auto file = dir.path / "cppcc.yaml";
    std::ofstream(file) << "committee:\n  nmae: x\n";
    try {
      (void)Config::load(file);
      FAIL("no exception");
    } catch (const cppcc::ConfigError& e) {
      CHECK(contains(e.what(), file.string() + ":2"));
    }
  }

  TEST_CASE("Config::load of a missing file is an input error")
  {
    TempDir dir;
    try {
      (void)Config::load(dir.path / "missing.yaml");
      FAIL("no exception");
    } catch (const cppcc::InputError& e) {
      CHECK(e.status() == cppcc::Exit::no_input);
      CHECK(contains(e.what(), "missing.yaml"));
    }
  }

  TEST_CASE("the merged configuration dumps as YAML that reads back the same")
  {
    const Config c = Config::from_text(
        "committee:\n  name: 汉滨区政协\nproposal:\n  handling:\n    period_months: 4\n", "x");
    const std::string text = c.dump();
    CHECK(contains(text, "汉滨区政协"));
    const Config again = Config::from_text(text, "dump");
    CHECK(again.committee_name == "汉滨区政协");
    CHECK(again.handling.period_months == 4);
    CHECK(again.categories.entries().size() == c.categories.entries().size());
  }

  TEST_CASE("labels come from the locale, else the key itself")
  {
    const Config c = Config::from_text("", "test");
    CHECK(c.label(Lang::en, "proposal", "filing_no") == "filing no");
    CHECK(c.label(Lang::en, "proposal", "no_such_field") == "no_such_field");
    CHECK(c.label(Lang::zh, "proposal", "title") != "title");
  }

  TEST_CASE("a vocabulary resolves ids and both labels")
  {
    const Config c = Config::from_text("", "test");
    const auto& categories = c.categories;
    CHECK(categories.resolve("economy") == std::optional<std::string>("economy"));
    CHECK(categories.resolve("经济建设") == std::optional<std::string>("economy"));
    CHECK(categories.resolve("economic development") == std::optional<std::string>("economy"));
    CHECK(categories.resolve("Economic Development") == std::optional<std::string>("economy"));
    CHECK(categories.resolve("ECOLOGY") == std::optional<std::string>("ecology"));
    CHECK(categories.resolve(" 生态文明建设 ") == std::optional<std::string>("ecology"));
    CHECK_FALSE(categories.resolve("经济").has_value());
    CHECK_FALSE(categories.resolve("").has_value());
    CHECK(c.results.resolve("a") == std::optional<std::string>("A"));
    CHECK(c.satisfaction.resolve("不满意") == std::optional<std::string>("unsatisfied"));
  }

  TEST_CASE("a vocabulary gives labels by language and unknown ids as they are")
  {
    const Config c = Config::from_text("", "test");
    CHECK(c.categories.label("economy", Lang::zh) == "经济建设");
    CHECK(c.categories.label("economy", Lang::en) == "economic development");
    CHECK(c.categories.label("mystery", Lang::zh) == "mystery");
    CHECK(c.categories.contains("economy"));
    CHECK_FALSE(c.categories.contains("经济建设"));
  }

  TEST_CASE("require throws a DataError with a suggestion for a near miss")
  {
    const Config c = Config::from_text("", "test");
    CHECK(c.categories.require("经济建设") == "economy");
    try {
      (void)c.categories.require("经济建没");
      FAIL("no exception");
    } catch (const cppcc::DataError& e) {
      CHECK(e.status() == cppcc::Exit::data);
      const std::string message = e.what();
      CHECK(contains(message, "category"));
      CHECK(contains(message, "经济建没"));
      CHECK(contains(message, "did you mean '经济建设'"));
    }
  }

  TEST_CASE("require lists the choices when nothing is close")
  {
    const Config c = Config::from_text("", "test");
    try {
      (void)c.satisfaction.require("zzzzzzzz");
      FAIL("no exception");
    } catch (const cppcc::DataError& e) {
      const std::string message = e.what();
      CHECK(contains(message, "satisfaction level"));
      CHECK(contains(message, "expected one of"));
      CHECK(contains(message, "satisfied/满意"));
      CHECK(contains(message, "unsatisfied/不满意"));
    }
  }

  // An office that replaces the activity kinds and keeps the shipped report figures
  // (which name shipped kinds) can save what `config show` prints as its cppcc.yaml.
  TEST_CASE("what config show prints loads again when an office replaces the activity kinds")
  {
    const Config c =
        Config::from_text("activity:\n  kinds:\n    - {id: plenary, zh: 全会, en: plenary}\n"
                          "    - {id: patrol, zh: 巡查, en: patrol}\n",
                          "office.yaml");
    const Config again = Config::from_text(c.dump(), "shown.yaml");
    CHECK(again.dump() == c.dump());
    // figures the office writes itself must still name kinds it has
    CHECK_THROWS_AS(
        cppcc::test::loaded("activity:\n  kinds:\n    - {id: patrol, zh: 巡查, en: patrol}\n"
                            "report:\n  annual:\n    figures:\n"
                            "      - {key: visits, source: activities, kinds: [visit]}\n",
                            "office.yaml"),
        cppcc::ConfigError);
  }
}
