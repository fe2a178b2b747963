#include "render/document.hpp"

#include "util/controls.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <stdexcept>

namespace cppcc::render {

namespace {

// A value's text as plain() writes it; a text's (or date's) own string, without a copy:
// lists run to hundreds of thousands of cells. `scratch` holds a number's text.
inline const std::string& text_of(const Value& value, std::string& scratch)
{
  if (value.kind() == Value::Kind::text || value.kind() == Value::Kind::date) return value.text();
  scratch = plain(value);
  return scratch;
}

// Table cells are one line: newlines shown as ⏎-free spaces keep columns aligned. Control
// characters (ESC…) are shown, never sent to the terminal.
std::string one_line(const std::string& cell)
{
  std::string out;
  for (char c : util::show_controls(cell))
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return out;
}

std::string pad(const std::string& text, std::size_t width, bool right)
{
  const std::size_t used = util::display_width(text);
  const std::string fill(width > used ? width - used : 0, ' ');
  return right ? fill + text : text + fill;
}

std::string aligned(const Table& table)
{
  std::vector<std::size_t> widths;
  for (const auto& column : table.columns)
    widths.push_back(util::display_width(column.label));
  // Each cell as the table shows it, once: the widths and the lines read the same text.
  std::vector<std::vector<std::string>> cells;
  cells.reserve(table.rows.size());
  for (const auto& row : table.rows) {
    auto& shown = cells.emplace_back();
    std::string scratch;
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      shown.push_back(one_line(text_of(row[i], scratch)));
      widths[i] = std::max(widths[i], util::display_width(shown.back()));
    }
  }
  auto line = [&](auto cell_of) {
    std::string out;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      const bool last = i + 1 == table.columns.size();
      const bool right = table.columns[i].type == Type::number;
      std::string cell = pad(cell_of(i), last && !right ? 0 : widths[i], right);
      out += cell + (last ? "" : "  ");
    }
    while (!out.empty() && out.back() == ' ')
      out.pop_back();
    return out + "\n";
  };
  std::string out;
  if (!table.title.empty()) out += table.title + "\n";
  if (table.rows.empty() && !table.none.empty()) return out + table.none + "\n";
  out += line([&](std::size_t i) { return table.columns[i].label; });
  out += line([&](std::size_t i) { return std::string(widths[i], '-'); });
  for (const auto& row : cells)
    out += line([&](std::size_t i) { return i < row.size() ? row[i] : std::string(); });
  return out;
}

std::string csv_cell(const std::string& cell)
{
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_line(const std::vector<std::string>& cells)
{
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i)
    out += (i ? "," : "") + csv_cell(spreadsheet_safe(cells[i]));
  return out + "\r\n";
}

std::string csv_line(const Row& row)
{
  std::string out, scratch;
  for (std::size_t i = 0; i < row.size(); ++i)
    out += (i ? "," : "") + csv_cell(spreadsheet_safe(text_of(row[i], scratch)));
  return out + "\r\n";
}

std::string csv(const Table& table, CsvHeader by = CsvHeader::keys)
{
  std::vector<std::string> header;
  for (const auto& column : table.columns)
    header.push_back(by == CsvHeader::labels && !column.label.empty() ? column.label : column.key);
  std::string out = csv_line(header);
  for (const auto& row : table.rows)
    out += csv_line(row);
  return out;
}

// A field as a key,label,value row.
std::string csv_line(const Field& field)
{
  return csv_line(std::vector<std::string>{field.key, field.label, plain(field.value)});
}

std::string md_cell(const std::string& cell)
{
  std::string out;
  for (char c : cell) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += "<br>";
    else if (c != '\r')
      out += c;
  }
  return out;
}

std::string markdown(const Table& table, int heading_level)
{
  std::string out;
  if (!table.title.empty())
    out += std::string(static_cast<std::size_t>(heading_level), '#') + " " + table.title + "\n\n";
  if (table.rows.empty() && !table.none.empty()) return out + md_cell(table.none) + "\n";
  out += "|";
  for (const auto& column : table.columns)
    out += " " + md_cell(column.label) + " |";
  out += "\n|";
  for (const auto& column : table.columns)
    out += column.type == Type::number ? " ---: |" : " --- |";
  out += "\n";
  static const std::string k_none;
  std::string scratch;
  for (const auto& row : table.rows) {
    out += "|";
    for (std::size_t i = 0; i < table.columns.size(); ++i)
      out += " " + md_cell(i < row.size() ? text_of(row[i], scratch) : k_none) + " |";
    out += "\n";
  }
  return out;
}

