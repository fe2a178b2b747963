#pragma once
// A report's chart (render::Chart: a pie, or bars) laid out by the tool itself as a drawing
// (documents/drawing.hpp): written as SVG inline in the HTML page, and painted as pixels
// for the Word document's pictures (documents/raster.*, docx.*).
#include "documents/drawing.hpp"
#include "render/document.hpp"

#include <string>

namespace cppcc::documents {

// The size `chart` is drawn at `width` pixels wide: a pie as tall as its legend needs,
// bars with short labels (months, levels) as columns, with long ones (units' names) as
// rows, one row each.
ChartSize chart_size(const render::Chart& chart, int width = 640);

// Whether bars are drawn as rows (a label on the left of each): many bars, or labels too
// wide to stand under a column.
bool horizontal_bars(const render::Chart& chart, int width);

// The chart laid out at `size`: its title, then its shapes. Drawn in colours that stay
// apart when printed in grey; every bar and slice says its value (a percent with "%"), a
// pie's legend each slice's share. Its text is laid out for a Chinese sans-serif
// (documents/markup.hpp, k_sans_fonts).
Drawing chart_drawing(const render::Chart& chart, ChartSize size);

// chart_drawing as a standalone <svg> element (with its xmlns, so that it is also a file of its
// own), text in the fonts the documents name, Chinese labels drawn as text.
std::string svg_chart(const render::Chart& chart, ChartSize size);
// At chart_size(chart).
std::string svg_chart(const render::Chart& chart);

} // namespace cppcc::documents
