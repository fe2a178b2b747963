// lib/documents/canvas, fonts, raster: a drawing painted as pixels — shapes in their colour
// with antialiased edges, text drawn dark inside the box it is placed in — and the charts'
// font found without fontconfig, exit 69 when there is none.
#include "config/config.hpp"
#include "documents/canvas.hpp"
#include "documents/charts.hpp"
#include "documents/fonts.hpp"
#include "documents/raster.hpp"
#include "documents/settings.hpp"
#include "error.hpp"
#include "temp_dir.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <functional>
#include <numbers>
#include <optional>
#include <string>

namespace {

using namespace cppcc::documents;

constexpr Colour k_navy = 0x1f3b5c;

Colour at(const Canvas& canvas, int x, int y)
{
  return canvas.at(x, y);
}

int channel(Colour colour, int shift)
{
  return static_cast<int>((colour >> shift) & 0xFF);
}

// A pixel darker than mid grey (text drawn in near-black).
bool dark(Colour colour)
{
  return channel(colour, 16) + channel(colour, 8) + channel(colour, 0) < 3 * 128;
}

// The dark pixels inside and outside [x0, x1) × [y0, y1).
std::pair<int, int> dark_pixels(const Canvas& canvas, int x0, int y0, int x1, int y1)
{
  int inside = 0, outside = 0;
  for (int y = 0; y < canvas.height; ++y)
    for (int x = 0; x < canvas.width; ++x)
      if (dark(at(canvas, x, y))) ++(x >= x0 && x < x1 && y >= y0 && y < y1 ? inside : outside);
  return {inside, outside};
}

// The charts' font: the shipped list's first installed one (scripts/test installs
// fonts-noto-cjk).
ChartFont shipped_font()
{
  static const auto config = cppcc::config::Config::from_text("", "t");
  return find_chart_font(settings(config));
}

int exit_of(const std::function<void()>& run, std::string& message)
{
  try {
    run();
  } catch (const cppcc::Error& e) {
    message = e.what();
    return static_cast<int>(e.status());
  }
  return 0;
}

} // namespace

