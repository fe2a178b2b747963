#include "io/values.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
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
  throw DataError(msg::text("io.cannot_read_yes_no", what, text));
}

std::optional<long long> parse_count(std::string_view text)
{
  std::string_view rest = util::trimmed(text);
  std::string digits;
  while (!rest.empty()) {
    if (rest[0] >= '0' && rest[0] <= '9') {
      digits += rest[0];
      rest.remove_prefix(1);
    } else if (rest.starts_with("\xEF\xBC") && rest.size() >= 3 &&
               static_cast<unsigned char>(rest[2]) >= 0x90 &&
               static_cast<unsigned char>(rest[2]) <= 0x99) { // ０–９
      digits += static_cast<char>('0' + (static_cast<unsigned char>(rest[2]) - 0x90));
      rest.remove_prefix(3);
    } else {
      break;
    }
  }
  if (digits.empty() || digits.size() > 18) return std::nullopt;
  rest = util::trimmed(rest);
  static constexpr std::string_view k_units[] = {"条", "件", "次", "个", "人", "名", "项",
                                                 "篇", "起", "场", "家", "届", "号", "期"};
  if (!rest.empty() && std::find(std::begin(k_units), std::end(k_units), rest) == std::end(k_units))
    return std::nullopt;
  long long number = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), number);
  return number;
}

int parse_int_or_throw(std::string_view text, std::string_view what, int min, int max)
{
  const std::string value = util::trim(text);
  int number = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (ec != std::errc() || end != value.data() + value.size() || value.empty()) {
    const auto count = parse_count(value);
    if (!count) throw DataError(msg::text("io.cannot_read_number", what, text));
    if (*count > max) throw DataError(msg::text("io.out_of_range", what, value, min, max));
    number = static_cast<int>(*count);
  }
  if (number < min || number > max)
    throw DataError(msg::text("io.out_of_range", what, number, min, max));
  return number;
}

} // namespace cppcc::io
