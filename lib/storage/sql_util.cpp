#include "storage/sql_util.hpp"

#include <algorithm>

namespace cppcc::storage {

std::vector<CountedRow> count_rows(SQLite::Statement& s)
{
  const int columns = s.getColumnCount();
  std::unordered_map<std::string, std::size_t> index;
  std::vector<CountedRow> out;
  std::string key; // the row's values, each followed by a unit separator
  while (s.executeStep()) {
    key.clear();
    for (int c = 0; c < columns; ++c) {
      const SQLite::Column column = s.getColumn(c);
      const char* text = column.getText(nullptr);
      if (text) key.append(text, static_cast<std::size_t>(column.getBytes()));
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

} // namespace cppcc::storage
