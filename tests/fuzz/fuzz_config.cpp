// The configuration loader (config::Config, and each module's reading of its subtree:
// config_parts.hpp) on any text as an office's cppcc.yaml laid over the shipped defaults.
// Properties: a bad file is a ConfigError (exit 78) and nothing else; what `config show` prints for
// an accepted one, loaded again as an override, is a ConfigError or the same configuration. (It may
// be refused: the shipped figure rules may name activity kinds an office replaced only while they
// are shipped.)
#include "config/config.hpp"
#include "config_parts.hpp"
#include "error.hpp"
#include "fuzz_support.hpp"

#include <cstdint>

namespace cfg = cppcc::config;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::optional<cfg::Config> config;
  try {
    config.emplace(cppcc::test::loaded(text, "cppcc.yaml"));
  } catch (const cppcc::ConfigError&) {
    return 0;
  }
  const std::string shown = config->dump();
  try {
    FUZZ_CHECK(cppcc::test::loaded(shown, "shown.yaml").dump() == shown);
  } catch (const cppcc::ConfigError&) {
  }
  return 0;
}
