// lib/io/dates.hpp: the date forms offices write, calendar arithmetic, day numbers.
#include "error.hpp"
#include "io/dates.hpp"

#include <cstdlib>
#include <ctime>
#include <doctest/doctest.h>
#include <string>

using cppcc::io::Date;
using cppcc::io::parse_date;

namespace {

// The day after `d`, computed by hand from the month lengths (independent of days()).
Date next_day(Date d)
{
  if (d.day < cppcc::io::days_in_month(d.year, d.month)) return {d.year, d.month, d.day + 1};
  if (d.month < 12) return {d.year, d.month + 1, 1};
  return {d.year + 1, 1, 1};
}

std::string iso_or_none(const std::optional<Date>& d)
{
  return d ? d->iso() : "(none)";
}

} // namespace

TEST_SUITE("dates")
{
  TEST_CASE("parse_date accepts every form offices write")
  {
    const char* forms[] = {"2023-03-05", "2023/3/5",     "2023/03/05",     "2023.3.5",
                           "2023.03.05", "2023年3月5日", "2023年03月05日", "20230305",
                           "2023-3-5",   " 2023-03-05 ", "2023-03-05\r"};
    for (const char* form : forms) {
      CAPTURE(form);
      CHECK(iso_or_none(parse_date(form)) == "2023-03-05");
    }
  }

  TEST_CASE("parse_date accepts a trailing time and ignores it")
  {
    const char* forms[] = {"2023-03-05 14:30",       "2023-03-05T14:30:00",   "2023-03-05 14:30:00",
                           "2023/3/5 9:05",          "2023年3月5日 14时30分", "20230305 14:30",
                           "2023-03-05T14:30:00.250"};
    for (const char* form : forms) {
      CAPTURE(form);
      CHECK(iso_or_none(parse_date(form)) == "2023-03-05");
    }
  }

  TEST_CASE("parse_date refuses impossible dates")
  {
    const char* impossible[] = {"2023-02-30",    "2023-02-29", "2023-13-01", "2023-00-10",
                                "2023-04-31",    "0000-00-00", "2023-01-00", "20230230",
                                "2023年2月30日", "1900-02-29"};
    for (const char* text : impossible) {
      CAPTURE(text);
      CHECK_FALSE(parse_date(text).has_value());
    }
  }

  TEST_CASE("parse_date refuses garbage and malformed times")
  {
    const char* garbage[] = {"",
                             "   ",
                             "abc",
                             "2023",
                             "2023-03",
                             "2023-03-05x",
                             "2023-03/05",
                             "2023年3-5",
                             "5/3/2023",
                             "2023030",
                             "202303051",
                             "2023-03-05 25:00",
                             "2023-03-05 14:60",
                             "2023-03-05 14",
                             "2023-03-05 14:30 extra",
                             "明天"};
    for (const char* text : garbage) {
      CAPTURE(text);
      CHECK_FALSE(parse_date(text).has_value());
    }
  }

  TEST_CASE("parse_date accepts 29 February only in leap years")
  {
    CHECK(iso_or_none(parse_date("2024-02-29")) == "2024-02-29");
    CHECK(iso_or_none(parse_date("2000-02-29")) == "2000-02-29");
    CHECK_FALSE(parse_date("2023-02-29").has_value());
    CHECK_FALSE(parse_date("2100-02-29").has_value());
  }

  TEST_CASE("parse_date_or_throw names the field and the accepted forms")
  {
    CHECK(cppcc::io::parse_date_or_throw("2024年1月2日", "submitted") == Date{2024, 1, 2});
    try {
      cppcc::io::parse_date_or_throw("2023-02-30", "submitted");
      FAIL("no exception");
    } catch (const cppcc::DataError& e) {
      CHECK(e.status() == cppcc::Exit::data);
      const std::string message = e.what();
      CHECK(message.find("submitted") != std::string::npos);
      CHECK(message.find("2023-02-30") != std::string::npos);
      CHECK(message.find("2023年3月5日") != std::string::npos);
    }
  }

  TEST_CASE("from_iso reads stored dates and gives nothing for an empty one")
  {
    CHECK_FALSE(cppcc::io::from_iso("").has_value());
    CHECK(iso_or_none(cppcc::io::from_iso("2024-06-01")) == "2024-06-01");
  }

  TEST_CASE("iso pads month and day")
  {
    CHECK(Date{2024, 3, 1}.iso() == "2024-03-01");
    CHECK(Date{1999, 12, 31}.iso() == "1999-12-31");
  }

  TEST_CASE("add_months clamps to the end of shorter months")
  {
    CHECK(Date{2023, 1, 31}.add_months(1) == Date{2023, 2, 28});
    CHECK(Date{2024, 1, 31}.add_months(1) == Date{2024, 2, 29});
    CHECK(Date{2023, 11, 30}.add_months(3) == Date{2024, 2, 29});
    CHECK(Date{2024, 3, 31}.add_months(1) == Date{2024, 4, 30});
    CHECK(Date{2024, 8, 31}.add_months(6) == Date{2025, 2, 28});
  }

  TEST_CASE("add_months crosses year ends and keeps the day when it exists")
  {
    CHECK(Date{2024, 3, 1}.add_months(3) == Date{2024, 6, 1});
    CHECK(Date{2024, 11, 15}.add_months(2) == Date{2025, 1, 15});
    CHECK(Date{2024, 12, 31}.add_months(1) == Date{2025, 1, 31});
    CHECK(Date{2024, 1, 15}.add_months(12) == Date{2025, 1, 15});
    CHECK(Date{2024, 1, 15}.add_months(0) == Date{2024, 1, 15});
    CHECK(Date{2024, 2, 29}.add_months(12) == Date{2025, 2, 28});
  }

  TEST_CASE("add_months goes backwards with a negative count")
  {
    CHECK(Date{2024, 3, 31}.add_months(-1) == Date{2024, 2, 29});
    CHECK(Date{2024, 1, 15}.add_months(-1) == Date{2023, 12, 15});
    CHECK(Date{2024, 5, 31}.add_months(-15) == Date{2023, 2, 28});
  }

  TEST_CASE("add_days crosses month, year and leap-day boundaries")
  {
    CHECK(Date{2023, 12, 31}.add_days(1) == Date{2024, 1, 1});
    CHECK(Date{2024, 2, 28}.add_days(1) == Date{2024, 2, 29});
    CHECK(Date{2024, 2, 29}.add_days(1) == Date{2024, 3, 1});
    CHECK(Date{2023, 2, 28}.add_days(1) == Date{2023, 3, 1});
    CHECK(Date{2024, 3, 1}.add_days(-1) == Date{2024, 2, 29});
    CHECK(Date{2024, 1, 1}.add_days(-1) == Date{2023, 12, 31});
    CHECK(Date{2024, 3, 1}.add_days(10) == Date{2024, 3, 11});
    CHECK(Date{2024, 1, 1}.add_days(366) == Date{2025, 1, 1});
    CHECK(Date{2023, 1, 1}.add_days(365) == Date{2024, 1, 1});
    CHECK(Date{2024, 5, 5}.add_days(0) == Date{2024, 5, 5});
  }

  TEST_CASE("days counts from 1970-01-01")
  {
    CHECK(Date{1970, 1, 1}.days() == 0);
    CHECK(Date{1970, 1, 2}.days() == 1);
    CHECK(Date{1969, 12, 31}.days() == -1);
    CHECK(Date{2000, 1, 1}.days() == 10957);
    CHECK(Date{2024, 3, 1}.days() == 19783);
    CHECK(Date{1900, 1, 1}.days() == -25567);
    CHECK(Date::from_days(0) == Date{1970, 1, 1});
    CHECK(Date::from_days(-1) == Date{1969, 12, 31});
    CHECK(Date::from_days(19783) == Date{2024, 3, 1});
  }

  TEST_CASE("from_days and days round-trip over every day from 1900 to 2100")
  {
    Date expected{1900, 1, 1};
    long mismatches = 0;
    std::string first_mismatch;
    for (long n = Date{1900, 1, 1}.days(); n <= Date{2100, 12, 31}.days(); ++n) {
      const Date d = Date::from_days(n);
      if (d != expected || d.days() != n) {
        if (mismatches++ == 0)
          first_mismatch = std::to_string(n) + " -> " + d.iso() + ", expected " + expected.iso();
      }
      expected = next_day(expected);
    }
    CAPTURE(first_mismatch);
    CHECK(mismatches == 0);
    CHECK(expected == Date{2101, 1, 1});
  }

  TEST_CASE("from_days and days round-trip far from the epoch")
  {
    long mismatches = 0;
    for (long n = -1000000; n <= 1000000; n += 97) {
      const Date d = Date::from_days(n);
      const bool valid = d.month >= 1 && d.month <= 12 && d.day >= 1 &&
                         d.day <= cppcc::io::days_in_month(d.year, d.month);
      if (!valid || d.days() != n) ++mismatches;
    }
    CHECK(mismatches == 0);
  }

  TEST_CASE("leap years follow the Gregorian rules")
  {
    CHECK_FALSE(cppcc::io::is_leap_year(1900));
    CHECK(cppcc::io::is_leap_year(2000));
    CHECK(cppcc::io::is_leap_year(2024));
    CHECK_FALSE(cppcc::io::is_leap_year(2023));
    CHECK_FALSE(cppcc::io::is_leap_year(2100));
    CHECK(cppcc::io::days_in_month(1900, 2) == 28);
    CHECK(cppcc::io::days_in_month(2000, 2) == 29);
    CHECK(cppcc::io::days_in_month(2024, 2) == 29);
    CHECK(cppcc::io::days_in_month(2023, 2) == 28);
    CHECK(cppcc::io::days_in_month(2023, 4) == 30);
    CHECK(cppcc::io::days_in_month(2023, 12) == 31);
    CHECK(Date{2000, 3, 1}.days() - Date{2000, 2, 28}.days() == 2);
    CHECK(Date{1900, 3, 1}.days() - Date{1900, 2, 28}.days() == 1);
  }

  TEST_CASE("dates compare in calendar order")
  {
    CHECK(Date{2024, 1, 31} < Date{2024, 2, 1});
    CHECK(Date{2023, 12, 31} < Date{2024, 1, 1});
    CHECK(Date{2024, 3, 1} == Date{2024, 3, 1});
    CHECK(Date{2024, 3, 2} > Date{2024, 3, 1});
  }

  TEST_CASE("CPPCC_TODAY fixes today in any accepted form")
  {
    ::setenv("CPPCC_TODAY", "2024年3月1日", 1);
    const Date fixed = cppcc::io::today();
    ::setenv("CPPCC_TODAY", "not a date", 1);
    CHECK_THROWS_AS(cppcc::io::today(), cppcc::DataError);
    ::unsetenv("CPPCC_TODAY");
    CHECK(fixed == Date{2024, 3, 1});
  }

  TEST_CASE("the one range: 1900-01-01 to 2999-12-31, named when a date is outside it")
  {
    CHECK(iso_or_none(parse_date("1900-01-01")) == "1900-01-01");
    CHECK(iso_or_none(parse_date("2999-12-31")) == "2999-12-31");
    CHECK_FALSE(parse_date("1899-12-31").has_value());
    CHECK_FALSE(parse_date("3000-01-01").has_value());
    CHECK(cppcc::io::date_expectation("3000-01-01").find("1900-01-01 to 2999-12-31") !=
          std::string::npos);
    CHECK(cppcc::io::date_expectation("1899年12月31日").find("2999-12-31") != std::string::npos);
    CHECK(cppcc::io::date_expectation("2023-02-30").find("2023年3月5日") != std::string::npos);
    CHECK(cppcc::io::in_range(Date{2999, 12, 31}));
    CHECK(cppcc::io::in_range(Date{1900, 1, 1}));
    CHECK_FALSE(cppcc::io::in_range(Date{2999, 9, 30}.add_months(4)));
    CHECK_FALSE(cppcc::io::in_range(Date{1900, 1, 1}.add_days(-1)));
    CHECK(cppcc::io::outside_range(Date{3000, 1, 15}) ==
          "would be 3000-01-15, outside the dates cppcc keeps (1900-01-01 to 2999-12-31)");
  }

  TEST_CASE("timestamps are stored in UTC and shown in local time with the offset")
  {
    const char* tz = std::getenv("TZ");
    const std::string saved = tz ? tz : "";
    ::setenv("TZ", "Asia/Shanghai", 1);
    ::tzset();
    ::setenv("CPPCC_CLOCK", "2024-03-01 09:00:00", 1); // local time
    CHECK(cppcc::io::now_timestamp() == "2024-03-01T01:00:00Z");
    ::setenv("CPPCC_CLOCK", "2024-03-01T23:30:00Z", 1); // the stored form, as is
    CHECK(cppcc::io::now_timestamp() == "2024-03-01T23:30:00Z");
    ::setenv("CPPCC_CLOCK", "yesterday", 1);
    CHECK_THROWS_AS(cppcc::io::now_timestamp(), cppcc::UsageError);
    ::unsetenv("CPPCC_CLOCK");
    const std::string now = cppcc::io::now_timestamp();
    CHECK(now.size() == 20);
    CHECK(now[10] == 'T');
    CHECK(now.back() == 'Z');

    CHECK(cppcc::io::local_timestamp("2024-03-01T23:30:00Z") == "2024-03-02 07:30:00 +08:00");
    ::setenv("TZ", "America/New_York", 1);
    ::tzset();
    CHECK(cppcc::io::local_timestamp("2024-03-01T23:30:00Z") == "2024-03-01 18:30:00 -05:00");
    CHECK(cppcc::io::local_timestamp("2024-07-01T23:30:00Z") == "2024-07-01 19:30:00 -04:00");
    // Written before timestamps carried a zone, or not a timestamp: as stored.
    CHECK(cppcc::io::local_timestamp("2024-03-01 09:00:00") == "2024-03-01 09:00:00");
    CHECK(cppcc::io::local_timestamp("") == "");
    CHECK(cppcc::io::local_timestamp("2024-13-01T23:30:00Z") == "2024-13-01T23:30:00Z");
    if (tz)
      ::setenv("TZ", saved.c_str(), 1);
    else
      ::unsetenv("TZ");
    ::tzset();
  }
}
