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

  // Wall-clock timestamp for created_at/updated_at and the audit log.
  std::string now() const { return io::now_timestamp(); }
  std::string label(std::string_view group, std::string_view key) const
  {
    return config.label(lang, group, key);
  }
};

} // namespace cppcc::records
