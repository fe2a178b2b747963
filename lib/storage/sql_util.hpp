#pragma once
// Binding and reading helpers shared by the storage files: empty text is NULL.
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <optional>
#include <string>

namespace cppcc::storage {

inline std::string text_at(SQLite::Statement& s, int column)
{
  return s.getColumn(column).isNull() ? std::string() : s.getColumn(column).getString();
}

inline std::optional<long> id_at(SQLite::Statement& s, int column)
{
  if (s.getColumn(column).isNull()) return std::nullopt;
  return static_cast<long>(s.getColumn(column).getInt64());
}

inline void bind_text(SQLite::Statement& s, int index, const std::string& value)
{
  if (value.empty())
    s.bind(index);
  else
    s.bind(index, value);
}

inline void bind_id(SQLite::Statement& s, int index, const std::optional<long>& id)
{
  if (id)
    s.bind(index, static_cast<int64_t>(*id));
  else
    s.bind(index);
}

} // namespace cppcc::storage

#include <fmt/format.h>
#include <unordered_map>
#include <vector>

namespace cppcc::storage {

// `format` (a literal) with its {} replaced by `columns`, built once and kept for the
// program's life, so that Store::prepared(const char*) can key it by address.
inline const char* static_sql(const char* format, const char* columns)
{
  static std::unordered_map<const char*, std::string> k_built;
  auto [it, fresh] = k_built.try_emplace(format);
  if (fresh) it->second = fmt::format(fmt::runtime(format), columns);
  return it->second.c_str();
}

// The rows of `s` counted by the values of all their columns, as text (NULL is ""),
// sorted by those values: a GROUP BY done with a hash. SQLite sorts every row of a
// GROUP BY in a temporary B-tree, which over the hundreds of thousands of rows of a
// year's proposals or assignments costs several times the scan; the groups are few.
struct CountedRow {
  std::vector<std::string> values;
  long count = 0;
};
std::vector<CountedRow> count_rows(SQLite::Statement& s);

} // namespace cppcc::storage
