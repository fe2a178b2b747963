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

// Colours that stay apart in grey print: dark and light alternate, so that two slices
// side by side never print as the same grey (luminance in the comments).
struct Colour {
  const char* fill;
  bool dark; // white text on it
};
constexpr std::array<Colour, 8> k_palette = {{
    {"#1f3b5c", true},  // navy, 0.22
    {"#e0a43a", false}, // ochre, 0.66
    {"#4f7fae", true},  // blue, 0.47
    {"#c6d6e8", false}, // pale blue, 0.83
    {"#7b4a2a", true},  // brown, 0.34
    {"#a9c28a", false}, // sage, 0.73
    {"#3c6e57", true},  // green, 0.40
    {"#e8e2d4", false}, // sand, 0.89
}};
constexpr const char* k_bar = "#3e6a9a";  // prints as a mid grey, black labels above it
constexpr const char* k_ink = "#1a1a1a";  // text
constexpr const char* k_soft = "#595959"; // axis labels
constexpr const char* k_grid = "#d9d9d9";

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

std::string num(double x)
{
  return fmt::format("{:.1f}", x);
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

void text(std::string& out, double x, double y, std::string_view anchor, int px, const char* fill,
          std::string_view content, std::string_view extra = {})
{
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"{}\" fill=\"{}\"{}>",
                     num(x), num(y), anchor, px, fill, extra);
  append_escaped(out, content);
  out += "</text>";
}

void open_svg(std::string& out, const Chart& chart, ChartSize size)
{
  out += fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
                     "viewBox=\"0 0 {0} {1}\" font-family=\"{2}\" role=\"img\" aria-label=\"",
                     size.width, size.height, k_sans_fonts);
  append_escaped(out, chart.title);
  out += "\"><title>";
  append_escaped(out, chart.title);
  out += "</title>";
  out +=
      fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>", size.width, size.height);
  text(out, size.width / 2.0, 26, "middle", k_title_px, k_ink, capitalised(chart.title),
       " font-weight=\"bold\"");
}

// Columns: one per value, its label under it, its value above it; the scale on the left
// with what the bars count above it.
void columns(std::string& out, const Chart& chart, ChartSize size)
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
    text(out, left, k_top + 14, "start", k_label_px, k_soft, capitalised(chart.y_label));
  const auto y_of = [&](double v) { return bottom - (bottom - top) * v / end; };
  for (double t = 0; t <= end + step / 2; t += step) {
    const double y = y_of(t);
    if (t > 0)
      out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>", num(left),
                         num(y), num(right), num(y), k_grid);
    text(out, left - 6, y + 4, "end", k_label_px, k_soft, tick_text(t));
  }
  const double slot =
      (right - left) / static_cast<double>(std::max<std::size_t>(chart.data.size(), 1));
  const double bar = std::min(slot * 0.62, 56.0);
  for (std::size_t i = 0; i < chart.data.size(); ++i) {
    const auto& [label, value] = chart.data[i];
    const double centre = left + slot * (static_cast<double>(i) + 0.5);
    const double y = y_of(magnitude(value));
    if (magnitude(value) > 0)
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                         num(centre - bar / 2), num(y), num(bar), num(bottom - y), k_bar);
    text(out, centre, y - 5, "middle", k_value_px, k_ink, value_text(value));
    text(out, centre, bottom + 18, "middle", k_label_px, k_ink, fit(label, slot - 2, k_label_px));
  }
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>", num(left),
                     num(bottom), num(right), num(bottom), k_soft);
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
void rows(std::string& out, const Chart& chart, ChartSize size)
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
    if (t > 0)
      out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>", num(x),
                         num(top), num(x), num(bottom), k_grid);
    text(out, x, bottom + 16, "middle", k_label_px, k_soft, tick_text(t));
  }
  for (std::size_t i = 0; i < chart.data.size(); ++i) {
    const auto& [label, value] = chart.data[i];
    const double y = top + k_row * static_cast<double>(i);
    const double x = x_of(magnitude(value));
    if (magnitude(value) > 0)
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                         num(left), num(y + 5), num(x - left), num(k_row - 10.0), k_bar);
    text(out, labels - 4, y + k_row / 2.0 + 4, "end", k_label_px, k_ink,
         fit(label, labels - 12, k_label_px));
    text(out, x + 5, y + k_row / 2.0 + 4, "start", k_value_px, k_ink, value_text(value));
  }
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>", num(left),
                     num(top), num(left), num(bottom), k_soft);
  if (!chart.y_label.empty())
    text(out, (left + right) / 2, bottom + 34, "middle", k_label_px, k_soft,
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
void pie(std::string& out, const Chart& chart, ChartSize size)
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
  if (total <= 0)
    out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"none\" stroke=\"{}\"/>",
                       num(cx), num(cy), num(r), k_grid);
  double angle = -std::numbers::pi / 2;
  for (std::size_t i = 0; i < chart.data.size() && total > 0; ++i) {
    const double v = magnitude(chart.data[i].second);
    if (v <= 0) continue;
    const Colour& colour = k_palette[i % k_palette.size()];
    const double sweep = 2 * std::numbers::pi * v / total;
    if (v >= total) {
      out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>", num(cx), num(cy),
                         num(r), colour.fill);
    } else {
      out += fmt::format(
          "<path d=\"M{} {}L{} {}A{} {} 0 {} 1 {} {}Z\" fill=\"{}\" stroke=\"#ffffff\" "
          "stroke-width=\"1.5\"/>",
          num(cx), num(cy), num(cx + r * std::cos(angle)), num(cy + r * std::sin(angle)), num(r),
          num(r), sweep > std::numbers::pi ? 1 : 0, num(cx + r * std::cos(angle + sweep)),
          num(cy + r * std::sin(angle + sweep)), colour.fill);
    }
    if (shares[i] >= 40) { // 4 % and more: room for its share inside
      const double middle = angle + sweep / 2;
      text(out, cx + 0.66 * r * std::cos(middle), cy + 0.66 * r * std::sin(middle) + 4, "middle",
           k_value_px, colour.dark ? "#ffffff" : k_ink,
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
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\" "
                       "stroke=\"{}\" stroke-width=\"0.5\"/>",
                       num(left), num(y - 10), k_palette[i % k_palette.size()].fill, k_soft);
    text(out, left + 18, y, "start", k_label_px, k_ink,
         fit(chart.data[i].first, right - left - 18 - text_width(figures[i], k_label_px) - 8,
             k_label_px));
    text(out, right, y, "end", k_label_px, k_ink, figures[i]);
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

std::string svg_chart(const Chart& chart, ChartSize size)
{
  std::string out;
  out.reserve(4096);
  open_svg(out, chart, size);
  if (chart.kind == Chart::Kind::pie)
    pie(out, chart, size);
  else if (horizontal_bars(chart, size.width))
    rows(out, chart, size);
  else
    columns(out, chart, size);
  out += "</svg>";
  return out;
}

std::string svg_chart(const Chart& chart)
{
  return svg_chart(chart, chart_size(chart));
}

} // namespace cppcc::documents
