#include "documents/canvas.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <new>
#include <numbers>
#include <sys/mman.h>

namespace cppcc::documents {

namespace {

constexpr double k_turn = 2 * std::numbers::pi;

// A box in pixels: [x0, x1) × [y0, y1).
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

Box scaled(double x, double y, double width, double height, double scale)
{
  return {x * scale, y * scale, (x + width) * scale, (y + height) * scale};
}

Box grown(Box box, double by)
{
  return {box.x0 - by, box.y0 - by, box.x1 + by, box.y1 + by};
}

unsigned alpha(double coverage)
{
  return static_cast<unsigned>(std::lround(std::clamp(coverage, 0.0, 1.0) * 255));
}

// How much of the pixels [i, i + 1) the span [from, to) covers.
double overlap(int i, double from, double to)
{
  return std::clamp(std::min(i + 1.0, to) - std::max(static_cast<double>(i), from), 0.0, 1.0);
}

// The first and last pixel the span [from, to) touches, within [0, size).
std::pair<int, int> touched(double from, double to, int size)
{
  return {std::max(0, static_cast<int>(std::floor(from))),
          std::min(size - 1, static_cast<int>(std::ceil(to)) - 1)};
}

// `box` painted, each pixel by the share of it the box covers, less what `hole` (a box
// inside it) covers: a frame.
void fill_box(Canvas& canvas, const Box& box, Colour colour, const Box* hole = nullptr)
{
  const auto [top, bottom] = touched(box.y0, box.y1, canvas.height);
  const auto [left, right] = touched(box.x0, box.x1, canvas.width);
  for (int y = top; y <= bottom; ++y) {
    const double rows = overlap(y, box.y0, box.y1);
    const double hole_rows = hole ? overlap(y, hole->y0, hole->y1) : 0;
    for (int x = left; x <= right; ++x) {
      double covered = rows * overlap(x, box.x0, box.x1);
      if (hole) covered -= hole_rows * overlap(x, hole->x0, hole->x1);
      canvas.blend(x, y, colour, alpha(covered));
    }
  }
}

// The region within `box` whose signed distance (in pixels, negative inside) `distance`
// gives: each pixel painted by the share of it an edge at that distance from its centre
// leaves inside (exact for a straight edge, as near for a curve many pixels round).
// `distance` changes no faster than the point (it is 1-Lipschitz), so that a pixel far
// from an edge answers for the pixels after it: a row costs a few calls an edge, not one
// a pixel.
template <class Distance>
void fill_region(Canvas& canvas, const Box& box, Colour colour, const Distance& distance)
{
  const auto [top, bottom] = touched(box.y0 - 1, box.y1 + 1, canvas.height);
  const auto [left, right] = touched(box.x0 - 1, box.x1 + 1, canvas.width);
  for (int y = top; y <= bottom; ++y)
    for (int x = left; x <= right;) {
      const double d = distance(x + 0.5, y + 0.5);
      if (d >= 0.5) { // outside, as are the next d - 0.5 pixels
        x += 1 + static_cast<int>(d - 0.5);
      } else if (d <= -0.5) { // inside, as are the next -0.5 - d pixels
        const int last = std::min(right, x + static_cast<int>(-0.5 - d));
        for (; x <= last; ++x)
          canvas.blend(x, y, colour, 255);
      } else {
        canvas.blend(x, y, colour, alpha(0.5 - d));
        ++x;
      }
    }
}

double length(double dx, double dy)
{
  return std::sqrt(dx * dx + dy * dy); // not std::hypot: a chart's numbers cannot overflow
}

// A slice in pixels: its centre, radius, and the unit vectors along its first and last
// radius.
struct Wedge {
  double cx, cy, r, sweep;
  double ux0, uy0, ux1, uy1;

  Wedge(const Slice& s, double scale)
      : cx(s.cx * scale), cy(s.cy * scale), r(s.r * scale), sweep(s.sweep), ux0(std::cos(s.start)),
        uy0(std::sin(s.start)), ux1(std::cos(s.start + s.sweep)), uy1(std::sin(s.start + s.sweep))
  {
  }

  // The signed distance from (dx, dy), taken from the centre, to the angle between the
  // radii: beyond the first (clockwise of it) and short of the last.
  double angle_distance(double dx, double dy) const
  {
    const double past_first = -(ux0 * dy - uy0 * dx);
    const double before_last = -(dx * uy1 - dy * ux1);
    return sweep <= std::numbers::pi ? std::max(past_first, before_last)
                                     : std::min(past_first, before_last);
  }

  double fill_distance(double x, double y) const
  {
    const double dx = x - cx, dy = y - cy;
    return std::max(length(dx, dy) - r, angle_distance(dx, dy));
  }

  // The distance to the outline: either radius, or the arc between them.
  double outline_distance(double x, double y) const
  {
    const double dx = x - cx, dy = y - cy;
    const auto to_radius = [&](double ux, double uy) {
      const double along = std::clamp(dx * ux + dy * uy, 0.0, r);
      return length(dx - along * ux, dy - along * uy);
    };
    const double arc = angle_distance(dx, dy) <= 0 ? std::abs(length(dx, dy) - r)
                                                   : std::numeric_limits<double>::infinity();
    return std::min({to_radius(ux0, uy0), to_radius(ux1, uy1), arc});
  }

