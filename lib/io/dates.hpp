#pragma once
// Calendar dates as offices write them. Dates are stored as ISO text (YYYY-MM-DD);
// every human form is parsed here, once, at the edge.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace cppcc::io {

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

// Accepts 2023-03-05, 2023/3/5, 2023.3.5, 2023年3月5日 and 20230305, each optionally
// followed by a time (" 14:30", "T14:30:00", " 14时30分"), which is ignored. Returns
// nothing for anything else, including impossible dates such as 2023-02-30.
std::optional<Date> parse_date(std::string_view text);

// As parse_date, but throws DataError naming `what` and the accepted forms.
Date parse_date_or_throw(std::string_view text, std::string_view what);

// Parses a date already stored as ISO text; an empty string gives nothing.
std::optional<Date> from_iso(std::string_view iso);

// Today in local time; CPPCC_TODAY (ISO) overrides it for reproducible runs.
Date today();

// The wall clock for audit timestamps, "YYYY-MM-DD HH:MM:SS" local time;
// CPPCC_CLOCK overrides it so that golden tests are reproducible.
std::string now_timestamp();

} // namespace cppcc::io
