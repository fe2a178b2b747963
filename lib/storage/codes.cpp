#include "storage/codes.hpp"

#include "error.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace cppcc::storage {

std::string next_code(Store& store, std::string_view table, std::string_view stem)
{
  static constexpr std::array<std::string_view, 3> k_tables = {"activities", "articles",
                                                               "opinions"};
  if (std::find(k_tables.begin(), k_tables.end(), table) == k_tables.end())
    throw Error(fmt::format("no generated codes for table '{}'", table));
  SQLite::Statement count(
      store.db(), fmt::format("SELECT count(*) FROM {} WHERE substr(code, 1, ?) = ?", table));
  count.bind(1, static_cast<int>(stem.size()));
  count.bind(2, std::string(stem));
  count.executeStep();
  SQLite::Statement taken(store.db(), fmt::format("SELECT 1 FROM {} WHERE code = ?", table));
  for (long n = count.getColumn(0).getInt64() + 1;; ++n) {
    const std::string code = fmt::format("{}{:04}", stem, n);
    taken.bind(1, code);
    const bool used = taken.executeStep();
    taken.reset();
    if (!used) return code;
  }
}

namespace {

bool is_record_table(std::string_view table)
{
  static constexpr std::array<std::string_view, 7> k_tables = {
      "members", "units", "proposals", "opinions", "studios", "activities", "articles"};
  return std::find(k_tables.begin(), k_tables.end(), table) != k_tables.end();
}

} // namespace

long id_with_key(Store& store, std::string_view table, std::string_view column,
                 const std::string& key)
{
  if (!is_record_table(table) || (column != "code" && column != "name"))
    throw Error(fmt::format("no record key '{}.{}'", table, column));
  auto& query = store.prepared(fmt::format("SELECT id FROM {} WHERE {} = ?", table, column));
  query.bind(1, key);
  return query.executeStep() ? static_cast<long>(query.getColumn(0).getInt64()) : 0;
}

long max_id(Store& store, std::string_view table)
{
  if (!is_record_table(table)) throw Error(fmt::format("no record table '{}'", table));
  auto& query = store.prepared(fmt::format("SELECT coalesce(max(id), 0) FROM {}", table));
  query.executeStep();
  const long id = static_cast<long>(query.getColumn(0).getInt64());
  query.reset();
  return id;
}

} // namespace cppcc::storage
