#pragma once
// A calendar day as a value: what a record's dates are (model/records.hpp) and what every
// date computation takes. Reading the forms clerks write is io/dates.hpp; dates are stored
// as ISO text (YYYY-MM-DD).
#include <fmt/format.h>

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace cppcc::util {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Days since 1970-01-01 (negative before).
  long days() const;
  static Date from_days(long days);
  std::string iso() const;

  // The same day `months` later, clamped to the month's end (01-31 + 1 → 02-28/29).
  Date add_months(int months) const;
  Date add_days(long n) const { return from_days(days() + n); }

  auto operator<=>(const Date&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// A date a record may not have yet (filed, replied …) as stored text: its ISO form, ""
// when there is none.
std::string iso(const std::optional<Date>& date);
// Exactly YYYY-MM-DD naming a real day (what the database stores), or nothing.
std::optional<Date> strict_iso(std::string_view text);

} // namespace cppcc::util

// Dates in messages and text: the ISO form; a date that is not there is "".
template <> struct fmt::formatter<cppcc::util::Date> : fmt::formatter<std::string_view> {
  template <class Context> auto format(const cppcc::util::Date& date, Context& context) const
  {
    return fmt::formatter<std::string_view>::format(date.iso(), context);
  }
};
template <>
struct fmt::formatter<std::optional<cppcc::util::Date>> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(const std::optional<cppcc::util::Date>& date, Context& context) const
  {
    return fmt::formatter<std::string_view>::format(cppcc::util::iso(date), context);
  }
};
