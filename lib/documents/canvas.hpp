#pragma once
// The pixels a drawing is painted on (documents/raster.*, fonts.*): RGB, a 32-bit word a
// pixel (0x00RRGGBB, as png_from_pixels takes them), row after row; and the drawing's
// shapes painted on them, their edges antialiased (each pixel an edge crosses takes the
// colour by the share of it inside).
#include "documents/drawing.hpp"

#include <cstdint>
#include <memory>

namespace cppcc::documents {

class Canvas {
public:
  int width = 0;
  int height = 0;
  std::uint32_t* pixels = nullptr; // width × height, row after row

  Canvas() = default;
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  // `w` × `h` pixels of `colour`, on the memory of the last picture when it is large enough.
  void reset(int w, int h, Colour colour);

  Colour at(int x, int y) const
  {
    return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                  static_cast<std::size_t>(x)];
  }

  // `colour` laid over the pixel at (x, y) covering `alpha` of it (0 to 255); nothing off
  // the canvas.
  void blend(int x, int y, Colour colour, unsigned alpha)
  {
    if (x < 0 || y < 0 || x >= width || y >= height || alpha == 0) return;
    std::uint32_t& pixel = pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                                  static_cast<std::size_t>(x)];
    if (alpha >= 255) {
      pixel = colour;
      return;
    }
    std::uint32_t out = 0;
    for (const int shift : {16, 8, 0}) {
      const unsigned below = (pixel >> shift) & 0xFF, above = (colour >> shift) & 0xFF;
      out |= ((below * (255 - alpha) + above * alpha + 127) / 255) << shift;
    }
    pixel = out;
  }

private:
  struct Free {
    void operator()(std::uint32_t* memory) const;
  };
  std::unique_ptr<std::uint32_t[], Free> m_memory;
  std::size_t m_capacity = 0; // pixels
};

// The shape painted on `canvas` at `scale` pixels a CSS pixel, as SVG paints it: a stroke
// centred on the outline, lines' ends cut square.
void paint(Canvas& canvas, const Rect& rect, double scale);
void paint(Canvas& canvas, const Line& line, double scale);
void paint(Canvas& canvas, const Circle& circle, double scale);
void paint(Canvas& canvas, const Slice& slice, double scale);

} // namespace cppcc::documents
