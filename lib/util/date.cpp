#include "util/date.hpp"

#include <algorithm>

namespace cppcc::util {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(int y, int m, int d)
{
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

} // namespace

bool is_leap_year(int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month)
{
  static const int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : k_days[month - 1];
}

long Date::days() const
{
  return days_from_civil(year, month, day);
}

Date Date::from_days(long z)
{
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400) + (m <= 2);
  return Date{y, m, d};
}

std::string Date::iso() const
{
  // Hot in imports (every step of every row): no format string to parse.
  const auto digit = [](int value) { return static_cast<char>('0' + value % 10); };
  const char text[10] = {digit(year / 1000),
                         digit(year / 100),
                         digit(year / 10),
                         digit(year),
                         '-',
                         digit(month / 10),
                         digit(month),
                         '-',
                         digit(day / 10),
                         digit(day)};
  return std::string(text, sizeof text);
}

Date Date::add_months(int months) const
{
  const int index = year * 12 + (month - 1) + months;
  const int y = index / 12;
  const int m = index % 12 + 1;
  return Date{y, m, std::min(day, days_in_month(y, m))};
}

std::string iso(const std::optional<Date>& date)
{
  return date ? date->iso() : std::string();
}

std::optional<Date> strict_iso(std::string_view text)
{
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p)
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (text[i] - '0');
    }
  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > days_in_month(parts[0], parts[1]))
    return std::nullopt;
  return Date{parts[0], parts[1], parts[2]};
}

} // namespace cppcc::util
