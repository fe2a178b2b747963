#include "documents/docx.hpp"

#include "documents/chart_painter.hpp"
#include "documents/docx_package.hpp"
#include "documents/settings.hpp"
#include "documents/wordml.hpp"
#include "io/dates.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <future>
#include <optional>

namespace cppcc::documents {

namespace {

constexpr long k_emu_per_twip = 635;
constexpr long k_chart_width_emu = 150 * 36000; // 150 mm, inside the page's 156

std::string label(const Context& context, std::string_view key)
{
  return context.config.label(context.lang, "documents", key);
}

std::string replaced(std::string text, std::string_view name, std::string_view value)
{
  for (std::size_t at = text.find(name); at != std::string::npos;
       at = text.find(name, at + value.size()))
    text.replace(at, name.size(), value);
  return text;
}

std::vector<std::string> signature_lines(const Context& context)
{
  std::vector<std::string> out;
  for (const auto& line : settings(context.config).signature(context.lang))
    out.push_back(replaced(line, "{committee}", committee_of(context)));
  return out;
}

// A document's body as it is written, with the pictures it shows.
class Writer {
public:
  explicit Writer(const Context& context)
      : m_context(context), m_settings(settings(context.config)),
        m_body(m_settings.text_width_twips,
               context.lang == config::Lang::zh ? Numbering::chinese : Numbering::decimal)
  {
  }

  WordBody& body() { return m_body; }

  // Starts drawing the charts, on a thread of their own while the text is written (the
  // painter the command started early, else one of this document's).
  void draw(const std::vector<render::Chart>& charts)
  {
    m_charts = &charts;
    m_placed.assign(charts.size(), false);
    if (charts.empty()) return;
    ChartPainter* painter = m_context.painter;
    if (!painter) painter = &m_own_painter.emplace(m_context.config);
    m_drawing = painter->paint(charts);
  }

  // The charts titled `title` not yet shown, each a picture with its caption.
  void charts_titled(std::string_view title)
  {
    for (std::size_t i = 0; i < m_placed.size(); ++i)
      if (!m_placed[i] && (*m_charts)[i].title == title) place(i);
  }

  // The charts no table called for, under a heading of their own.
  void other_charts()
  {
    if (std::all_of(m_placed.begin(), m_placed.end(), [](bool placed) { return placed; })) return;
    m_body.heading(1, label(m_context, "charts"));
    for (std::size_t i = 0; i < m_placed.size(); ++i)
      if (!m_placed[i]) place(i);
  }

  // A table under its title as a heading, or the table's "none" when it has no rows.
  void section(const render::Table& table)
  {
    if (!table.title.empty()) m_body.heading(1, table.title);
    if (table.rows.empty())
      m_body.paragraph(table.none.empty() ? label(m_context, "none") : table.none);
    else
      m_body.table(table);
    charts_titled(table.title);
  }

  std::string finish(std::string_view title)
  {
    m_body.signature(signature_lines(m_context), date_line(m_context.date, m_context.lang));
    std::vector<Png> drawn = m_drawing.valid() ? m_drawing.get() : std::vector<Png>();
    std::vector<Png> pictures;
    for (const std::size_t i : m_order)
      pictures.push_back(std::move(drawn[i]));
    return docx_package(m_settings, m_body.xml(), pictures,
                        {std::string(title), committee_of(m_context), m_context.date});
  }

private:
  void place(std::size_t i)
  {
    m_placed[i] = true;
    const ChartSize size = docx_chart_size((*m_charts)[i]);
    const long width = std::min(k_chart_width_emu, m_settings.text_width_twips * k_emu_per_twip);
    m_body.picture(picture_relationship(m_order.size()), width, width * size.height / size.width,
                   (*m_charts)[i].title);
    m_order.push_back(i);
    const std::string caption = replaced(
        replaced(label(m_context, "figure_caption"), "{n}", std::to_string(m_order.size())),
        "{title}", (*m_charts)[i].title);
    m_body.paragraph(caption, style::caption);
  }

  const Context& m_context;
  const Settings& m_settings;
  WordBody m_body;
  const std::vector<render::Chart>* m_charts = nullptr;
  std::optional<ChartPainter> m_own_painter;
  std::future<std::vector<Png>> m_drawing; // declared after the painter: waited for before it goes
  std::vector<bool> m_placed;
  std::vector<std::size_t> m_order; // the charts in the order shown
};

} // namespace

std::string date_line(std::string_view iso, config::Lang lang)
{
  static const char* const k_months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
  const auto date = io::from_iso(iso);
  if (!date) return std::string(iso);
  if (lang == config::Lang::zh)
    return fmt::format("{}年{}月{}日", date->year, date->month, date->day);
  return fmt::format("{} {} {}", date->day, k_months[date->month - 1], date->year);
}

std::string docx_report(const render::Report& report, const Context& context)
{
  Writer w(context);
  w.draw(report.charts);
  WordBody& body = w.body();
  body.title(report.title);
  for (const auto& paragraph : report.summary)
    body.paragraph(paragraph);
  if (!report.figures.empty()) {
    body.heading(1,
                 report.figures_title.empty() ? label(context, "figures") : report.figures_title);
    body.grid(report.figures);
  }
  for (const auto& table : report.tables)
    w.section(table);
  w.other_charts();
  return w.finish(report.title);
}

std::string docx_document(const render::Document& document, const Context& context)
{
  Writer w(context);
  WordBody& body = w.body();
  body.title(document.title);
  if (!document.fields.empty()) {
    body.heading(1, label(context, "fields"));
    body.grid(document.fields);
  }
  for (const auto& table : document.tables)
    w.section(table);
  return w.finish(document.title);
}

std::string docx_table(const render::Table& table, const Context& context)
{
  Writer w(context);
  const std::string title = table.title.empty() ? label(context, "list") : table.title;
  w.body().title(title);
  if (table.rows.empty())
    w.body().paragraph(table.none.empty() ? label(context, "none") : table.none);
  else
    w.body().table(table);
  return w.finish(title);
}

std::string docx_letter(const Letter& letter, const Context& context)
{
  const Settings& s = settings(context.config);
  WordBody body(s.text_width_twips);
  body.title(letter.title);
  if (!letter.addressee.empty()) body.paragraph(letter.addressee, style::addressee);
  for (const auto& paragraph : letter.opening)
    body.paragraph(paragraph);
  if (!letter.table.columns.empty()) body.table(letter.table);
  for (const auto& paragraph : letter.closing)
    body.paragraph(paragraph);
  body.signature(letter.signature, date_line(letter.date, context.lang));
  return docx_package(s, body.xml(), {}, {letter.title, committee_of(context), letter.date});
}

} // namespace cppcc::documents
