// Excel 97–2003 workbooks (.xls, what WPS saves by default) through libfreexl, which reads
// the whole file into memory when it opens it: the format caps a sheet at 65,536 rows
// and 256 columns, so that stays some tens of megabytes at most. libfreexl converts 8-bit
// strings (BIFF5, and BIFF8's compressed ones) from the workbook's CODEPAGE record, so a
// GBK-era file (codepage 936) reads as UTF-8.
#include "error.hpp"
#include "io/xlsx.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <cmath>
#include <fmt/format.h>
#include <freexl.h>
#include <sys/stat.h>

namespace cppcc::io {

namespace {

constexpr int k_probe_rows = 30;

class Workbook {
public:
  Workbook(const std::string& path, const std::string& name)
  {
    const int result = freexl_open(path.c_str(), &m_handle);
    if (result != FREEXL_OK) {
      freexl_close(m_handle); // freexl wants it closed even when opening failed
      throw DataError(msg::text("io.xls_unreadable", name, result));
    }
    unsigned int count = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0) {
      freexl_close(m_handle);
      throw DataError(msg::text("io.no_worksheet", name));
    }
    for (unsigned int i = 0; i < count; ++i) {
      const char* sheet = nullptr;
      freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &sheet);
      sheets.emplace_back(sheet ? sheet : fmt::format("Sheet{}", i + 1));
    }
  }
  ~Workbook() { freexl_close(m_handle); }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  const void* handle() const { return m_handle; }
  std::vector<std::string> sheets;

private:
  const void* m_handle = nullptr;
};

std::string cell_text(const FreeXL_CellValue& cell)
{
  switch (cell.type) {
  case FREEXL_CELL_INT:
    return fmt::format("{}", cell.value.int_value);
  case FREEXL_CELL_DOUBLE:
    return xlsx::number_text(fmt::format("{}", cell.value.double_value));
  case FREEXL_CELL_TEXT:
  case FREEXL_CELL_SST_TEXT:
  case FREEXL_CELL_DATE:
    return cell.value.text_value ? cell.value.text_value : "";
  case FREEXL_CELL_DATETIME:
  case FREEXL_CELL_TIME: { // "YYYY-MM-DD HH:MM:SS", "HH:MM:SS": seconds only when some
    std::string text = cell.value.text_value ? cell.value.text_value : "";
    if (text.ends_with(":00") && text.size() >= 8) text.resize(text.size() - 3);
    return text;
  }
  default:
    return "";
  }
}

class XlsReader : public TableReader {
public:
  XlsReader(std::unique_ptr<Workbook> book, unsigned short sheet, const std::string& file,
            std::uint64_t size)
      : m_book(std::move(book)), m_sheet(m_book->sheets[sheet]),
        m_name(fmt::format("{} [{}]", file, m_sheet)), m_size(size)
  {
    select(*m_book, sheet, m_rows, m_columns);
  }

  static void select(const Workbook& book, unsigned short sheet, unsigned int& rows,
                     unsigned short& columns)
  {
    rows = 0;
    columns = 0;
    if (freexl_select_active_worksheet(book.handle(), sheet) != FREEXL_OK ||
        freexl_worksheet_dimensions(book.handle(), &rows, &columns) != FREEXL_OK)
      rows = columns = 0;
  }

  // Row `row` (0-based) of the selected sheet.
  static void read_row(const Workbook& book, unsigned int row, unsigned short columns,
                       CsvRecord& record)
  {
    record.line = static_cast<long>(row) + 1;
    record.fields.resize(columns);
    std::size_t used = 0;
    for (unsigned short c = 0; c < columns; ++c) {
      FreeXL_CellValue cell{};
      if (freexl_get_cell_value(book.handle(), row, c, &cell) != FREEXL_OK)
        cell.type = FREEXL_CELL_NULL;
      record.fields[c] = cell_text(cell);
      if (!record.fields[c].empty()) used = c + 1u;
    }
    record.fields.resize(std::max<std::size_t>(used, 1));
  }

  bool next(CsvRecord& record) override
  {
    if (m_row >= m_rows) return false;
    read_row(*m_book, m_row++, m_columns, record);
    return true;
  }
  std::uint64_t bytes_read() const override
  {
    return m_rows == 0 ? m_size : m_size * m_row / m_rows;
  }
  std::uint64_t size() const override { return m_size; }
  std::string describe() const override { return msg::text("io.xls_sheet", m_sheet); }
  const std::string& name() const override { return m_name; }
  Detected rejects_encoding() const override { return {Encoding::utf8, true}; }

private:
  std::unique_ptr<Workbook> m_book;
  std::string m_sheet;
  std::string m_name;
  std::uint64_t m_size;
  unsigned int m_rows = 0, m_row = 0;
  unsigned short m_columns = 0;
};

unsigned short choose(const Workbook& book, const std::string& name, const TableOptions& options)
{
  const auto& sheets = book.sheets;
  if (!options.sheet.empty()) {
    const std::string wanted = util::trim(options.sheet);
    for (std::size_t i = 0; i < sheets.size(); ++i)
      if (util::trim(sheets[i]) == wanted) return static_cast<unsigned short>(i);
    char* end = nullptr;
    const unsigned long number = std::strtoul(wanted.c_str(), &end, 10);
    if (!wanted.empty() && *end == '\0' && number >= 1 && number <= sheets.size())
      return static_cast<unsigned short>(number - 1);
    std::vector<std::string> names;
    for (std::size_t i = 0; i < sheets.size(); ++i)
      names.push_back(msg::text("io.numbered_sheet", i + 1, sheets[i]));
    throw UsageError(msg::text("io.no_such_sheet", name, options.sheet,
                               util::join(names, msg::text("io.sheet_separator"))));
  }
  if (!options.is_header) return 0;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    unsigned int rows = 0;
    unsigned short columns = 0;
    XlsReader::select(book, static_cast<unsigned short>(i), rows, columns);
    CsvRecord record;
    int seen = 0;
    for (unsigned int r = 0; r < rows && seen < k_probe_rows; ++r) {
      XlsReader::read_row(book, r, columns, record);
      if (record.fields.size() == 1 && util::trim(record.fields[0]).empty()) continue;
      ++seen;
      if (options.is_header(record.fields)) return static_cast<unsigned short>(i);
    }
  }
  return 0;
}

} // namespace

std::unique_ptr<TableReader> open_xls(const std::string& path, const std::string& name,
                                      const TableOptions& options)
{
  auto book = std::make_unique<Workbook>(path, name);
  const unsigned short sheet = choose(*book, name, options);
  struct stat st {};
  const std::uint64_t size =
      ::stat(path.c_str(), &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
  return std::make_unique<XlsReader>(std::move(book), sheet, name, size);
}

} // namespace cppcc::io
