#pragma once
// Tables written as an Excel workbook (.xlsx, through libxlsxwriter): one sheet per table,
// a bold, centred header row frozen above typed cells, an autofilter over the table and column
// widths fitted to the text. The ledger export writes a file of text cells typed by their
// column (write_row); the office's documents (documents/xlsx) write typed values cell by
// cell and take the workbook's bytes.
#include "io/files.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::io {

// How a column's cells are stored by write_row. A cell whose text does not read as its
// column's type (an empty cell, "2024-03-05;2024-04-01" in a date column, "0012" in an
// integer one) is written as text as it is, so that nothing is lost.
enum class CellType {
  text,    // always a string: codes, phone numbers, names
  integer, // "12", "-3": a number; "0012" and "+3" stay text (a code would lose digits)
  number,  // as integer, and "85.5"
  date,    // ISO "YYYY-MM-DD": an Excel date shown as yyyy-mm-dd
  percent, // "0.25" or "25%": the number 0.25 shown as 25.0%
};

// Where a column's numbers and dates stand in their cells.
enum class Align {
  natural, // as Excel puts them: right
  left,    // as text is, in a column of mixed values (a record's fields)
};

struct Column {
  std::string label; // the header cell
  CellType type = CellType::text;
  Align align = Align::natural;
};

// How a workbook's rows are kept until it is written: streamed out as they come to a
// temporary file per sheet (libxlsxwriter's constant-memory mode), so that memory stays
// flat with the table's size, or held in memory, quicker for a small workbook.
enum class Rows { streamed, in_memory };

// What File > Properties shows of a workbook.
struct WorkbookProperties {
  std::string title;
  std::string author;  // who wrote it: the committee's office
  std::string company; // the committee
  std::string date;    // ISO: the date it is dated (its creation time, at midnight UTC)
};

// Text cells are always strings, never formulas: "=1+1" reads
// back as "=1+1"; a text wider than a column may be (60) or with line breaks wraps.
// Errors: OutputError (73) when the workbook cannot be written; DataError (65) for a cell
// Excel cannot hold (over 32,767 characters) or a sheet past 1,048,576 rows.
class XlsxWriter {
public:
  // A workbook written to `path` through a PrivateFile (mode 0600, a temporary file
  // beside it renamed into place by close(), refused when `protect` holds it), its rows
  // streamed.
  XlsxWriter(const std::filesystem::path& path, const ProtectedFiles& protect);
  // A workbook whose bytes close() returns (written through a ScratchFile).
  explicit XlsxWriter(Rows rows);
  ~XlsxWriter();
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  void set_properties(const WorkbookProperties& properties);

  // Starts a new sheet named `name` (at most 31 characters, none of []:*?/\: see
  // sheet_name()) whose first row holds the columns' labels; UsageError for a name Excel
  // refuses.
  void start_sheet(std::string_view name, std::vector<Column> columns);

  // One row of the current sheet from text: a cell per column, stored as the column's
  // type says (missing ones are left empty).
  void write_row(const std::vector<std::string>& cells);

  // The cells of the current row one by one, by column (from 0, each once, left to right);
  // end_row() moves to the next. A cell not written is left empty.
  void text(std::size_t column, const std::string& text);
  // `places` decimals shown (0.0 for 1), or -1 for as many as the number has (General).
  void number(std::size_t column, double value, int places);
  // A percentage: `fraction` 0.864 shown with `places` decimals as 86.4%.
  void percent(std::size_t column, double fraction, int places);
  // An Excel date shown yyyy-mm-dd; text as it is when `iso` is not an ISO date.
  void date(std::size_t column, const std::string& iso);
  void end_row();

  // Finishes every sheet. A workbook to a file is put in place (and "" returned); a
  // workbook to memory returns its bytes.
  std::string close();

private:
  struct State;
  void finish_sheet();
  std::unique_ptr<State> m_state;
};

// Columns the text takes in Excel's default font, roughly: East Asian wide characters
// count two. The widest line counts in a cell with line breaks.
std::size_t cell_width(std::string_view text);

// `wanted` made a sheet name Excel takes, and none of `taken` (compared ignoring ASCII
// case, as Excel does): []:*?/\ become their fullwidth forms (／ for /), line breaks
// spaces, apostrophes and spaces at either end go, at most 31 characters (UTF-16 units)
// are kept (a name too long loses a remark in brackets at its end whole: "区水利局（联系人：
// …）" is 区水利局), and a name already taken gets " (2)", " (3)" …; empty: `fallback`.
// "History", which Excel keeps for itself, counts as taken.
std::string sheet_name(std::string_view wanted, const std::vector<std::string>& taken,
                       std::string_view fallback = "Sheet");

} // namespace cppcc::io
