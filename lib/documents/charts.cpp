#include "documents/charts.hpp"

#include "documents/markup.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <fmt/format.h>
#include <numbers>

namespace cppcc::documents {

namespace {

using render::Chart;
using render::Value;
using Anchor = Text::Anchor;

// Colours that stay apart in grey print: dark and light alternate, so that two slices
// side by side never print as the same grey (luminance in the comments).
struct Paint {
  Colour fill;
  bool dark; // white text on it
};
constexpr std::array<Paint, 8> k_palette = {{
    {0x1f3b5c, true},  // navy, 0.22
    {0xe0a43a, false}, // ochre, 0.66
    {0x4f7fae, true},  // blue, 0.47
    {0xc6d6e8, false}, // pale blue, 0.83
    {0x7b4a2a, true},  // brown, 0.34
    {0xa9c28a, false}, // sage, 0.73
    {0x3c6e57, true},  // green, 0.40
    {0xe8e2d4, false}, // sand, 0.89
}};
constexpr Colour k_bar = 0x3e6a9a;  // prints as a mid grey, black labels above it
constexpr Colour k_ink = 0x1a1a1a;  // text
constexpr Colour k_soft = 0x595959; // axis labels
constexpr Colour k_grid = 0xd9d9d9;

constexpr int k_title_px = 16;
constexpr int k_label_px = 12;
constexpr int k_value_px = 11;
constexpr int k_top = 44;    // below the title
constexpr int k_row = 26;    // a horizontal bar's row
constexpr int k_legend = 22; // a pie legend's row

// The width `text` takes at `px` pixels: a Chinese character about 1 em, a Latin letter
// or digit about 0.55 em.
double text_width(std::string_view text, double px)
{
  return static_cast<double>(util::display_width(text)) * 0.55 * px;
}

// `text` cut to `width` pixels at `px`, with an ellipsis when cut.
std::string fit(const std::string& text, double width, double px)
{
  if (text_width(text, px) <= width) return text;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80)
      ++next;
    if (text_width(out + text.substr(i, next - i) + "…", px) > width) break;
    out += text.substr(i, next - i);
    i = next;
  }
  return out + "…";
}

// What a bar or a slice says: the value as the report shows it, a percent with "%".
std::string value_text(const Value& value)
{
  if (!value.is_number()) return "—";
  return render::plain(value) + (value.kind() == Value::Kind::percent ? "%" : "");
}

double magnitude(const Value& value)
{
  return value.is_number() ? std::max(0.0, value.number()) : 0.0;
}

// The axis's end: the largest value rounded up to 1, 2, 2.5 or 5 times a power of ten
// (counts only to whole steps: 1, 2, 5 …), a percent axis ending at 100 when the values
// come near it; and its step.
std::pair<double, double> axis(const Chart& chart)
{
  double top = 0;
  bool percent = false, counts = true;
  for (const auto& [label, value] : chart.data) {
    top = std::max(top, magnitude(value));
    percent = percent || value.kind() == Value::Kind::percent;
    counts = counts && (value.empty() || value.kind() == Value::Kind::integer);
  }
  if (top <= 0) return {1, 1};
  if (percent && top > 50 && top <= 100) return {100, 20};
  const double power = std::pow(10.0, std::floor(std::log10(top / 5)));
  for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    const double step = m * power;
    if (counts && (step < 1 || step != std::floor(step))) continue;
    if (step * 5 >= top) return {std::ceil(top / step) * step, step};
  }
  return {top, top / 5};
}

std::string tick_text(double tick)
{
  return tick == std::floor(tick) ? fmt::format("{}", static_cast<std::int64_t>(tick))
                                  : fmt::format("{:g}", tick);
}

void text(Drawing& out, double x, double y, Anchor anchor, int px, Colour colour,
          std::string content, Text::Weight weight = Text::Weight::normal)
{
  out.shapes.emplace_back(Text{x, y, anchor, px, colour, weight, std::move(content)});
}

void line(Drawing& out, double x1, double y1, double x2, double y2, Colour colour)
{
  out.shapes.emplace_back(Line{x1, y1, x2, y2, colour});
}

void bar_rect(Drawing& out, double x, double y, double width, double height)
{
  out.shapes.emplace_back(Rect{x, y, width, height, k_bar});
}

Drawing open_drawing(const Chart& chart, ChartSize size)
{
  Drawing out{size, chart.title, k_white, {}};
  out.shapes.reserve(64);
  text(out, size.width / 2.0, 26, Anchor::middle, k_title_px, k_ink, capitalised(chart.title),
       Text::Weight::bold);
  return out;
}

