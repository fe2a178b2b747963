#include "storage/completion.hpp"

#include <fmt/format.h>

namespace cppcc::storage {

namespace {

struct Column {
  std::string_view table;
  std::string_view column;
};

Column column_of(Stored what)
{
  switch (what) {
  case Stored::member_name:
    return {"members", "name"};
  case Stored::member_code:
    return {"members", "code"};
  case Stored::unit_name:
    return {"units", "name"};
  case Stored::proposal_code:
    return {"proposals", "code"};
  case Stored::opinion_code:
    return {"opinions", "code"};
  case Stored::studio_name:
    return {"studios", "name"};
  case Stored::activity_code:
    return {"activities", "code"};
  case Stored::article_code:
    return {"articles", "code"};
  }
  return {"members", "name"};
}

// The least string greater than every string starting with `prefix` (its last byte below
// 0xff raised by one), or empty when there is none: the range [prefix, upper) is what
// starts with it, so that the column's index answers without a scan.
std::string upper_bound_of(std::string prefix)
{
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff)
    prefix.pop_back();
  if (!prefix.empty()) prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

} // namespace

std::vector<std::string> stored_values(Store& store, Stored what, std::string_view prefix,
                                       int limit)
{
  const auto [table, column] = column_of(what);
  const std::string low(prefix);
  const std::string high = upper_bound_of(low);
  const std::string sql =
      high.empty() ? fmt::format("SELECT DISTINCT {1} FROM {0} WHERE {1} >= ?1 ORDER BY {1} "
                                 "LIMIT ?3",
                                 table, column)
                   : fmt::format("SELECT DISTINCT {1} FROM {0} WHERE {1} >= ?1 AND {1} < ?2 "
                                 "ORDER BY {1} LIMIT ?3",
                                 table, column);
  SQLite::Statement statement(store.db(), sql);
  statement.bind(1, low);
  if (!high.empty()) statement.bind(2, high);
  statement.bind(3, limit);
  std::vector<std::string> out;
  while (statement.executeStep())
    out.push_back(statement.getColumn(0).getString());
  return out;
}

} // namespace cppcc::storage