// A value in JSON, by its column's or field's type: a number bare (null when empty),
// text quoted, whatever the value holds (a count in a text column is a string).
void append_json_value(std::string& out, const Value& value, Type type)
{
  if (type == Type::number) {
    if (value.empty())
      out += "null";
    else
      append_plain(out, value);
    return;
  }
  if (value.kind() == Value::Kind::text || value.kind() == Value::Kind::date || value.empty())
    util::append_quoted(out, value.text()); // no copy: lists run to many thousands of cells
  else
    util::append_quoted(out, plain(value));
}

std::string json_value(const Value& value, Type type)
{
  std::string out;
  append_json_value(out, value, type);
  return out;
}

// The rows as a JSON list of objects, appended to `out` in place: a year's look back
// alone is tens of thousands of rows.
void append_json_rows(std::string& out, const Table& table, std::string_view indent)
{
  if (table.rows.empty()) {
    out += "[]";
    return;
  }
  std::vector<std::string> keys;
  for (const auto& column : table.columns)
    keys.push_back(util::json_quote(column.key) + ": ");
  static const Value k_empty;
  out += "[\n";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    out += indent;
    out += "  {";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      if (i) out += ", ";
      out += keys[i];
      append_json_value(out, i < row.size() ? row[i] : k_empty, table.columns[i].type);
    }
    out += r + 1 < table.rows.size() ? "},\n" : "}\n";
  }
  out += indent;
  out += "]";
}

} // namespace

namespace {

// "-3", "-2.5": a plain negative number, which a spreadsheet reads as a number and
// never runs; anything more after the sign ("-2+3", "-cmd|…") may be a formula.
bool plain_negative_number(const std::string& cell)
{
  if (cell.size() < 2 || cell[0] != '-') return false;
  bool digits = false, point = false;
  for (std::size_t i = 1; i < cell.size(); ++i) {
    const char c = cell[i];
    if (c >= '0' && c <= '9')
      digits = true;
    else if (c == '.' && !point && digits && i + 1 < cell.size())
      point = true;
    else
      return false;
  }
  return digits;
}

} // namespace

std::string spreadsheet_safe(const std::string& cell)
{
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@') &&
      !plain_negative_number(cell))
    return "'" + cell;
  return cell;
}

namespace {

// The header of key,label,value rows (a record's fields, a report's figures).
std::vector<std::string> field_header(CsvHeader by)
{
  if (by == CsvHeader::labels) return {"指标代码", "指标", "数值"};
  return {"key", "label", "value"};
}

} // namespace

std::size_t Table::column(std::string_view wanted) const
{
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].key == wanted) return i;
  throw std::out_of_range(fmt::format("table {} has no column {}", key, wanted));
}

const Table& table_keyed(const std::vector<Table>& tables, std::string_view key)
{
  for (const auto& table : tables)
    if (table.key == key) return table;
  throw std::out_of_range(fmt::format("no table {}", key));
}

std::string render(const Table& table, Format format, CsvHeader header)
{
  switch (format) {
  case Format::table:
    return aligned(table);
  case Format::csv:
    return csv(table, header);
  case Format::md:
    return markdown(table, 2);
  case Format::json: {
    std::string out;
    append_json_rows(out, table, "");
    return out + "\n";
  }
  }
  return {};
}

std::string render(const Document& document, Format format, CsvHeader header)
{
  std::string out;
  switch (format) {
  case Format::table: {
    std::size_t width = 0;
    for (const auto& field : document.fields)
      width = std::max(width, util::display_width(field.label));
    if (!document.title.empty()) out += util::show_controls(document.title) + "\n";
    for (const auto& field : document.fields) {
      // A multi-line value continues under its first line.
      std::string value;
      for (char c : util::show_controls(plain(field.value)))
        value += c == '\n' ? "\n" + std::string(width + 2, ' ') : std::string(1, c);
      std::string line = pad(field.label, width, false) + "  " + value;
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
        line.pop_back();
      out += line + "\n";
    }
    for (const auto& table : document.tables)
      out += "\n" + aligned(table);
    return out;
  }
  case Format::csv: {
    out += csv_line(field_header(header));
    for (const auto& field : document.fields)
      out += csv_line(field);
    for (const auto& table : document.tables)
      out += "\r\n" + csv(table, header);
    return out;
  }
  case Format::md: {
    if (!document.title.empty()) out += "# " + md_cell(document.title) + "\n\n";
    for (const auto& field : document.fields)
      out += "- **" + md_cell(field.label) +
             "**:" + (field.value.empty() ? "" : " " + md_cell(plain(field.value))) + "\n";
    for (const auto& table : document.tables)
      out += "\n" + markdown(table, 2);
    return out;
  }
  case Format::json: {
    out += "{\n  \"title\": " + util::json_quote(document.title) + ",\n  \"fields\": {";
    for (std::size_t i = 0; i < document.fields.size(); ++i)
      out += std::string(i ? "," : "") + "\n    " + util::json_quote(document.fields[i].key) +
             ": " + json_value(document.fields[i].value, document.fields[i].type);
    out += document.fields.empty() ? "},\n" : "\n  },\n";
    out += "  \"tables\": {";
    for (std::size_t i = 0; i < document.tables.size(); ++i) {
      out += std::string(i ? "," : "") + "\n    " + util::json_quote(document.tables[i].key) + ": ";
      append_json_rows(out, document.tables[i], "    ");
    }
    out += document.tables.empty() ? "}\n}\n" : "\n  }\n}\n";
    return out;
  }
  }
  return out;
}

