#include "documents/column_widths.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <numeric>

namespace cppcc::documents {

namespace {

constexpr std::size_t k_long_cell = 60;    // display columns: longer text wraps in any case
constexpr std::size_t k_short_column = 12; // display columns: a column this narrow never wraps
constexpr std::size_t k_header_line = 4;   // display columns: a header's two characters

// `columns` display columns (half a Chinese character each) at `size` half-points, in twips.
int column_twips(std::size_t columns, int size)
{
  return static_cast<int>(columns) * size * 5;
}

// The display columns `text` takes in a table (half a Chinese character each): its
// display width, half a column more for every two capitals and wide signs (a capital of
// Times New Roman is some 0.7 of a Chinese character's width, not half), and one more
// when it mixes Chinese with digits or letters (Word and WPS space them apart).
std::size_t text_columns(std::string_view text)
{
  std::size_t wide = 0;
  bool latin = false, chinese = false;
  for (const char c : text) {
    wide += (c >= 'A' && c <= 'Z') || c == 'm' || c == 'w' || c == '%' || c == '@' ? 1 : 0;
    latin = latin || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    chinese = chinese || static_cast<unsigned char>(c) >= 0xE0;
  }
  return util::display_width(text) + (wide + 1) / 2 + (latin && chinese ? 1 : 0);
}

// Widens `widths` towards `targets` by at most `spare` twips in all, each column by the
// same share of what it lacks; returns what is left of `spare`.
long widen(std::vector<long>& widths, const std::vector<long>& targets, long spare)
{
  long lacking = 0;
  for (std::size_t c = 0; c < widths.size(); ++c)
    lacking += std::max(0L, targets[c] - widths[c]);
  if (lacking == 0 || spare == 0) return spare;
  const long given = std::min(lacking, spare);
  for (std::size_t c = 0; c < widths.size(); ++c)
    widths[c] += std::max(0L, targets[c] - widths[c]) * given / lacking;
  return spare - given;
}

} // namespace

std::vector<Extent> extents(const render::Table& table)
{
  std::vector<Extent> out(table.columns.size());
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    out[c].header = text_columns(table.columns[c].label);
  for (const auto& row : table.rows)
    for (std::size_t c = 0; c < row.size() && c < out.size(); ++c)
      out[c].longest =
          std::max(out[c].longest, std::min(text_columns(render::plain(row[c])), k_long_cell));
  return out;
}

std::vector<int> column_widths(const render::Table& table, int width, int size, int padding)
{
  // Every column at least its shortest unbroken form (a short column's cells whole, a
  // long one six characters, a header two characters a line); then, while there is room,
  // the cells whole, the headers whole, and what is left shared by all.
  std::vector<long> least, cells, whole;
  for (const Extent& e : extents(table)) {
    const std::size_t longest = std::max<std::size_t>(e.longest, 2);
    const auto twips = [&](std::size_t columns) { return column_twips(columns, size) + padding; };
    least.push_back(twips(std::max(k_header_line, std::min(longest, k_short_column))));
    cells.push_back(twips(std::max(k_header_line, longest)));
    whole.push_back(twips(std::max(longest, e.header)));
  }
  long spare = width - std::accumulate(least.begin(), least.end(), 0L);
  if (least.empty() || spare < 0) return {};
  std::vector<long> widths = least;
  spare = widen(widths, cells, spare);
  spare = widen(widths, whole, spare);
  const long sum = std::accumulate(widths.begin(), widths.end(), 0L);
  std::vector<int> out;
  for (const long w : widths)
    out.push_back(static_cast<int>(w + spare * w / sum));
  out.back() += width - std::accumulate(out.begin(), out.end(), 0); // rounding
  return out;
}

} // namespace cppcc::documents
