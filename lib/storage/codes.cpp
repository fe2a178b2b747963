#include "storage/codes.hpp"

#include "error.hpp"
#include "util/messages.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace cppcc::storage {

std::string next_code(Store& store, std::string_view table, std::string_view stem)
{
  static constexpr std::array<std::string_view, 3> k_tables = {"activities", "articles",
                                                               "opinions"};
  if (std::find(k_tables.begin(), k_tables.end(), table) == k_tables.end())
    throw Error(msg::text("storage.no_generated_codes", table));
  // The codes from `stem` up to the stem with its last byte one higher: a range of the
  // code's unique index, not a scan of the table (an import without codes asks each row).
  // (A stem is never empty, nor does it end in byte 0xFF: "A2024-".)
  std::string past = std::string(stem);
  ++past.back();
  auto& count =
      store.prepared(fmt::format("SELECT count(*) FROM {} WHERE code >= ? AND code < ?", table));
  count.bind(1, std::string(stem));
  count.bind(2, past);
  count.executeStep();
  const long held = static_cast<long>(count.getColumn(0).getInt64());
  count.reset();
  auto& taken = store.prepared(fmt::format("SELECT 1 FROM {} WHERE code = ?", table));
  for (long n = held + 1;; ++n) {
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
    throw Error(msg::text("storage.no_record_key", table, column));
  auto& query = store.prepared(fmt::format("SELECT id FROM {} WHERE {} = ?", table, column));
  query.bind(1, key);
  return query.executeStep() ? static_cast<long>(query.getColumn(0).getInt64()) : 0;
}

long max_id(Store& store, std::string_view table)
{
  if (!is_record_table(table)) throw Error(msg::text("storage.no_record_table", table));
  auto& query = store.prepared(fmt::format("SELECT coalesce(max(id), 0) FROM {}", table));
  query.executeStep();
  const long id = static_cast<long>(query.getColumn(0).getInt64());
  query.reset();
  return id;
}

} // namespace cppcc::storage
