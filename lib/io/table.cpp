#include "io/table.hpp"

#include "error.hpp"
#include "io/xlsx.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <iconv.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace cppcc::io {

TableReader::~TableReader() = default;

namespace {

// The beginning of a file read to tell its kind (and the separator of text).
constexpr std::size_t k_head = 64 * 1024;
constexpr std::size_t k_chunk = 64 * 1024;
// A workbook from a pipe is spooled to a temporary file up to this size.
constexpr std::uint64_t k_spool_limit = 1024ull * 1024 * 1024;

constexpr std::string_view k_zip = "PK\x03\x04";
constexpr std::string_view k_empty_zip = "PK\x05\x06";
constexpr std::string_view k_ole2 = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

[[noreturn]] void cannot_read(const std::string& name, int error)
{
  throw InputError(msg::text("io.cannot_read", name, util::system_error_text(error)));
}

// Reads up to `size` bytes, fewer only at the end.
std::size_t read_fully(int fd, char* data, std::size_t size, const std::string& name)
{
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::read(fd, data + done, size - done);
    if (n == 0) break;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) cannot_read(name, errno);
    done += static_cast<std::size_t>(n);
  }
  return done;
}

// An input opened, with its first bytes read.
struct Input {
  int fd = -1;
  bool owned = false; // not standard input
  std::string name;   // for messages
  bool regular = false;
  std::string head;

  Input(const std::string& path)
      : owned(path != "-"), name(path == "-" ? msg::text("io.standard_input") : path)
  {
    fd = owned ? ::open(path.c_str(), O_RDONLY | O_CLOEXEC) : STDIN_FILENO;
    if (fd < 0) cannot_read(name, errno);
    struct stat st {};
    const int error = ::fstat(fd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
    if (error != 0) {
      release();
      cannot_read(name, error);
    }
    regular = S_ISREG(st.st_mode);
    head.resize(k_head);
    try {
      head.resize(read_fully(fd, head.data(), head.size(), name));
    } catch (...) {
      release();
      throw;
    }
  }
  ~Input() { release(); }
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;

  // Gives the descriptor away.
  int take()
  {
    owned = false;
    return std::exchange(fd, -1);
  }
  void release()
  {
    if (fd >= 0 && owned) ::close(fd);
    fd = -1;
  }

  // A seekable descriptor of the whole input, for the caller to own: the file itself (a
  // new descriptor, so standard input stays open), or a pipe's bytes spooled to an
  // unlinked temporary file.
  int seekable()
  {
    if (regular) {
      const int copy = owned ? take() : ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
      if (copy < 0) cannot_read(name, errno);
      return copy;
    }
    const int spool = unlinked_temp_file(msg::text("io.temporary_for_piped_workbook"));
    try {
      std::string buffer = std::move(head);
      std::uint64_t total = 0;
      for (;;) {
        const ssize_t w = buffer.empty() ? 0 : ::write(spool, buffer.data(), buffer.size());
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 || static_cast<std::size_t>(w) != buffer.size())
          throw IoError(
              msg::text("io.cannot_spool", name, util::system_error_text(w < 0 ? errno : ENOSPC)));
        total += buffer.size();
        if (total > k_spool_limit) throw DataError(msg::text("io.workbook_too_large", name));
        buffer.resize(k_chunk);
        buffer.resize(read_fully(fd, buffer.data(), buffer.size(), name));
        if (buffer.empty()) break;
      }
      if (::lseek(spool, 0, SEEK_SET) != 0) cannot_read(name, errno);
    } catch (...) {
      ::close(spool);
      throw;
    }
    return spool;
  }
};

bool starts_with_ci(std::string_view text, std::string_view prefix)
{
  return text.size() >= prefix.size() && util::ascii_lower(text.substr(0, prefix.size())) == prefix;
}

// Owns an iconv(3) descriptor.
class Iconv {
public:
  Iconv(const char* to, const char* from) : m_cd(iconv_open(to, from))
  {
    if (m_cd == reinterpret_cast<iconv_t>(-1))
      throw Error(msg::text("io.iconv_cannot_convert", from, to), Exit::internal);
  }
  ~Iconv() { iconv_close(m_cd); }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  iconv_t get() const { return m_cd; }

private:
  iconv_t m_cd;
};

