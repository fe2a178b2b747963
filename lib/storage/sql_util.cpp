#include "storage/sql_util.hpp"

#include <algorithm>
#include <sqlite3.h>

namespace cppcc::storage {

void GroupCounter::add(std::initializer_list<std::string_view> values, long n)
{
  m_key.clear();
  for (const auto value : values) {
    m_key.append(value);
    m_key.push_back('\x1f');
  }
  auto found = m_index.find(m_key);
  if (found == m_index.end()) {
    CountedRow row;
    for (const auto value : values)
      row.values.emplace_back(value);
    found = m_index.emplace(m_key, m_rows.size()).first;
    m_rows.push_back(std::move(row));
  }
  m_rows[found->second].count += n;
}

std::vector<CountedRow> GroupCounter::rows() &&
{
  std::sort(m_rows.begin(), m_rows.end(),
            [](const CountedRow& a, const CountedRow& b) { return a.values < b.values; });
  return std::move(m_rows);
}

std::vector<CountedRow> count_rows(SQLite::Statement& s)
{
  const int columns = s.getColumnCount();
  std::unordered_map<std::string, std::size_t> index;
  std::vector<CountedRow> out;
  std::string key; // the row's values, each followed by a unit separator
  while (s.executeStep()) {
    key.clear();
    for (int c = 0; c < columns; ++c) {
      key.append(view_at(s, c));
      key.push_back('\x1f');
    }
    auto found = index.find(key);
    if (found == index.end()) {
      CountedRow row;
      std::size_t start = 0;
      for (int c = 0; c < columns; ++c) {
        const std::size_t end = key.find('\x1f', start);
        row.values.push_back(key.substr(start, end - start));
        start = end + 1;
      }
      found = index.emplace(key, out.size()).first;
      out.push_back(std::move(row));
    }
    ++out[found->second].count;
  }
  std::sort(out.begin(), out.end(),
            [](const CountedRow& a, const CountedRow& b) { return a.values < b.values; });
  return out;
}

std::size_t Interned::at(SQLite::Statement& s, int c)
{
  const std::string_view value = view_at(s, c);
  for (std::size_t i = 0; i < m_names.size(); ++i)
    if (m_names[i] == value) return i;
  m_names.emplace_back(value);
  return m_names.size() - 1;
}

} // namespace cppcc::storage