// Columns: one per value, its label under it, its value above it; the scale on the left
// with what the bars count above it.
void columns(Drawing& out, const Chart& chart, ChartSize size)
{
  // Plain variables, not a structured binding: the lambdas below use them, which clang
  // (14, the fuzz build's) does not allow of a binding.
  const std::pair<double, double> scale = axis(chart);
  const double end = scale.first;
  const double step = scale.second;
  double tick_room = 0;
  for (double t = 0; t <= end + step / 2; t += step)
    tick_room = std::max(tick_room, text_width(tick_text(t), k_label_px));
  const double left = std::max(40.0, tick_room + 16), right = size.width - 16.0;
  const double top = k_top + (chart.y_label.empty() ? 14 : 34), bottom = size.height - 36.0;
  if (!chart.y_label.empty())
    text(out, left, k_top + 14, Anchor::start, k_label_px, k_soft, capitalised(chart.y_label));
  const auto y_of = [&](double v) { return bottom - (bottom - top) * v / end; };
  for (double t = 0; t <= end + step / 2; t += step) {
    const double y = y_of(t);
    if (t > 0) line(out, left, y, right, y, k_grid);
    text(out, left - 6, y + 4, Anchor::end, k_label_px, k_soft, tick_text(t));
  }
  const double slot =
      (right - left) / static_cast<double>(std::max<std::size_t>(chart.data.size(), 1));
  const double bar = std::min(slot * 0.62, 56.0);
  for (std::size_t i = 0; i < chart.data.size(); ++i) {
    const auto& [label, value] = chart.data[i];
    const double centre = left + slot * (static_cast<double>(i) + 0.5);
    const double y = y_of(magnitude(value));
    if (magnitude(value) > 0) bar_rect(out, centre - bar / 2, y, bar, bottom - y);
    text(out, centre, y - 5, Anchor::middle, k_value_px, k_ink, value_text(value));
    text(out, centre, bottom + 18, Anchor::middle, k_label_px, k_ink,
         fit(label, slot - 2, k_label_px));
  }
  line(out, left, bottom, right, bottom, k_soft);
}

double label_column(const Chart& chart, int width)
{
  double widest = 0;
  for (const auto& [label, value] : chart.data)
    widest = std::max(widest, text_width(label, k_label_px));
  return std::min(widest, width * 0.4) + 16;
}

// Rows: one per value, its label on the left, its value at the bar's end; the scale
// along the foot, with what the bars count under it.
void rows(Drawing& out, const Chart& chart, ChartSize size)
{
  // Plain variables, not a structured binding: the lambdas below use them, which clang
  // (14, the fuzz build's) does not allow of a binding.
  const std::pair<double, double> scale = axis(chart);
  const double end = scale.first;
  const double step = scale.second;
  const double labels = label_column(chart, size.width);
  const double left = labels + 4, right = size.width - 60.0;
  const double top = k_top + 8;
  const double bottom = top + k_row * static_cast<double>(chart.data.size());
  const auto x_of = [&](double v) { return left + (right - left) * v / end; };
  for (double t = 0; t <= end + step / 2; t += step) {
    const double x = x_of(t);
    if (t > 0) line(out, x, top, x, bottom, k_grid);
    text(out, x, bottom + 16, Anchor::middle, k_label_px, k_soft, tick_text(t));
  }
  for (std::size_t i = 0; i < chart.data.size(); ++i) {
    const auto& [label, value] = chart.data[i];
    const double y = top + k_row * static_cast<double>(i);
    const double x = x_of(magnitude(value));
    if (magnitude(value) > 0) bar_rect(out, left, y + 5, x - left, k_row - 10.0);
    text(out, labels - 4, y + k_row / 2.0 + 4, Anchor::end, k_label_px, k_ink,
         fit(label, labels - 12, k_label_px));
    text(out, x + 5, y + k_row / 2.0 + 4, Anchor::start, k_value_px, k_ink, value_text(value));
  }
  line(out, left, top, left, bottom, k_soft);
  if (!chart.y_label.empty())
    text(out, (left + right) / 2, bottom + 34, Anchor::middle, k_label_px, k_soft,
         capitalised(chart.y_label));
}

// Each value's share of the total in tenths of a percent, adding up to exactly 1000 by
// the largest remainders (as the report's tables give shares).
std::vector<std::int64_t> tenths(const Chart& chart, double total)
{
  std::vector<std::int64_t> out(chart.data.size(), 0);
  if (total <= 0) return out;
  // (remainder in millionths, so that equal ones compare equal, and the earlier wins)
  std::vector<std::pair<std::int64_t, std::size_t>> rest;
  std::int64_t given = 0;
  for (std::size_t i = 0; i < chart.data.size(); ++i) {
    const double exact = magnitude(chart.data[i].second) * 1000 / total;
    out[i] = static_cast<std::int64_t>(std::floor(exact));
    given += out[i];
    rest.emplace_back(std::llround((exact - std::floor(exact)) * 1e6), i);
  }
  std::stable_sort(rest.begin(), rest.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < 1000 && k < rest.size(); ++k, ++given)
    ++out[rest[k].second];
  return out;
}