// CSV or tab-separated text in UTF-8, GB18030 or CP936 (Utf8Source decides which).
class TextTable : public TableReader {
public:
  TextTable(Input& input, std::optional<Encoding> forced)
      : m_separator(separator_of(input.head)), m_name(input.name),
        m_source(input.take(), input.name, std::move(input.head), forced),
        m_reader(m_source, m_name, m_separator)
  {
  }
  bool next(CsvRecord& record) override { return m_reader.next(record); }
  std::uint64_t bytes_read() const override { return m_source.bytes_read(); }
  std::uint64_t size() const override { return m_source.file_size(); }
  std::string describe() const override
  {
    const std::string_view encoding = encoding_name(m_source.detected().encoding);
    if (m_separator == '\t') return msg::text("io.tab_separated", encoding);
    return std::string(encoding);
  }
  const std::string& name() const override { return m_name; }
  Detected rejects_encoding() const override { return m_source.detected(); }

private:
  char m_separator;
  std::string m_name;
  Utf8Source m_source;
  CsvReader m_reader;
};

// Text in UTF-16 with a byte order mark (Excel's "Unicode text": tab-separated), turned into
// UTF-8 chunk by chunk.
class Utf16Table : public TableReader {
public:
  Utf16Table(Input& input, bool big_endian)
      : m_name(input.name), m_fd(input.take()), m_owned(m_fd != STDIN_FILENO),
        m_iconv("UTF-8", big_endian ? "UTF-16BE" : "UTF-16LE"), m_raw(std::move(input.head))
  {
    struct stat st {};
    if (::fstat(m_fd, &st) == 0 && S_ISREG(st.st_mode))
      m_size = static_cast<std::uint64_t>(st.st_size);
    m_bytes = m_raw.size();
    m_raw.erase(0, 2); // the byte order mark
    m_offset = 2;
    decode(m_first);
    m_separator = separator_of(m_first);
    m_reader.emplace([this](std::string& out) { return read(out); }, [this] { return m_bytes; },
                     m_name, m_separator);
  }
  ~Utf16Table() override
  {
    if (m_owned) ::close(m_fd);
  }
  Utf16Table(const Utf16Table&) = delete;
  Utf16Table& operator=(const Utf16Table&) = delete;

  bool next(CsvRecord& record) override { return m_reader->next(record); }
  std::uint64_t bytes_read() const override { return m_bytes; }
  std::uint64_t size() const override { return m_size; }
  std::string describe() const override
  {
    return m_separator == '\t' ? msg::text("io.tab_separated", "UTF-16") : "UTF-16";
  }
  const std::string& name() const override { return m_name; }
  Detected rejects_encoding() const override { return {Encoding::utf8, true}; }

private:
  bool read(std::string& out)
  {
    if (!m_first.empty()) {
      out += m_first;
      m_first.clear();
      return true;
    }
    const std::size_t before = out.size();
    while (out.size() == before) {
      if (m_at_end) return false;
      std::string chunk(k_chunk, '\0');
      chunk.resize(read_fully(m_fd, chunk.data(), chunk.size(), m_name));
      m_bytes += chunk.size();
      if (chunk.empty()) {
        m_at_end = true;
        if (!m_raw.empty())
          throw BadText(m_name, msg::text("io.utf16_ends_inside_character", m_offset), 0);
        return false;
      }
      m_raw += chunk;
      decode(out);
    }
    return true;
  }

  // Converts what it can of m_raw, appending to `out`; keeps a character cut at the end.
  void decode(std::string& out)
  {
    char* in = m_raw.data();
    std::size_t in_left = m_raw.size();
    while (in_left > 0) {
      const std::size_t old_size = out.size();
      std::size_t out_left = in_left * 2 + 16;
      out.resize(old_size + out_left);
      char* out_ptr = out.data() + old_size;
      const std::size_t result = iconv(m_iconv.get(), &in, &in_left, &out_ptr, &out_left);
      const int error = errno;
      out.resize(out.size() - out_left);
      if (result != static_cast<std::size_t>(-1) || error == EINVAL) break;
      if (error == E2BIG) continue;
      const std::uint64_t at = m_offset + static_cast<std::uint64_t>(in - m_raw.data());
      throw BadText(m_name, msg::text("io.utf16_bad_character", at), 0);
    }
    const auto used = static_cast<std::size_t>(in - m_raw.data());
    m_offset += used;
    m_raw.erase(0, used);
  }

  std::string m_name;
  int m_fd;
  bool m_owned;
  Iconv m_iconv;
  std::string m_raw;   // bytes not converted yet
  std::string m_first; // the first text, converted to decide the separator
  std::uint64_t m_offset = 0, m_bytes = 0, m_size = 0;
  bool m_at_end = false;
  char m_separator = '\t';
  std::optional<CsvReader> m_reader;
};

