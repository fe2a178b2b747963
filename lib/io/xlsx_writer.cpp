#include "io/xlsx_writer.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <optional>
#include <unistd.h>
#include <utility>
#include <xlsxwriter.h>

namespace cppcc::io {

namespace {

constexpr std::size_t k_max_width = 60; // a long body wraps off screen rather than widen
constexpr lxw_row_t k_max_rows = 1048576;

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

struct XlsxWriter::State {
  PrivateFile file;
  std::string path; // for messages
  lxw_workbook* workbook = nullptr;
  lxw_format* bold = nullptr;
  lxw_format* date = nullptr;
  lxw_format* percent = nullptr;
  lxw_worksheet* sheet = nullptr;
  std::string sheet_name;
  std::vector<Column> columns;
  std::vector<std::size_t> widths;
  lxw_row_t row = 0; // the next row to write

  State(const std::filesystem::path& out, const ProtectedFiles& protect)
      : file(out, protect), path(out.string())
  {
  }
};

XlsxWriter::XlsxWriter(const std::filesystem::path& path, const ProtectedFiles& protect)
    : m_state(std::make_unique<State>(path, protect))
{
  State& s = *m_state;
  // libxlsxwriter writes by name: into the PrivateFile's temporary file (or in place, for a
  // device such as /dev/full), which commit() then renames.
  const std::string target = s.file.temporary().empty() ? s.path : s.file.temporary();
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.use_zip64 = LXW_TRUE; // a sheet of long bodies may pass 4 GiB unpacked
  s.workbook = workbook_new_opt(target.c_str(), &options);
  if (s.workbook == nullptr) throw OutputError(msg::text("io.cannot_create_out_of_memory", s.path));
  s.bold = workbook_add_format(s.workbook);
  format_set_bold(s.bold);
  s.date = workbook_add_format(s.workbook);
  format_set_num_format(s.date, "yyyy-mm-dd");
  s.percent = workbook_add_format(s.workbook);
  format_set_num_format(s.percent, "0.0%");
}

XlsxWriter::~XlsxWriter()
{
  if (m_state && m_state->workbook) lxw_workbook_free(m_state->workbook); // nothing written
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
  s.row = 0;
  std::vector<std::string> labels;
  for (const auto& column : s.columns)
    labels.push_back(column.label);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    s.widths[i] = cell_width(labels[i]);
    worksheet_write_string(s.sheet, 0, static_cast<lxw_col_t>(i), labels[i].c_str(), s.bold);
  }
  worksheet_freeze_panes(s.sheet, 1, 0);
  s.row = 1;
}

void XlsxWriter::write_row(const std::vector<std::string>& cells)
{
  State& s = *m_state;
  if (s.row >= k_max_rows)
    throw DataError(msg::text("io.sheet_full", s.path, s.sheet_name, k_max_rows));
  const std::size_t count = std::min(cells.size(), s.columns.size());
  for (std::size_t i = 0; i < count; ++i) {
    const std::string& cell = cells[i];
    if (cell.empty()) continue;
    const auto col = static_cast<lxw_col_t>(i);
    lxw_error error = LXW_NO_ERROR;
    std::size_t width = 0;
    const CellType type = s.columns[i].type;
    std::optional<double> number;
    std::optional<lxw_datetime> date;
    if (type == CellType::date && (date = iso_date(cell))) {
      error = worksheet_write_datetime(s.sheet, s.row, col, &*date, s.date);
      width = 10;
    } else if (type == CellType::percent && cell.ends_with('%') &&
               (number = plain_number(std::string_view(cell).substr(0, cell.size() - 1), true))) {
      error = worksheet_write_number(s.sheet, s.row, col, *number / 100, s.percent);
      width = cell.size() + 2;
    } else if (type == CellType::percent && (number = plain_number(cell, true))) {
      error = worksheet_write_number(s.sheet, s.row, col, *number, s.percent);
      width = 7;
    } else if ((type == CellType::integer || type == CellType::number) &&
               (number = plain_number(cell, type == CellType::number))) {
      error = worksheet_write_number(s.sheet, s.row, col, *number, nullptr);
      width = cell.size();
    } else {
      error = worksheet_write_string(s.sheet, s.row, col, cell.c_str(), nullptr);
      width = cell_width(cell);
    }
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
      throw DataError(msg::text("io.cell_too_long_to_export", s.path, s.sheet_name, s.row + 1,
                                s.columns[i].label, util::code_point_count(cell)));
    if (error != LXW_NO_ERROR)
      throw OutputError(msg::text("io.cannot_write", s.path, lxw_strerror(error)));
    s.widths[i] = std::max(s.widths[i], width);
  }
  ++s.row;
}

void XlsxWriter::finish_sheet()
{
  State& s = *m_state;
  if (s.sheet == nullptr || s.columns.empty()) return;
  const auto last_col = static_cast<lxw_col_t>(s.columns.size() - 1);
  worksheet_autofilter(s.sheet, 0, 0, s.row - 1, last_col);
  for (std::size_t i = 0; i < s.columns.size(); ++i)
    worksheet_set_column(s.sheet, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i),
                         static_cast<double>(std::min(s.widths[i], k_max_width) + 2), nullptr);
  s.sheet = nullptr;
}

void XlsxWriter::close()
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
  s.file.commit();
}

} // namespace cppcc::io
