#include "io/dates.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>

#include <cctype>
#include <cstdlib>
#include <ctime>
#include <fmt/format.h>

namespace cppcc::io {

namespace {

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

// Reads 1..max_digits digits at text[i].
std::optional<int> read_number(std::string_view text, std::size_t& i, std::size_t max_digits)
{
  std::size_t start = i;
  int value = 0;
  while (i < text.size() && is_digit(text[i]) && i - start < max_digits)
    value = value * 10 + (text[i++] - '0');
  if (i == start) return std::nullopt;
  return value;
}

bool skip(std::string_view text, std::size_t& i, std::string_view token)
{
  if (text.substr(i, token.size()) != token) return false;
  i += token.size();
  return true;
}

std::optional<Date> make_date(int y, int m, int d)
{
  if (y < k_first_year || y > k_last_year || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
    return std::nullopt;
  return Date{y, m, d};
}

// A trailing time part: separator then H:MM[:SS] or H时M分[S秒]; validated loosely.
bool valid_time_suffix(std::string_view rest)
{
  std::size_t i = 0;
  while (i < rest.size() && (rest[i] == ' ' || rest[i] == 'T'))
    ++i;
  if (i == 0) return false;
  auto hour = read_number(rest, i, 2);
  if (!hour || *hour > 23) return false;
  const bool chinese = skip(rest, i, "时") || skip(rest, i, "點") || skip(rest, i, "点");
  if (!chinese && !skip(rest, i, ":")) return false;
  auto minute = read_number(rest, i, 2);
  if (!minute || *minute > 59) return false;
  if (chinese) {
    skip(rest, i, "分");
  } else if (skip(rest, i, ":")) {
    auto second = read_number(rest, i, 2);
    if (!second || *second > 59) return false;
    if (skip(rest, i, ".")) // fractional seconds
      while (i < rest.size() && is_digit(rest[i]))
        ++i;
  }
  return i == rest.size();
}

} // namespace

namespace {

// `raw` without the spaces, tabs and carriage return around it (a ledger cell).
std::string_view trimmed_cell(std::string_view raw)
{
  std::size_t b = 0, e = raw.size();
  while (b < e && (raw[b] == ' ' || raw[b] == '\t'))
    ++b;
  while (e > b && (raw[e - 1] == ' ' || raw[e - 1] == '\t' || raw[e - 1] == '\r'))
    --e;
  return raw.substr(b, e - b);
}

// The start of a date written with separators: a 4-digit year, one of - / . 年, and the
// month; `i` is left after the month.
struct YearMonth {
  int year = 0;
  int month = 0;
  std::string_view separator;
};
std::optional<YearMonth> read_year_month(std::string_view text, std::size_t& i)
{
  i = 0;
  auto y = read_number(text, i, 4);
  if (!y || i != 4) return std::nullopt;
  std::string_view separator;
  for (std::string_view s : {"-", "/", ".", "年"})
    if (text.substr(i, s.size()) == s) {
      separator = s;
      break;
    }
  if (separator.empty()) return std::nullopt;
  i += separator.size();
  auto m = read_number(text, i, 2);
  if (!m) return std::nullopt;
  return YearMonth{*y, *m, separator};
}

} // namespace

std::optional<Date> parse_date(std::string_view raw)
{
  const std::string_view text = trimmed_cell(raw);
  std::size_t i = 0;
  // 20230305
  if (text.size() >= 8 && text.find_first_not_of("0123456789") >= 8 &&
      (text.size() == 8 || !is_digit(text[8]))) {
    auto y = read_number(text, i, 4), m = read_number(text, i, 2), d = read_number(text, i, 2);
    if (i == text.size() || valid_time_suffix(text.substr(i))) return make_date(*y, *m, *d);
    return std::nullopt;
  }
  const auto ym = read_year_month(text, i);
  if (!ym) return std::nullopt;
  const std::string_view separator = ym->separator;
  if (!skip(text, i, separator == "年" ? std::string_view("月") : separator)) return std::nullopt;
  auto d = read_number(text, i, 2);
  if (!d) return std::nullopt;
  if (separator == "年") skip(text, i, "日") || skip(text, i, "号");
  if (i != text.size() && !valid_time_suffix(text.substr(i))) return std::nullopt;
  return make_date(ym->year, ym->month, *d);
}

std::optional<Date> parse_month(std::string_view raw)
{
  const std::string_view text = trimmed_cell(raw);
  std::size_t i = 0;
  if (text.size() == 6 && text.find_first_not_of("0123456789") == text.npos) { // 202407
    auto y = read_number(text, i, 4), m = read_number(text, i, 2);
    return make_date(*y, *m, 1);
  }
  const auto ym = read_year_month(text, i);
  if (!ym) return std::nullopt;
  if (ym->separator == "年" && skip(text, i, "月")) skip(text, i, "份");
  if (i != text.size()) return std::nullopt;
  return make_date(ym->year, ym->month, 1);
}

std::string date_expectation(std::string_view text)
{
  std::string in_range(text);
  const std::size_t start = in_range.find_first_not_of(" \t");
  if (start != std::string::npos && in_range.size() - start >= 4) {
    in_range.replace(start, 4, "2000"); // a leap year: 02-29 stays a date
    if (parse_date(in_range))
      return msg::text("io.date_kept_range", k_first_date.iso(), k_last_date.iso());
  }
  return msg::text("io.date_expected");
}

Date parse_date_or_throw(std::string_view text, std::string_view what)
{
  if (auto date = parse_date(text)) return *date;
  throw DataError(msg::text("io.cannot_read_date", what, text, date_expectation(text)));
}

std::optional<Date> from_iso(std::string_view iso)
{
  if (iso.empty()) return std::nullopt;
  return parse_date(iso);
}

bool in_range(const Date& date)
{
  return date >= k_first_date && date <= k_last_date;
}

std::string outside_range(const Date& date)
{
  return msg::text("io.date_outside_range", date.iso(), k_first_date.iso(), k_last_date.iso());
}

Date today()
{
  if (const char* fixed = std::getenv("CPPCC_TODAY"); fixed && *fixed)
    return parse_date_or_throw(fixed, "CPPCC_TODAY");
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

namespace {

// "YYYY-MM-DD?HH:MM:SS" at the start of `text`, `separator` between date and time.
std::optional<std::tm> read_timestamp(std::string_view text, char separator)
{
  if (text.size() < 19 || text[10] != separator || text[13] != ':' || text[16] != ':')
    return std::nullopt;
  const auto date = parse_date(text.substr(0, 10));
  std::size_t i = 11;
  const auto hour = read_number(text, i, 2);
  ++i;
  const auto minute = read_number(text, i, 2);
  ++i;
  const auto second = read_number(text, i, 2);
  if (!date || i != 19 || !hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 60)
    return std::nullopt;
  std::tm tm{};
  tm.tm_year = date->year - 1900;
  tm.tm_mon = date->month - 1;
  tm.tm_mday = date->day;
  tm.tm_hour = *hour;
  tm.tm_min = *minute;
  tm.tm_sec = *second;
  return tm;
}

std::string utc_text(std::time_t t)
{
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

} // namespace

std::string now_timestamp()
{
  if (const char* fixed = std::getenv("CPPCC_CLOCK"); fixed && *fixed) {
    const std::string_view text = fixed;
    if (text.size() == 20 && text.back() == 'Z' && read_timestamp(text, 'T')) return fixed;
    auto local = read_timestamp(text, ' ');
    if (!local || text.size() != 19) throw UsageError(msg::text("io.bad_clock", text));
    local->tm_isdst = -1;
    return utc_text(std::mktime(&*local));
  }
  return utc_text(std::time(nullptr));
}

std::string local_timestamp(std::string_view stored)
{
  const auto utc =
      stored.size() == 20 && stored.back() == 'Z' ? read_timestamp(stored, 'T') : std::nullopt;
  if (!utc) return std::string(stored);
  const std::time_t t = Date{utc->tm_year + 1900, utc->tm_mon + 1, utc->tm_mday}.days() * 86400L +
                        utc->tm_hour * 3600L + utc->tm_min * 60L + utc->tm_sec;
  std::tm local{};
  localtime_r(&t, &local);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &local);
  const long offset = local.tm_gmtoff / 60; // minutes east of UTC
  return fmt::format("{} {}{:02}:{:02}", buffer, offset < 0 ? '-' : '+', std::abs(offset) / 60,
                     std::abs(offset) % 60);
}

} // namespace cppcc::io

namespace cppcc::io {

std::optional<Date> from_excel_serial(std::string_view text)
{
  text = util::trimmed(text);
  const std::size_t digits = std::min(text.find_first_not_of("0123456789"), text.size());
  if (digits != 5) return std::nullopt;
  if (digits < text.size()) { // a fraction: the time of day, which a date leaves out
    if (text[digits] != '.' || digits + 1 == text.size() ||
        text.find_first_not_of("0123456789", digits + 1) != std::string_view::npos)
      return std::nullopt;
  }
  const long serial = std::stol(std::string(text.substr(0, digits)));
  if (serial < 20000) return std::nullopt;
  constexpr long k_epoch = -25569; // 1899-12-30, in days since 1970-01-01
  return Date::from_days(k_epoch + serial);
}

} // namespace cppcc::io
