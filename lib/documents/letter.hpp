#pragma once
// A letter to one addressee (a 催办通知 of `remind --out-dir`): what it says, in the
// order it says it; Markdown (reports/remind.*) and Word (documents/docx.*) lay it out.
#include "render/document.hpp"

#include <string>
#include <vector>

namespace cppcc::documents {

struct Letter {
  std::string title;
  std::string addressee;              // 主送: the unit, flush left, ending in its colon
  std::vector<std::string> opening;   // paragraphs before the table
  render::Table table;                // none when it has no columns
  std::vector<std::string> closing;   // paragraphs after it
  std::vector<std::string> signature; // the signature block's lines
  std::string date;                   // ISO: the date line
};

} // namespace cppcc::documents
