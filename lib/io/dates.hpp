#pragma once
// Calendar dates as offices write them. Dates are stored as ISO text (YYYY-MM-DD);
// every human form is parsed here, once, at the edge.
#include "util/date.hpp"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace cppcc::io {

using util::Date;

// The dates cppcc keeps, the one range every parser (commands, imports, --as-of) and
// every computed date (a due date) holds to: 1900-01-01 … 2999-12-31. Dates outside it
// are refused where they are read or computed, so that whatever is stored exports and
// imports again.
inline constexpr int k_first_year = 1900;
inline constexpr int k_last_year = 2999;
inline constexpr Date k_first_date{k_first_year, 1, 1};
inline constexpr Date k_last_date{k_last_year, 12, 31};

// Whether `date` lies in [k_first_date, k_last_date].
bool in_range(const Date& date);
// For a message about a computed date outside the range: "would be 3000-01-15, outside
// the dates cppcc keeps (1900-01-01 to 2999-12-31)".
std::string outside_range(const Date& date);

using util::days_in_month;
using util::is_leap_year;

// Accepts 2023-03-05, 2023/3/5, 2023.3.5, 2023年3月5日 and 20230305, each optionally
// followed by a time (" 14:30", "T14:30:00", " 14时30分"), which is ignored. Returns
// nothing for anything else, including impossible dates such as 2023-02-30.
std::optional<Date> parse_date(std::string_view text);

// A month as offices write it: 2024-07, 2024-7, 2024/7, 2024.7, 2024年7月 (or 7月份) and
// 202407; the first day of it, or nothing for anything else (a day, month 13).
std::optional<Date> parse_month(std::string_view text);

// What a date that parse_date refused should have been, for messages: the range, when
// `text` is a date outside it, else the accepted forms.
std::string date_expectation(std::string_view text);

// As parse_date, but throws DataError naming `what` and date_expectation.
Date parse_date_or_throw(std::string_view text, std::string_view what);

// Parses a date already stored as ISO text; an empty string gives nothing.
std::optional<Date> from_iso(std::string_view iso);

// A date a spreadsheet stored as its serial number and a ledger then held as text
// ("45352", "45352.0", "45352.5" with a time of day): days since 1899-12-30 in Excel's
// 1900 date system (which counts the 29 February 1900 that never was, so the epoch of
// the serials past it is the 30th). Only five-digit serials, 1954-10-03 (20000) …
// 2173-10-14 (99999): a shorter or longer number in a date column is not taken for one.
std::optional<Date> from_excel_serial(std::string_view text);

// Today in local time; CPPCC_TODAY (ISO) overrides it for reproducible runs.
Date today();

// The wall clock for created_at/updated_at, events and the audit log, in UTC:
// "YYYY-MM-DDTHH:MM:SSZ" (ISO 8601), so that stored timestamps sort in real time
// whatever TZ each command ran under. CPPCC_CLOCK overrides it for reproducible runs:
// that form as is, or "YYYY-MM-DD HH:MM:SS" read as local time.
std::string now_timestamp();

// A stored timestamp as a person reads it: "YYYY-MM-DD HH:MM:SS +08:00", local time
// (TZ) and its offset. Timestamps stored before they carried a zone ("YYYY-MM-DD
// HH:MM:SS", local time of a zone nobody recorded) and anything else unreadable are
// returned as they are.
std::string local_timestamp(std::string_view stored);

} // namespace cppcc::io
