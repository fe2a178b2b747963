#include "import/sheet_shape.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <array>

namespace cppcc::import {

namespace {

// Without ASCII and ideographic spaces anywhere: 合　计 and 合 计 are 合计.
std::string without_spaces(std::string_view text)
{
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t') continue;
    if (text.substr(i, 3) == "\u3000") {
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

bool is_break(char c)
{
  return c == '\n' || c == '\r';
}

// Whether the UTF-8 text ending at `end` (exclusive) ends, and the text from `start` starts,
// with a character outside ASCII: joined without a space.
bool wide_before(std::string_view text, std::size_t end)
{
  return end > 0 && static_cast<unsigned char>(text[end - 1]) >= 0x80;
}
bool wide_after(std::string_view text, std::size_t start)
{
  return start < text.size() && static_cast<unsigned char>(text[start]) >= 0x80;
}

} // namespace

bool is_closing_row(const std::vector<std::string>& cells)
{
  static constexpr std::array<std::string_view, 19> k_starts = {
      "合计",   "总计",  "小计",   "共计",   "填表",      "填报人",   "制表人",
      "制表：", "制表:", "审核人", "审核：", "审核:",     "负责人：", "负责人:",
      "注：",   "注:",   "说明：", "说明:",  "单位负责人"};
  for (const auto& cell : cells) {
    const std::string text = without_spaces(util::trimmed(cell));
    if (text.empty()) continue;
    return std::any_of(k_starts.begin(), k_starts.end(),
                       [&](std::string_view start) { return text.starts_with(start); });
  }
  return false;
}

std::string row_caption(const std::vector<std::string>& cells, std::size_t max_chars)
{
  for (const auto& cell : cells) {
    const std::string text = fold_line_breaks(cell, ListCell::no);
    if (text.empty()) continue;
    std::size_t at = 0, chars = 0;
    while (at < text.size() && chars < max_chars) {
      const auto c = static_cast<unsigned char>(text[at]);
      at += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      ++chars;
    }
    return at < text.size() ? text.substr(0, at) + "…" : text;
  }
  return "";
}

std::string fold_line_breaks(std::string_view cell, ListCell list)
{
  const std::string_view text = util::trimmed(cell);
  if (text.find_first_of("\r\n") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (!is_break(text[i])) {
      out += text[i++];
      continue;
    }
    // The break with the spaces around it: those before are in `out` already.
    while (!out.empty() && (out.back() == ' ' || out.back() == '\t'))
      out.pop_back();
    while (out.size() >= 3 && out.ends_with("\u3000"))
      out.resize(out.size() - 3);
    std::size_t next = i;
    while (next < text.size()) {
      if (is_break(text[next]) || text[next] == ' ' || text[next] == '\t')
        ++next;
      else if (text.substr(next, 3) == "\u3000")
        next += 3;
      else
        break;
    }
    if (list == ListCell::yes)
      out += ';';
    else if (!(wide_before(out, out.size()) && wide_after(text, next)))
      out += ' ';
    i = next;
  }
  return out;
}

bool is_list_column(std::string_view column)
{
  static constexpr std::array<std::string_view, 11> k_lists = {
      "cosigners",    "lead_units", "joint_units", "roles",   "adopted_levels", "instructed_by",
      "participants", "excused",    "absent",      "authors", "members"};
  return std::find(k_lists.begin(), k_lists.end(), column) != k_lists.end();
}

} // namespace cppcc::import
