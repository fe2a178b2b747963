#include "io/xlsx_writer.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <unistd.h>
#include <utility>
#include <xlsxwriter.h>

namespace cppcc::io {

namespace {

constexpr std::size_t k_max_width = 60; // a long body wraps off screen rather than widen
constexpr lxw_row_t k_max_rows = 1048576;
constexpr std::uint8_t k_paper_a4 = 9;
// Columns (Excel's width units, about a digit of the default font) that fit across an A4
// page inside the default margins, down and across.
constexpr std::size_t k_portrait_width = 94, k_landscape_width = 141;

bool all_digits(std::string_view text)
{
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A number as a spreadsheet shows it, with no leading zero a code would need kept:
// -?(0|[1-9]\d*)(\.\d+)? of at most 15 digits (what a double holds exactly).
std::optional<double> plain_number(std::string_view text, bool fraction_allowed)
{
  std::string_view digits = text.starts_with('-') ? text.substr(1) : text;
  const auto dot = digits.find('.');
  const std::string_view whole = digits.substr(0, dot);
  if (!all_digits(whole) || (whole.size() > 1 && whole[0] == '0')) return std::nullopt;
  if (dot != std::string_view::npos && (!fraction_allowed || !all_digits(digits.substr(dot + 1))))
    return std::nullopt;
  if (digits.size() > 16) return std::nullopt;
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<lxw_datetime> iso_date(std::string_view text)
{
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const std::string_view y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
  const int year = std::stoi(std::string(y)), month = std::stoi(std::string(m)),
            day = std::stoi(std::string(d));
  static constexpr int k_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > k_days[month - 1])
    return std::nullopt;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return std::nullopt;
  return lxw_datetime{year, month, day, 0, 0, 0.0};
}

// libxlsxwriter reports a failure on standard error as well as in its return value, and
// lib/ never prints (the caller says what failed): its standard error goes to /dev/null
// while it writes the file. Single-threaded here: the export's rows are all written.
class MutedStderr {
public:
  MutedStderr()
  {
    std::fflush(stderr);
    m_saved = ::dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (m_saved >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
    if (null >= 0) ::close(null);
  }
  ~MutedStderr()
  {
    if (m_saved < 0) return;
    ::dup2(m_saved, STDERR_FILENO);
    ::close(m_saved);
  }
  MutedStderr(const MutedStderr&) = delete;
  MutedStderr& operator=(const MutedStderr&) = delete;

private:
  int m_saved = -1;
};

} // namespace

std::size_t cell_width(std::string_view text)
{
  std::size_t widest = 0;
  while (true) {
    const auto end = text.find('\n');
    widest = std::max(widest, util::display_width(text.substr(0, end)));
    if (end == std::string_view::npos) return widest;
    text.remove_prefix(end + 1);
  }
}

namespace {

constexpr double k_line_height = 15; // points: a line of the default font

// The lines `text` takes in a column: its own, each wrapped at the widest a column gets
// (a column holding a text wider than that is that wide).
std::size_t wrapped_lines(std::string_view text)
{
  std::size_t lines = 0;
  while (true) {
    const auto end = text.find('\n');
    const std::size_t width = util::display_width(text.substr(0, end));
    lines += std::max<std::size_t>(1, (width + k_max_width - 1) / k_max_width);
    if (end == std::string_view::npos) return lines;
    text.remove_prefix(end + 1);
  }
}

} // namespace

struct XlsxWriter::State {
  std::optional<PrivateFile> file;    // a workbook to a file
  std::optional<ScratchFile> scratch; // a workbook to memory
  std::string path;                   // for messages
  lxw_workbook* workbook = nullptr;
  lxw_format* bold = nullptr;
  lxw_format* wrap = nullptr;
  std::map<std::pair<std::string, Align>, lxw_format*> formats; // by number format
  lxw_worksheet* sheet = nullptr;
  std::string sheet_name;
  std::vector<Column> columns;
  std::vector<std::size_t> widths;
  lxw_row_t row = 0;         // the next row to write
  std::size_t row_lines = 1; // the most lines a cell of the row wraps to

  void open(const std::string& target, Rows rows)
  {
    lxw_workbook_options options{};
    options.constant_memory = rows == Rows::streamed ? LXW_TRUE : LXW_FALSE;
    options.use_zip64 = LXW_TRUE; // a sheet of long bodies may pass 4 GiB unpacked
    workbook = workbook_new_opt(target.c_str(), &options);
    if (workbook == nullptr) throw OutputError(msg::text("io.cannot_create_out_of_memory", path));
    bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_align(bold, LXW_ALIGN_CENTER); // over text and numbers alike
    wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
  }

  // The format showing a number of `column` as `code` ("0.0%", "yyyy-mm-dd"; "" General),
  // made once per workbook.
  lxw_format* number_format(const std::string& code, std::size_t column)
  {
    const Align align = columns[column].align;
    if (code.empty() && align == Align::natural) return nullptr;
    auto& format = formats[{code, align}];
    if (format != nullptr) return format;
    format = workbook_add_format(workbook);
    if (!code.empty()) format_set_num_format(format, code.c_str());
    if (align == Align::left) format_set_align(format, LXW_ALIGN_LEFT);
    return format;
  }

  // The row cells of `column` go in; false for a column past the sheet's (left out).
  bool takes(std::size_t column) const
  {
    if (row >= k_max_rows)
      throw DataError(msg::text("io.sheet_full", path, sheet_name, k_max_rows));
    return column < columns.size();
  }

  void written(lxw_error error, std::size_t column, std::size_t width, std::string_view text)
  {
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
      throw DataError(msg::text("io.cell_too_long_to_export", path, sheet_name, row + 1,
                                columns[column].label, util::code_point_count(text)));
    if (error != LXW_NO_ERROR)
      throw OutputError(msg::text("io.cannot_write", path, lxw_strerror(error)));
    widths[column] = std::max(widths[column], width);
  }
};

namespace {

// "0.0" for 1 place ("0.0%" as a percentage); "" (General) for -1.
std::string number_code(int places, bool percent)
{
  std::string code = places < 0 ? (percent ? "0" : "") : "0";
  if (places > 0) code += "." + std::string(static_cast<std::size_t>(places), '0');
  return percent ? code + "%" : code;
}

} // namespace

XlsxWriter::XlsxWriter(const std::filesystem::path& path, const ProtectedFiles& protect)
    : m_state(std::make_unique<State>())
{
  State& s = *m_state;
  s.path = path.string();
  s.file.emplace(path, protect);
  // libxlsxwriter writes by name: into the PrivateFile's temporary file (or in place, for a
  // device such as /dev/full), which commit() then renames.
  s.open(s.file->temporary().empty() ? s.path : s.file->temporary(), Rows::streamed);
}

XlsxWriter::XlsxWriter(Rows rows) : m_state(std::make_unique<State>())
{
  State& s = *m_state;
  s.scratch.emplace();
  s.path = s.scratch->path();
  s.open(s.path, rows);
}

XlsxWriter::~XlsxWriter()
{
  if (m_state && m_state->workbook) lxw_workbook_free(m_state->workbook); // nothing written
}

void XlsxWriter::set_properties(const WorkbookProperties& properties)
{
  State& s = *m_state;
  lxw_doc_properties doc{};
  doc.title = const_cast<char*>(properties.title.c_str()); // copied by libxlsxwriter
  doc.author = const_cast<char*>(properties.author.c_str());
  doc.company = const_cast<char*>(properties.company.c_str());
  if (const auto day = iso_date(properties.date)) {
    std::tm tm{};
    tm.tm_year = day->year - 1900;
    tm.tm_mon = day->month - 1;
    tm.tm_mday = day->day;
    doc.created = ::timegm(&tm);
  }
  if (const lxw_error error = workbook_set_properties(s.workbook, &doc))
    throw OutputError(msg::text("io.cannot_write", s.path, lxw_strerror(error)));
}

void XlsxWriter::start_sheet(std::string_view name, std::vector<Column> columns)
{
  State& s = *m_state;
  finish_sheet();
  const std::string sheet_name(name);
  if (const lxw_error error = workbook_validate_sheet_name(s.workbook, sheet_name.c_str()))
    throw UsageError(msg::text("io.bad_sheet_name", sheet_name, lxw_strerror(error)));
  s.sheet = workbook_add_worksheet(s.workbook, sheet_name.c_str());
  if (s.sheet == nullptr) throw OutputError(msg::text("io.cannot_write_out_of_memory", s.path));
  s.sheet_name = sheet_name;
  s.columns = std::move(columns);
  s.widths.assign(s.columns.size(), 0);
  for (std::size_t i = 0; i < s.columns.size(); ++i) {
    const std::string& label = s.columns[i].label;
    s.widths[i] = cell_width(label);
    worksheet_write_string(s.sheet, 0, static_cast<lxw_col_t>(i), label.c_str(), s.bold);
  }
  worksheet_freeze_panes(s.sheet, 1, 0);
  s.row = 1;
}

void XlsxWriter::write_row(const std::vector<std::string>& cells)
{
  State& s = *m_state;
  s.takes(0);
  const std::size_t count = std::min(cells.size(), s.columns.size());
  for (std::size_t i = 0; i < count; ++i) {
    const std::string& cell = cells[i];
    if (cell.empty()) continue;
    const CellType type = s.columns[i].type;
    std::optional<double> number;
    if (type == CellType::date)
      date(i, cell);
    else if (type == CellType::percent && cell.ends_with('%') &&
             (number = plain_number(std::string_view(cell).substr(0, cell.size() - 1), true)))
      percent(i, *number / 100, 1);
    else if (type == CellType::percent && (number = plain_number(cell, true)))
      percent(i, *number, 1);
    else if ((type == CellType::integer || type == CellType::number) &&
             (number = plain_number(cell, type == CellType::number)))
      this->number(i, *number, -1);
    else
      text(i, cell);
  }
  end_row();
}

void XlsxWriter::text(std::size_t column, const std::string& cell)
{
  State& s = *m_state;
  if (!s.takes(column) || cell.empty()) return;
  const std::size_t width = cell_width(cell);
  const std::size_t lines = wrapped_lines(cell);
  s.row_lines = std::max(s.row_lines, lines);
  lxw_format* format = lines > 1 ? s.wrap : nullptr;
  s.written(
      worksheet_write_string(s.sheet, s.row, static_cast<lxw_col_t>(column), cell.c_str(), format),
      column, width, cell);
}

void XlsxWriter::number(std::size_t column, double value, int places)
{
  State& s = *m_state;
  if (!s.takes(column)) return;
  const std::string shown =
      places < 0 ? fmt::format("{}", value) : fmt::format("{:.{}f}", value, places);
  s.written(worksheet_write_number(s.sheet, s.row, static_cast<lxw_col_t>(column), value,
                                   s.number_format(number_code(places, false), column)),
            column, shown.size(), {});
}

void XlsxWriter::percent(std::size_t column, double fraction, int places)
{
  State& s = *m_state;
  if (!s.takes(column)) return;
  const std::string shown = fmt::format("{:.{}f}%", fraction * 100, std::max(places, 0));
  s.written(worksheet_write_number(s.sheet, s.row, static_cast<lxw_col_t>(column), fraction,
                                   s.number_format(number_code(places, true), column)),
            column, shown.size(), {});
}

void XlsxWriter::date(std::size_t column, const std::string& iso)
{
  State& s = *m_state;
  if (!s.takes(column)) return;
  auto day = iso_date(iso);
  if (!day) return text(column, iso);
  s.written(worksheet_write_datetime(s.sheet, s.row, static_cast<lxw_col_t>(column), &*day,
                                     s.number_format("yyyy-mm-dd", column)),
            column, 10, {});
}

void XlsxWriter::end_row()
{
  State& s = *m_state;
  // A row of wrapped text as tall as its lines: no reader has to be asked to fit it.
  if (s.row_lines > 1)
    worksheet_set_row(s.sheet, s.row, k_line_height * static_cast<double>(s.row_lines), nullptr);
  s.row_lines = 1;
  ++s.row;
}

void XlsxWriter::finish_sheet()
{
  State& s = *m_state;
  if (s.sheet == nullptr || s.columns.empty()) return;
  const auto last_col = static_cast<lxw_col_t>(s.columns.size() - 1);
  worksheet_autofilter(s.sheet, 0, 0, s.row - 1, last_col);
  std::size_t total = 0;
  for (std::size_t i = 0; i < s.columns.size(); ++i) {
    const std::size_t width = std::min(s.widths[i], k_max_width) + 2;
    worksheet_set_column(s.sheet, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i),
                         static_cast<double>(width), nullptr);
    total += width;
  }
  // Printed on A4 with the header on every page: across when it is wider than a page
  // down, and shrunk to a page's width unless that would make it too small to read.
  worksheet_set_paper(s.sheet, k_paper_a4);
  worksheet_repeat_rows(s.sheet, 0, 0);
  if (total > k_portrait_width) worksheet_set_landscape(s.sheet);
  if (total <= k_landscape_width * 3 / 2) worksheet_fit_to_pages(s.sheet, 1, 0);
  s.sheet = nullptr;
}

std::string XlsxWriter::close()
{
  State& s = *m_state;
  finish_sheet();
  lxw_workbook* workbook = std::exchange(s.workbook, nullptr);
  errno = 0;
  lxw_error error = LXW_NO_ERROR;
  {
    const MutedStderr muted;
    error = workbook_close(workbook); // frees it, written or not
  }
  const int system_error = errno;
  if (error != LXW_NO_ERROR)
    throw OutputError(
        msg::text("io.cannot_write", s.path,
                  system_error != 0 ? util::system_error_text(system_error) : lxw_strerror(error)));
  if (s.scratch) return s.scratch->read();
  s.file->commit();
  return {};
}

} // namespace cppcc::io
