#include "util/messages.hpp"

#include "util/resources.hpp"

#include <algorithm>
#include <atomic>
#include <stdexcept>

namespace cppcc::msg {
namespace {

std::atomic<util::Lang> g_lang{util::Lang::en};

// One double-quoted value as the catalogue writes it: "…" with \" \\ \n \t \/ and
// \uXXXX escapes (the JSON subset of YAML's double quotes).
std::string quoted_value(std::string_view text, std::string_view where)
{
  if (text.size() < 2 || text.front() != '"' || text.back() != '"')
    throw std::runtime_error(std::string(where) + ": a value must be in double quotes");
  std::string out;
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    const char c = text[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i + 1 >= text.size()) throw std::runtime_error(std::string(where) + ": a lone \\");
    switch (text[i]) {
    case '"':
      out += '"';
      break;
    case '\\':
      out += '\\';
      break;
    case '/':
      out += '/';
      break;
    case 'n':
      out += '\n';
      break;
    case 't':
      out += '\t';
      break;
    case 'u': {
      if (i + 4 >= text.size()) throw std::runtime_error(std::string(where) + ": a short \\u");
      const unsigned long code = std::stoul(std::string(text.substr(i + 1, 4)), nullptr, 16);
      i += 4;
      if (code < 0x80) {
        out += static_cast<char>(code);
      } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
      } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
      }
      break;
    }
    default:
      throw std::runtime_error(std::string(where) + ": an escape the catalogue does not use");
    }
  }
  return out;
}

} // namespace

// The catalogue's own shape, read line by line (every command reads it, and a YAML parser
// is slow at it: docs/performance.md, "Settings"): `key:` at the start of a line, then `  en: "…"`
// and `  zh: "…"`; comments and blank lines between. tests/unit/test_messages.cpp holds
// every shipped file to reading the same as YAML.
std::vector<Entry> parse_catalogue(std::string_view text, std::string_view path)
{
  std::vector<Entry> entries;
  std::size_t line_no = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string where = std::string(path) + ":" + std::to_string(line_no);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() != ' ') {
      if (line.back() != ':') throw std::runtime_error(where + ": expected `key:`");
      entries.push_back({std::string(line.substr(0, line.size() - 1)), "", "", std::string(path)});
      continue;
    }
    if (entries.empty()) throw std::runtime_error(where + ": a value before any key");
    if (line.starts_with("  en: "))
      entries.back().en = quoted_value(line.substr(6), where);
    else if (line.starts_with("  zh: "))
      entries.back().zh = quoted_value(line.substr(6), where);
    else
      throw std::runtime_error(where + ": expected `  en: \"…\"` or `  zh: \"…\"`");
  }
  return entries;
}

namespace {

std::vector<Entry> load()
{
  std::vector<Entry> entries;
  for (const util::Resource& file : util::resources_under("locale/messages/"))
    for (auto& e : parse_catalogue(file.text, file.path))
      entries.push_back(std::move(e));
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });
  return entries;
}

const Entry* find(std::string_view key)
{
  const auto& all = catalogue();
  const auto at = std::lower_bound(all.begin(), all.end(), key,
                                   [](const Entry& e, std::string_view k) { return e.key < k; });
  return at != all.end() && at->key == key ? &*at : nullptr;
}

} // namespace

void set_lang(util::Lang lang)
{
  g_lang = lang;
}
util::Lang lang()
{
  return g_lang;
}

const std::vector<Entry>& catalogue()
{
  static const std::vector<Entry> entries = load();
  return entries;
}

std::string_view pattern(std::string_view key, util::Lang lang)
{
  const Entry* e = find(key);
  if (e == nullptr) return key;
  if (lang == util::Lang::zh && !e->zh.empty()) return e->zh;
  return e->en;
}

std::string_view pattern(std::string_view key)
{
  return pattern(key, g_lang);
}

} // namespace cppcc::msg
