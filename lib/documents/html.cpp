#include "documents/html.hpp"

#include "documents/charts.hpp"
#include "documents/markup.hpp"
#include "util/text.hpp"

#include <array>
#include <fmt/format.h>

namespace cppcc::documents {

namespace {

// Screen: a sheet of A4 on a grey desk. Print: A4 with the margins of an office's
// printed report, page numbers "— 1 —" at the foot, each part on a new page, a table's
// header repeated on every page it runs over, no row cut in two.
constexpr std::string_view k_css = R"(
@page { size: A4; margin: 25mm 20mm 22mm 22mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: {sans}; font-size: 10pt; color: #333; } }
* { box-sizing: border-box; }
html { background: #e9e8e4; }
body { margin: 0; color: #1a1a1a; font-family: {body}; font-size: 12pt; line-height: 1.8;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { width: 210mm; max-width: 100%; margin: 16px auto; padding: 22mm 20mm; background: #fff;
  box-shadow: 0 1px 6px rgba(0, 0, 0, 0.18); }
header.masthead { text-align: center; margin-bottom: 10mm; }
.committee { font-family: {sans}; font-size: 13pt; letter-spacing: 0.3em; margin: 0 0 4mm; color: #333; }
h1 { font-family: {title}; font-size: 20pt; font-weight: bold; line-height: 1.5; margin: 0; }
.dateline { font-family: {body}; font-size: 12pt; margin: 3mm 0 0; }
h2 { font-family: {sans}; font-size: 14pt; font-weight: bold; margin: 8mm 0 3mm; break-after: avoid; }
h3 { font-family: {sans}; font-size: 12pt; font-weight: bold; margin: 6mm 0 2mm; break-after: avoid; }
section.part + section.part { break-before: page; }
p.text { text-indent: 2em; margin: 0 0 1mm; text-align: justify; }
:lang(en) p.text { text-indent: 0; margin: 0 0 2mm; text-align: left; }
p.none { text-indent: 2em; margin: 0; }
table { width: 100%; border-collapse: collapse; font-family: {sans}; font-size: 10pt;
  line-height: 1.45; margin: 0 0 2mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
table.keep { break-inside: avoid; }
th, td { border: 0.75pt solid #7f7f7f; padding: 1.2mm 2mm; vertical-align: top; }
th { background: #edf0f4; font-weight: bold; text-align: center; vertical-align: middle;
  word-break: keep-all; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.text { overflow-wrap: anywhere; }
td.short { white-space: nowrap; }
table.wide { font-size: 8.5pt; }
table.wide th, table.wide td { padding: 1mm 1.2mm; }
table.wide td.text:first-child { min-width: 9em; }
table.fields th { width: 30%; text-align: left; font-weight: normal; background: #f5f6f8; }
table.fields td { white-space: pre-wrap; }
table.fields td.num { text-align: left; }
table.figures th { width: 36%; text-align: left; font-weight: normal; background: none; }
table.figures td { width: 14%; }
table.figures th, table.figures td { padding: 0.7mm 2mm; }
figure.chart { margin: 0 0 8mm; text-align: center; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
@media print {
  html { background: none; }
  main { width: auto; margin: 0; padding: 0; box-shadow: none; }
}
)";

std::string css()
{
  std::string out(k_css);
  const auto put = [&out](std::string_view name, std::string_view fonts) {
    for (std::size_t at; (at = out.find(name)) != std::string::npos;)
      out.replace(at, name.size(), fonts);
  };
  put("{sans}", k_sans_fonts);
  put("{body}", k_body_fonts);
  put("{title}", k_title_fonts);
  return out;
}

std::string chinese_number(int n)
{
  static constexpr std::array<const char*, 10> k_digits = {"",   "一", "二", "三", "四",
                                                           "五", "六", "七", "八", "九"};
  if (n < 10) return k_digits.at(static_cast<std::size_t>(n));
  if (n < 20) return std::string("十") + k_digits.at(static_cast<std::size_t>(n % 10));
  if (n < 100)
    return std::string(k_digits.at(static_cast<std::size_t>(n / 10))) + "十" +
           k_digits.at(static_cast<std::size_t>(n % 10));
  return std::to_string(n);
}

// A document's heading as offices number them: 一、 for a part, （一） for a table in it
// (1. and 1.1 in English).
class Headings {
public:
  explicit Headings(config::Lang lang) : m_zh(lang == config::Lang::zh) {}
  std::string part(std::string_view title)
  {
    ++m_part;
    m_item = 0;
    return (m_zh ? chinese_number(m_part) + "、" : fmt::format("{}. ", m_part)) +
           xml_escape(capitalised(title));
  }
  std::string item(std::string_view title)
  {
    ++m_item;
    const std::string number = m_zh         ? "（" + chinese_number(m_item) + "）"
                               : m_part > 0 ? fmt::format("{}.{} ", m_part, m_item)
                                            : fmt::format("{}. ", m_item);
    return number + xml_escape(capitalised(title));
  }

private:
  bool m_zh;
  int m_part = 0, m_item = 0;
};

std::string label(const Context& context, std::string_view key)
{
  return context.config.label(context.lang, "documents", key);
}

// The page up to its masthead: the committee's name (unless the title says it), the
// title and the date line.
void open_page(std::string& out, const Context& context, const std::string& title)
{
  const bool zh = context.lang == config::Lang::zh;
  const std::string& committee = committee_of(context);
  out += "<!DOCTYPE html>\n<html lang=\"";
  out += zh ? "zh-CN" : "en";
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  append_escaped(out, title.empty() ? committee : title);
  out += "</title>\n<style>";
  out += css();
  out += "</style>\n</head>\n<body>\n<main>\n<header class=\"masthead\">\n";
  if (title.find(committee) == std::string::npos) {
    out += "<p class=\"committee\">";
    append_escaped(out, committee);
    out += "</p>\n";
  }
  if (!title.empty()) {
    out += "<h1>";
    append_escaped(out, title);
    out += "</h1>\n";
  }
  out += "<p class=\"dateline\">";
  append_escaped(out, zh ? "（" + date_line(context) + "）" : date_line(context));
  out += "</p>\n</header>\n";
}

void close_page(std::string& out)
{
  out += "</main>\n</body>\n</html>\n";
}

void cell(std::string& out, const char* tag, std::string_view css_class, const std::string& content)
{
  out += fmt::format("<{} class=\"{}\">", tag, css_class);
  append_escaped(out, content);
  out += fmt::format("</{}>", tag);
}

// A table of this many rows or fewer is kept on one page (a page does not end two rows
// into it); a longer one runs on, its header repeated.
constexpr std::size_t k_kept_whole = 15;

const char* cell_class(render::Type type)
{
  return type == render::Type::number ? "num" : "text";
}

// Whether a text column only holds short words (codes, dates, states, 出席): kept on one
// line, so that P2023-0197 or 2023-01-08 is never broken at its hyphen.
bool short_words(const render::Table& t, std::size_t column)
{
  for (const auto& row : t.rows)
    if (column < row.size()) {
      const std::string text = render::plain(row[column]);
      if (util::display_width(text) > 10 || text.find(' ') != std::string::npos) return false;
    }
  return true;
}

// A table: its header in <thead> (repeated on every printed page), its rows in <tbody>;
// a table with many columns in a smaller type. An empty one says `none` (无) instead,
// when given.
void table(std::string& out, const render::Table& t, const std::string& none)
{
  if (t.rows.empty() && !none.empty()) {
    out += "<p class=\"none\">";
    append_escaped(out, none);
    out += "</p>\n";
    return;
  }
  std::vector<std::string> classes;
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    classes.emplace_back(t.columns[i].type == render::Type::number ? "num"
                         : short_words(t, i)                       ? "text short"
                                                                   : "text");
  std::string table_class = t.columns.size() > 8 ? "wide" : "";
  if (t.rows.size() <= k_kept_whole) table_class += table_class.empty() ? "keep" : " keep";
  out += table_class.empty() ? "<table>" : "<table class=\"" + table_class + "\">";
  out += "\n<thead><tr>";
  for (const auto& c : t.columns) {
    out += "<th>";
    append_escaped(out, capitalised(c.label));
    out += "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i)
      cell(out, "td", classes[i], render::plain(row[i]));
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

// A table under its heading (which a page never ends with: h3's break-after). A short
// table is not kept whole on one page: Chromium then moves it, and what follows, to the
// next page even where it fits (seen on a member's 履职档案); a table split between pages
// repeats its header, and no row is cut in two.
void block(std::string& out, const std::string& heading, const render::Table& t,
           const std::string& none)
{
  out += "<div class=\"block\">\n";
  if (!heading.empty()) out += "<h3>" + heading + "</h3>\n";
  table(out, t, none);
  out += "</div>\n";
}

// Fields as a two-column table: label, value.
void field_cells(std::string& out, const render::Field& f, bool figure)
{
  out += "<th>";
  append_escaped(out, capitalised(f.label));
  out += "</th>";
  // A report's figure with nothing to count from (no feedback yet: 见面率) shows "—".
  cell(out, "td", cell_class(f.type), figure && f.value.empty() ? "—" : render::plain(f.value));
}

// A record's fields as a two-column table: label, value.
void fields(std::string& out, const std::vector<render::Field>& list)
{
  out += "<table class=\"fields\">\n<tbody>\n";
  for (const auto& f : list) {
    out += "<tr>";
    field_cells(out, f, false);
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

// A report's figures two to a row, read down the left half and then down the right (the
// way an office's 主要指标 table runs), so that thirty of them take half a page.
void figures(std::string& out, const std::vector<render::Field>& list)
{
  out += "<table class=\"figures\">\n<tbody>\n";
  const std::size_t rows = (list.size() + 1) / 2;
  for (std::size_t i = 0; i < rows; ++i) {
    out += "<tr>";
    field_cells(out, list[i], true);
    if (i + rows < list.size())
      field_cells(out, list[i + rows], true);
    else
      out += "<th></th><td class=\"num\"></td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

// The chart as SVG in the page (the page is HTML: the namespace is implied).
std::string inline_svg(const render::Chart& chart)
{
  std::string svg = svg_chart(chart);
  constexpr std::string_view k_xmlns = " xmlns=\"http://www.w3.org/2000/svg\"";
  if (const auto at = svg.find(k_xmlns); at != std::string::npos) svg.erase(at, k_xmlns.size());
  return svg;
}

} // namespace

std::string html_report(const render::Report& report, const Context& context)
{
  std::string out;
  out.reserve(256 * 1024);
  open_page(out, context, report.title);
  Headings headings(context.lang);
  out += "<section class=\"part\">\n";
  if (!report.summary.empty()) {
    out += "<h2>" + headings.part(label(context, "summary")) + "</h2>\n";
    for (const auto& paragraph : report.summary) {
      out += "<p class=\"text\">";
      append_escaped(out, paragraph);
      out += "</p>\n";
    }
  }
  if (!report.figures.empty()) {
    out += "<h2>" + headings.part(report.figures_title) + "</h2>\n";
    figures(out, report.figures);
  }
  out += "</section>\n";
  if (!report.charts.empty()) {
    out += "<section class=\"part\">\n<h2>" + headings.part(label(context, "charts")) + "</h2>\n";
    for (const auto& chart : report.charts)
      out += "<figure class=\"chart\">" + inline_svg(chart) + "</figure>\n";
    out += "</section>\n";
  }
  if (!report.tables.empty()) {
    out += "<section class=\"part\">\n<h2>" + headings.part(label(context, "tables")) + "</h2>\n";
    for (const auto& t : report.tables)
      block(out, headings.item(t.title), t, t.none);
    out += "</section>\n";
  }
  close_page(out);
  return out;
}

std::string html_document(const render::Document& document, const Context& context)
{
  std::string out;
  open_page(out, context, document.title);
  out += "<section class=\"part\">\n";
  fields(out, document.fields);
  Headings headings(context.lang);
  for (const auto& t : document.tables)
    block(out, t.title.empty() ? std::string() : headings.item(t.title), t,
          t.none.empty() ? context.config.label(context.lang, "words", "none") : t.none);
  out += "</section>\n";
  close_page(out);
  return out;
}

std::string html_table(const render::Table& t, const Context& context)
{
  std::string out;
  out.reserve(64 * 1024 + t.rows.size() * 256);
  open_page(out, context, t.title);
  out += "<section class=\"part\">\n";
  table(out, t, t.none);
  out += "</section>\n";
  close_page(out);
  return out;
}

} // namespace cppcc::documents
