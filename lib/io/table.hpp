#pragma once
// The table an import reads, whatever kind of file holds it: CSV or tab-separated text
// (UTF-8, GB18030, CP936, or UTF-16 with a byte order mark: Excel's "Unicode text"), an
// .xlsx workbook (io/xlsx.hpp) or an Excel 97–2003 .xls (io/xls.hpp). The kind is told by
// the file's content, never by its name.
#include "io/csv.hpp"
#include "io/encoding.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cppcc::io {

// A table's rows, one record at a time, in the order of the file.
class TableReader {
public:
  virtual ~TableReader();
  // The next row (`line`: its line in a text file, its row number in a sheet, as Excel
  // shows it); false at the end. A row may be blank: the caller skips those.
  virtual bool next(CsvRecord& record) = 0;
  // Of the file, for progress.
  virtual std::uint64_t bytes_read() const = 0;
  virtual std::uint64_t size() const = 0;
  // For the summary: "UTF-8", "GB18030", "UTF-16 text, tab-separated", "xlsx sheet '2024年'".
  virtual std::string describe() const = 0;
  // The file in messages, before ":LINE:": "ledger.csv", "ledger.xlsx [2024年]".
  virtual const std::string& name() const = 0;
  // The encoding a file written for fixing its rows (--rejects) gets: the input's own for
  // 8-bit text; UTF-8 with a byte order mark for a workbook or UTF-16 text (Excel opens
  // that right).
  virtual Detected rejects_encoding() const = 0;
};

struct TableOptions {
  std::optional<Encoding> encoding; // 8-bit text only: a usage error with a workbook
  std::string sheet;                // --sheet NAME|N (1-based); "" = choose
  // True for a row the import recognises as its header: without `sheet`, the first sheet
  // in whose first 30 non-blank rows it is true for a row is read (else the first sheet).
  std::function<bool(const std::vector<std::string>& cells)> is_header;
};

// Opens a file, or standard input for "-" (read once: a workbook from a pipe is spooled to
// an unlinked temporary file first, as a zip archive must be read out of order).
// InputError (66) when it cannot be read; DataError (65) for a file of another kind
// ("FILE: looks like a .docx file: save the table as .xlsx or CSV"), a damaged workbook or
// an archive attack (io/xlsx.hpp); UsageError (2) for --encoding with a workbook or
// UTF-16 text, and for a --sheet the workbook does not have (the message lists its sheets).
std::unique_ptr<TableReader> open_table(const std::string& path_or_dash,
                                        const TableOptions& options);

// The separator of text whose beginning is `text`: '\t' when its first line holding a tab
// or a comma has tabs and no comma, else ','.
char separator_of(std::string_view text);

// What a file starting with `head` looks like when it is no table ("a PDF document"), or
// nothing when it may be one.
std::optional<std::string> foreign_kind(std::string_view head);

} // namespace cppcc::io
