#pragma once
// A report's chart (render::Chart: a pie, or bars) drawn as SVG by the tool itself: inline
// in the HTML page, and rasterised to PNG for the Word document (documents/docx.*).
#include "render/document.hpp"

#include <string>

namespace cppcc::documents {

struct ChartSize {
  int width = 640; // px (CSS pixels, 96 per inch)
  int height = 360;
};

// A standalone <svg> element (with its xmlns, so that it is also a file of its own), text
// in the fonts the documents name, Chinese labels drawn as text.
std::string svg_chart(const render::Chart& chart, ChartSize size = {});

} // namespace cppcc::documents
