#pragma once
// The charts' text painted as pixels (documents/raster.*): glyphs drawn by FreeType from a
// font file found without fontconfig — the office's documents.chart_font, else the first of
// documents.chart_fonts installed (schemas/documents.yaml). FreeType is loaded when the
// first chart is drawn (dlopen), not linked: linked, its libraries would be loaded at the
// start of every command.
#include "documents/canvas.hpp"
#include "documents/settings.hpp"

#include <memory>
#include <string_view>

namespace cppcc::documents {

// The font `settings` name for the charts: documents.chart_font, else the first of
// documents.chart_fonts whose file exists. UnavailableError (exit 69) naming fonts-noto-cjk
// when there is none.
ChartFont find_chart_font(const Settings& settings);

// Text in one font, regular and bold, at any size: measured and painted on a canvas. One
// thread at a time.
class Lettering {
public:
  // UnavailableError (exit 69) when FreeType is not installed, or a file of `font` cannot be
  // read as a font (naming fonts-noto-cjk).
  explicit Lettering(const ChartFont& font);
  ~Lettering();
  Lettering(const Lettering&) = delete;
  Lettering& operator=(const Lettering&) = delete;

  // How far `text` at `size` pixels advances the pen, in pixels.
  double width(std::string_view text, double size, Text::Weight weight);
  // `text` at `size` pixels in `colour`, its baseline at `y`, starting at `x` (grey-scale
  // antialiased, placed to a quarter of a pixel along the line).
  void paint(Canvas& canvas, double x, double y, std::string_view text, double size,
             Text::Weight weight, Colour colour);

private:
  struct Faces;
  std::unique_ptr<Faces> m_faces;
};

} // namespace cppcc::documents
