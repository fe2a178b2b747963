// Dates (io/dates), yes/no and numbers (io/values) and list cells (util::split_list) on
// any text. Properties: a date parsed is a real date that its ISO form parses back to,
// that survives days() and from_days(), and add_months keeps it real; a number read is
// in range and prints back as itself; list parts are trimmed, non-empty, free of
// separators, valid UTF-8 when the cell is, and split the same when joined again.
#include "error.hpp"
#include "fuzz_support.hpp"
#include "io/dates.hpp"
#include "io/encoding.hpp"
#include "io/values.hpp"
#include "util/text.hpp"

#include <charconv>
#include <cstdint>
#include <string>

namespace io = cppcc::io;
namespace util = cppcc::util;

namespace {

bool real_date(const io::Date& d)
{
  return d.year >= 1900 && d.year <= 2999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= io::days_in_month(d.year, d.month);
}

void check_date(std::string_view text)
{
  const auto date = io::parse_date(text);
  if (!date) {
    try {
      io::parse_date_or_throw(text, "date");
      FUZZ_CHECK(false);
    } catch (const cppcc::DataError&) {
    }
    return;
  }
  FUZZ_CHECK(real_date(*date));
  const std::string iso = date->iso();
  FUZZ_CHECK(iso.size() == 10);
  FUZZ_CHECK(io::parse_date(iso) == date);
  FUZZ_CHECK(io::from_iso(iso) == date);
  FUZZ_CHECK(io::Date::from_days(date->days()) == *date);
  FUZZ_CHECK(date->add_days(1).days() == date->days() + 1);
  for (int months : {-25, -1, 1, 3, 5, 12, 36}) {
    const io::Date later = date->add_months(months);
    FUZZ_CHECK(later.day >= 1 && later.day <= io::days_in_month(later.year, later.month));
    FUZZ_CHECK((later.year * 12 + later.month) - (date->year * 12 + date->month) == months);
  }
}

void check_values(std::string_view text)
{
  const auto yes_no = io::parse_yes_no(text);
  try {
    FUZZ_CHECK(io::parse_yes_no_or_throw(text, "flag") == yes_no);
  } catch (const cppcc::DataError&) {
    FUZZ_CHECK(!yes_no);
  }
  try {
    const int number = io::parse_int_or_throw(text, "count", -1000, 100000);
    FUZZ_CHECK(number >= -1000 && number <= 100000);
    FUZZ_CHECK(io::parse_int_or_throw(std::to_string(number), "count", -1000, 100000) == number);
  } catch (const cppcc::DataError&) {
  }
}

void check_list(std::string_view text)
{
  const auto parts = util::split_list(text);
  const bool utf8 = io::valid_utf8_prefix(text) == text.size();
  for (const auto& part : parts) {
    FUZZ_CHECK(!part.empty());
    FUZZ_CHECK(util::trim(part) == part);
    for (std::string_view separator : {";", "；", "、", ",", "，"})
      FUZZ_CHECK(part.find(separator) == std::string::npos || !utf8);
    if (utf8) FUZZ_CHECK(io::valid_utf8_prefix(part) == part.size());
  }
  if (utf8) FUZZ_CHECK(util::split_list(util::join(parts, ";")) == parts);
  util::split_words(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_date(text);
  check_values(text);
  check_list(text);
  return 0;
}
