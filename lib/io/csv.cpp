#include "io/csv.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

namespace cppcc::io {

namespace {

constexpr std::size_t k_flush_size = 64 * 1024;

long count_newlines(const char* data, std::size_t size)
{
  long count = 0;
  const char* end = data + size;
  while (const void* lf = std::memchr(data, '\n', static_cast<std::size_t>(end - data))) {
    ++count;
    data = static_cast<const char*>(lf) + 1;
  }
  return count;
}

// Appends quoted text with CRLF turned into LF; a CR ending the text appended before pairs
// with an LF starting this piece (the two were split between chunks).
void append_quoted_text(std::string& field, const char* text, std::size_t size)
{
  const char* end = text + size;
  if (size > 0 && *text == '\n' && !field.empty() && field.back() == '\r') field.pop_back();
  while (const void* found = std::memchr(text, '\r', static_cast<std::size_t>(end - text))) {
    const char* cr = static_cast<const char*>(found);
    const bool crlf = cr + 1 < end && cr[1] == '\n';
    field.append(text, crlf ? cr : cr + 1);
    text = cr + 1;
  }
  field.append(text, end);
}

// Drops a CR that (with the LF or end of input after it) ends a record.
void strip_final_cr(std::string& field, std::size_t unquoted_from)
{
  if (field.size() > unquoted_from && field.back() == '\r') field.pop_back();
}

bool needs_quotes(std::string_view field)
{
  for (const char special : {',', '"', '\n', '\r'})
    if (field.find(special) != std::string_view::npos) return true;
  return false;
}

// Appends `field`, quoted (with its quotes doubled) when it holds , " CR or LF.
void append_csv_field(std::string& out, std::string_view field)
{
  if (!needs_quotes(field)) {
    out += field;
    return;
  }
  out += '"';
  for (std::size_t quote; (quote = field.find('"')) != std::string_view::npos;) {
    out.append(field.substr(0, quote + 1));
    out += '"';
    field.remove_prefix(quote + 1);
  }
  out += field;
  out += '"';
}

} // namespace

CsvReader::CsvReader(Utf8Source& source, std::string file_name, char separator)
    : CsvReader([&source](std::string& out) { return source.read(out); },
                [&source] { return source.bytes_read(); }, std::move(file_name), separator)
{
}

CsvReader::CsvReader(ReadChunk read, std::function<std::uint64_t()> bytes_read,
                     std::string file_name, char separator)
    : m_read(std::move(read)), m_bytes_read(std::move(bytes_read)),
      m_file_name(std::move(file_name)), m_separator(separator)
{
}

bool CsvReader::next(CsvRecord& record)
{
  if (!skip_blank_lines()) return false;
  record.line = m_line;
  std::size_t count = 0;
  for (bool end = false; !end;) {
    if (count == record.fields.size()) record.fields.emplace_back();
    std::string& field = record.fields[count++];
    field.clear();
    end = read_field(field);
  }
  record.fields.resize(count);
  for (std::size_t i = 0; i < count; ++i) // no text has one; SQLite and C strings end there
    if (record.fields[i].find('\0') != std::string::npos)
      throw DataError(msg::text("io.csv_nul_byte", m_file_name, record.line, i + 1));
  return true;
}

std::uint64_t CsvReader::bytes_read() const
{
  return m_bytes_read();
}

// Skips empty lines; false at the end of the input.
bool CsvReader::skip_blank_lines()
{
  for (;;) {
    if (!ensure(1)) return false;
    const char c = m_buffer[m_pos];
    if (c == '\n') {
      ++m_pos;
      ++m_line;
    } else if (c == '\r' && (!ensure(2) || m_buffer[m_pos + 1] == '\n')) {
      m_pos = std::min(m_pos + 2, m_buffer.size());
      ++m_line;
    } else {
      return true;
    }
  }
}

bool CsvReader::read_field(std::string& field)
{
  if (!ensure(1)) return true; // the input ends right after a comma: an empty last field
  if (m_buffer[m_pos] == '"') {
    ++m_pos;
    read_quoted(field);
  }
  return read_unquoted(field, field.size());
}

// Reads a quoted field's content up to and including its closing quote.
void CsvReader::read_quoted(std::string& field)
{
  const long open_line = m_line;
  for (;;) {
    if (m_pos == m_buffer.size() && !refill())
      throw DataError(msg::text("io.csv_unterminated_quote", m_file_name, open_line));
    const char* begin = m_buffer.data() + m_pos;
    const std::size_t available = m_buffer.size() - m_pos;
    const auto* quote = static_cast<const char*>(std::memchr(begin, '"', available));
    const std::size_t length = quote ? static_cast<std::size_t>(quote - begin) : available;
    append_quoted_text(field, begin, length);
    m_line += count_newlines(begin, length);
    m_pos += length;
    if (!quote) continue;
    ++m_pos;
    if (!ensure(1) || m_buffer[m_pos] != '"') break;
    field += '"'; // a doubled quote
    ++m_pos;
  }
}

// Reads unquoted text into `field` (whose first `from` bytes came from quotes) up to a comma
// (false) or the end of the record (true).
bool CsvReader::read_unquoted(std::string& field, std::size_t from)
{
  for (;;) {
    if (m_pos == m_buffer.size() && !refill()) {
      strip_final_cr(field, from);
      return true;
    }
    if (!m_eol_known || m_eol < m_pos) {
      const void* lf = std::memchr(m_buffer.data() + m_pos, '\n', m_buffer.size() - m_pos);
      m_eol = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - m_buffer.data())
                 : m_buffer.size();
      m_eol_known = true;
    }
    const char* begin = m_buffer.data() + m_pos;
    const auto* comma = static_cast<const char*>(std::memchr(begin, m_separator, m_eol - m_pos));
    if (comma) {
      field.append(begin, comma);
      m_pos += static_cast<std::size_t>(comma - begin) + 1;
      return false;
    }
    field.append(begin, m_eol - m_pos);
    m_pos = m_eol;
    if (m_eol < m_buffer.size()) {
      ++m_pos;
      ++m_line;
      strip_final_cr(field, from);
      return true;
    }
  }
}

