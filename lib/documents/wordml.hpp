#pragma once
// The body of a Word document (WordprocessingML, word/document.xml) in the styles of
// schemas/docx/styles.xml: the title, numbered headings (一、（一）1.), body paragraphs,
// tables whose header row repeats on every page, pictures, the signature block and the
// date line. Text is escaped here (documents/xml.hpp); layout is the styles'.
#include "render/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cppcc::documents {

// Styles of schemas/docx/styles.xml a paragraph may take.
namespace style {
inline constexpr std::string_view body = "";               // Normal: indented two characters
inline constexpr std::string_view addressee = "Addressee"; // flush left (主送机关)
inline constexpr std::string_view caption = "Caption";     // under a picture
} // namespace style

// Whether a paragraph keeps with the next one on its page.
enum class Keep { no, with_next };

// How a table's cell is set: its paragraph style, its alignment ("" for the style's), its
// size in half-points, and whether its row keeps with the next.
struct CellLook {
  std::string_view style;
  std::string_view align;
  int size;
  Keep keep;
};

// How headings are numbered: 一、（一）1. as a Chinese document numbers them, or 1. 1.1
// 1.1.1 (an English one). numbering.xml holds both lists (numId 1 and 2).
enum class Numbering { chinese, decimal };

class WordBody {
public:
  // `text_width` in twips: the width of the page between its margins.
  explicit WordBody(int text_width, Numbering numbering = Numbering::chinese);

  // The title, a line each for the lines of `text`, then an empty line.
  void title(std::string_view text);
  // A heading of `level` 1 (一、), 2 (（一）) or 3 (1.), numbered by the numbering part
  // (1., 1.1, 1.1.1 with Numbering::decimal).
  void heading(int level, std::string_view text);
  void paragraph(std::string_view text, std::string_view style = style::body);
  void empty_line();
  // The table with its header row bold and repeated on every page it runs onto, columns
  // sized to their text across the page's width (at 小四, or 五号 or 小五 when it is too
  // wide for it), numbers and short text centred; half a line after it.
  void table(const render::Table& table);
  // Labelled values two to a row (label, value, label, value): a record's fields, a
  // report's figures. An empty value is shown as "—".
  void grid(const std::vector<render::Field>& fields);
  // A picture centred on the page, `relationship` its part's id, `width` and `height`
  // its size in EMU (1 mm is 36,000), `description` its alternative text.
  void picture(std::string_view relationship, long width, long height,
               std::string_view description);
  // The signature block: `lines` (the issuer) above the date line, placed as GB/T 9704
  // places them without a seal (the issuer two characters from the right, the date under
  // it two characters further right, or four from the right with the issuer centred
  // over it when the date is the longer).
  void signature(const std::vector<std::string>& lines, std::string_view date);

  const std::string& xml() const { return m_xml; }

private:
  void open_paragraph(std::string_view style);
  void close_table();
  void run(std::string_view text);
  // `width` in twips, or 0 to leave it to the header row's and the table's grid.
  void cell(std::string_view text, int width, const CellLook& look);
  std::string m_xml;
  int m_width;
  Numbering m_numbering;
  int m_pictures = 0;
};

} // namespace cppcc::documents
