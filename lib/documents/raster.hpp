#pragma once
// Drawings as PNG pictures: the charts of a Word document, which takes pictures, not
// drawings. Painted by the tool itself: axis-aligned rectangles, lines, circles and pie
// slices with antialiased edges, text drawn by FreeType (documents/fonts.*); no librsvg,
// cairo, pango or fontconfig, whose loading cost a Word document some 100 ms.
#include "documents/canvas.hpp"
#include "documents/drawing.hpp"
#include "documents/fonts.hpp"

#include <string>

namespace cppcc::documents {

struct Png {
  std::string bytes;
  int width = 0; // pixels
  int height = 0;
};

// Paints drawings one after the other on the same pixels. One thread at a time.
class Rasteriser {
public:
  // Drawings painted `scale` pixels a CSS pixel, their text in `font`. UnavailableError
  // (exit 69) when FreeType or the font cannot be loaded.
  Rasteriser(const ChartFont& font, double scale);

  // `drawing` as PNG, `scale` times its size.
  Png draw(const Drawing& drawing);
  // `drawing` painted, its pixels left on the canvas (what draw packs as PNG).
  const Canvas& paint(const Drawing& drawing);

private:
  double m_scale;
  Lettering m_lettering;
  Canvas m_canvas;
};

// The pixels of an RGB24 image (a 32-bit word a pixel, its top byte unused, `stride` bytes
// a row: a Canvas's, with 4 × its width) as a PNG file: indexed when it has at most 256 colours,
// else 8-bit RGB; no filter, deflated for speed (zlib's run-length strategy: a chart is mostly runs
// of one colour).
std::string png_from_pixels(const unsigned char* pixels, int width, int height, int stride);

} // namespace cppcc::documents
