#pragma once
// A configuration as the command line loads it: the merged tree, then every module's own
// subtree read (workflows, scoring rules, the annual report's settings, the documents'
// layout; cli/context.cpp), so that a fault in any of them is a ConfigError here too.
#include "config/config.hpp"
#include "documents/settings.hpp"
#include "reports/figures.hpp"
#include "scoring/rules.hpp"
#include "workflow/definition.hpp"

namespace cppcc::test {

inline config::Config read_every_part(config::Config config)
{
  (void)workflow::proposal_workflow(config);
  (void)workflow::opinion_workflow(config);
  (void)scoring::rules(config);
  (void)reports::annual_settings(config);
  (void)documents::settings(config);
  return config;
}

inline config::Config loaded(std::string_view yaml, std::string_view source)
{
  return read_every_part(config::Config::from_text(yaml, source));
}

} // namespace cppcc::test
