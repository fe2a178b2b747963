#include "io/values.hpp"

#include "error.hpp"
#include "util/text.hpp"

#include <charconv>
#include <fmt/format.h>

namespace cppcc::io {

std::optional<bool> parse_yes_no(std::string_view text)
{
  const std::string value = util::ascii_lower(util::trim(text));
  for (const char* yes : {"yes", "y", "true", "1", "是", "√"})
    if (value == yes) return true;
  for (const char* no : {"no", "n", "false", "0", "否", "×"})
    if (value == no) return false;
  return std::nullopt;
}

bool parse_yes_no_or_throw(std::string_view text, std::string_view what)
{
  if (auto value = parse_yes_no(text)) return *value;
  throw DataError(fmt::format("{}: cannot read yes/no '{}' (expected yes/no, 是/否, true/false, "
                              "1/0 or Y/N)",
                              what, text));
}

int parse_int_or_throw(std::string_view text, std::string_view what, int min, int max)
{
  const std::string value = util::trim(text);
  int number = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (ec != std::errc() || end != value.data() + value.size() || value.empty())
    throw DataError(
        fmt::format("{}: cannot read number '{}' (expected a whole number)", what, text));
  if (number < min || number > max)
    throw DataError(fmt::format("{}: {} is out of range ({}–{})", what, number, min, max));
  return number;
}

} // namespace cppcc::io