namespace {

// A number as a chart reads it: 12, 86.4.
std::string chart_number(double value)
{
  return fmt::format("{:.10g}", value);
}

// Mermaid titles and labels are quoted strings: no double quotes inside.
std::string mermaid_text(const std::string& text)
{
  std::string out;
  for (char c : text)
    out += c == '"' ? '\'' : c;
  return out;
}

std::string mermaid(const Chart& chart)
{
  std::string out = "```mermaid\n";
  if (chart.kind == Chart::Kind::pie) {
    out += "pie title " + mermaid_text(chart.title) + "\n";
    for (const auto& [label, value] : chart.data)
      out += "    \"" + mermaid_text(label) + "\" : " + chart_number(value.number()) + "\n";
  } else {
    double top = 0;
    std::vector<std::string> labels, values;
    for (const auto& [label, value] : chart.data) {
      labels.push_back("\"" + mermaid_text(label) + "\"");
      values.push_back(chart_number(value.number()));
      top = std::max(top, value.number());
    }
    out += "xychart-beta\n    title \"" + mermaid_text(chart.title) + "\"\n";
    out += "    x-axis [" + util::join(labels, ", ") + "]\n";
    out += "    y-axis \"" + mermaid_text(chart.y_label) + "\" 0 --> " +
           chart_number(top > 0 ? top : 1) + "\n";
    out += "    bar [" + util::join(values, ", ") + "]\n";
  }
  return out + "```\n";
}

} // namespace

std::string render(const Report& report, Format format, CsvHeader header)
{
  std::string out;
  switch (format) {
  case Format::table: {
    if (!report.title.empty()) out += report.title + "\n\n";
    for (const auto& paragraph : report.summary)
      out += paragraph + "\n";
    Document figures;
    figures.title = report.figures_title;
    for (const auto& f : report.figures)
      figures.fields.push_back({f.key, f.label, f.value.empty() ? Value("—") : f.value, f.type});
    out += (report.summary.empty() ? "" : "\n") + render(figures, Format::table);
    for (const auto& table : report.tables)
      out += "\n" + aligned(table);
    return out;
  }
  case Format::csv: {
    out += csv_line(field_header(header));
    for (const auto& field : report.figures)
      out += csv_line(field);
    return out;
  }
  case Format::md: {
    if (!report.title.empty()) out += "# " + md_cell(report.title) + "\n\n";
    for (const auto& paragraph : report.summary)
      out += md_cell(paragraph) + "\n\n";
    if (!report.figures.empty()) {
      if (!report.figures_title.empty()) out += "## " + md_cell(report.figures_title) + "\n\n";
      out += "| | |\n| --- | ---: |\n";
      for (const auto& f : report.figures)
        out += "| " + md_cell(f.label) + " | " + md_cell(f.value.empty() ? "—" : plain(f.value)) +
               " |\n";
    }
    for (const auto& chart : report.charts)
      out += "\n" + mermaid(chart);
    for (const auto& table : report.tables)
      out += "\n" + markdown(table, 2);
    return out;
  }
  case Format::json: {
    out += "{";
    for (std::size_t i = 0; i < report.head.size(); ++i)
      out += std::string(i ? "," : "") + "\n  " + util::json_quote(report.head[i].key) + ": " +
             json_value(report.head[i].value, report.head[i].type);
    out += std::string(report.head.empty() ? "" : ",") + "\n  \"figures\": {";
    for (std::size_t i = 0; i < report.figures.size(); ++i)
      out += std::string(i ? "," : "") + "\n    " + util::json_quote(report.figures[i].key) + ": " +
             json_value(report.figures[i].value, report.figures[i].type);
    out += report.figures.empty() ? "},\n" : "\n  },\n";
    out += "  \"tables\": {";
    for (std::size_t i = 0; i < report.tables.size(); ++i) {
      out += std::string(i ? "," : "") + "\n    " + util::json_quote(report.tables[i].key) + ": ";
      append_json_rows(out, report.tables[i], "    ");
    }
    out += report.tables.empty() ? "}\n}\n" : "\n  }\n}\n";
    return out;
  }
  }
  return out;
}

} // namespace cppcc::render
