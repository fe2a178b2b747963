#pragma once
// Small UTF-8 text helpers shared by every layer: code points, terminal width,
// near-miss suggestions.
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::util {

// Returns the code point at text[i] and advances i; U+FFFD for a bad sequence (as
// to_code_points reads it). Inline: the near-duplicate signatures decode every text with it.
inline char32_t next_code_point(std::string_view text, std::size_t& i)
{
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  int extra = 0;
  char32_t cp = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    extra = 1;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2;
    cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3;
    cp = lead & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k <= extra; ++k) {
    if (i + k >= text.size() || (byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

// Decodes UTF-8; invalid bytes become U+FFFD each.
std::u32string to_code_points(std::string_view text);
std::size_t code_point_count(std::string_view text);

// Columns the text takes in a terminal: East Asian wide and fullwidth characters
// count two, combining marks zero, everything else one.
std::size_t display_width(std::string_view text);

// Edit distance over code points (so 王伟/王玮 are one edit apart).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates closest to `wanted`, best first, at most `limit`, only those close
// enough to be a plausible typo (or containing / contained in `wanted`).
std::vector<std::string> closest(std::string_view wanted,
                                 const std::vector<std::string>& candidates, std::size_t limit = 3);

// "did you mean 'a' or 'b'?" for a non-empty list, else "", in the current language
// (msg::lang()): "是否指“a”或“b”？".
std::string did_you_mean(const std::vector<std::string>& suggestions);

// What the system error `code` (an errno) means, in the clerk's language for the common
// ones a file operation meets (no such file, permission denied, disk full …), else the
// C library's own text.
std::string system_error_text(int code);

// Without the spaces around it: ASCII ones, the ideographic space, no-break space, byte
// order mark and zero-width space. trimmed() is the same text, not a copy.
std::string trim(std::string_view text);
std::string_view trimmed(std::string_view text);
std::string ascii_lower(std::string_view text);
// A person's name as offices write it, trimmed, without the spaces that align it: a run of
// ASCII spaces, tabs, no-break or ideographic spaces (U+3000) between two Chinese
// characters is dropped ("周　强", "周 强" → "周强"); spaces elsewhere are part of the name
// ("Anna Li", "阿依古丽 Aygul" keep theirs).
std::string person_name(std::string_view text);

// Splits a list cell on ; ； 、 , ， and trims the parts; empty parts are dropped.
std::vector<std::string> split_list(std::string_view cell);
// Splits on spaces, tabs, newlines and the ideographic space (U+3000).
std::vector<std::string> split_words(std::string_view text);
std::string join(const std::vector<std::string>& parts, std::string_view separator);

} // namespace cppcc::util
