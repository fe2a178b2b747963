#include "documents/wordml.hpp"

#include "documents/column_widths.hpp"
#include "documents/xml.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <numeric>

namespace cppcc::documents {

namespace {

constexpr int k_body_size = 32;              // half-points: 三号, 16 pt (styles.xml's default)
constexpr int k_table_size = 24;             // 小四, 12 pt (the TableText style)
constexpr int k_cell_margins = 190;          // twips: a cell's left and right margins and its rule
constexpr int k_tight_margin = 45;           // twips, each side: a dense table's cells
constexpr std::size_t k_centred_column = 20; // display columns: wider text is set flush left
constexpr std::string_view k_dash = "—";
constexpr std::size_t k_kept_whole = 12; // rows: a table this short is never broken

// The sizes a table is tried at, largest first: 小四 (12 pt), 五号 (10.5 pt), then 小五
// (9 pt) with narrower cell margins.
struct Tier {
  int size;    // half-points
  int padding; // twips a cell takes beside its text
};
constexpr std::array<Tier, 3> k_tiers = {
    {{k_table_size, k_cell_margins}, {21, k_cell_margins}, {18, 2 * k_tight_margin + 20}}};

// Whether row `row` (0: the header) of a table of `rows` rows keeps with the next: every
// row but the last of a short table, which a page then never breaks (a typist moves a
// short table whole); none of a long one.
Keep kept(std::size_t row, std::size_t rows)
{
  return rows <= k_kept_whole && row < rows ? Keep::with_next : Keep::no;
}

} // namespace

WordBody::WordBody(int text_width, Numbering numbering)
    : m_width(text_width), m_numbering(numbering)
{
  m_xml.reserve(1 << 16);
}

void WordBody::open_paragraph(std::string_view style)
{
  m_xml += "<w:p>";
  if (!style.empty())
    fmt::format_to(std::back_inserter(m_xml), "<w:pPr><w:pStyle w:val=\"{}\"/></w:pPr>", style);
}

namespace {

// Whether Word would drop white space of `text` unless told to keep it: space at either
// end, or a run of spaces.
bool needs_preserve(std::string_view text)
{
  return !text.empty() &&
         (text.front() == ' ' || text.back() == ' ' || text.find("  ") != std::string_view::npos);
}

void open_text(std::string& xml, std::string_view text)
{
  xml += needs_preserve(text) ? "<w:t xml:space=\"preserve\">" : "<w:t>";
}

} // namespace

void WordBody::run(std::string_view text)
{
  m_xml += "<w:r>";
  for (std::size_t from = 0;;) {
    const std::size_t cut = text.find_first_of("\n\t", from);
    const std::string_view part = text.substr(from, cut - from);
    open_text(m_xml, part);
    append_xml(m_xml, part);
    m_xml += "</w:t>";
    if (cut == std::string_view::npos) break;
    m_xml += text[cut] == '\n' ? "<w:br/>" : "<w:tab/>";
    from = cut + 1;
  }
  m_xml += "</w:r>";
}

void WordBody::title(std::string_view text)
{
  for (std::size_t from = 0; from <= text.size();) {
    const std::size_t cut = std::min(text.find('\n', from), text.size());
    open_paragraph("Title");
    run(text.substr(from, cut - from));
    m_xml += "</w:p>";
    from = cut + 1;
  }
  empty_line();
}

void WordBody::heading(int level, std::string_view text)
{
  level = std::clamp(level, 1, 3);
  if (m_numbering == Numbering::chinese) {
    open_paragraph(fmt::format("Heading{}", level));
  } else {
    // The style's own list (numId 1) replaced by the decimal one.
    fmt::format_to(std::back_inserter(m_xml),
                   "<w:p><w:pPr><w:pStyle w:val=\"Heading{}\"/><w:numPr><w:ilvl w:val=\"{}\"/>"
                   "<w:numId w:val=\"2\"/></w:numPr></w:pPr>",
                   level, level - 1);
  }
  run(text);
  m_xml += "</w:p>";
}

void WordBody::paragraph(std::string_view text, std::string_view style)
{
  open_paragraph(style);
  run(text);
  m_xml += "</w:p>";
}

void WordBody::empty_line()
{
  m_xml += "<w:p/>";
}

void WordBody::cell(std::string_view text, int width, const CellLook& look)
{
  m_xml += "<w:tc>";
  if (width > 0)
    fmt::format_to(std::back_inserter(m_xml), "<w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr>",
                   width);
  fmt::format_to(std::back_inserter(m_xml), "<w:p><w:pPr><w:pStyle w:val=\"{}\"/>", look.style);
  if (look.keep == Keep::with_next) m_xml += "<w:keepNext/>";
  if (!look.align.empty())
    fmt::format_to(std::back_inserter(m_xml), "<w:jc w:val=\"{}\"/>", look.align);
  m_xml += "</w:pPr>";
  if (look.size != k_table_size) {
    fmt::format_to(std::back_inserter(m_xml),
                   "<w:r><w:rPr><w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/></w:rPr>", look.size);
    open_text(m_xml, text);
    append_xml(m_xml, text);
    m_xml += "</w:t></w:r>";
  } else if (!text.empty()) {
    run(text);
  }
  m_xml += "</w:p></w:tc>";
}

namespace {

// `margin`: the cells' left and right margins in twips, or 0 for the table style's.
void open_table(std::string& xml, const std::vector<int>& widths, int total, int margin = 0)
{
  fmt::format_to(std::back_inserter(xml),
                 "<w:tbl><w:tblPr><w:tblStyle w:val=\"OfficeTable\"/><w:tblW w:w=\"{}\" "
                 "w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/>",
                 total);
  if (margin > 0)
    fmt::format_to(std::back_inserter(xml),
                   "<w:tblCellMar><w:left w:w=\"{0}\" w:type=\"dxa\"/><w:right w:w=\"{0}\" "
                   "w:type=\"dxa\"/></w:tblCellMar>",
                   margin);
  xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" "
         "w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (const int w : widths)
    fmt::format_to(std::back_inserter(xml), "<w:gridCol w:w=\"{}\"/>", w);
  xml += "</w:tblGrid>";
}

} // namespace

void WordBody::table(const render::Table& table)
{
  Tier tier = k_tiers.back();
  std::vector<int> widths;
  for (const Tier& t : k_tiers) {
    widths = column_widths(table, m_width, t.size, t.padding);
    tier = t;
    if (!widths.empty()) break;
  }
  if (widths.empty()) // too many columns for the page at any size: all shrink alike
    widths.assign(table.columns.size(), m_width / static_cast<int>(table.columns.size()));
  const int size = tier.size;
  const std::vector<Extent> sizes = extents(table);
  std::vector<std::string_view> align(table.columns.size());
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    align[c] = table.columns[c].type == render::Type::number || sizes[c].longest <= k_centred_column
                   ? ""
                   : "left";
  open_table(m_xml, widths, m_width, tier.padding < k_cell_margins ? k_tight_margin : 0);
  m_xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    cell(table.columns[c].label, widths[c], {"TableHeader", "", size, kept(0, table.rows.size())});
  m_xml += "</w:tr>";
  // The rows' cells leave their widths to the header's and the grid's (a fixed layout
  // takes them from there): a long table is a third smaller, and as much quicker to write.
  // Room for the rows reserved once, from what the first ones took (a string that doubles
  // as it grows copies a long table's XML twice over).
  constexpr std::size_t k_sampled_rows = 64;
  const std::size_t start = m_xml.size();
  std::string text;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (r == k_sampled_rows)
      m_xml.reserve(m_xml.size() + (m_xml.size() - start) / r * (table.rows.size() - r) * 9 / 8);
    const render::Row& row = table.rows[r];
    const Keep keep = kept(r + 1, table.rows.size());
    m_xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      text.clear();
      if (c < row.size()) render::append_plain(text, row[c]);
      cell(text, 0, {"TableText", align[c], size, keep});
    }
    m_xml += "</w:tr>";
  }
  close_table();
}

