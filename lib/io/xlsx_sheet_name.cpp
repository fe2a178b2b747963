// io::sheet_name (io/xlsx_writer.hpp): a table's title made a sheet name Excel takes.
#include "io/xlsx_writer.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <utility>

namespace cppcc::io {

namespace {

constexpr std::size_t k_sheet_name_units = 31;

// The bytes of the UTF-8 sequence starting with `lead`, and the UTF-16 units it takes.
std::pair<std::size_t, std::size_t> sequence(unsigned char lead)
{
  if (lead >= 0xF0) return {4, 2};
  if (lead >= 0xE0) return {3, 1};
  if (lead >= 0xC0) return {2, 1};
  return {1, 1};
}

// The longest start of `name` of at most `units` UTF-16 units, never cutting a character.
std::string_view first_units(std::string_view name, std::size_t units)
{
  std::size_t at = 0, used = 0;
  while (at < name.size()) {
    const auto [bytes, taken] = sequence(static_cast<unsigned char>(name[at]));
    if (used + taken > units || at + bytes > name.size()) break;
    at += bytes;
    used += taken;
  }
  return name.substr(0, at);
}

std::string_view without_ends(std::string_view name)
{
  while (!name.empty() && (name.front() == '\'' || name.front() == ' '))
    name.remove_prefix(1);
  while (!name.empty() && (name.back() == '\'' || name.back() == ' '))
    name.remove_suffix(1);
  return name;
}

} // namespace

std::string sheet_name(std::string_view wanted, const std::vector<std::string>& taken,
                       std::string_view fallback)
{
  std::string cleaned;
  for (const char c : wanted) {
    switch (c) {
    case '[':
      cleaned += "［";
      break;
    case ']':
      cleaned += "］";
      break;
    case ':':
      cleaned += "：";
      break;
    case '*':
      cleaned += "＊";
      break;
    case '?':
      cleaned += "？";
      break;
    case '/':
      cleaned += "／";
      break;
    case '\\':
      cleaned += "＼";
      break;
    default:
      cleaned += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
  }
  std::string_view whole = without_ends(cleaned);
  if (first_units(whole, k_sheet_name_units).size() < whole.size()) {
    // Too long: a remark in brackets at the end goes whole rather than cut in the middle.
    const std::size_t remark = std::min(whole.find("（"), whole.find('('));
    if (remark != 0 && remark != std::string_view::npos &&
        first_units(whole, k_sheet_name_units).size() >= remark)
      whole = without_ends(whole.substr(0, remark));
  }
  std::string base(without_ends(first_units(whole, k_sheet_name_units)));
  if (base.empty()) base = fallback;
  const auto free = [&](const std::string& name) {
    const std::string lower = util::ascii_lower(name);
    if (lower == "history") return false;
    return std::none_of(taken.begin(), taken.end(),
                        [&](const std::string& t) { return util::ascii_lower(t) == lower; });
  };
  if (free(base)) return base;
  for (int n = 2;; ++n) {
    const std::string suffix = fmt::format(" ({})", n);
    std::string name(without_ends(first_units(base, k_sheet_name_units - suffix.size())));
    name += suffix;
    if (free(name)) return name;
  }
}

} // namespace cppcc::io
