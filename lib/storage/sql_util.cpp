#include "storage/sql_util.hpp"

#include <algorithm>
#include <cstdint>
#include <sqlite3.h>

namespace cppcc::storage {

void GroupCounter::add(std::initializer_list<std::string_view> values, std::int64_t n)
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

RowScan::RowScan(Store& store, const char* sql) : m_db(store.db().getHandle())
{
  const int rc = sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr);
  if (rc != SQLITE_OK) throw SQLite::Exception(m_db, rc);
}

RowScan::~RowScan()
{
  sqlite3_finalize(m_statement);
}

void RowScan::bind(int index, const std::string& text)
{
  const int rc = sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()),
                                   SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) throw SQLite::Exception(m_db, rc);
}

void RowScan::bind(int index, int64_t value)
{
  const int rc = sqlite3_bind_int64(m_statement, index, value);
  if (rc != SQLITE_OK) throw SQLite::Exception(m_db, rc);
}

bool RowScan::executeStep()
{
  const int rc = sqlite3_step(m_statement);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw SQLite::Exception(m_db, rc);
}

void RowScan::reset()
{
  sqlite3_reset(m_statement);
}

bool RowScan::null(int column) const
{
  return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

sqlite3_value* RowScan::value(int column) const
{
  return sqlite3_column_value(m_statement, column);
}

int RowScan::type(int column) const
{
  return sqlite3_column_type(m_statement, column);
}

std::int64_t RowScan::integer(int column) const
{
  return static_cast<std::int64_t>(sqlite3_column_int64(m_statement, column));
}

namespace {

// The text of a column's value: one call to find the column (which is the costly part of
// each sqlite3_column_* call), then its text and size from the value itself. The values
// are unprotected; the library runs in SQLITE_CONFIG_MULTITHREAD mode, where SQLite's
// documentation lets them be read like any other (store.cpp, configure_library).
std::string_view text_of(sqlite3_value* value)
{
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
  return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(value)))
              : std::string_view();
}

} // namespace

std::string_view RowScan::view(int column) const
{
  return text_of(sqlite3_column_value(m_statement, column));
}

std::string_view RowScan::blob(int column) const
{
  const void* bytes = sqlite3_column_blob(m_statement, column);
  if (bytes == nullptr) return {};
  return {static_cast<const char*>(bytes),
          static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))};
}

int RowScan::columns() const
{
  return sqlite3_column_count(m_statement);
}

void RowCounter::add(RowScan& s, std::initializer_list<std::string_view> computed)
{
  m_key.clear();
  for (int c = 0; c < m_columns; ++c) {
    sqlite3_value* value = s.value(c);
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER: {
      const int64_t number = sqlite3_value_int64(value);
      m_key.push_back('i');
      m_key.append(reinterpret_cast<const char*>(&number), sizeof number);
      break;
    }
    case SQLITE_NULL:
      m_key.push_back('n');
      break;
    default: {
      const std::string_view text = text_of(value);
      const auto size = static_cast<uint32_t>(text.size());
      m_key.push_back('t');
      m_key.append(reinterpret_cast<const char*>(&size), sizeof size);
      m_key.append(text);
    }
    }
  }
  for (const std::string_view text : computed) {
    const auto size = static_cast<uint32_t>(text.size());
    m_key.push_back('t');
    m_key.append(reinterpret_cast<const char*>(&size), sizeof size);
    m_key.append(text);
  }
  auto found = m_index.find(m_key);
  if (found == m_index.end()) {
    CountedRow row;
    for (int c = 0; c < m_columns; ++c)
      row.values.emplace_back(s.type(c) == SQLITE_INTEGER ? std::to_string(s.integer(c))
                                                          : std::string(s.view(c)));
    for (const std::string_view text : computed)
      row.values.emplace_back(text);
    found = m_index.emplace(m_key, m_rows.size()).first;
    m_rows.push_back(std::move(row));
  }
  ++m_rows[found->second].count;
}

std::vector<CountedRow> RowCounter::rows() &&
{
  std::sort(m_rows.begin(), m_rows.end(),
            [](const CountedRow& a, const CountedRow& b) { return a.values < b.values; });
  std::vector<CountedRow> out;
  for (auto& row : m_rows)
    if (!out.empty() && out.back().values == row.values)
      out.back().count += row.count;
    else
      out.push_back(std::move(row));
  return out;
}

std::size_t Interned::at(RowScan& s, int c)
{
  const std::string_view value = view_at(s, c);
  for (std::size_t i = 0; i < m_names.size(); ++i)
    if (m_names[i] == value) return i;
  m_names.emplace_back(value);
  return m_names.size() - 1;
}

} // namespace cppcc::storage