void WordBody::close_table()
{
  // Half a line before what follows, as a typist leaves one.
  m_xml += "</w:tbl><w:p><w:pPr><w:pStyle w:val=\"AfterTable\"/></w:pPr></w:p>";
}

void WordBody::grid(const std::vector<render::Field>& fields)
{
  // Label, value, label, value: the labels' share of the width as their text's, between
  // 30 % and 65 % (a report's figures: long labels, short numbers; a record's fields: short
  // labels, values of some words).
  std::size_t labels = 0, values = 0;
  for (const auto& field : fields) {
    labels = std::max(labels, std::min<std::size_t>(util::display_width(field.label), 24));
    values = std::max(values,
                      std::min<std::size_t>(util::display_width(render::plain(field.value)), 30));
  }
  const long share =
      std::clamp<long>(static_cast<long>(100 * (labels + 2) / (labels + values + 4)), 30, 65);
  const int label = static_cast<int>(m_width * share / 200), value = m_width / 2 - label;
  const std::vector<int> widths = {label, value, label, m_width - 2 * label - value};
  open_table(m_xml, widths, m_width);
  std::string text;
  const std::size_t rows = (fields.size() + 1) / 2;
  for (std::size_t i = 0; i < fields.size(); i += 2) {
    const Keep keep = kept(i / 2 + 1, rows);
    m_xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (std::size_t j = i; j < i + 2; ++j) {
      const std::size_t at = 2 * (j - i);
      text.clear();
      if (j < fields.size()) {
        if (fields[j].value.empty())
          text = k_dash;
        else
          render::append_plain(text, fields[j].value);
      }
      cell(j < fields.size() ? std::string_view(fields[j].label) : "", widths[at],
           {"FieldLabel", "", k_table_size, keep});
      cell(text, widths[at + 1], {"TableText", "", k_table_size, keep});
    }
    m_xml += "</w:tr>";
  }
  close_table();
}

