#include "render/value.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <iterator>

namespace cppcc::render {

namespace {

// 10^places, exactly (places 0–9).
double scale_of(int places)
{
  double scale = 1;
  for (int i = 0; i < places; ++i)
    scale *= 10;
  return scale;
}

std::int8_t clamped(int places)
{
  return static_cast<std::int8_t>(std::clamp(places, 0, 9));
}

} // namespace

Value Value::decimal(double number, int places, Places shown)
{
  Value v;
  v.m_kind = Kind::decimal;
  v.m_places = clamped(places);
  v.m_shown =
      shown == Places::fixed ? Places::fixed : Places::trimmed; // rounded: shortest is trimmed
  const double scale = scale_of(v.m_places);
  v.m_number = std::round(number * scale) / scale;
  return v;
}

Value Value::decimal(double number)
{
  Value v;
  v.m_kind = Kind::decimal;
  v.m_places = -1;
  v.m_shown = Places::shortest;
  v.m_number = number;
  return v;
}

Value Value::percent(double percent, int places)
{
  Value v;
  v.m_kind = Kind::percent;
  v.m_places = clamped(places);
  const double scale = scale_of(v.m_places);
  v.m_number = std::round(percent * scale) / scale;
  return v;
}

Value Value::percent(std::int64_t part, std::int64_t whole, int places)
{
  if (whole <= 0) return {};
  Value v;
  v.m_kind = Kind::percent;
  v.m_places = clamped(places);
  const double scale = scale_of(v.m_places);
  // (scale·100·part)/whole, rounded: with one place, round(1000·part/whole)/10.
  v.m_number =
      std::round(scale * 100 * static_cast<double>(part) / static_cast<double>(whole)) / scale;
  return v;
}

Value Value::date(std::string iso)
{
  Value v(std::move(iso));
  if (!v.empty()) v.m_kind = Kind::date;
  return v;
}

double Value::number() const
{
  switch (m_kind) {
  case Kind::integer:
    return static_cast<double>(m_integer);
  case Kind::decimal:
  case Kind::percent:
    return m_number;
  default:
    return 0;
  }
}

void append_plain(std::string& out, const Value& value)
{
  switch (value.kind()) {
  case Value::Kind::empty:
    return;
  case Value::Kind::text:
  case Value::Kind::date:
    out += value.text();
    return;
  case Value::Kind::integer:
    fmt::format_to(std::back_inserter(out), "{}", value.as_integer());
    return;
  case Value::Kind::decimal:
  case Value::Kind::percent:
    break;
  }
  if (value.shown() == Value::Places::shortest) {
    fmt::format_to(std::back_inserter(out), "{}", value.number());
    return;
  }
  const std::size_t start = out.size();
  fmt::format_to(std::back_inserter(out), "{:.{}f}", value.number(), value.places());
  if (value.shown() == Value::Places::trimmed && out.find('.', start) != std::string::npos) {
    while (out.back() == '0')
      out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  // A number rounded to nothing is 0, not -0 (nor -0.0).
  if (out[start] == '-' && out.find_first_not_of("0.", start + 1) == std::string::npos)
    out.erase(start, 1);
}

std::string plain(const Value& value)
{
  std::string out;
  append_plain(out, value);
  return out;
}

} // namespace cppcc::render
