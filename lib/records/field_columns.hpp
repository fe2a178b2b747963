#pragma once
// A record kind's canonical import/export columns (docs/domain.md §4.2), described once
// (issue 21, "Stringly typed records"): for each column its key, whether it describes the
// record (read by the kind's reader, given to `KIND add`) or records its lifecycle, how
// its value is written and, for a descriptive column, how it is read. The column list, a
// record's values, the descriptive fields and the fields of `add` all come from it.
//
// `Source` is what a row's values are written from (the record, or the record with what
// belongs to it); `Reading` what a descriptive field is read with (a FieldReader and
// whatever resolves names).
#include "util/date.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::records {

enum class Part {
  key,         // the record's key (its code): given, not read
  description, // what the record says: read by the kind's reader, settable by `add`
  lifecycle,   // what its history set, not a field of `add`: written, and read from an
               // import row only where the kind gives it a reader (a studio's delisting,
               // an opinion's follow-up; a proposal's steps are the workflow's)
};

template <class Source, class Record, class Reading> struct FieldColumn {
  const char* key;
  Part part;
  std::string (*value)(const Source&);                             // the column's cell
  void (*read)(Reading&, std::string_view key, Record&) = nullptr; // description only
};

template <class Source, class Record, class Reading> class FieldTable {
public:
  using Column = FieldColumn<Source, Record, Reading>;

  FieldTable(std::initializer_list<Column> columns) : m_columns(columns)
  {
    for (const auto& c : m_columns) {
      m_keys.emplace_back(c.key);
      if (c.part != Part::lifecycle) m_given.emplace_back(c.key);
    }
  }

  // The canonical columns, in order.
  const std::vector<std::string>& keys() const { return m_keys; }
  // The key and the descriptive columns, in order: the fields of `add`.
  const std::vector<std::string>& given() const { return m_given; }
  const std::vector<Column>& columns() const { return m_columns; }

  // The canonical values of `source`, in the order of keys().
  std::vector<std::string> values(const Source& source) const
  {
    std::vector<std::string> out;
    out.reserve(m_columns.size());
    for (const auto& c : m_columns)
      out.push_back(c.value(source));
    return out;
  }
  // Reads every column that has a reader over `record`, in order. What no one column
  // says (a check across columns) the kind does after.
  void read(Reading& reading, Record& record) const
  {
    for (const auto& c : m_columns)
      if (c.read != nullptr) c.read(reading, c.key, record);
  }

private:
  std::vector<Column> m_columns;
  std::vector<std::string> m_keys;
  std::vector<std::string> m_given;
};

// A stored value as a canonical cell writes it: text as it is, a flag as yes/no, a number
// in decimal, "" for none.
inline std::string cell(const std::string& value)
{
  return value;
}
inline std::string cell(bool value)
{
  return value ? "yes" : "no";
}
inline std::string cell(int value)
{
  return std::to_string(value);
}
inline std::string cell(long value)
{
  return std::to_string(value);
}
inline std::string cell(long long value)
{
  return std::to_string(value);
}
inline std::string cell(const util::Date& value)
{
  return value.iso();
}
template <class T> std::string cell(const std::optional<T>& value)
{
  return value ? cell(*value) : std::string();
}

template <class T> struct MemberOf;
template <class R, class T> struct MemberOf<T R::*> {
  using Record = R;
};
template <auto M> using RecordOf = typename MemberOf<decltype(M)>::Record;

// The cell of stored member M of a record written from itself.
template <auto M> std::string stored_cell(const RecordOf<M>& record)
{
  return cell(record.*M);
}
// Reads a plain text field (the trimmed cell, "" for an empty one) into member M, with a
// Reading whose FieldReader is `r`.
template <auto M, class Reading>
void read_text(Reading& reading, std::string_view key, RecordOf<M>& record)
{
  if (reading.r.has(key)) record.*M = reading.r.text(key);
}

} // namespace cppcc::records
