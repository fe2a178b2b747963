#include "documents/raster.hpp"

#include <cmath>
#include <cstring>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <variant>
#include <vector>
#include <zlib.h>

namespace cppcc::documents {

namespace {

void append_be32(std::string& out, std::uint32_t value)
{
  for (const int shift : {24, 16, 8, 0})
    out += static_cast<char>((value >> shift) & 0xFF);
}

// A PNG chunk: length, type, data, and the CRC of type and data.
void append_chunk(std::string& out, const char (&type)[5], std::string_view data)
{
  append_be32(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t from = out.size();
  out.append(type, 4).append(data);
  append_be32(out,
              static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(out.data() + from),
                                               static_cast<uInt>(out.size() - from))));
}

} // namespace

namespace {

std::uint32_t pixel_at(const unsigned char* line, int x)
{
  std::uint32_t pixel;
  std::memcpy(&pixel, line + 4 * x, 4);
  return pixel & 0xFFFFFF;
}

// The image's colours when there are at most 256 (a chart's few colours and the shades
// its antialiasing mixes of them), each pixel's index into them written to `indices`;
// nothing when there are more.
std::optional<std::vector<std::uint32_t>> palette(const unsigned char* pixels, int width,
                                                  int height, int stride,
                                                  std::vector<unsigned char>& indices)
{
  std::vector<std::uint32_t> colours;
  std::unordered_map<std::uint32_t, unsigned char> index;
  indices.resize(static_cast<std::size_t>(width) * height);
  std::uint32_t last = 0x1000000; // no colour
  unsigned char last_index = 0;
  for (int y = 0; y < height; ++y) {
    const unsigned char* line = pixels + static_cast<std::ptrdiff_t>(y) * stride;
    unsigned char* out = indices.data() + static_cast<std::ptrdiff_t>(y) * width;
    for (int x = 0; x < width; ++x) {
      const std::uint32_t pixel = pixel_at(line, x);
      if (pixel != last) { // most pixels repeat the one before: runs of one colour
        const auto [at, added] =
            index.try_emplace(pixel, static_cast<unsigned char>(colours.size()));
        if (added) {
          if (colours.size() == 256) return std::nullopt;
          colours.push_back(pixel);
        }
        last = pixel;
        last_index = at->second;
      }
      out[x] = last_index;
    }
  }
  return colours;
}

} // namespace

std::string png_from_pixels(const unsigned char* pixels, int width, int height, int stride)
{
  // A palette where the colours allow (a third of the bytes to pack), else RGB.
  std::vector<unsigned char> indices;
  const auto colours = palette(pixels, width, height, stride, indices);
  const std::size_t pixel_bytes = colours ? 1 : 3;
  z_stream z{};
  if (deflateInit2(&z, 1, Z_DEFLATED, 15, 8, Z_RLE) != Z_OK) throw std::bad_alloc();
  std::string deflated(1 << 16, '\0');
  std::string row(static_cast<std::size_t>(width) * pixel_bytes + 1, '\0'); // filter byte, pixels
  const auto deflate_into = [&](int flush) {
    do {
      if (z.total_out == deflated.size()) deflated.resize(deflated.size() * 2);
      z.next_out = reinterpret_cast<Bytef*>(deflated.data() + z.total_out);
      z.avail_out = static_cast<uInt>(deflated.size() - z.total_out);
      deflate(&z, flush);
    } while (z.avail_out == 0);
  };
  for (int y = 0; y < height; ++y) {
    auto* out = reinterpret_cast<unsigned char*>(row.data()) + 1;
    if (colours) {
      std::memcpy(out, indices.data() + static_cast<std::ptrdiff_t>(y) * width, width);
    } else {
      const unsigned char* line = pixels + static_cast<std::ptrdiff_t>(y) * stride;
      for (int x = 0; x < width; ++x, out += 3) {
        const std::uint32_t pixel = pixel_at(line, x);
        out[0] = static_cast<unsigned char>(pixel >> 16);
        out[1] = static_cast<unsigned char>(pixel >> 8);
        out[2] = static_cast<unsigned char>(pixel);
      }
    }
    z.next_in = reinterpret_cast<Bytef*>(row.data());
    z.avail_in = static_cast<uInt>(row.size());
    deflate_into(y + 1 == height ? Z_FINISH : Z_NO_FLUSH);
  }
  deflated.resize(z.total_out);
  deflateEnd(&z);

  std::string png = "\x89PNG\r\n\x1a\n";
  std::string header;
  append_be32(header, static_cast<std::uint32_t>(width));
  append_be32(header, static_cast<std::uint32_t>(height));
  // 8 bits, indexed (3) or RGB (2); deflate, no filter, no interlace.
  header += colours ? std::string_view("\x08\x03\x00\x00\x00", 5)
                    : std::string_view("\x08\x02\x00\x00\x00", 5);
  append_chunk(png, "IHDR", header);
  if (colours) {
    std::string entries;
    for (const std::uint32_t colour : *colours)
      for (const int shift : {16, 8, 0})
        entries += static_cast<char>((colour >> shift) & 0xFF);
    append_chunk(png, "PLTE", entries);
  }
  append_chunk(png, "IDAT", deflated);
  append_chunk(png, "IEND", "");
  return png;
}

Rasteriser::Rasteriser(const ChartFont& font, double scale) : m_scale(scale), m_lettering(font) {}

const Canvas& Rasteriser::paint(const Drawing& drawing)
{
  m_canvas.reset(static_cast<int>(std::lround(drawing.size.width * m_scale)),
                 static_cast<int>(std::lround(drawing.size.height * m_scale)), drawing.background);
  for (const Shape& shape : drawing.shapes) {
    if (const Text* text = std::get_if<Text>(&shape)) {
      const double size = text->size * m_scale;
      double x = text->x * m_scale;
      if (text->anchor != Text::Anchor::start) {
        const double width = m_lettering.width(text->content, size, text->weight);
        x -= text->anchor == Text::Anchor::end ? width : width / 2;
      }
      m_lettering.paint(m_canvas, x, text->y * m_scale, text->content, size, text->weight,
                        text->colour);
    } else {
      std::visit(
          [this](const auto& other) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(other)>, Text>)
              documents::paint(m_canvas, other, m_scale);
          },
          shape);
    }
  }
  return m_canvas;
}

Png Rasteriser::draw(const Drawing& drawing)
{
  const Canvas& canvas = paint(drawing);
  return {png_from_pixels(reinterpret_cast<const unsigned char*>(canvas.pixels), canvas.width,
                          canvas.height, canvas.width * 4),
          canvas.width, canvas.height};
}

} // namespace cppcc::documents
