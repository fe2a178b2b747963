#include "util/text.hpp"

#include <cerrno>
#include <cstring>

#include "util/messages.hpp"

#include <algorithm>

namespace cppcc::util {

namespace {

bool is_wide(char32_t cp)
{
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
         (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
         (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool is_zero_width(char32_t cp)
{
  return (cp >= 0x0300 && cp <= 0x036F) || cp == 0x200B || cp == 0x200D ||
         (cp >= 0xFE00 && cp <= 0xFE0F);
}

} // namespace

std::u32string to_code_points(std::string_view text)
{
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();)
    out.push_back(next_code_point(text, i));
  return out;
}

std::size_t code_point_count(std::string_view text)
{
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::size_t display_width(std::string_view text)
{
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    width += is_zero_width(cp) ? 0 : is_wide(cp) ? 2 : 1;
  }
  return width;
}

std::size_t edit_distance(std::string_view a, std::string_view b)
{
  const std::u32string x = to_code_points(a);
  const std::u32string y = to_code_points(b);
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

std::vector<std::string> closest(std::string_view wanted,
                                 const std::vector<std::string>& candidates, std::size_t limit)
{
  const std::size_t length = code_point_count(wanted);
  const std::size_t allowed = std::max<std::size_t>(1, (length + 1) / 2);
  const std::string wanted_lower = ascii_lower(wanted);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& candidate : candidates) {
    const std::string lower = ascii_lower(candidate);
    std::size_t distance = edit_distance(wanted_lower, lower);
    const bool contains = !wanted.empty() && (lower.find(wanted_lower) != std::string::npos ||
                                              wanted_lower.find(lower) != std::string::npos);
    if (contains) // 'reason' for 'reject_reason' is as good as a one-letter typo
      distance = std::min<std::size_t>(distance, 1);
    if (distance <= allowed) scored.emplace_back(distance, candidate);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& l, const auto& r) { return l.first < r.first; });
  std::vector<std::string> out;
  for (auto& [distance, name] : scored) {
    if (out.size() == limit || distance > scored.front().first) // only the best ones
      break;
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  return out;
}

std::string did_you_mean(const std::vector<std::string>& suggestions)
{
  if (suggestions.empty()) return {};
  std::string list = msg::text("util.quoted", suggestions[0]);
  for (std::size_t i = 1; i < suggestions.size(); ++i) {
    const std::string next = msg::text("util.quoted", suggestions[i]);
    if (i + 1 == suggestions.size())
      list = msg::text("util.list_last", list, next);
    else
      list = msg::text("util.list_more", list, next);
  }
  return msg::text("util.did_you_mean", list);
}

std::string_view trimmed(std::string_view text)
{
  // Most text has nothing to trim: the first byte starts no space below and the last
  // ends none (each wide one ends in 0x80, 0x8B, 0xA0 or 0xBF). Hot in imports: every
  // field of every row is read trimmed, some several times.
  const auto first = static_cast<unsigned char>(text.empty() ? ' ' : text.front());
  const auto last = static_cast<unsigned char>(text.empty() ? ' ' : text.back());
  const auto may_start = [](unsigned char c) {
    return c <= ' ' || c == 0xE3 || c == 0xEF || c == 0xE2 || c == 0xC2;
  };
  const auto may_end = [](unsigned char c) {
    return c <= ' ' || c == 0x80 || c == 0x8B || c == 0xA0 || c == 0xBF;
  };
  if (!may_start(first) && !may_end(last)) return text;
  auto is_space = [](std::string_view s, std::size_t at, std::size_t& len) {
    const unsigned char c = static_cast<unsigned char>(s[at]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      len = 1;
      return true;
    }
    if (c != 0xE3 && c != 0xEF && c != 0xE2 && c != 0xC2) return false; // no wide space starts so
    // The ideographic space, and the invisible ones a pasted or concatenated file
    // carries: a byte order mark (zero-width no-break space) and a zero-width space.
    for (const std::string_view wide : {"\u3000", "\uFEFF", "\u200B"})
      if (s.substr(at, 3) == wide) {
        len = 3;
        return true;
      }
    if (s.substr(at, 2) == "\u00A0") { // no-break space
      len = 2;
      return true;
    }
    return false;
  };
  std::size_t begin = 0, len = 0;
  while (begin < text.size() && is_space(text, begin, len))
    begin += len;
  std::size_t end = text.size();
  while (end > begin) {
    if (is_space(text, end - 1, len)) {
      --end;
    } else if (end >= begin + 3 && is_space(text, end - 3, len) && len == 3) {
      end -= 3;
    } else if (end >= begin + 2 && is_space(text, end - 2, len) && len == 2) {
      end -= 2;
    } else {
      break;
    }
  }
  return text.substr(begin, end - begin);
}

std::string trim(std::string_view text)
{
  return std::string(trimmed(text));
}

namespace {

bool is_han(char32_t cp)
{
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool is_padding(char32_t cp)
{
  return cp == U' ' || cp == U'\t' || cp == 0x00A0 || cp == 0x3000;
}

} // namespace

std::string person_name(std::string_view text)
{
  const std::string_view name = trimmed(text);
  if (name.find_first_of(" \t\xC2\xE3") == std::string_view::npos) return std::string(name);
  std::string out;
  out.reserve(name.size());
  char32_t before = 0; // the last character kept that is not padding
  std::size_t i = 0;
  while (i < name.size()) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(name, i);
    if (!is_padding(cp)) {
      out.append(name.substr(start, i - start));
      before = cp;
      continue;
    }
    std::size_t end = i; // the run of padding ends where the next character starts
    while (end < name.size()) {
      std::size_t next = end;
      if (!is_padding(next_code_point(name, next))) break;
      end = next;
    }
    std::size_t after_end = end;
    const char32_t after = end < name.size() ? next_code_point(name, after_end) : 0;
    if (!(is_han(before) && is_han(after))) out.append(name.substr(start, end - start));
    i = end;
  }
  return out;
}

std::string ascii_lower(std::string_view text)
{
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string> split_list(std::string_view cell)
{
  static const std::string_view k_separators[] = {";", "\xEF\xBC\x9B" /*；*/, "\xE3\x80\x81" /*、*/,
                                                  ",", "\xEF\xBC\x8C" /*，*/};
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < cell.size();) {
    const char first = cell[i];
    std::size_t matched = 0;
    if (first == ';' || first == ',' || first == '\xEF' ||
        first == '\xE3') // separators' first bytes
      for (auto separator : k_separators)
        if (cell.substr(i, separator.size()) == separator) {
          matched = separator.size();
          break;
        }
    if (matched == 0) {
      ++i;
      continue;
    }
    parts.push_back(trim(cell.substr(start, i - start)));
    i += matched;
    start = i;
  }
  parts.push_back(trim(cell.substr(start)));
  std::erase_if(parts, [](const std::string& p) { return p.empty(); });
  return parts;
}

std::vector<std::string> split_words(std::string_view text)
{
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t space = 0;
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')
      space = 1;
    else if (text.substr(i, 3) == "\u3000")
      space = 3;
    if (space == 0) {
      word += text[i++];
      continue;
    }
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
    i += space;
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator)
{
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

std::string system_error_text(int code)
{
  switch (code) {
  case ENOENT:
    return msg::text("util.errno_no_such_file");
  case EACCES:
  case EPERM:
    return msg::text("util.errno_permission");
  case EISDIR:
    return msg::text("util.errno_is_directory");
  case ENOTDIR:
    return msg::text("util.errno_not_directory");
  case ENOSPC:
    return msg::text("util.errno_disk_full");
  case EROFS:
    return msg::text("util.errno_read_only");
  case EEXIST:
    return msg::text("util.errno_exists");
  case EIO:
    return msg::text("util.errno_io");
  case ELOOP:
    return msg::text("util.errno_symlink");
  case EPIPE:
    return msg::text("util.errno_pipe");
  default:
    return std::strerror(code);
  }
}

} // namespace cppcc::util
