#pragma once
// A value of a document model: a table's cell, a field, a chart's point. Text stays text
// and numbers stay numbers, with the places they are shown with, until a renderer writes
// them: a writer of spreadsheets asks what a value is (a number? a percentage?) and reads
// its number, never parses the text a report shows.
#include "util/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace cppcc::render {

class Value {
public:
  enum class Kind : std::uint8_t {
    empty,   // nothing: an empty cell, "—" for a report's figure, null in JSON
    text,    // words, codes, names
    integer, // counts, ranks, days
    decimal, // points, a median, a studio's score
    percent, // a rate or a share, as a percent: 86.4 is 86.4 %
    date,    // a calendar date, held as its ISO text (2024-03-01)
  };
  // How a decimal shows its places: all of them (100.0), only those that are not
  // trailing zeros (62, 1.25), or as few digits as read back as the number (85.5).
  enum class Places : std::uint8_t { fixed, trimmed, shortest };

  Value() = default;
  // Text; "" is the empty value. Implicit, so that a cell of text is written as itself.
  Value(std::string text) : m_kind(text.empty() ? Kind::empty : Kind::text), m_text(std::move(text))
  {
  }
  Value(const char* text) : Value(std::string(text ? text : "")) {}
  // A record's date is a date cell (nothing: the empty value), implicitly as text is.
  Value(const std::optional<util::Date>& day) : Value(date(util::iso(day))) {}

  static Value integer(std::int64_t number)
  {
    Value v;
    v.m_kind = Kind::integer;
    v.m_integer = number;
    return v;
  }
  // `number` rounded half away from zero to `places` decimals (0–9), shown with all of
  // them (fixed) or without trailing zeros (trimmed; shortest is the same here).
  static Value decimal(double number, int places, Places shown = Places::fixed);
  // `number` as it is, shown in the fewest digits that read back as it.
  static Value decimal(double number);
  // A percent (86.4 for 86.4 %) rounded half away from zero to `places` decimals, all shown.
  static Value percent(double percent, int places);
  // `part` of `whole` as a percent with `places` decimals; empty when `whole` is not
  // positive (nothing to divide by).
  static Value percent(std::int64_t part, std::int64_t whole, int places);
  // An ISO date (YYYY-MM-DD); "" is the empty value.
  static Value date(std::string iso);
  // A record's date; nothing is the empty value.
  static Value date(const std::optional<util::Date>& day) { return date(util::iso(day)); }

  Kind kind() const { return m_kind; }
  bool empty() const { return m_kind == Kind::empty; }
  // integer, decimal or percent
  bool is_number() const
  {
    return m_kind == Kind::integer || m_kind == Kind::decimal || m_kind == Kind::percent;
  }
  // text and date: the text (a date's ISO text); "" for the other kinds.
  const std::string& text() const { return m_text; }
  // integer: the number; other kinds 0.
  std::int64_t as_integer() const { return m_integer; }
  // A number's value as shown: a percent's percent (86.4), rounded to its places; 0
  // when not a number.
  double number() const;
  // A percent as a fraction of one (0.864, what a spreadsheet's percentage cell holds);
  // other numbers as number().
  double ratio() const { return m_kind == Kind::percent ? m_number / 100 : number(); }
  // The decimals shown: 0 for an integer, -1 for a decimal shown in its fewest digits.
  int places() const { return m_places; }
  Places shown() const { return m_shown; }

  friend bool operator==(const Value&, const Value&) = default;

private:
  Kind m_kind = Kind::empty;
  Places m_shown = Places::fixed;
  std::int8_t m_places = 0;
  std::string m_text;
  std::int64_t m_integer = 0;
  double m_number = 0;
};

// The one text a value is written as in every format (table, CSV, Markdown, JSON, in
// either language); each format then escapes or quotes it its own way. Integers as
// digits (-3, 426), decimals and percents with their places (86.4, 100.0, 1.25, 62),
// dates as ISO text, and the empty value as "". A percent has no sign: a column's or a
// figure's label says "%".
std::string plain(const Value& value);
// plain(value) appended to `out`.
void append_plain(std::string& out, const Value& value);

} // namespace cppcc::render
