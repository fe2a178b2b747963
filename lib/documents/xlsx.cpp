#include "documents/xlsx.hpp"

#include "io/xlsx_writer.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace cppcc::documents {

namespace {

using render::Value;

// A percent as the fraction it shows, as near as a double holds it: 86.4 % is 864 / 1000
// (0.864), where 86.4 / 100 is 0.8640000000000001.
double fraction(const Value& percent)
{
  const double scale = std::pow(10.0, percent.places());
  return std::round(percent.number() * scale) / (scale * 100);
}

// A value in the current row's cell of `column`: numbers as numbers with the places they
// are shown with, a percent as its fraction (86.4 → 0.864, shown 86.4%), a date as a date.
void put(io::XlsxWriter& writer, std::size_t column, const Value& value)
{
  switch (value.kind()) {
  case Value::Kind::empty:
    return;
  case Value::Kind::text:
    return writer.text(column, value.text());
  case Value::Kind::integer:
    return writer.number(column, static_cast<double>(value.as_integer()), 0);
  case Value::Kind::decimal:
    return writer.number(column, value.number(),
                         value.shown() == Value::Places::fixed ? value.places() : -1);
  case Value::Kind::percent:
    return writer.percent(column, fraction(value), value.places());
  case Value::Kind::date:
    return writer.date(column, value.text());
  }
}

// Up to this many cells a workbook's rows are held in memory until it is written (a
// report: quicker), past it streamed (a list of every proposal: memory stays flat).
constexpr std::size_t k_cells_in_memory = 200000;

std::size_t cells(const render::Table& table)
{
  return table.rows.size() * table.columns.size();
}

std::size_t cells(const std::vector<render::Table>& tables)
{
  std::size_t count = 0;
  for (const auto& table : tables)
    count += cells(table);
  return count;
}

// A label without the "(%)" a text table needs for its bare numbers: a percentage cell
// shows its own sign (立案率（%） 86.4 % reads 立案率 86.4 %).
std::string without_percent_sign(std::string_view label)
{
  for (const std::string_view sign : {"（%）", " (%)", "(%)", " %", "%"})
    if (label.size() > sign.size() && label.substr(label.size() - sign.size()) == sign)
      return std::string(label.substr(0, label.size() - sign.size()));
  return std::string(label);
}

// Whether column `c` of `table` holds percentages (every value it has is one).
bool percents(const render::Table& table, std::size_t c)
{
  bool any = false;
  for (const auto& row : table.rows) {
    if (c >= row.size() || row[c].empty()) continue;
    if (row[c].kind() != render::Value::Kind::percent) return false;
    any = true;
  }
  return any;
}

// A workbook of sheets named after what they hold, each name once.
class Book {
public:
  Book(const Context& context, const std::string& title, std::size_t cells)
      : m_context(context),
        m_writer(cells <= k_cells_in_memory ? io::Rows::in_memory : io::Rows::streamed)
  {
    const std::string& committee = committee_of(context);
    m_writer.set_properties({title, committee, committee, context.date});
  }

  // A sheet of labelled values: a report's figures, a record's fields.
  void fields(std::string_view name, const std::vector<render::Field>& fields)
  {
    start(name, {{label("field")}, {label("value"), io::CellType::text, io::Align::left}});
    for (const auto& field : fields) {
      m_writer.text(0, field.value.kind() == render::Value::Kind::percent
                           ? without_percent_sign(field.label)
                           : field.label);
      put(m_writer, 1, field.value);
      m_writer.end_row();
    }
  }

  // A sheet of `table`, named after its title, else `fallback`, else its key's.
  void table(const render::Table& table, std::string_view fallback = {})
  {
    const std::string name = !table.title.empty() ? table.title
                             : !fallback.empty()  ? std::string(fallback)
                                                  : lists_label(table.key);
    std::vector<io::Column> columns;
    columns.reserve(table.columns.size());
    for (std::size_t c = 0; c < table.columns.size(); ++c)
      columns.push_back({percents(table, c) ? without_percent_sign(table.columns[c].label)
                                            : table.columns[c].label});
    start(name, std::move(columns));
    for (const auto& row : table.rows) {
      for (std::size_t i = 0; i < row.size(); ++i)
        put(m_writer, i, row[i]);
      m_writer.end_row();
    }
  }

  std::string close() { return m_writer.close(); }

private:
  void start(std::string_view wanted, std::vector<io::Column> columns)
  {
    m_names.push_back(io::sheet_name(wanted, m_names));
    m_writer.start_sheet(m_names.back(), std::move(columns));
  }
  std::string label(std::string_view word) const
  {
    return m_context.config.label(m_context.lang, "words", word);
  }
  std::string lists_label(std::string_view key) const
  {
    return m_context.config.label(m_context.lang, "lists", key);
  }

  const Context& m_context;
  io::XlsxWriter m_writer; // to memory
  std::vector<std::string> m_names;
};

} // namespace

std::string xlsx_report(const render::Report& report, const Context& context)
{
  Book book(context, report.title, cells(report.tables));
  if (!report.figures.empty())
    book.fields(report.figures_title.empty() ? report.title : report.figures_title, report.figures);
  for (const auto& table : report.tables)
    book.table(table);
  return book.close();
}

std::string xlsx_document(const render::Document& document, const Context& context)
{
  Book book(context, document.title, cells(document.tables));
  if (!document.fields.empty()) book.fields(document.title, document.fields);
  for (const auto& table : document.tables)
    book.table(table, document.title);
  return book.close();
}

std::string xlsx_table(const render::Table& table, const Context& context)
{
  Book book(context,
            table.title.empty() ? context.config.label(context.lang, "lists", table.key)
                                : table.title,
            cells(table));
  book.table(table);
  return book.close();
}

} // namespace cppcc::documents
