#pragma once
// What every record operation needs: the open store, the merged configuration, who
// is acting, what "today" is and which labels to show. Commands build one; tests
// build one over ":memory:".
#include "config/config.hpp"
#include "io/dates.hpp"
#include "storage/store.hpp"

#include <string>

namespace cppcc::records {

struct Workspace {
  storage::Store& store;
  const config::Config& config;
  std::string op; // operator, recorded in events and the audit log
  io::Date today; // --as-of, else the real date
  config::Lang lang = config::Lang::en;

  // Wall-clock timestamp for created_at/updated_at, events and the audit log: read once,
  // so everything one command writes carries the same time (and a bulk import does not
  // read the clock per row).
  const std::string& now() const
  {
    if (clock.empty()) clock = io::now_timestamp();
    return clock;
  }
  std::string label(std::string_view group, std::string_view key) const
  {
    return config.label(lang, group, key);
  }

  mutable std::string clock = {}; // set by the first now()
};

} // namespace cppcc::records
