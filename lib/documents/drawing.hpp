#pragma once
// A chart as a drawing: a short list of shapes in CSS pixels, laid out once
// (documents/charts.*) and painted twice: as SVG text for the HTML page (svg, here) and as
// pixels for the Word document's pictures (documents/raster.*).
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cppcc::documents {

struct ChartSize {
  int width = 640; // px (CSS pixels, 96 per inch)
  int height = 360;
};

// 0xRRGGBB.
using Colour = std::uint32_t;
inline constexpr Colour k_white = 0xFFFFFF;

// Axis-aligned; a stroke (of `stroke_width`, centred on the edge) when stroke_width > 0.
struct Rect {
  double x = 0, y = 0, width = 0, height = 0;
  Colour fill = 0;
  Colour stroke = 0;
  double stroke_width = 0;
};

// A straight line, `width` wide, with square-cut ends.
struct Line {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  Colour stroke = 0;
  double width = 1;
};

// Filled, or (filled = false) its circumference stroked 1 px wide.
struct Circle {
  double cx = 0, cy = 0, r = 0;
  Colour colour = 0;
  bool filled = true;
};

// A pie's slice: from `start` radians (0 at three o'clock, growing clockwise on the
// screen, as SVG's y runs down) through `sweep` (0 < sweep < 2π), filled, its outline
// stroked `stroke_width` wide.
struct Slice {
  double cx = 0, cy = 0, r = 0, start = 0, sweep = 0;
  Colour fill = 0;
  Colour stroke = k_white;
  double stroke_width = 0;
};

// One line of text, its baseline at y; x is where it starts, its middle or its end.
struct Text {
  enum class Anchor { start, middle, end };
  enum class Weight { normal, bold };
  double x = 0, y = 0;
  Anchor anchor = Anchor::start;
  int size = 12; // px
  Colour colour = 0;
  Weight weight = Weight::normal;
  std::string content;
};

using Shape = std::variant<Rect, Line, Circle, Slice, Text>;

// Shapes painted in order over a background of one colour.
struct Drawing {
  ChartSize size;
  std::string title; // what the drawing shows, for a reader that cannot see it
  Colour background = k_white;
  std::vector<Shape> shapes;
};

// `drawing` as a standalone <svg> element (with its xmlns, so that it is also a file of its
// own), text in `fonts` (a CSS font-family list), escaped.
std::string svg(const Drawing& drawing, std::string_view fonts);

} // namespace cppcc::documents
