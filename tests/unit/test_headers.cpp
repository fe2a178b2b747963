// lib/import/headers: the --mapping YAML loader. Malformed mappings found by the fuzz
// target tests/fuzz/fuzz_mapping.cpp are refused as ConfigError (exit 78) naming the file
// and line, not as yaml-cpp's conversion error (which reached main as exit 70).
#include "error.hpp"
#include "import/headers.hpp"

#include <doctest/doctest.h>
#include <string>

using cppcc::import::Mapping;

namespace {

// The message of the ConfigError `yaml` gives; fails the test if it gives none.
std::string mapping_error(std::string_view yaml)
{
  try {
    (void)Mapping::parse(yaml, "映射.yaml");
  } catch (const cppcc::ConfigError& e) {
    return e.what();
  }
  FAIL("no ConfigError for: " << yaml);
  return "";
}

} // namespace

TEST_SUITE("import headers")
{
  TEST_CASE("a mapping gives renamed headers, ignored columns and cell values")
  {
    const Mapping m = Mapping::parse("columns:\n  案件编号（必填）: code\n  备注: ignore\n"
                                     "values:\n  status: {办结: concluded, 无: }\n",
                                     "映射.yaml");
    CHECK(m.columns.at("案件编号") == "code");
    CHECK(m.columns.at("备注") == "ignore");
    CHECK(m.values.at("status").at("办结") == "concluded");
    CHECK(m.values.at("status").at("无") == "");
    CHECK(m.lines.at("values.status") == 5);
  }

  TEST_CASE("a list or map where text belongs is refused with the file and line")
  {
    SUBCASE("a list as a cell's value")
    {
      CHECK(mapping_error("values:\n  status: {办结: [concluded, assigned]}\n") ==
            "映射.yaml:2: expected text, not a list or map");
    }
    SUBCASE("a list as a header")
    {
      CHECK(mapping_error("columns:\n  ? [案件编号, 编号]\n  : code\n") ==
            "映射.yaml:2: expected text, not a list or map");
    }
    SUBCASE("a map as a top-level key")
    {
      CHECK(mapping_error("? {columns: x}\n: y\n") ==
            "映射.yaml:1: expected text, not a list or map");
    }
    SUBCASE("a map as a column of values")
    {
      CHECK(mapping_error("values:\n  ? {a: b}\n  : {办结: concluded}\n") ==
            "映射.yaml:2: expected text, not a list or map");
    }
  }

  TEST_CASE("an empty cell key maps an empty cell")
  {
    const Mapping m = Mapping::parse("values:\n  status: {~: assigned}\n", "映射.yaml");
    CHECK(m.values.at("status").at("") == "assigned");
  }
}
