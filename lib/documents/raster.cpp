#include "documents/raster.hpp"

#include "error.hpp"
#include "util/messages.hpp"

#include <cairo.h>
#include <cmath>
#include <librsvg/rsvg.h>
#include <memory>

namespace cppcc::documents {

namespace {

struct Unref {
  void operator()(RsvgHandle* handle) const { g_object_unref(handle); }
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
  void operator()(cairo_t* cairo) const { cairo_destroy(cairo); }
  void operator()(GError* error) const { g_error_free(error); }
};
template <class T> using Owned = std::unique_ptr<T, Unref>;

[[noreturn]] void fail(std::string_view what, std::string_view why)
{
  throw Error(msg::text("documents.chart_image_failed", what, why), Exit::internal);
}

cairo_status_t append(void* out, const unsigned char* data, unsigned int length)
{
  static_cast<std::string*>(out)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

} // namespace

Png png_from_svg(std::string_view svg, ChartSize size, double scale, std::string_view what)
{
  GError* raw_error = nullptr;
  const Owned<RsvgHandle> handle(rsvg_handle_new_from_data(
      reinterpret_cast<const guint8*>(svg.data()), svg.size(), &raw_error));
  const Owned<GError> error(raw_error);
  if (!handle) fail(what, error ? error->message : "");
  Png png;
  png.width = static_cast<int>(std::lround(size.width * scale));
  png.height = static_cast<int>(std::lround(size.height * scale));
  const Owned<cairo_surface_t> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, png.width, png.height));
  const Owned<cairo_t> cairo(cairo_create(surface.get()));
  cairo_set_source_rgb(cairo.get(), 1, 1, 1);
  cairo_paint(cairo.get());
  const RsvgRectangle viewport{0, 0, static_cast<double>(png.width),
                               static_cast<double>(png.height)};
  GError* raw_draw_error = nullptr;
  const bool drawn =
      rsvg_handle_render_document(handle.get(), cairo.get(), &viewport, &raw_draw_error);
  const Owned<GError> draw_error(raw_draw_error);
  if (!drawn) fail(what, draw_error ? draw_error->message : "");
  cairo_surface_flush(surface.get());
  if (cairo_surface_write_to_png_stream(surface.get(), append, &png.bytes) != CAIRO_STATUS_SUCCESS)
    fail(what, cairo_status_to_string(cairo_surface_status(surface.get())));
  return png;
}

} // namespace cppcc::documents
