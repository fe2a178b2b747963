// The --mapping YAML loader (import::Mapping) on any text, and the header plan of a
// proposal ledger under the mapping it gives. Properties: a bad mapping is a
// ConfigError (exit 78, file and line) and a header it cannot plan a DataError or
// ConfigError, never another exception; a plan has one field per header column.
#include "error.hpp"
#include "fuzz_support.hpp"
#include "import/headers.hpp"
#include "import/importer.hpp"

#include <cstdint>

namespace cfg = cppcc::config;
namespace import = cppcc::import;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  static const cfg::Config config = cfg::Config::from_text("", "defaults");
  static const import::Kind& kind = import::kind_named("proposal");
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  import::Mapping mapping;
  try {
    mapping = import::Mapping::parse(text, "mapping.yaml");
  } catch (const cppcc::ConfigError&) {
    return 0;
  }
  FUZZ_CHECK(mapping.source == "mapping.yaml");
  // A ledger header as offices write it, then every header the mapping names.
  std::vector<std::string> header = {"提案号", "标题", "提案人", "类别", "提交日期", "状态"};
  for (const auto& [from, to] : mapping.columns)
    header.push_back(from);
  try {
    const import::HeaderPlan plan =
        import::plan_headers(config, kind.name, kind.columns(), kind.key, header, mapping, "x.csv");
    FUZZ_CHECK(plan.fields.size() == header.size());
  } catch (const cppcc::DataError&) {
  } catch (const cppcc::ConfigError&) {
  }
  return 0;
}
