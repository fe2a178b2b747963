#include "records/field_reader.hpp"

#include "error.hpp"
#include "io/values.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace cppcc::records {

std::string FieldReader::name(std::string_view field) const
{
  if (m_naming == Naming::column) return msg::text("record.column_named", field);
  std::string option = "--" + std::string(field);
  std::replace(option.begin(), option.end(), '_', '-');
  return option;
}

std::string_view FieldReader::trimmed(std::string_view field) const
{
  auto it = m_fields.find(field);
  return it == m_fields.end() ? std::string_view() : util::trimmed(it->second);
}

std::string FieldReader::text(std::string_view field) const
{
  return std::string(trimmed(field));
}

bool FieldReader::blank(std::string_view field) const
{
  return trimmed(field).empty();
}

std::string FieldReader::raw(std::string_view field) const
{
  auto it = m_fields.find(field);
  return it == m_fields.end() ? std::string() : it->second;
}

void FieldReader::problem(std::string_view field, const std::string& message)
{
  // A cell read twice (a filing date is the file step's and the review's) is one problem.
  std::string line = msg::text("record.problem_with", name(field), message);
  if (std::find(m_problems.begin(), m_problems.end(), line) == m_problems.end())
    m_problems.push_back(std::move(line));
}

void FieldReader::attempt(std::string_view field, const std::function<void()>& read)
{
  try {
    read();
  } catch (const Error& e) { // data, or a lifecycle step the row implies that is not allowed
    if (e.status() != Exit::data && e.status() != Exit::illegal_transition &&
        e.status() != Exit::usage)
      throw;
    // On the command line the message speaks for itself ("no member '王伟' (did you
    // mean '王玮'?)"); in a file it needs the column.
    if (m_naming == Naming::column)
      problem(field, e.what());
    else
      m_problems.emplace_back(e.what());
  }
}

std::optional<io::Date> FieldReader::date(std::string_view field)
{
  const std::string_view value = trimmed(field);
  if (value.empty()) return std::nullopt;
  if (auto parsed = io::parse_date(value)) return parsed;
  if (auto serial = io::from_excel_serial(value)) return serial;
  problem(field, msg::text("record.bad_date", value, io::date_expectation(value)));
  return std::nullopt;
}

std::optional<bool> FieldReader::yes_no(std::string_view field)
{
  const std::string value = text(field);
  if (value.empty()) return std::nullopt;
  if (auto parsed = io::parse_yes_no(value)) return parsed;
  problem(field, msg::text("record.bad_yes_no", value));
  return std::nullopt;
}

std::optional<int> FieldReader::number(std::string_view field, int min, int max)
{
  const std::string value = text(field);
  if (value.empty()) return std::nullopt;
  try {
    return io::parse_int_or_throw(value, name(field), min, max);
  } catch (const DataError& e) {
    m_problems.push_back(e.what());
    return std::nullopt;
  }
}

std::string FieldReader::vocabulary(std::string_view field, const config::Vocabulary& vocabulary)
{
  const std::string_view value = trimmed(field);
  if (value.empty()) return {};
  std::string id;
  attempt(field, [&] { id = vocabulary.require(value); });
  return id;
}

void FieldReader::check() const
{
  if (!m_problems.empty()) throw DataError(util::join(m_problems, "\n")); // one line per problem
}

} // namespace cppcc::records
