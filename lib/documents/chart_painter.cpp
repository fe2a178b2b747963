#include "documents/chart_painter.hpp"

#include "documents/charts.hpp"
#include "documents/settings.hpp"

#include <algorithm>
#include <exception>
#include <optional>

namespace cppcc::documents {

namespace {

std::vector<Png> paint_when_given(const Settings* settings,
                                  std::future<const std::vector<render::Chart>*> given)
{
  std::optional<Rasteriser> rasteriser;
  std::exception_ptr failed;
  try {
    rasteriser.emplace(find_chart_font(*settings), k_docx_chart_scale);
  } catch (...) {
    failed = std::current_exception();
  }
  const std::vector<render::Chart>* charts = given.get();
  if (!charts || charts->empty()) return {};
  if (failed) std::rethrow_exception(failed);
  std::vector<Png> out;
  for (const auto& chart : *charts)
    out.push_back(rasteriser->draw(chart_drawing(chart, docx_chart_size(chart))));
  return out;
}

} // namespace

ChartSize docx_chart_size(const render::Chart& chart)
{
  return {k_docx_chart.width,
          std::max(k_docx_chart.height, chart_size(chart, k_docx_chart.width).height)};
}

ChartPainter::ChartPainter(const config::Config& config)
    : m_pictures(std::async(std::launch::async, paint_when_given, &settings(config),
                            m_charts.get_future()))
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
