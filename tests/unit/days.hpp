#pragma once
// Dates written in tests as clerks' ISO text: day("2024-03-01") is the record's date.
#include "util/date.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

inline std::optional<cppcc::util::Date> day(std::string_view iso)
{
  if (iso.empty()) return std::nullopt;
  auto date = cppcc::util::strict_iso(iso);
  if (!date) throw std::invalid_argument("not a day: " + std::string(iso));
  return date;
}

// A failed CHECK on a date shows it as a clerk reads it.
namespace doctest {
template <> struct StringMaker<std::optional<cppcc::util::Date>> {
  static String convert(const std::optional<cppcc::util::Date>& date)
  {
    return date ? String(date->iso().c_str()) : String("(no date)");
  }
};
} // namespace doctest
