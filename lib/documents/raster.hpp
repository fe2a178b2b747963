#pragma once
// SVG drawings as PNG pictures: the charts of a Word document, which takes pictures, not
// drawings. librsvg draws, cairo holds the pixels; both are loaded when the first picture
// is drawn (dlopen), not linked: linked, their forty-odd libraries would be loaded at the
// start of every command, some 25 ms each time (docs/performance.md).
#include "documents/charts.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace cppcc::documents {

struct Png {
  std::string bytes;
  int width = 0; // pixels
  int height = 0;
};

// Draws drawings of one size, one after the other on the same pixels (a picture's memory
// is most of what drawing it costs). One thread at a time.
class Rasteriser {
public:
  // Drawings of `size` CSS pixels, drawn `scale` times as large. UnavailableError (exit 69)
  // naming the package when librsvg or cairo is not installed.
  Rasteriser(ChartSize size, double scale);
  ~Rasteriser();
  Rasteriser(const Rasteriser&) = delete;
  Rasteriser& operator=(const Rasteriser&) = delete;

  // `svg` drawn on white, as PNG. An Error (exit 70) naming `what` when librsvg cannot read
  // or draw it.
  Png draw(std::string_view svg, std::string_view what);
  // `svg` drawn and thrown away: what librsvg needs for it (its fonts) made ready.
  void prepare(std::string_view svg);

private:
  void render(std::string_view svg, std::string_view what);
  struct Surface;
  std::unique_ptr<Surface> m_surface;
};

// The pixels of an RGB24 image (cairo's: a 32-bit word a pixel, its top byte unused,
// `stride` bytes a row) as a PNG file: indexed when it has at most 256 colours, else 8-bit
// RGB; no filter, deflated for speed (zlib's run-length strategy: a chart is mostly runs
// of one colour).
std::string png_from_pixels(const unsigned char* pixels, int width, int height, int stride);

} // namespace cppcc::documents
