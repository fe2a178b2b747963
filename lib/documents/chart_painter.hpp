#pragma once
// The charts of a Word document drawn as pictures on a thread of their own. Most of what
// drawing costs is loading librsvg and finding its fonts (some 50 ms, against 3 ms a
// chart): a painter made when a command that draws charts starts (`report annual
// --format docx`, cli/commands/report.cpp) does that while the report reads the database,
// and draws the charts while the document's text is written.
#include "documents/raster.hpp"
#include "render/document.hpp"

#include <future>
#include <vector>

namespace cppcc::documents {

// How a chart is drawn for a Word document: 640 × 360 CSS pixels, at 1.5 pixels each
// (960 × 540, some 160 dpi at the 150 mm it is shown).
inline constexpr ChartSize k_docx_chart{};
inline constexpr double k_docx_chart_scale = 1.5;

class ChartPainter {
public:
  // Starts the thread, which loads librsvg and readies its fonts.
  ChartPainter();
  // Waits for the thread (never started charts: it stops once loaded).
  ~ChartPainter();
  ChartPainter(const ChartPainter&) = delete;
  ChartPainter& operator=(const ChartPainter&) = delete;

  // `charts` as pictures, in their order; once a painter. `charts` must outlive the result.
  // Its get() throws what drawing threw: UnavailableError without librsvg, Error (70).
  std::future<std::vector<Png>> paint(const std::vector<render::Chart>& charts);

private:
  std::promise<const std::vector<render::Chart>*> m_charts;
  std::future<std::vector<Png>> m_pictures;
  bool m_given = false;
};

} // namespace cppcc::documents
