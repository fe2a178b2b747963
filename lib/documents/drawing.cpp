#include "documents/drawing.hpp"

#include "documents/markup.hpp"

#include <cmath>
#include <fmt/format.h>
#include <numbers>

namespace cppcc::documents {

namespace {

// Coordinates to a tenth of a pixel.
std::string num(double x)
{
  return fmt::format("{:.1f}", x);
}

std::string colour(Colour c)
{
  return fmt::format("#{:06x}", c);
}

const char* anchor_name(Text::Anchor anchor)
{
  switch (anchor) {
  case Text::Anchor::start:
    return "start";
  case Text::Anchor::middle:
    return "middle";
  case Text::Anchor::end:
    return "end";
  }
  return "start";
}

// Each shape as its SVG element.
struct Element {
  std::string& out;

  void operator()(const Rect& r) const
  {
    out += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}")", num(r.x),
                       num(r.y), num(r.width), num(r.height), colour(r.fill));
    if (r.stroke_width > 0)
      out += fmt::format(R"( stroke="{}" stroke-width="{:g}")", colour(r.stroke), r.stroke_width);
    out += "/>";
  }

  void operator()(const Line& l) const
  {
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}")", num(l.x1), num(l.y1),
                       num(l.x2), num(l.y2), colour(l.stroke));
    if (l.width != 1) out += fmt::format(R"( stroke-width="{:g}")", l.width);
    out += "/>";
  }

  void operator()(const Circle& c) const
  {
    out += fmt::format(R"(<circle cx="{}" cy="{}" r="{}" )", num(c.cx), num(c.cy), num(c.r));
    out += c.filled ? fmt::format(R"(fill="{}"/>)", colour(c.colour))
                    : fmt::format(R"(fill="none" stroke="{}"/>)", colour(c.colour));
  }

  void operator()(const Slice& s) const
  {
    const double end = s.start + s.sweep;
    out += fmt::format(R"(<path d="M{} {}L{} {}A{} {} 0 {} 1 {} {}Z" fill="{}")", num(s.cx),
                       num(s.cy), num(s.cx + s.r * std::cos(s.start)),
                       num(s.cy + s.r * std::sin(s.start)), num(s.r), num(s.r),
                       s.sweep > std::numbers::pi ? 1 : 0, num(s.cx + s.r * std::cos(end)),
                       num(s.cy + s.r * std::sin(end)), colour(s.fill));
    if (s.stroke_width > 0)
      out += fmt::format(R"( stroke="{}" stroke-width="{:g}")", colour(s.stroke), s.stroke_width);
    out += "/>";
  }

  void operator()(const Text& t) const
  {
    out += fmt::format(R"(<text x="{}" y="{}" text-anchor="{}" font-size="{}" fill="{}")", num(t.x),
                       num(t.y), anchor_name(t.anchor), t.size, colour(t.colour));
    if (t.weight == Text::Weight::bold) out += R"( font-weight="bold")";
    out += ">";
    append_escaped(out, t.content);
    out += "</text>";
  }
};

} // namespace

std::string svg(const Drawing& drawing, std::string_view fonts)
{
  std::string out;
  out.reserve(4096);
  out += fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" )"
                     R"(viewBox="0 0 {0} {1}" font-family="{2}" role="img" aria-label=")",
                     drawing.size.width, drawing.size.height, fonts);
  append_escaped(out, drawing.title);
  out += "\"><title>";
  append_escaped(out, drawing.title);
  out += "</title>";
  out += fmt::format(R"(<rect width="{}" height="{}" fill="{}"/>)", drawing.size.width,
                     drawing.size.height, colour(drawing.background));
  const Element element{out};
  for (const Shape& shape : drawing.shapes)
    std::visit(element, shape);
  out += "</svg>";
  return out;
}

} // namespace cppcc::documents