void WordBody::picture(std::string_view relationship, long width, long height,
                       std::string_view description)
{
  const int id = ++m_pictures;
  m_xml += "<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr><w:r><w:drawing>";
  fmt::format_to(
      std::back_inserter(m_xml),
      "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" "
      "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
      "<wp:extent cx=\"{1}\" cy=\"{2}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
      "<wp:docPr id=\"{0}\" name=\"chart{0}\" descr=\"",
      id, width, height);
  append_xml(m_xml, description);
  fmt::format_to(
      std::back_inserter(m_xml),
      "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      "noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
      "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
      "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
      "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
      "<pic:nvPicPr><pic:cNvPr id=\"{0}\" name=\"chart{0}.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
      "<pic:blipFill><a:blip r:embed=\"{3}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
      "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{1}\" cy=\"{2}\"/></a:xfrm>"
      "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>"
      "</a:graphic></wp:inline></w:drawing></w:r></w:p>",
      id, width, height, relationship);
}

void WordBody::signature(const std::vector<std::string>& lines, std::string_view date)
{
  // Widths in characters of the body's size (a digit is half of one).
  const auto chars = [](std::string_view text) {
    return static_cast<double>(util::display_width(text)) / 2;
  };
  double longest = 0;
  for (const auto& line : lines)
    longest = std::max(longest, chars(line));
  const double dated = chars(date);
  const int one = k_body_size * 10; // twips
  // Without a seal: the issuer two characters from the right and the date's first
  // character two right of the issuer's; a longer date four from the right, with the
  // issuer centred over it.
  const bool date_longer = longest - dated < 2;
  const double date_indent = date_longer ? 4 : longest - dated;
  empty_line();
  for (const auto& line : lines) {
    const double indent =
        date_longer ? date_indent + (dated - chars(line)) / 2 : 2 + (longest - chars(line)) / 2;
    fmt::format_to(std::back_inserter(m_xml),
                   "<w:p><w:pPr><w:pStyle w:val=\"Signature\"/><w:ind w:right=\"{}\"/></w:pPr>",
                   static_cast<int>(indent * one));
    run(line);
    m_xml += "</w:p>";
  }
  fmt::format_to(std::back_inserter(m_xml),
                 "<w:p><w:pPr><w:pStyle w:val=\"DateLine\"/><w:ind w:right=\"{}\"/></w:pPr>",
                 static_cast<int>(date_indent * one));
  run(date);
  m_xml += "</w:p>";
}

} // namespace cppcc::documents