// A pie on the left, slices clockwise from twelve o'clock, each large enough saying its
// share; the legend on the right: each slice's colour, label, value and share.
void pie(Drawing& out, const Chart& chart, ChartSize size)
{
  double total = 0;
  for (const auto& [label, value] : chart.data)
    total += magnitude(value);
  const auto shares = tenths(chart, total);
  const double r = std::max(40.0, std::min((size.height - k_top - 20) / 2.0, size.width * 0.24));
  // The legend's columns, to centre the pie and its legend together.
  std::vector<std::string> figures;
  double widest_label = 0, widest_figures = 0;
  for (std::size_t i = 0; i < chart.data.size(); ++i) {
    const Value& value = chart.data[i].second;
    figures.push_back(
        total > 0 ? fmt::format("{} ({}.{}%)", value_text(value), shares[i] / 10, shares[i] % 10)
                  : value_text(value));
    widest_label = std::max(widest_label, text_width(chart.data[i].first, k_label_px));
    widest_figures = std::max(widest_figures, text_width(figures.back(), k_label_px));
  }
  const double legend_width = 18 + widest_label + 24 + widest_figures;
  const double cx = std::max(24.0, (size.width - (2 * r + 32 + legend_width)) / 2) + r;
  const double cy = k_top + 8 + r;
  if (total <= 0) out.shapes.emplace_back(Circle{cx, cy, r, k_grid, /*filled=*/false});
  double angle = -std::numbers::pi / 2;
  for (std::size_t i = 0; i < chart.data.size() && total > 0; ++i) {
    const double v = magnitude(chart.data[i].second);
    if (v <= 0) continue;
    const Paint& colour = k_palette[i % k_palette.size()];
    const double sweep = 2 * std::numbers::pi * v / total;
    if (v >= total) {
      out.shapes.emplace_back(Circle{cx, cy, r, colour.fill});
    } else {
      out.shapes.emplace_back(Slice{cx, cy, r, angle, sweep, colour.fill, k_white, 1.5});
    }
    if (shares[i] >= 40) { // 4 % and more: room for its share inside
      const double middle = angle + sweep / 2;
      text(out, cx + 0.66 * r * std::cos(middle), cy + 0.66 * r * std::sin(middle) + 4,
           Anchor::middle, k_value_px, colour.dark ? k_white : k_ink,
           fmt::format("{}.{}%", shares[i] / 10, shares[i] % 10));
    }
    angle += sweep;
  }
  // The legend: colour, label, then value and share right-aligned in a column of their
  // own just after the widest label (at the right edge when that does not fit).
  const double left = cx + r + 32;
  const double right = std::min(size.width - 12.0, left + legend_width);
  const double first =
      cy - k_legend * static_cast<double>(chart.data.size()) / 2.0 + k_legend / 2.0;
  const double top = std::max(static_cast<double>(k_top + 8), first);
  for (std::size_t i = 0; i < chart.data.size(); ++i) {
    const double y = top + k_legend * static_cast<double>(i);
    out.shapes.emplace_back(
        Rect{left, y - 10, 12, 12, k_palette[i % k_palette.size()].fill, k_soft, 0.5});
    text(out, left + 18, y, Anchor::start, k_label_px, k_ink,
         fit(chart.data[i].first, right - left - 18 - text_width(figures[i], k_label_px) - 8,
             k_label_px));
    text(out, right, y, Anchor::end, k_label_px, k_ink, figures[i]);
  }
}

} // namespace

bool horizontal_bars(const Chart& chart, int width)
{
  if (chart.data.size() > 12) return true;
  const double slot =
      (width - 72.0) / static_cast<double>(std::max<std::size_t>(chart.data.size(), 1));
  for (const auto& [label, value] : chart.data)
    if (text_width(label, k_label_px) > slot - 4) return true;
  return false;
}

ChartSize chart_size(const Chart& chart, int width)
{
  const int n = static_cast<int>(chart.data.size());
  if (chart.kind == Chart::Kind::pie)
    return {width, std::max(width * 9 / 20, k_top + 24 + k_legend * n)};
  if (horizontal_bars(chart, width)) return {width, k_top + 8 + k_row * std::max(n, 1) + 48};
  return {width, std::max(260, width * 9 / 20)};
}

Drawing chart_drawing(const Chart& chart, ChartSize size)
{
  Drawing out = open_drawing(chart, size);
  if (chart.kind == Chart::Kind::pie)
    pie(out, chart, size);
  else if (horizontal_bars(chart, size.width))
    rows(out, chart, size);
  else
    columns(out, chart, size);
  return out;
}

std::string svg_chart(const Chart& chart, ChartSize size)
{
  return svg(chart_drawing(chart, size), k_sans_fonts);
}

std::string svg_chart(const Chart& chart)
{
  return svg_chart(chart, chart_size(chart));
}

} // namespace cppcc::documents
