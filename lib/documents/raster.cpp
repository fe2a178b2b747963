#include "documents/raster.hpp"

#include "error.hpp"
#include "util/messages.hpp"

#include <array>
#include <cairo.h>
#include <cmath>
#include <cstring>
#include <dlfcn.h>
#include <librsvg/rsvg.h>
#include <optional>
#include <unordered_map>
#include <vector>
#include <zlib.h>

namespace cppcc::documents {

namespace {

// librsvg's, cairo's and GLib's functions the drawing calls, looked up in librsvg (which
// loads the other two) the first time a chart is drawn, for the rest of the process: a
// library once loaded stays.
struct Library {
  decltype(&rsvg_handle_new_from_data) handle_new_from_data = nullptr;
  decltype(&rsvg_handle_render_document) handle_render_document = nullptr;
  decltype(&g_object_unref) object_unref = nullptr;
  decltype(&g_error_free) error_free = nullptr;
  decltype(&cairo_image_surface_create) image_surface_create = nullptr;
  decltype(&cairo_image_surface_get_data) image_surface_get_data = nullptr;
  decltype(&cairo_image_surface_get_stride) image_surface_get_stride = nullptr;
  decltype(&cairo_surface_flush) surface_flush = nullptr;
  decltype(&cairo_surface_status) surface_status = nullptr;
  decltype(&cairo_surface_destroy) surface_destroy = nullptr;
  decltype(&cairo_create) create = nullptr;
  decltype(&cairo_destroy) destroy = nullptr;
  decltype(&cairo_set_source_rgb) set_source_rgb = nullptr;
  decltype(&cairo_paint) paint = nullptr;
  std::string missing; // why it could not be loaded; empty when it was
};

template <class F> void look_up(void* library, F& into, const char* name, std::string& missing)
{
  into = reinterpret_cast<F>(dlsym(library, name));
  if (!into && missing.empty()) missing = name;
}

Library load()
{
  Library l;
  void* rsvg = dlopen("librsvg-2.so.2", RTLD_LAZY | RTLD_LOCAL);
  if (!rsvg) {
    const char* why = dlerror();
    l.missing = why ? why : "librsvg-2.so.2";
    return l;
  }
  std::string& m = l.missing;
  look_up(rsvg, l.handle_new_from_data, "rsvg_handle_new_from_data", m);
  look_up(rsvg, l.handle_render_document, "rsvg_handle_render_document", m);
  look_up(rsvg, l.object_unref, "g_object_unref", m);
  look_up(rsvg, l.error_free, "g_error_free", m);
  look_up(rsvg, l.image_surface_create, "cairo_image_surface_create", m);
  look_up(rsvg, l.image_surface_get_data, "cairo_image_surface_get_data", m);
  look_up(rsvg, l.image_surface_get_stride, "cairo_image_surface_get_stride", m);
  look_up(rsvg, l.surface_flush, "cairo_surface_flush", m);
  look_up(rsvg, l.surface_status, "cairo_surface_status", m);
  look_up(rsvg, l.surface_destroy, "cairo_surface_destroy", m);
  look_up(rsvg, l.create, "cairo_create", m);
  look_up(rsvg, l.destroy, "cairo_destroy", m);
  look_up(rsvg, l.set_source_rgb, "cairo_set_source_rgb", m);
  look_up(rsvg, l.paint, "cairo_paint", m);
  return l;
}

const Library& library()
{
  static const Library k_library = load(); // once per process, thread-safe
  if (!k_library.missing.empty())
    throw UnavailableError(msg::text("documents.no_librsvg", k_library.missing));
  return k_library;
}

[[noreturn]] void fail(std::string_view what, std::string_view why)
{
  throw Error(msg::text("documents.chart_image_failed", what, why), Exit::internal);
}

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

struct Rasteriser::Surface {
  const Library& l = library();
  int width = 0, height = 0;
  cairo_surface_t* surface = nullptr;
  cairo_t* cairo = nullptr;

  ~Surface()
  {
    if (cairo) l.destroy(cairo);
    if (surface) l.surface_destroy(surface);
  }
};

Rasteriser::Rasteriser(ChartSize size, double scale) : m_surface(std::make_unique<Surface>())
{
  Surface& s = *m_surface;
  s.width = static_cast<int>(std::lround(size.width * scale));
  s.height = static_cast<int>(std::lround(size.height * scale));
  s.surface = s.l.image_surface_create(CAIRO_FORMAT_RGB24, s.width, s.height);
  s.cairo = s.l.create(s.surface);
  if (s.l.surface_status(s.surface) != CAIRO_STATUS_SUCCESS) throw std::bad_alloc();
}

Rasteriser::~Rasteriser() = default;

void Rasteriser::render(std::string_view svg, std::string_view what)
{
  Surface& s = *m_surface;
  const Library& l = s.l;
  GError* error = nullptr;
  RsvgHandle* handle =
      l.handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  const auto failed = [&] {
    const std::string why = error ? error->message : "";
    if (error) l.error_free(error);
    if (handle) l.object_unref(handle);
    fail(what, why);
  };
  if (!handle) failed();
  l.set_source_rgb(s.cairo, 1, 1, 1);
  l.paint(s.cairo);
  const RsvgRectangle viewport{0, 0, static_cast<double>(s.width), static_cast<double>(s.height)};
  if (!l.handle_render_document(handle, s.cairo, &viewport, &error)) failed();
  l.object_unref(handle);
  l.surface_flush(s.surface);
}

void Rasteriser::prepare(std::string_view svg)
{
  render(svg, "");
}

Png Rasteriser::draw(std::string_view svg, std::string_view what)
{
  render(svg, what);
  Surface& s = *m_surface;
  const Library& l = s.l;
  return {png_from_pixels(l.image_surface_get_data(s.surface), s.width, s.height,
                          l.image_surface_get_stride(s.surface)),
          s.width, s.height};
}

} // namespace cppcc::documents
