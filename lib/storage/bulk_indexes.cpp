#include "storage/bulk_indexes.hpp"

#include <fmt/format.h>

namespace cppcc::storage {

namespace {

constexpr int k_sort_cache = -2048; // KiB, as PRAGMA cache_size takes it

} // namespace

DeferredIndexes::DeferredIndexes(Store& store, const std::vector<std::string>& tables)
    : m_store(store)
{
  // origin 'c': made by CREATE INDEX (not a UNIQUE or PRIMARY KEY constraint's own);
  // "unique" = 0: a CREATE UNIQUE INDEX enforces keys too. The SQL is the one the
  // migrations left in sqlite_schema, so the index created again is the same index.
  SQLite::Statement list(store.db(),
                         "SELECT s.name, s.sql FROM sqlite_schema s JOIN pragma_index_list(?1) i "
                         "ON i.name = s.name WHERE s.type = 'index' AND s.tbl_name = ?1 AND "
                         "i.origin = 'c' AND i.\"unique\" = 0 AND s.sql IS NOT NULL "
                         "ORDER BY s.rowid");
  for (const auto& table : tables) {
    list.reset();
    list.bind(1, table);
    while (list.executeStep())
      m_dropped.emplace_back(list.getColumn(0).getString(), list.getColumn(1).getString());
  }
  store.reset_prepared();
  for (const auto& [name, sql] : m_dropped) // names from sqlite_schema, not the user
    store.db().exec(fmt::format("DROP INDEX \"{}\"", name));
}

void DeferredIndexes::rebuild()
{
  m_store.reset_prepared();
  // CREATE INDEX sorts in memory up to the page cache's size, then spills sorted runs to
  // temporary files — kept in memory too under temp_store = MEMORY (Store::configure). So
  // the sorts get a small cache and real temporary files, which keeps a large import's
  // peak memory flat at no cost in CPU (docs/performance.md, "Settings").
  // SQLite refuses to change temp_store inside a transaction once the connection has a
  // temporary database; then the runs stay in memory.
  SQLite::Database& db = m_store.db();
  const int cache = db.execAndGet("PRAGMA cache_size").getInt();
  const int temp_store = db.execAndGet("PRAGMA temp_store").getInt();
  db.exec(fmt::format("PRAGMA cache_size = {}", k_sort_cache));
  bool temp_files = false;
  try {
    db.exec("PRAGMA temp_store = FILE");
    temp_files = true;
  } catch (const SQLite::Exception&) {
  }
  for (const auto& [name, sql] : m_dropped)
    db.exec(sql);
  if (temp_files) db.exec(fmt::format("PRAGMA temp_store = {}", temp_store));
  db.exec(fmt::format("PRAGMA cache_size = {}", cache));
  m_dropped.clear();
}

std::vector<std::string> DeferredIndexes::names() const
{
  std::vector<std::string> out;
  for (const auto& [name, sql] : m_dropped)
    out.push_back(name);
  return out;
}

long rows_up_to(Store& store, const std::string& table, long limit)
{
  SQLite::Statement count(
      store.db(), fmt::format("SELECT count(*) FROM (SELECT 1 FROM \"{}\" LIMIT ?)", table));
  count.bind(1, static_cast<int64_t>(limit));
  count.executeStep();
  return static_cast<long>(count.getColumn(0).getInt64());
}

} // namespace cppcc::storage
