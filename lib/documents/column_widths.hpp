#pragma once
// A table's columns fitted to the page: how wide each is, from the text in it.
#include "render/document.hpp"

#include <cstddef>
#include <vector>

namespace cppcc::documents {

// What a column's text takes, in display columns (half a Chinese character each, capitals
// and the space between Chinese and digits counted): its longest cell (capped: longer
// text wraps in any case) and its header.
struct Extent {
  std::size_t longest = 0;
  std::size_t header = 0;
};
std::vector<Extent> extents(const render::Table& table);

// The widths in twips of `table`'s columns filling `width` when its text is `size`
// half-points large and a cell takes `padding` twips beside its text: short columns
// (numbers, dates, codes) never broken, long ones at least six characters, headers at
// least two a line; the room left goes to the cells first, then to the headers. Empty when
// that least does not fit.
std::vector<int> column_widths(const render::Table& table, int width, int size, int padding);

} // namespace cppcc::documents