// Whether an OLE2 compound file holds a Word or PowerPoint document rather than a workbook:
// the names of its streams (UTF-16LE) say so.
std::optional<std::string> ole_foreign_kind(int fd)
{
  auto utf16 = [](std::string_view ascii) {
    std::string out;
    for (const char c : ascii) {
      out += c;
      out += '\0';
    }
    return out;
  };
  const std::string workbook = utf16("Workbook"), book = utf16("Book"),
                    word = utf16("WordDocument"), powerpoint = utf16("PowerPoint Document");
  bool is_workbook = false, is_word = false, is_powerpoint = false;
  std::string buffer(1 << 20, '\0');
  constexpr std::size_t k_overlap = 64;
  std::uint64_t offset = 0;
  for (int i = 0; i < 64 && !is_workbook; ++i) { // the first 64 MiB
    const ssize_t n = ::pread(fd, buffer.data(), buffer.size(), static_cast<off_t>(offset));
    if (n <= 0) break;
    const std::string_view data(buffer.data(), static_cast<std::size_t>(n));
    is_workbook =
        data.find(workbook) != std::string_view::npos || data.find(book) != std::string_view::npos;
    is_word = is_word || data.find(word) != std::string_view::npos;
    is_powerpoint = is_powerpoint || data.find(powerpoint) != std::string_view::npos;
    if (static_cast<std::size_t>(n) < buffer.size()) break;
    offset += buffer.size() - k_overlap;
  }
  if (is_workbook) return std::nullopt;
  if (is_word) return msg::text("io.kind_doc");
  if (is_powerpoint) return msg::text("io.kind_ppt");
  return std::nullopt;
}

void refuse_encoding(const TableOptions& options, const std::string& name, std::string_view what)
{
  if (options.encoding)
    throw UsageError(msg::text("io.encoding_not_for_kind",
                               util::ascii_lower(encoding_name(*options.encoding)), name, what));
}

[[noreturn]] void refuse_kind(const std::string& name, std::string_view kind)
{
  throw DataError(msg::text("io.looks_like", name, kind));
}

} // namespace

char separator_of(std::string_view text)
{
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    const bool tab = line.find('\t') != std::string_view::npos;
    const bool comma = line.find(',') != std::string_view::npos;
    if (tab || comma) return tab && !comma ? '\t' : ',';
    start = end + 1;
  }
  return ',';
}

std::optional<std::string> foreign_kind(std::string_view head)
{
  if (head.starts_with("%PDF")) return msg::text("io.kind_pdf");
  if (head.starts_with("{\\rtf")) return msg::text("io.kind_rtf");
  if (head.starts_with("\x89PNG")) return msg::text("io.kind_png");
  if (head.starts_with("\xFF\xD8\xFF")) return msg::text("io.kind_jpeg");
  if (head.starts_with("GIF8")) return msg::text("io.kind_gif");
  if (head.starts_with("\x7F"
                       "ELF"))
    return msg::text("io.kind_program");
  if (head.starts_with("\x1F\x8B")) return msg::text("io.kind_gzip");
  if (head.starts_with("Rar!")) return msg::text("io.kind_rar");
  if (head.starts_with("7z\xBC\xAF")) return msg::text("io.kind_7zip");
  std::string_view text = head;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  while (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\r' || text[0] == '\n'))
    text.remove_prefix(1);
  if (starts_with_ci(text, "<!doctype html") || starts_with_ci(text, "<html") ||
      starts_with_ci(text, "<table"))
    return msg::text("io.kind_html");
  if (starts_with_ci(text, "<?xml")) {
    if (head.find("urn:schemas-microsoft-com:office:spreadsheet") != std::string_view::npos)
      return msg::text("io.kind_excel_xml");
    return msg::text("io.kind_xml");
  }
  return std::nullopt;
}

std::unique_ptr<TableReader> open_table(const std::string& path_or_dash,
                                        const TableOptions& options)
{
  Input input(path_or_dash);
  const std::string_view head = input.head;
  const std::string name = input.name;
  if (head.starts_with(k_zip) || head.starts_with(k_empty_zip)) {
    refuse_encoding(options, name, msg::text("io.kind_xlsx_workbook"));
    return open_xlsx(input.seekable(), name, options);
  }
  if (head.starts_with(k_ole2)) {
    refuse_encoding(options, name, msg::text("io.kind_xls_workbook"));
    const int fd = input.seekable();
    struct Closer {
      int fd;
      ~Closer() { ::close(fd); }
    } closer{fd};
    if (const auto kind = ole_foreign_kind(fd)) refuse_kind(name, *kind);
    const std::string path =
        input.regular && path_or_dash != "-" ? path_or_dash : fmt::format("/proc/self/fd/{}", fd);
    return open_xls(path, name, options);
  }
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
    refuse_encoding(options, name, msg::text("io.kind_utf16_text"));
    return std::make_unique<Utf16Table>(input, head.starts_with("\xFE\xFF"));
  }
  if (const auto kind = foreign_kind(head)) refuse_kind(name, *kind);
  return std::make_unique<TextTable>(input, options.encoding);
}

} // namespace cppcc::io
