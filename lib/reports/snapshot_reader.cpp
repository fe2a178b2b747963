#include "reports/snapshot_reader.hpp"

#include <cstdint>
#include <exception>
#include <sqlite3.h>

namespace cppcc::reports {

std::optional<storage::Store> snapshot_reader(storage::Store& store)
{
  sqlite3* own = store.db().getHandle();
  if (store.path() == ":memory:" || sqlite3_get_autocommit(own) != 0 ||
      sqlite3_txn_state(own, "main") != SQLITE_TXN_NONE)
    return std::nullopt;
  // PRAGMA data_version changes when another connection commits between two reads: if it
  // is the same before the store's transaction takes its snapshot and after the reader
  // takes its own, no commit came between them, and the two snapshots are the same. A
  // reader that cannot be opened or started is none: the command reads on the store alone.
  std::optional<storage::Store> reader;
  const auto data_version = [&reader] {
    return reader->db().execAndGet("PRAGMA data_version").getInt64();
  };
  std::int64_t before = 0;
  try {
    reader.emplace(storage::Store::open(store.path(), storage::Access::read));
    before = data_version();
  } catch (const std::exception&) {
    return std::nullopt;
  }
  store.db().execAndGet("SELECT count(*) FROM sqlite_schema"); // the store's snapshot
  try {
    reader->db().exec("BEGIN");
    reader->db().execAndGet("SELECT count(*) FROM sqlite_schema"); // the reader's
    if (data_version() != before) return std::nullopt;
  } catch (const std::exception&) {
    return std::nullopt;
  }
  return reader;
}

} // namespace cppcc::reports
