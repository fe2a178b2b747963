#include "documents/charts.hpp"

#include <fmt/format.h>

namespace cppcc::documents {

// Placeholder until the chart drawing lands (issue 22): the frame and the title.
std::string svg_chart(const render::Chart& chart, ChartSize size)
{
  return fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
                     "viewBox=\"0 0 {0} {1}\"><text x=\"8\" y=\"24\">{2}</text></svg>",
                     size.width, size.height, chart.title);
}

} // namespace cppcc::documents
