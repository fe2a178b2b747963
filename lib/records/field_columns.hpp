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
#include <type_traits>
#include <vector>

namespace cppcc::records {

enum class Part {
  key,         // the record's key (its code): given, not read
  description, // what the record says: read by the kind's reader, settable by `add`
  lifecycle,   // what its history set, not a field of `add`: written, and read from an
               // import row only where the kind gives it a reader (a studio's delisting,
               // an opinion's follow-up; a proposal's steps are the workflow's)
};

// What a column's cells hold. The text of a cell is the same whatever its kind (CSV
// writes it as it is); a file whose cells have types (an .xlsx export) stores an integer
// or a number as a number and a date as a date.
enum class CellKind {
  text,    // codes, names, phone numbers, ids, ";"-joined lists
  integer, // a whole number: a count, a term, a filing number
  number,  // a decimal: a score
  date,    // ISO YYYY-MM-DD
  flag,    // yes | no
};

// Whether a column holds a person's own data (a member's phone number; an ID number, an
// address, an e-mail, a birth date, were they columns): a committee's bundle leaves it
// out unless asked (`db export-bundle --with-personal`, docs/bundles.md).
enum class Personal { no, yes };

template <class Source, class Record, class Reading> struct FieldColumn {
  const char* key;
  Part part;
  std::string (*value)(const Source&);                             // the column's cell
  void (*read)(Reading&, std::string_view key, Record&) = nullptr; // none: not read alone
  CellKind kind = CellKind::text;
  Personal personal = Personal::no;
};

// A record kind's canonical columns, whatever its record: their keys, the fields of `add`
// and their cells' kinds, in order.
class Columns {
public:
  // The canonical columns, in order.
  const std::vector<std::string>& keys() const { return m_keys; }
  // The key and the descriptive columns, in order: the fields of `add`.
  const std::vector<std::string>& given() const { return m_given; }
  // What each column's cells hold, in the order of keys().
  const std::vector<CellKind>& cells() const { return m_cells; }
  // Whether each column holds personal data, in the order of keys().
  const std::vector<Personal>& personal() const { return m_personal; }

protected:
  void add(const char* key, Part part, CellKind kind, Personal personal)
  {
    m_personal.push_back(personal);
    m_keys.emplace_back(key);
    if (part != Part::lifecycle) m_given.emplace_back(key);
    m_cells.push_back(kind);
  }

private:
  std::vector<std::string> m_keys;
  std::vector<std::string> m_given;
  std::vector<CellKind> m_cells;
  std::vector<Personal> m_personal;
};

template <class Source, class Record, class Reading> class FieldTable : public Columns {
public:
  using Column = FieldColumn<Source, Record, Reading>;

  FieldTable(std::initializer_list<Column> columns) : m_columns(columns)
  {
    for (const auto& c : m_columns)
      add(c.key, c.part, c.kind, c.personal);
  }

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
  using Value = T;
};
template <auto M> using RecordOf = typename MemberOf<decltype(M)>::Record;

// The kind of the cells cell() writes from a T (an optional: from what it holds).
template <class T> constexpr CellKind cell_kind_of()
{
  if constexpr (std::is_same_v<T, bool>)
    return CellKind::flag;
  else if constexpr (std::is_integral_v<T>)
    return CellKind::integer;
  else if constexpr (std::is_floating_point_v<T>)
    return CellKind::number;
  else if constexpr (std::is_same_v<T, util::Date>)
    return CellKind::date;
  else
    return CellKind::text;
}
template <class T> struct Unoptional {
  using Type = T;
};
template <class T> struct Unoptional<std::optional<T>> {
  using Type = T;
};
// The kind of stored member M's cells.
template <auto M>
inline constexpr CellKind
    cell_kind = cell_kind_of<typename Unoptional<typename MemberOf<decltype(M)>::Value>::Type>();

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
