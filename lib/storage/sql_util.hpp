#pragma once
// Binding and reading helpers shared by the storage files: empty text is NULL.
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "error.hpp"
#include "model/records.hpp"
#include "util/date.hpp"
#include "util/messages.hpp"

#include <optional>
#include <string>
#include <vector>

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

// Binds text without copying it: the caller keeps `value` alive, unchanged, until the
// statement has stepped (a temporary would not be, hence the deleted overloads). A copy
// costs a malloc, a memcpy and a free, and an imported proposal binds some 60 texts.
inline void bind_kept(SQLite::Statement& s, int index, const std::string& value)
{
  s.bindNoCopy(index, value);
}
void bind_kept(SQLite::Statement&, int, std::string&&) = delete;

// Binds text, NULL when empty; kept as bind_kept keeps it.
inline void bind_text(SQLite::Statement& s, int index, const std::string& value)
{
  if (value.empty())
    s.bind(index);
  else
    s.bindNoCopy(index, value);
}
void bind_text(SQLite::Statement&, int, std::string&&) = delete;

// "?N, ?N+1, …": `count` parameters from number `first`, for an `IN (…)` over a list
// bound with bind_list (a list of states, which SQL never names).
inline std::string parameters(int first, std::size_t count)
{
  std::string out;
  for (std::size_t i = 0; i < count; ++i)
    out += (i ? ", ?" : "?") + std::to_string(first + static_cast<int>(i));
  return out;
}

// Binds `values` to the parameters from number `first` (their owner keeps them alive).
inline void bind_list(SQLite::Statement& s, int first, const std::vector<std::string>& values)
{
  for (std::size_t i = 0; i < values.size(); ++i)
    s.bindNoCopy(first + static_cast<int>(i), values[i]);
}

// A stored date (ISO text): nothing when NULL or "". Anything else not a day is a damaged
// database, said as such rather than read as no date.
inline std::optional<util::Date> date_at(SQLite::Statement& s, int column)
{
  auto c = s.getColumn(column);
  if (c.isNull()) return std::nullopt;
  const char* text = c.getText();
  if (*text == '\0') return std::nullopt;
  if (auto date = util::strict_iso(text)) return date;
  throw DataError(std::string("stored date is not YYYY-MM-DD: ") + text + " (column " +
                  c.getName() + ")");
}

// Binds a date as its ISO text; NULL when there is none, or "" with `empty_is_null` false
// (a NOT NULL column).
inline void bind_date(SQLite::Statement& s, int index, const std::optional<util::Date>& date,
                      bool empty_is_null = true)
{
  if (date)
    s.bind(index, date->iso());
  else if (empty_is_null)
    s.bind(index);
  else
    s.bind(index, std::string());
}

// A stored assignment role (assignments.role, model::role_id's text): anything else is a
// damaged database, said as such, naming the text and its column.
inline model::Role role_from(std::string_view text, std::string_view column)
{
  if (auto role = model::role_of_id(text)) return *role;
  throw DataError(msg::text("storage.stored_role_unknown", text, column));
}

inline model::Role role_at(SQLite::Statement& s, int column)
{
  return role_from(s.getColumn(column).getText(), s.getColumn(column).getName());
}

// Binds a role as its id (static text: nothing to keep alive).
inline void bind_role(SQLite::Statement& s, int index, model::Role role)
{
  s.bindNoCopy(index, model::role_id(role).data()); // a literal: NUL-terminated
}

inline void bind_id(SQLite::Statement& s, int index, const std::optional<long>& id)
{
  if (id)
    s.bind(index, static_cast<int64_t>(*id));
  else
    s.bind(index);
}

} // namespace cppcc::storage

#include "storage/store.hpp"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <initializer_list>
#include <mutex>
#include <sqlite3.h>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cppcc::storage {

// `format` (a literal) with its {} replaced by `columns`, built once and kept for the
// program's life: not formatted again for every statement looked up or prepared.
inline const char* static_sql(const char* format, const char* columns)
{
  static std::mutex k_lock; // a report's second connection builds on another thread
  static std::unordered_map<const char*, std::string> k_built;
  const std::lock_guard<std::mutex> hold(k_lock);
  auto [it, fresh] = k_built.try_emplace(format);
  if (fresh) it->second = fmt::format(fmt::runtime(format), columns);
  return it->second.c_str();
}

inline std::int64_t long_at(SQLite::Statement& s, int column)
{
  return static_cast<std::int64_t>(s.getColumn(column).getInt64());
}

// A statement for one pass over many rows, read without copies: SQLiteCpp's Column
// holds a shared_ptr to its statement, one copy per value read, over a year's hundreds of
// thousands of rows (what that cost a report: docs/performance.md, "Settings"). Prepared
// from the store's connection for one pass; errors throw SQLite::Exception as SQLiteCpp's do.
class RowScan {
public:
  RowScan(Store& store, const char* sql);
  ~RowScan();
  RowScan(const RowScan&) = delete;
  RowScan& operator=(const RowScan&) = delete;

  void bind(int index, const std::string& text);
  void bind(int index, int64_t value);
  bool executeStep(); // false when done
  void reset();

  bool null(int column) const;
  int type(int column) const;             // SQLITE_INTEGER, SQLITE_TEXT, SQLITE_NULL …
  sqlite3_value* value(int column) const; // valid until the next step
  std::int64_t integer(int column) const;
  std::string_view view(int column) const; // "" for NULL; valid until the next step
  std::string_view blob(int column) const; // the bytes of a BLOB, as view's
  int columns() const;

private:
  sqlite3* m_db;
  sqlite3_stmt* m_statement = nullptr;
};

