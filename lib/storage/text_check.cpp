#include "storage/text_check.hpp"

#include "io/encoding.hpp"
#include "util/messages.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace cppcc::storage {

namespace {

std::string quoted_identifier(const std::string& name)
{
  std::string out = "\"";
  for (char c : name)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

struct RowTable {
  std::string name;
  bool rowid; // else WITHOUT ROWID: rows are named by their primary key
};

// A key that is not text to show: X'D5C5'.
std::string hex_literal(std::string_view bytes)
{
  std::string out = "X'";
  for (const char byte : bytes)
    out += fmt::format("{:02X}", static_cast<unsigned char>(byte));
  return out + "'";
}

// The tables that hold rows: not SQLite's own, not a virtual table nor its shadow tables.
std::vector<RowTable> row_tables(Store& store)
{
  std::vector<RowTable> tables;
  std::vector<std::string> virtual_tables;
  SQLite::Statement s(store.db(),
                      "SELECT name, sql LIKE 'CREATE VIRTUAL%', sql LIKE '%WITHOUT ROWID%' "
                      "FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' "
                      "ESCAPE '!' ORDER BY name");
  while (s.executeStep()) {
    if (s.getColumn(1).getInt() != 0)
      virtual_tables.push_back(s.getColumn(0).getString());
    else
      tables.push_back({s.getColumn(0).getString(), s.getColumn(2).getInt() == 0});
  }
  std::erase_if(tables, [&](const RowTable& table) {
    for (const auto& v : virtual_tables)
      if (table.name.starts_with(v + "_")) return true;
    return false;
  });
  return tables;
}

} // namespace

std::vector<std::string> invalid_text(Store& store, std::size_t limit)
{
  std::vector<std::string> problems;
  std::size_t more = 0;
  for (const RowTable& table : row_tables(store)) {
    std::vector<std::string> keys, columns;
    if (table.rowid) keys.push_back("rowid");
    SQLite::Statement info(store.db(), "SELECT name, pk FROM pragma_table_info(?) ORDER BY pk");
    info.bind(1, table.name);
    while (info.executeStep()) {
      columns.push_back(info.getColumn(0).getString());
      if (!table.rowid && info.getColumn(1).getInt() > 0) keys.push_back(columns.back());
    }
    std::string sql = "SELECT ";
    for (const auto& column : keys)
      sql += quoted_identifier(column) + ", ";
    for (const auto& column : columns)
      sql += quoted_identifier(column) + ", ";
    sql.resize(sql.size() - 2);
    SQLite::Statement rows(store.db(), sql + " FROM " + quoted_identifier(table.name));
    const int first = static_cast<int>(keys.size());
    while (rows.executeStep()) {
      for (std::size_t i = 0; i < columns.size(); ++i) {
        const SQLite::Column value = rows.getColumn(first + static_cast<int>(i));
        if (!value.isText()) continue;
        const std::string text = value.getString();
        const std::size_t valid = io::valid_utf8_prefix(text);
        if (valid == text.size()) continue;
        if (problems.size() == limit) {
          ++more;
          continue;
        }
        std::string row;
        for (int k = 0; k < first; ++k) {
          const std::string key = rows.getColumn(k).getString();
          row +=
              (k ? ", " : "") + (io::valid_utf8_prefix(key) == key.size() ? key : hex_literal(key));
        }
        problems.push_back(msg::text("storage.text_not_utf8", table.name, row, columns[i], valid));
      }
    }
  }
  if (more > 0) problems.push_back(msg::text("storage.more_text_not_utf8", more));
  return problems;
}

} // namespace cppcc::storage
