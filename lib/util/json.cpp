#include "util/json.hpp"

#include <cstdint>
#include <cstring>
#include <fmt/format.h>

namespace cppcc::util {

namespace {

// Whether any of the eight bytes of `word` needs an escape: '"', '\\' or a control
// character (< 0x20). Exact: the borrow of a zero test only spreads past a byte that is
// itself a match.
bool needs_escape(std::uint64_t word)
{
  constexpr std::uint64_t k_ones = 0x0101010101010101ULL, k_highs = 0x8080808080808080ULL;
  const auto has_zero = [](std::uint64_t v) { return (v - k_ones) & ~v & k_highs; };
  const std::uint64_t below_space = (word - 0x20 * k_ones) & ~word & k_highs;
  return (below_space | has_zero(word ^ ('"' * k_ones)) | has_zero(word ^ ('\\' * k_ones))) != 0;
}

} // namespace

// Appends `text` as a JSON string literal: runs of characters that need no escape are
// appended whole, found eight bytes at a time (event details and audit entries are
// written for every imported row; a year's look back is megabytes of JSON).
void append_quoted(std::string& out, std::string_view text)
{
  out += '"';
  std::size_t run = 0; // start of the characters not appended yet
  for (std::size_t i = 0; i < text.size();) {
    if (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, sizeof word);
      if (!needs_escape(word)) {
        i += 8;
        continue;
      }
    }
    const char c = text[i++];
    if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) continue;
    out.append(text, run, i - 1 - run);
    run = i;
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      out += fmt::format("\\u{:04x}", static_cast<int>(c));
    }
  }
  out.append(text, run, text.size() - run);
  out += '"';
}

std::string json_quote(std::string_view text)
{
  std::string out;
  out.reserve(text.size() + 2);
  append_quoted(out, text);
  return out;
}

std::string json_object(const std::vector<std::pair<std::string, std::string>>& fields)
{
  std::string out = "{";
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ", ";
    append_quoted(out, fields[i].first);
    out += ": ";
    append_quoted(out, fields[i].second);
  }
  out += '}';
  return out;
}

namespace {

bool read_string(std::string_view text, std::size_t& i, std::string& out)
{
  if (i >= text.size() || text[i] != '"') return false;
  ++i;
  while (i < text.size() && text[i] != '"') {
    if (text[i] == '\\' && i + 1 < text.size()) {
      const char e = text[++i];
      if (e == 'n')
        out += '\n';
      else if (e == 'r')
        out += '\r';
      else if (e == 't')
        out += '\t';
      else if (e == 'u' && i + 4 < text.size()) {
        out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 4)), nullptr, 16));
        i += 4;
      } else
        out += e;
      ++i;
    } else {
      out += text[i++];
    }
  }
  if (i >= text.size()) return false;
  ++i;
  return true;
}

void skip_space(std::string_view text, std::size_t& i)
{
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
    ++i;
}

} // namespace

std::vector<std::pair<std::string, std::string>> json_parse_flat(std::string_view text)
{
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t i = 0;
  skip_space(text, i);
  if (i >= text.size() || text[i++] != '{') return {};
  for (;;) {
    skip_space(text, i);
    if (i < text.size() && text[i] == '}') return out;
    std::string key, value;
    if (!read_string(text, i, key)) return {};
    skip_space(text, i);
    if (i >= text.size() || text[i++] != ':') return {};
    skip_space(text, i);
    if (!read_string(text, i, value)) return {};
    out.emplace_back(std::move(key), std::move(value));
    skip_space(text, i);
    if (i < text.size() && text[i] == ',') ++i;
  }
}

} // namespace cppcc::util