inline std::string_view view_at(RowScan& s, int column)
{
  return s.view(column);
}

inline std::int64_t long_at(RowScan& s, int column)
{
  return s.integer(column);
}

inline std::string text_at(RowScan& s, int column)
{
  return std::string(s.view(column));
}

// Rows counted by a tuple of values (text; NULL is ""), sorted by those values: a GROUP
// BY done with a hash. SQLite sorts every row of a GROUP BY in a temporary B-tree, which
// over the hundreds of thousands of rows of a year's proposals or assignments costs
// several times the scan; the groups are few.
struct CountedRow {
  std::vector<std::string> values;
  std::int64_t count = 0;
};

class GroupCounter {
public:
  // Counts `n` more of the group `values`.
  void add(std::initializer_list<std::string_view> values, std::int64_t n = 1);
  // The groups, sorted by their values.
  std::vector<CountedRow> rows() &&;

private:
  std::unordered_map<std::string, std::size_t> m_index; // values joined → m_rows
  std::vector<CountedRow> m_rows;
  std::string m_key;
};

// Rows counted by the values of their first `columns` columns, as CountedRows. Integers
// are keyed by their bytes, not converted to text row by row; a group's values are
// written as text once, when it first occurs.
class RowCounter {
public:
  explicit RowCounter(int columns) : m_columns(columns) {}
  // Counts the current row of `s`, its group being its first `columns` values and then
  // `computed` (values the caller derives from the row, e.g. flags).
  void add(RowScan& s, std::initializer_list<std::string_view> computed = {});
  // The groups, sorted by their values (NULL and "" are the same value).
  std::vector<CountedRow> rows() &&;

private:
  int m_columns;
  std::unordered_map<std::string, std::size_t> m_index;
  std::vector<CountedRow> m_rows;
  std::string m_key;
};

// Reads the rows that belong to `parents` (ids, ascending) with `s`, which binds ?1 and ?2
// to a range of parent ids and returns rows whose first column is the parent's id, in
// ascending order of it; calls f(i) with `s` on each row of parents[i]. Nearby ids are
// read as one range: a year's records, mostly written in order, are a few range scans
// of the child table's key instead of a B-tree search per parent (a join), which costs
// several times as much; scattered ids are one short range each.
template <class Statement, class F>
void for_each_child(Statement& s, const std::vector<long>& parents, F&& f)
{
  constexpr long k_gap = 32; // ids of other parents scanned past, at most, per parent
  std::size_t first = 0;
  while (first < parents.size()) {
    std::size_t last = first;
    while (last + 1 < parents.size() && parents[last + 1] - parents[last] <= k_gap)
      ++last;
    s.reset();
    s.bind(1, static_cast<int64_t>(parents[first]));
    s.bind(2, static_cast<int64_t>(parents[last]));
    std::size_t at = first;
    while (s.executeStep()) {
      const long id = long_at(s, 0);
      while (at <= last && parents[at] < id)
        ++at;
      if (at > last) break;
      if (parents[at] == id) f(at);
    }
    first = last + 1;
  }
  s.reset();
}

// Sorts `records` ascending by `id(record)`, a record's id. A year's ids are dense (a
// year's records are mostly written together), so when they span at most a few times
// their number each record is placed at its id in one pass instead of being compared
// n log n times; otherwise, or when two records share an id, std::sort.
template <class T, class Id> void sort_by_id(std::vector<T>& records, Id id)
{
  const auto before = [&id](const T& a, const T& b) { return id(a) < id(b); };
  if (std::is_sorted(records.begin(), records.end(), before)) return;
  const auto [low, high] = std::minmax_element(records.begin(), records.end(), before);
  const long first = id(*low);
  const auto span = static_cast<std::size_t>(id(*high) - first) + 1;
  if (span <= 4 * records.size() + 1024) {
    constexpr std::uint32_t k_none = UINT32_MAX;
    std::vector<std::uint32_t> at(span, k_none); // record index by id - first
    bool unique = true;
    for (std::size_t i = 0; i < records.size() && unique; ++i) {
      std::uint32_t& slot = at[static_cast<std::size_t>(id(records[i]) - first)];
      unique = slot == k_none;
      slot = static_cast<std::uint32_t>(i);
    }
    if (unique) {
      std::vector<T> sorted;
      sorted.reserve(records.size());
      for (const std::uint32_t i : at)
        if (i != k_none) sorted.push_back(std::move(records[i]));
      records = std::move(sorted);
      return;
    }
  }
  std::sort(records.begin(), records.end(), before);
}

// The ids of `records` (ascending when they are sorted by id), for for_each_child.
template <class Records, class Id> std::vector<long> ids_of(const Records& records, Id id)
{
  std::vector<long> ids;
  ids.reserve(records.size());
  for (const auto& record : records)
    ids.push_back(id(record));
  return ids;
}

// Small sets of identifiers (states, kinds, levels) read row by row, kept as indexes.
class Interned {
public:
  // The index of the text of column `c` of `s`'s current row ("" for NULL).
  std::size_t at(RowScan& s, int c);
  const std::string& operator[](std::size_t i) const { return m_names[i]; }
  const std::vector<std::string>& names() const { return m_names; }

private:
  std::vector<std::string> m_names;
};

} // namespace cppcc::storage
