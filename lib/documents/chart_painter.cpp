#include "documents/chart_painter.hpp"

#include <exception>
#include <optional>

namespace cppcc::documents {

namespace {

// Drawn once the library is loaded: Chinese text, so that the fonts the charts' labels
// need are found before the first chart.
constexpr std::string_view k_warm_up =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"16\"><text x=\"0\" "
    "y=\"12\" font-size=\"12\">年度1</text></svg>";

std::vector<Png> paint_when_given(std::future<const std::vector<render::Chart>*> given)
{
  std::optional<Rasteriser> rasteriser;
  std::exception_ptr failed;
  try {
    rasteriser.emplace(k_docx_chart, k_docx_chart_scale);
    rasteriser->prepare(k_warm_up);
  } catch (...) {
    failed = std::current_exception();
  }
  const std::vector<render::Chart>* charts = given.get();
  if (!charts || charts->empty()) return {};
  if (failed) std::rethrow_exception(failed);
  std::vector<Png> out;
  for (const auto& chart : *charts)
    out.push_back(rasteriser->draw(svg_chart(chart, k_docx_chart), chart.title));
  return out;
}

} // namespace

ChartPainter::ChartPainter()
    : m_pictures(std::async(std::launch::async, paint_when_given, m_charts.get_future()))
{
}

ChartPainter::~ChartPainter()
{
  if (!m_given) m_charts.set_value(nullptr);
  // m_pictures, if still here, waits for the thread as it goes.
}

std::future<std::vector<Png>> ChartPainter::paint(const std::vector<render::Chart>& charts)
{
  m_given = true;
  m_charts.set_value(&charts);
  return std::move(m_pictures);
}

} // namespace cppcc::documents
