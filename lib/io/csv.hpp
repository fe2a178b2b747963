#pragma once
// CSV as spreadsheets write it (RFC 4180), streamed one record at a time from and to files
// in any encoding of io/encoding.hpp.
#include "io/encoding.hpp"
#include "io/files.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cppcc::io {

struct CsvRecord {
  long line = 0; // physical line (1-based) where the record starts
  std::vector<std::string> fields;
};

// RFC 4180 reader: fields separated by ',', quoted fields may hold commas, doubled quotes and
// newlines; records end at LF or CRLF; a last record without a newline is read; blank lines
// (no fields at all) are skipped, but a line `""` is one empty field. Lenient where Excel is:
// a quote inside an unquoted field, and text after a closing quote, are kept as data.
// Newlines: CRLF inside a quoted field is returned as LF; a lone CR is data everywhere, except
// that one right before the end of the input ends the record like CRLF.
// An unterminated quote is a DataError "FILE:LINE: unterminated quoted field", LINE being
// where the quote opened. Memory is bounded by the largest record, never the file; passing
// the same record to every next() reuses its strings.
// The separator may be another byte: tab-separated text (Excel's "Unicode text") is read
// with '\t' and the same quoting.
class CsvReader {
public:
  // Appends the next chunk of UTF-8 text (whole characters) to its argument; false at
  // the end. Throws as Utf8Source::read does.
  using ReadChunk = std::function<bool(std::string&)>;
  CsvReader(Utf8Source& source, std::string file_name,
            char separator = ','); // file_name for messages
  CsvReader(ReadChunk read, std::function<std::uint64_t()> bytes_read, std::string file_name,
            char separator);
  bool next(CsvRecord& record);     // false at the end
  std::uint64_t bytes_read() const; // of the file, for progress

private:
  bool skip_blank_lines();
  bool read_field(std::string& field); // true when the field ends the record
  void read_quoted(std::string& field);
  bool read_unquoted(std::string& field, std::size_t from);
  bool ensure(std::size_t count);
  bool refill();

  ReadChunk m_read;
  std::function<std::uint64_t()> m_bytes_read;
  std::string m_file_name;
  char m_separator;
  std::string m_buffer;
  std::size_t m_pos = 0;
  std::size_t m_eol = 0; // next LF at or after m_pos, or m_buffer.size(), when m_eol_known
  bool m_eol_known = false;
  bool m_at_end = false;
  long m_line = 1;
};

// Writes CSV records (RFC 4180: CRLF, fields quoted when they hold , " CR or LF; a record of
// one empty field is written `""` so that it does not read back as a blank line) to a file or
// standard output ("-"), encoded as `encoding` (see Utf8Encoder: a character CP936 cannot
// represent is a DataError naming it), with a UTF-8 BOM first when `bom` (UTF-8 only: a BOM
// with another encoding is a UsageError). A new file is created with mode 0600 (exports may
// hold phone numbers) through a PrivateFile, refused when it is one of `protect`; OutputError
// if it cannot be created. Does NOT neutralise formulas: the
// caller decides. Output is buffered; destroying a writer without close() discards the buffer.
class CsvWriter {
public:
  CsvWriter(const std::string& path_or_dash, Encoding encoding, bool bom,
            const ProtectedFiles& protect);
  ~CsvWriter();
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  void write(const std::vector<std::string>& fields);
  void close(); // flushes; throws OutputError on a write failure

private:
  void flush();

  std::string m_name;                // for messages
  std::optional<PrivateFile> m_file; // none: standard output
  bool m_closed = false;
  Utf8Encoder m_encoder;
  std::string m_record;
  std::string m_buffer;
};

} // namespace cppcc::io