  // The box the slice lies in: its centre, its arc's ends, and the circle's left, right,
  // top and bottom where the arc passes them.
  Box bounds(double start) const
  {
    Box box{cx, cy, cx, cy};
    const auto take = [&](double ux, double uy) {
      box = {std::min(box.x0, cx + r * ux), std::min(box.y0, cy + r * uy),
             std::max(box.x1, cx + r * ux), std::max(box.y1, cy + r * uy)};
    };
    take(ux0, uy0);
    take(ux1, uy1);
    for (int quarter = 0; quarter < 4; ++quarter) {
      const double angle = quarter * k_turn / 4;
      if (std::fmod(std::fmod(angle - start, k_turn) + k_turn, k_turn) <= sweep)
        take(std::cos(angle), std::sin(angle));
    }
    return box;
  }
};

// A picture's pixels are 2 to 3 MB of fresh memory: in pages of 4 KB, the system maps
// each on its first touch, some 700 times a picture (more than painting it costs); in huge
// pages (2 MB, where the system gives them), once or twice.
constexpr std::size_t k_huge_page = std::size_t{2} << 20;

} // namespace

void Canvas::Free::operator()(std::uint32_t* memory) const
{
  std::free(memory);
}

void Canvas::reset(int w, int h, Colour colour)
{
  width = w;
  height = h;
  const std::size_t count = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
  if (count > m_capacity) {
    const std::size_t bytes =
        (count * sizeof(std::uint32_t) + k_huge_page - 1) / k_huge_page * k_huge_page;
    m_memory.reset(static_cast<std::uint32_t*>(std::aligned_alloc(k_huge_page, bytes)));
    if (!m_memory) throw std::bad_alloc();
    madvise(m_memory.get(), bytes, MADV_HUGEPAGE); // a hint: without it, small pages
    m_capacity = bytes / sizeof(std::uint32_t);
  }
  pixels = m_memory.get();
  std::fill(pixels, pixels + count, colour);
}

void paint(Canvas& canvas, const Rect& rect, double scale)
{
  const Box box = scaled(rect.x, rect.y, rect.width, rect.height, scale);
  fill_box(canvas, box, rect.fill);
  if (rect.stroke_width <= 0) return;
  const double half = rect.stroke_width * scale / 2;
  const Box inner = grown(box, -half);
  fill_box(canvas, grown(box, half), rect.stroke, &inner);
}

void paint(Canvas& canvas, const Line& line, double scale)
{
  const double half = line.width * scale / 2;
  const double x1 = line.x1 * scale, y1 = line.y1 * scale;
  const double x2 = line.x2 * scale, y2 = line.y2 * scale;
  if (y1 == y2 || x1 == x2) { // a rule or a grid line: a thin box
    const Box box{std::min(x1, x2), std::min(y1, y2), std::max(x1, x2), std::max(y1, y2)};
    fill_box(canvas,
             y1 == y2 ? Box{box.x0, box.y0 - half, box.x1, box.y1 + half}
                      : Box{box.x0 - half, box.y0, box.x1 + half, box.y1},
             line.stroke);
    return;
  }
  const double span = length(x2 - x1, y2 - y1);
  const double ux = (x2 - x1) / span, uy = (y2 - y1) / span;
  const Box box{std::min(x1, x2) - half, std::min(y1, y2) - half, std::max(x1, x2) + half,
                std::max(y1, y2) + half};
  fill_region(canvas, box, line.stroke, [&](double x, double y) {
    const double along = (x - x1) * ux + (y - y1) * uy;
    const double across = (y - y1) * ux - (x - x1) * uy;
    return std::max(std::abs(along - span / 2) - span / 2, std::abs(across) - half);
  });
}

void paint(Canvas& canvas, const Circle& circle, double scale)
{
  const double cx = circle.cx * scale, cy = circle.cy * scale, r = circle.r * scale;
  const double half = circle.filled ? 0 : scale / 2; // a stroke 1 px wide
  const Box box = grown({cx - r, cy - r, cx + r, cy + r}, half);
  if (circle.filled)
    fill_region(canvas, box, circle.colour,
                [&](double x, double y) { return length(x - cx, y - cy) - r; });
  else
    fill_region(canvas, box, circle.colour,
                [&](double x, double y) { return std::abs(length(x - cx, y - cy) - r) - half; });
}

void paint(Canvas& canvas, const Slice& slice, double scale)
{
  const Wedge wedge(slice, scale);
  const Box box = wedge.bounds(slice.start);
  fill_region(canvas, box, slice.fill,
              [&](double x, double y) { return wedge.fill_distance(x, y); });
  if (slice.stroke_width <= 0) return;
  const double half = slice.stroke_width * scale / 2;
  fill_region(canvas, grown(box, half), slice.stroke,
              [&](double x, double y) { return wedge.outline_distance(x, y) - half; });
}

} // namespace cppcc::documents
