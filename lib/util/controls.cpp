#include "util/controls.hpp"

#include <cstdint>
#include <cstring>
#include <fmt/format.h>

namespace cppcc::util {

namespace {

// Whether any of the eight bytes of `word` may start a control character: below 0x20,
// 0x7F, or 0xC2 (the lead byte of C1 in UTF-8).
bool may_hold_control(std::uint64_t word)
{
  constexpr std::uint64_t k_ones = 0x0101010101010101ULL, k_highs = 0x8080808080808080ULL;
  const auto has_zero = [](std::uint64_t v) { return (v - k_ones) & ~v & k_highs; };
  const std::uint64_t below_space = (word - 0x20 * k_ones) & ~word & k_highs;
  return (below_space | has_zero(word ^ (0x7F * k_ones)) | has_zero(word ^ (0xC2 * k_ones))) != 0;
}

// The length of the control character at text[i] (1 for C0 and DEL, 2 for C1), else 0.
std::size_t control_at(std::string_view text, std::size_t i, Breaks breaks)
{
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x20) return breaks == Breaks::allowed && (c == '\t' || c == '\n' || c == '\r') ? 0 : 1;
  if (c == 0x7F) return 1;
  if (c == 0xC2 && i + 1 < text.size()) {
    const auto next = static_cast<unsigned char>(text[i + 1]);
    return next >= 0x80 && next <= 0x9F ? 2 : 0;
  }
  return 0;
}

} // namespace

std::size_t find_control(std::string_view text, Breaks breaks)
{
  for (std::size_t i = 0; i < text.size();) {
    if (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, sizeof word);
      if (!may_hold_control(word)) {
        i += 8;
        continue;
      }
    }
    if (control_at(text, i, breaks) > 0) return i;
    ++i;
  }
  return std::string_view::npos;
}

std::string control_name(std::string_view text, std::size_t at)
{
  const auto c = static_cast<unsigned char>(text[at]);
  const unsigned code =
      c == 0xC2 && at + 1 < text.size() ? static_cast<unsigned char>(text[at + 1]) : c;
  return fmt::format("U+{:04X}", code);
}

std::string show_controls(std::string_view text)
{
  if (find_control(text, Breaks::allowed) == std::string_view::npos) return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = control_at(text, i, Breaks::allowed);
    if (length == 0) {
      out += text[i++];
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (length == 2) {
      out += "<" + control_name(text, i) + ">";
    } else { // U+2400 + c, or U+2421 for DEL: three bytes E2 90 xx
      const unsigned picture = c == 0x7F ? 0x2421 : 0x2400 + c;
      out += static_cast<char>(0xE0 | (picture >> 12));
      out += static_cast<char>(0x80 | ((picture >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (picture & 0x3F));
    }
    i += length;
  }
  return out;
}

} // namespace cppcc::util
