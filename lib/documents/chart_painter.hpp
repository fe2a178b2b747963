#pragma once
// The charts of a Word document drawn as pictures on a thread of their own. A painter made
// when a command that draws charts starts (`report annual --format docx`,
// cli/commands/report.cpp) loads FreeType and opens the charts' font while the report
// reads the database, and draws the charts while the document's text is written.
#include "config/config.hpp"
#include "documents/raster.hpp"
#include "render/document.hpp"

#include <future>
#include <vector>

namespace cppcc::documents {

// How a chart is drawn for a Word document: 640 CSS pixels wide and 360 tall (84 mm at the
// 150 mm it is shown), or as tall as the HTML page draws it when that is taller (a row a
// unit), at 1.5 pixels each (960 pixels wide, some 160 dpi).
inline constexpr ChartSize k_docx_chart{};
inline constexpr double k_docx_chart_scale = 1.5;
ChartSize docx_chart_size(const render::Chart& chart);

class ChartPainter {
public:
  // Starts the thread, which loads FreeType and the charts' font `config` names
  // (documents/fonts.hpp).
  explicit ChartPainter(const config::Config& config);
  // Waits for the thread (never started charts: it stops once loaded).
  ~ChartPainter();
  ChartPainter(const ChartPainter&) = delete;
  ChartPainter& operator=(const ChartPainter&) = delete;

  // `charts` as pictures, in their order; once a painter. `charts` must outlive the result.
  // Its get() throws what drawing threw: UnavailableError (69) without FreeType or a
  // Chinese font.
  std::future<std::vector<Png>> paint(const std::vector<render::Chart>& charts);

private:
  std::promise<const std::vector<render::Chart>*> m_charts;
  std::future<std::vector<Png>> m_pictures;
  bool m_given = false;
};

} // namespace cppcc::documents
