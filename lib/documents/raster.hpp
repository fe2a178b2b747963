#pragma once
// An SVG drawing as a PNG picture (librsvg draws it, cairo holds the pixels): a chart in a
// Word document, which takes pictures, not drawings.
#include "documents/charts.hpp"

#include <string>
#include <string_view>

namespace cppcc::documents {

struct Png {
  std::string bytes;
  int width = 0; // pixels
  int height = 0;
};

// `svg`, a drawing of `size` CSS pixels, drawn `scale` times as large on white. An
// Error (exit 70) naming `what` when librsvg cannot read or draw it.
Png png_from_svg(std::string_view svg, ChartSize size, double scale, std::string_view what);

} // namespace cppcc::documents