TEST_SUITE("documents")
{
  TEST_CASE("a box is its colour inside, the background outside, and shares a pixel it half covers")
  {
    Canvas canvas;
    canvas.reset(40, 20, k_white);
    paint(canvas, Rect{10, 4, 10.5, 8, k_navy}, /*scale=*/1);
    CHECK(at(canvas, 10, 4) == k_navy);
    CHECK(at(canvas, 19, 11) == k_navy);
    CHECK(at(canvas, 9, 4) == k_white);
    CHECK(at(canvas, 10, 12) == k_white);
    const Colour half = at(canvas, 20, 6); // x 20 to 20.5: half navy, half white
    CHECK(std::abs(channel(half, 16) - (0x1f + 0xff) / 2) <= 1);
    CHECK(std::abs(channel(half, 0) - (0x5c + 0xff) / 2) <= 1);
    SUBCASE("at twice the size, a stroke round it")
    {
      Canvas twice;
      twice.reset(80, 40, k_white);
      paint(twice, Rect{10, 4, 10, 8, k_navy, 0x595959, 1}, /*scale=*/2);
      CHECK(at(twice, 30, 16) == k_navy);   // inside
      CHECK(at(twice, 20, 16) == 0x595959); // on the left edge, a pixel either side of it
      CHECK(at(twice, 19, 16) == 0x595959);
      CHECK(at(twice, 18, 16) == k_white);
      CHECK(at(twice, 30, 7) == 0x595959); // the top edge
    }
  }

  TEST_CASE("lines: a grid line as wide as its stroke; a slanted one antialiased")
  {
    Canvas canvas;
    canvas.reset(40, 40, k_white);
    paint(canvas, Line{2, 10, 38, 10, 0x000000, 2}, /*scale=*/1);
    CHECK(at(canvas, 20, 9) == 0x000000);
    CHECK(at(canvas, 20, 10) == 0x000000);
    CHECK(at(canvas, 20, 8) == k_white);
    CHECK(at(canvas, 20, 11) == k_white);
    CHECK(at(canvas, 1, 9) == k_white); // square-cut ends
    paint(canvas, Line{5, 20, 35, 35, 0x000000, 1}, /*scale=*/1);
    CHECK(at(canvas, 20, 27) != k_white); // on it: y = 20 + (x - 5) / 2 at the pixel's middle
    CHECK(at(canvas, 20, 32) == k_white);
  }

  TEST_CASE("a pie's slice covers its angle only, its outline stroked white")
  {
    // From twelve o'clock a quarter turn clockwise: the top right quarter.
    Canvas canvas;
    canvas.reset(100, 100, k_white);
    paint(canvas, Circle{50, 50, 45, 0xcccccc}, /*scale=*/1);
    paint(canvas,
          Slice{50, 50, 40, -std::numbers::pi / 2, std::numbers::pi / 2, k_navy, k_white, 2},
          /*scale=*/1);
    CHECK(at(canvas, 70, 30) == k_navy);
    CHECK(at(canvas, 30, 30) == 0xcccccc); // top left: not in it
    CHECK(at(canvas, 70, 70) == 0xcccccc); // bottom right
    CHECK(at(canvas, 50, 30) == k_white);  // its first radius, stroked
    CHECK(at(canvas, 70, 50) == k_white);  // its last
    CHECK(at(canvas, 78, 22) == k_white);  // its arc (r = 40: 28.3 from the centre along x and y)
    SUBCASE("a slice of more than half the circle")
    {
      Canvas more;
      more.reset(100, 100, k_white);
      paint(more, Slice{50, 50, 40, -std::numbers::pi / 2, 1.5 * std::numbers::pi, k_navy}, 1);
      CHECK(at(more, 70, 70) == k_navy);
      CHECK(at(more, 30, 70) == k_navy);
      CHECK(at(more, 30, 30) == k_white); // the quarter left out
    }
  }

  TEST_CASE("text is drawn dark inside the box it is placed in, anchored as SVG anchors it")
  {
    Rasteriser rasteriser(shipped_font(), /*scale=*/1);
    Drawing drawing{{200, 60}, "", k_white, {}};
    drawing.shapes.emplace_back(
        Text{20, 40, Text::Anchor::start, 20, 0x1a1a1a, Text::Weight::normal, "年度 2023"});
    const Canvas& canvas = rasteriser.paint(drawing);
    // 年度 are about 1 em each, the space and digits about half: some 105 pixels.
    const auto [inside, outside] = dark_pixels(canvas, 20, 40 - 20, 20 + 110, 40 + 5);
    CHECK(inside > 150);
    CHECK(outside == 0);
    SUBCASE("ending where it is placed, and in bold darker")
    {
      Drawing end{{200, 60}, "", k_white, {}};
      end.shapes.emplace_back(
          Text{180, 40, Text::Anchor::end, 20, 0x1a1a1a, Text::Weight::bold, "年度 2023"});
      const Canvas& bold = rasteriser.paint(end);
      const auto [bold_inside, bold_outside] = dark_pixels(bold, 180 - 115, 20, 181, 45);
      CHECK(bold_outside == 0);
      CHECK(bold_inside > inside);
    }
  }

  TEST_CASE("a chart as a picture: its size at the scale, a PNG of its pixels")
  {
    Rasteriser rasteriser(shipped_font(), /*scale=*/1.5);
    cppcc::render::Chart chart{cppcc::render::Chart::Kind::bars, "各月提交提案", "件数", {}};
    for (int m = 1; m <= 12; ++m)
      chart.data.emplace_back(std::to_string(m) + "月", cppcc::render::Value::integer(m * 3));
    const ChartSize size = chart_size(chart, 640);
    const Png png = rasteriser.draw(chart_drawing(chart, size));
    CHECK(png.width == 960);
    CHECK(png.height == size.height * 3 / 2);
    CHECK(png.bytes.substr(1, 3) == "PNG");
  }

  TEST_CASE("the charts' font: the office's own, else the first installed; none is exit 69")
  {
    TempDir dir;
    std::string message;
    SUBCASE("an office's font file that is not there")
    {
      const auto config = cppcc::config::Config::from_text(
          "documents: {chart_font: {file: " + (dir.path / "无.ttc").string() + "}}\n", "t");
      const ChartFont font = find_chart_font(settings(config));
      CHECK(font.regular.file == dir.path / "无.ttc");
      CHECK(exit_of([&] { Rasteriser(font, 1); }, message) == 69);
      CHECK(message.find("无.ttc") != std::string::npos);
      CHECK(message.find("fonts-noto-cjk") != std::string::npos);
    }
    SUBCASE("a file that is not a font")
    {
      const auto file = dir.write("font.ttf", "not a font");
      CHECK(exit_of([&] { Rasteriser(ChartFont{{file, 0}, std::nullopt}, 1); }, message) == 69);
      CHECK(message.find("FreeType") != std::string::npos);
    }
    SUBCASE("none of the known fonts installed")
    {
      const auto config = cppcc::config::Config::from_text(
          "documents: {chart_fonts: [{file: " + (dir.path / "a.ttc").string() + ", face: 2}]}\n",
          "t");
      CHECK(exit_of([&] { find_chart_font(settings(config)); }, message) == 69);
      CHECK(message.find("a.ttc") != std::string::npos);
      CHECK(message.find("fonts-noto-cjk") != std::string::npos);
    }
    SUBCASE("the first installed of the list, its bold left out when it is not there")
    {
      const auto there = dir.write("there.ttf", "");
      const auto config = cppcc::config::Config::from_text(
          "documents: {chart_fonts: [{file: " + (dir.path / "a.ttc").string() + "}, {file: " +
              there.string() + ", face: 1, bold_file: " + (dir.path / "b.ttc").string() + "}]}\n",
          "t");
      const ChartFont font = find_chart_font(settings(config));
      CHECK(font.regular.file == there);
      CHECK(font.regular.face == 1);
      CHECK_FALSE(font.bold.has_value());
    }
    SUBCASE("a face that is not a number is the configuration's error")
    {
      const auto config = cppcc::config::Config::from_text(
          "documents: {chart_font: {file: x.ttc, face: two}}\n", "t");
      CHECK(exit_of([&] { settings(config); }, message) == 78);
      CHECK(message.find("documents.chart_font.face") != std::string::npos);
    }
  }
}
