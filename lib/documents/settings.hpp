#pragma once
// The documents' settings (`documents:` of cppcc.yaml over schemas/documents.yaml), read
// once per configuration: the Word document's fixed parts (schemas/docx/, or an office's
// own versions of them), the signature block, and the font its charts are drawn in.
#include "config/config.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::documents {

// Where the body goes in the template document.xml.
inline constexpr std::string_view k_body_marker = "<!--cppcc:body-->";

// A font file, and which of its fonts when it is a collection (.ttc: from 0).
struct FontFace {
  std::filesystem::path file;
  int face = 0;
};

// The font the charts' text is drawn in, and its bold (the titles) when it has one: else the
// regular font is made bold.
struct ChartFont {
  FontFace regular;
  std::optional<FontFace> bold;
};

struct Settings {
  // Template file name (styles.xml …) → its text: the shipped part, or the office's own
  // from documents.docx_templates.
  std::map<std::string, std::string, std::less<>> docx_parts;
  // The width of the page between its margins (document.xml's w:pgSz less w:pgMar), in
  // twentieths of a point: what a table and a picture are fitted to.
  int text_width_twips = 0;
  std::vector<std::string> signature_zh, signature_en;
  // documents.chart_font, when the office names one (relative to its cppcc.yaml); else
  // the first of documents.chart_fonts whose file exists (documents/fonts.hpp).
  std::optional<ChartFont> chart_font;
  std::vector<ChartFont> chart_fonts;

  const std::string& part(std::string_view name) const;
  const std::vector<std::string>& signature(config::Lang lang) const
  {
    return lang == config::Lang::zh ? signature_zh : signature_en;
  }
};

// The settings of `config`; ConfigError (exit 78) at the key for a templates directory that
// is not one, a file there no template is called, a document.xml without the body's place
// or the page's size, a signature that is not a list of lines, a chart font's face that is
// not a number from 0.
const Settings& settings(const config::Config& config);

} // namespace cppcc::documents