// Makes `count` bytes available at m_pos; false if the input ends first.
bool CsvReader::ensure(std::size_t count)
{
  while (m_buffer.size() - m_pos < count)
    if (!refill()) return false;
  return true;
}

// Drops the consumed part of the buffer and appends the next chunk; false at the end.
bool CsvReader::refill()
{
  if (m_at_end) return false;
  m_buffer.erase(0, m_pos);
  m_pos = 0;
  m_eol_known = false;
  try {
    if (!m_read(m_buffer)) m_at_end = true;
  } catch (const BadText& e) { // the text before the bad bytes is in the buffer
    const long line = m_line + count_newlines(m_buffer.data(), m_buffer.size()) + e.lines_after;
    throw DataError(msg::text("io.at_line", m_file_name, line, e.detail));
  }
  return !m_at_end;
}

CsvWriter::CsvWriter(const std::string& path_or_dash, Encoding encoding, bool bom,
                     const ProtectedFiles& protect)
    : m_name(path_or_dash == "-" ? msg::text("io.standard_output") : path_or_dash),
      m_encoder(encoding)
{
  if (bom && encoding != Encoding::utf8)
    throw UsageError(msg::text("io.bom_only_utf8", encoding_name(encoding)));
  if (path_or_dash != "-") m_file.emplace(path_or_dash, protect); // whole, 0600, on close()
  if (bom) m_buffer = "\xEF\xBB\xBF";
}

CsvWriter::~CsvWriter() = default;

void CsvWriter::write(const std::vector<std::string>& fields)
{
  m_record.clear();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) m_record += ',';
    append_csv_field(m_record, fields[i]);
  }
  if (fields.size() == 1 && fields[0].empty()) m_record = "\"\"";
  m_record += "\r\n";
  m_encoder.encode(m_record, m_buffer);
  if (m_buffer.size() >= k_flush_size) flush();
}

void CsvWriter::close()
{
  if (m_closed) return;
  flush();
  m_closed = true;
  if (m_file) m_file->commit();
}

void CsvWriter::flush()
{
  if (m_file) {
    m_file->write(m_buffer);
    m_buffer.clear();
    return;
  }
  std::size_t done = 0;
  while (done < m_buffer.size()) {
    const ssize_t n = ::write(STDOUT_FILENO, m_buffer.data() + done, m_buffer.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0)
      throw OutputError(msg::text("io.cannot_write", m_name, util::system_error_text(errno)));
    done += static_cast<std::size_t>(n);
  }
  m_buffer.clear();
}

} // namespace cppcc::io
