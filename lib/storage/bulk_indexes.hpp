#pragma once
// A bulk write's secondary indexes built once at its end instead of row by row.
#include "storage/store.hpp"

#include <string>
#include <utility>
#include <vector>

namespace cppcc::storage {

// The secondary indexes of some tables, dropped for one large write and created again
// by rebuild() from the very SQL sqlite_schema held for them. Call it inside the
// write's transaction: DDL is transactional in SQLite, so a write that is rolled back
// (a bad row, a dry run, a crash) takes the DROPs back with it and leaves the indexes
// exactly as they were; one that commits has them rebuilt. UNIQUE and PRIMARY KEY
// indexes are never dropped: the per-row key checks need them.
class DeferredIndexes {
public:
  // Drops every index made by CREATE INDEX (not UNIQUE) on `tables`. A bulk write's
  // per-row reads must go through primary keys, which stay.
  DeferredIndexes(Store& store, const std::vector<std::string>& tables);
  DeferredIndexes(const DeferredIndexes&) = delete;
  DeferredIndexes& operator=(const DeferredIndexes&) = delete;
  // Creates the dropped indexes again, in their original order; once.
  void rebuild();
  // The dropped indexes' names, in their original order.
  std::vector<std::string> names() const;

private:
  Store& m_store;
  std::vector<std::pair<std::string, std::string>> m_dropped; // name, CREATE INDEX sql
};

// The rows of `table` (a name from the program, not the user), counting no further than
// `limit`: as cheap for a large table as for a small one.
long rows_up_to(Store& store, const std::string& table, long limit);

} // namespace cppcc::storage
