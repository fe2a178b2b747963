#pragma once
// Excel workbooks as import input: .xlsx (Office Open XML: a zip archive of XML parts, read
// with libzip and expat, streaming) and .xls (Excel 97–2003 BIFF, read with libfreexl).
// Only the thin layer a table needs: sheet names, shared and inline strings, numbers,
// booleans, dates by the cell's number format, cached formula values, merged cells.
//
// An .xlsx is read without ever holding a sheet in memory: its XML is parsed as it
// inflates, row by row; shared strings past 4 MiB go to an unlinked temporary
// file with an index of offsets. Archive attacks are refused with a DataError naming the
// file and what: a part that inflates past its limit (1 GiB for a sheet, 256 MiB for the
// shared strings, 16 MiB for any other part) or more than 500:1 past 64 MiB (a zip
// bomb); an entry whose name leaves the archive (`../`, an absolute path); a truncated
// or damaged archive; a cell past column XFD or row 1,048,576; a DOCTYPE (so no entity
// expansion: billion laughs) or malformed XML in any part, naming the part and its line.
// An .xls is loaded whole by libfreexl (the format caps a sheet at 65,536 rows).
#include "io/table.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace cppcc::io {

// `fd`: the workbook, seekable; the reader takes it over. `name`: the file in messages.
std::unique_ptr<TableReader> open_xlsx(int fd, const std::string& name,
                                       const TableOptions& options);
// `path`: where libfreexl can open it (a /proc/self/fd/N for a spooled pipe).
std::unique_ptr<TableReader> open_xls(const std::string& path, const std::string& name,
                                      const TableOptions& options);

// An unlinked temporary file (in TMPDIR, else /tmp) open for reading and writing;
// IoError when none can be made. `what` says what for in the message.
int unlinked_temp_file(const std::string& what);

namespace xlsx {

// A cell reference ("C7", "XFD1048576"): its 1-based column and row (0 when it has none,
// "C"); nothing when it is not one or lies past XFD or row 1,048,576.
struct CellRef {
  int column = 0;
  long row = 0;
};
std::optional<CellRef> parse_ref(std::string_view ref);

// A number cell's text: whole numbers without ".0" ("45352", "13800138000"); others in
// the shortest form that reads back to the same double, without an exponent for values
// between 1e-6 and 1e15 ("0.1", "1234.5"). Text that is no number is returned as it is.
std::string number_text(std::string_view value);

// Whether number format `id` (with `code`, its format string, for a custom one) shows a
// date or a time: built-in ids 14–22, 27–36, 45–47, 50–58, and custom formats with y, m,
// d, h or s outside quotes, brackets and escapes.
bool is_date_format(int id, std::string_view code);

// An Excel serial date as text: "YYYY-MM-DD", "YYYY-MM-DD HH:MM" (":SS" when it has
// seconds) when it has a time part, "HH:MM" for a time alone (serial below 1). `date1904`:
// the workbook counts from 1904-01-01 (Mac Excel), else from 1899-12-30 (with Excel's
// phantom 1900-02-29 as serial 60). Serials outside 0001–9999 give number_text.
std::string date_text(double serial, bool date1904);

// Parses one worksheet's XML (all of it in `xml`), calling `row` with each row's number
// and cells, as the reader would with no shared strings, styles or merges. For the fuzz
// target and tests: throws DataError as the reader does.
void parse_sheet_xml(std::string_view xml,
                     const std::function<void(long row, const std::vector<std::string>&)>& row);

} // namespace xlsx

} // namespace cppcc::io
