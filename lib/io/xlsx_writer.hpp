#pragma once
// Tables written as an Excel workbook (.xlsx, through libxlsxwriter): one sheet per table,
// a bold header row frozen above typed cells, an autofilter over the table and column
// widths fitted to the text. Exports use it, and reports can.
#include "io/files.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::io {

// How a column's cells are stored. A cell whose text does not read as its column's type
// (an empty cell, "2024-03-05;2024-04-01" in a date column, "0012" in an integer one) is
// written as text as it is, so that nothing is lost.
enum class CellType {
  text,    // always a string: codes, phone numbers, names
  integer, // "12", "-3": a number; "0012" and "+3" stay text (a code would lose digits)
  number,  // as integer, and "85.5"
  date,    // ISO "YYYY-MM-DD": an Excel date shown as yyyy-mm-dd
  percent, // "0.25" or "25%": the number 0.25 shown as 25.0%
};

struct Column {
  std::string label; // the header cell
  CellType type = CellType::text;
};

// Writes `path` through a PrivateFile (mode 0600, a temporary file beside it renamed into
// place by close(), refused when `protect` holds it). Rows stream to disk as they come
// (libxlsxwriter's constant-memory mode), so memory stays flat with the table's size.
// Text cells are always strings, never formulas: "=1+1" reads back as "=1+1".
// Errors: OutputError (73) when the file cannot be written; DataError (65) for a cell
// Excel cannot hold (over 32,767 characters) or a sheet past 1,048,576 rows.
class XlsxWriter {
public:
  XlsxWriter(const std::filesystem::path& path, const ProtectedFiles& protect);
  ~XlsxWriter();
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  // Starts a new sheet named `name` (at most 31 characters, none of []:*?/\) whose first
  // row holds the columns' labels.
  void start_sheet(std::string_view name, std::vector<Column> columns);
  // One row of the current sheet: a cell per column (missing ones are left empty).
  void write_row(const std::vector<std::string>& cells);
  // Finishes every sheet and puts the file in place.
  void close();

private:
  struct State;
  void finish_sheet();
  std::unique_ptr<State> m_state;
};

// Columns the text takes in Excel's default font, roughly: East Asian wide characters
// count two. The widest line counts in a cell with line breaks.
std::size_t cell_width(std::string_view text);

} // namespace cppcc::io
