#include "io/xlsx.hpp"

#include "io/zip.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <exception>
#include <expat.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <zip.h>

namespace cppcc::io {

namespace {

constexpr std::uint64_t k_mib = 1024 * 1024;
constexpr std::uint64_t k_sheet_limit = 1024 * k_mib;
constexpr std::uint64_t k_strings_limit = 256 * k_mib;
constexpr std::uint64_t k_part_limit = 16 * k_mib;
constexpr int k_max_columns = 16384; // XFD
constexpr long k_max_rows = 1048576;
constexpr std::size_t k_cell_limit = k_mib; // Excel holds 32,767 characters in a cell
constexpr std::size_t k_chunk = 64 * 1024;
// Shared strings beyond this many bytes go to a temporary file.
constexpr std::size_t k_strings_in_memory = 4 * k_mib;
constexpr int k_probe_rows = 30; // rows of a sheet searched for the header

std::string mib(std::uint64_t bytes)
{
  return fmt::format("{} MiB", bytes / k_mib);
}

// --- the cell layer ----------------------------------------------------------------------

struct Civil {
  long year;
  unsigned month, day;
};

// Days since 1970-01-01 → civil date (H. Hinnant's algorithm).
Civil civil_from_days(long z)
{
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

constexpr long k_days_1899_12_30 = -25569; // days from 1970-01-01
constexpr long k_days_1904_01_01 = -24107;

} // namespace

namespace xlsx {

std::optional<CellRef> parse_ref(std::string_view ref)
{
  CellRef cell;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    cell.column = cell.column * 26 + (ref[i] - 'A' + 1);
    if (cell.column > k_max_columns) return std::nullopt;
  }
  if (i == 0) return std::nullopt;
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9'; ++i) {
    cell.row = cell.row * 10 + (ref[i] - '0');
    if (cell.row > k_max_rows) return std::nullopt;
  }
  if (i != ref.size()) return std::nullopt;
  return cell;
}

std::string number_text(std::string_view value)
{
  const std::string trimmed = util::trim(value);
  double number = 0;
  const auto [end, ec] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), number);
  if (ec != std::errc() || end != trimmed.data() + trimmed.size() || !std::isfinite(number))
    return std::string(value);
  char buffer[64];
  if (number == std::trunc(number) && std::fabs(number) < 1e15)
    return fmt::format("{}", static_cast<long long>(number));
  const double magnitude = std::fabs(number);
  const auto format =
      magnitude >= 1e-6 && magnitude < 1e15 ? std::chars_format::fixed : std::chars_format::general;
  const auto done = std::to_chars(buffer, buffer + sizeof buffer, number, format);
  return std::string(buffer, done.ptr);
}

bool is_date_format(int id, std::string_view code)
{
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
      (id >= 50 && id <= 58))
    return true;
  if (id < 164) return false; // other built-in ids are numbers, text, currency
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '[') {
      const std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) return false;
      // [h], [mm], [ss]: elapsed time; [Red], [$-804]: not dates
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos)
        return true;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i; // the next character is literal (or a fill/space width)
    } else if (std::strchr("yYmMdDhHsS", c) != nullptr && c != '\0') {
      return true;
    } else if (c == ';') {
      return false; // the format for positive numbers decides
    }
  }
  return false;
}

std::string date_text(double serial, bool date1904)
{
  if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) // 9999-12-31 and before
    return number_text(fmt::format("{}", serial));
  auto days = static_cast<long>(std::floor(serial));
  long seconds = std::lround((serial - static_cast<double>(days)) * 86400.0);
  if (seconds >= 86400) {
    ++days;
    seconds -= 86400;
  }
  std::string time;
  if (seconds != 0) {
    time = fmt::format("{:02}:{:02}", seconds / 3600, seconds / 60 % 60);
    if (seconds % 60 != 0) time += fmt::format(":{:02}", seconds % 60);
  }
  if (days == 0 && !date1904) return time.empty() ? "00:00" : time; // a time alone
  std::string date;
  if (date1904) {
    const Civil c = civil_from_days(k_days_1904_01_01 + days);
    date = fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
  } else if (days == 60) {
    date = "1900-02-29"; // Excel's phantom day (Lotus 1-2-3's leap year bug)
  } else {
    const Civil c = civil_from_days(k_days_1899_12_30 + days + (days < 60 ? 1 : 0));
    date = fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
  }
  return time.empty() ? date : date + " " + time;
}

} // namespace xlsx

int unlinked_temp_file(const std::string& what)
{
  const char* tmpdir = std::getenv("TMPDIR");
  const std::string dir = tmpdir && *tmpdir ? tmpdir : "/tmp";
  int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0) { // a file system without O_TMPFILE
    std::string name = dir + "/cppcc-XXXXXX";
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd >= 0) ::unlink(name.c_str());
  }
  if (fd < 0)
    throw IoError(
        msg::text("io.cannot_make_temporary_file", dir, what, util::system_error_text(errno)));
  return fd;
}

namespace {

// The package: io/zip.hpp.
using Archive = ZipArchive;
using Part = ZipPart;

// --- XML ---------------------------------------------------------------------------------

std::string_view local_name(const char* name)
{
  std::string_view n(name);
  const std::size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const char* attribute(const char** attributes, std::string_view local)
{
  for (; attributes && *attributes; attributes += 2)
    if (local_name(attributes[0]) == local) return attributes[1];
  return nullptr;
}

// An expat parser calling virtual handlers, refusing DOCTYPE (so no entity can be declared,
// let alone expanded), with expat's billion-laughs protection on all the same.
class Xml {
public:
  Xml(std::string where) : m_where(std::move(where)), m_parser(XML_ParserCreate("UTF-8"))
  {
    if (!m_parser) throw std::bad_alloc();
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(
        m_parser,
        [](void* self, const char* name, const char** attributes) {
          static_cast<Xml*>(self)->guard([&](Xml& x) { x.start(local_name(name), attributes); });
        },
        [](void* self, const char* name) {
          static_cast<Xml*>(self)->guard([&](Xml& x) { x.end(local_name(name)); });
        });
    XML_SetCharacterDataHandler(m_parser, [](void* self, const char* text, int length) {
      static_cast<Xml*>(self)->guard(
          [&](Xml& x) { x.text(std::string_view(text, static_cast<std::size_t>(length))); });
    });
    XML_SetStartDoctypeDeclHandler(m_parser,
                                   [](void* self, const char*, const char*, const char*, int) {
                                     auto& x = *static_cast<Xml*>(self);
                                     x.refuse(msg::text("io.xml_doctype"));
                                   });
#ifdef XML_DTD
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(m_parser, 100.0f);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(m_parser, 8 * k_mib);
#endif
  }
  virtual ~Xml()
  {
    XML_ParserFree(m_parser);
  }
  Xml(const Xml&) = delete;
  Xml& operator=(const Xml&) = delete;

  // Parses the next piece; false once a handler has stopped the parser (done()).
  bool feed(const char* data, std::size_t size, bool last)
  {
    if (m_stopped) return false;
    const XML_Status status =
        XML_Parse(m_parser, data, static_cast<int>(size), last ? XML_TRUE : XML_FALSE);
    if (m_error) std::rethrow_exception(std::exchange(m_error, nullptr));
    if (!m_refused.empty())
      throw DataError(
          msg::text("io.xml_refused", m_where, XML_GetCurrentLineNumber(m_parser), m_refused));
    if (m_stopped) return false;
    if (status != XML_STATUS_OK)
      throw DataError(msg::text("io.xml_malformed", m_where, XML_GetCurrentLineNumber(m_parser),
                                XML_ErrorString(XML_GetErrorCode(m_parser))));
    return true;
  }

  // Feeds all of `part`.
  void parse(Part& part)
  {
    std::string buffer(k_chunk, '\0');
    for (;;) {
      const std::size_t n = part.read(buffer.data(), buffer.size());
      if (!feed(buffer.data(), n, n == 0) || n == 0) return;
    }
  }

protected:
  virtual void start(std::string_view name, const char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}
  // Stops the parser: the rest of the part is not wanted.
  void done()
  {
    m_stopped = true;
    XML_StopParser(m_parser, XML_FALSE);
  }
  long line() const
  {
    return static_cast<long>(XML_GetCurrentLineNumber(m_parser));
  }
  const std::string& where() const
  {
    return m_where;
  }

private:
  template <class F> void guard(F f)
  {
    if (m_error || !m_refused.empty()) return;
    try {
      f(*this);
    } catch (...) {
      m_error = std::current_exception();
      XML_StopParser(m_parser, XML_FALSE);
    }
  }
  void refuse(std::string what)
  {
    m_refused = std::move(what);
    XML_StopParser(m_parser, XML_FALSE);
  }

  std::string m_where;
  XML_Parser m_parser;
  std::exception_ptr m_error;
  std::string m_refused;
  bool m_stopped = false;
};

std::string part_where(const Archive& archive, const std::string& part)
{
  return msg::text("io.part_where", archive.name(), part);
}

// --- workbook, relationships, styles, shared strings ---------------------------------------

struct Sheet {
  std::string name;
  std::string part; // "xl/worksheets/sheet1.xml"
};

struct Workbook {
  std::vector<Sheet> sheets;
  bool date1904 = false;
  std::string shared_strings = "xl/sharedStrings.xml";
  std::string styles = "xl/styles.xml";
};

// The part a relationship's target names, from the folder of the part that has it.
std::string resolve_target(std::string_view target, std::string_view folder)
{
  if (target.starts_with('/')) return std::string(target.substr(1));
  std::string path(folder);
  while (target.starts_with("../")) {
    target.remove_prefix(3);
    const std::size_t slash = path.find_last_of('/', path.size() >= 2 ? path.size() - 2 : 0);
    path = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  }
  return path + std::string(target);
}

class WorkbookXml : public Xml {
public:
  using Xml::Xml;
  std::vector<std::pair<std::string, std::string>> sheets; // name, relationship id
  bool date1904 = false;

protected:
  void start(std::string_view name, const char** a) override
  {
    if (name == "sheet") {
      const char* sheet_name = attribute(a, "name");
      const char* id = attribute(a, "id");
      if (sheet_name && id) sheets.emplace_back(sheet_name, id);
    } else if (name == "workbookPr") {
      const char* d = attribute(a, "date1904");
      date1904 = d && (std::string_view(d) == "1" || std::string_view(d) == "true");
    }
  }
  void end(std::string_view name) override
  {
    if (name == "sheets") return; // the definedNames and the rest after are small
  }
};

class RelsXml : public Xml {
public:
  using Xml::Xml;
  struct Rel {
    std::string target, type;
  };
  std::map<std::string, Rel> by_id;

protected:
  void start(std::string_view name, const char** a) override
  {
    if (name != "Relationship") return;
    const char* id = attribute(a, "Id");
    const char* target = attribute(a, "Target");
    const char* type = attribute(a, "Type");
    if (id && target) by_id[id] = {target, type ? type : ""};
  }
  void end(std::string_view) override {}
};

Workbook read_workbook(const Archive& archive)
{
  Workbook book;
  WorkbookXml workbook(part_where(archive, "xl/workbook.xml"));
  {
    Part part(archive, "xl/workbook.xml", k_part_limit);
    workbook.parse(part);
  }
  book.date1904 = workbook.date1904;
  RelsXml rels(part_where(archive, "xl/_rels/workbook.xml.rels"));
  if (archive.has("xl/_rels/workbook.xml.rels")) {
    Part part(archive, "xl/_rels/workbook.xml.rels", k_part_limit);
    rels.parse(part);
  }
  for (const auto& [id, rel] : rels.by_id) {
    if (rel.type.ends_with("/sharedStrings"))
      book.shared_strings = resolve_target(rel.target, "xl/");
    else if (rel.type.ends_with("/styles"))
      book.styles = resolve_target(rel.target, "xl/");
  }
  for (const auto& [name, id] : workbook.sheets) {
    const auto rel = rels.by_id.find(id);
    if (rel == rels.by_id.end()) continue;
    if (!rel->second.type.empty() && !rel->second.type.ends_with("/worksheet"))
      continue; // a chart sheet holds no cells
    book.sheets.push_back({name, resolve_target(rel->second.target, "xl/")});
  }
  if (book.sheets.empty()) throw DataError(msg::text("io.no_worksheet", archive.name()));
  return book;
}

class StylesXml : public Xml {
public:
  using Xml::Xml;
  std::vector<bool> date_styles; // by cellXfs index

protected:
  void start(std::string_view name, const char** a) override
  {
    if (name == "numFmt") {
      const char* id = attribute(a, "numFmtId");
      const char* code = attribute(a, "formatCode");
      if (id && code) m_formats[std::atoi(id)] = code;
    } else if (name == "cellXfs") {
      m_in_cell_xfs = true;
    } else if (name == "xf" && m_in_cell_xfs) {
      const char* id_text = attribute(a, "numFmtId");
      const int id = id_text ? std::atoi(id_text) : 0;
      const auto code = m_formats.find(id);
      date_styles.push_back(xlsx::is_date_format(id, code == m_formats.end() ? "" : code->second));
    }
  }
  void end(std::string_view name) override
  {
    if (name == "cellXfs") done();
  }

private:
  std::map<int, std::string> m_formats;
  bool m_in_cell_xfs = false;
};

// The shared strings: in memory up to k_strings_in_memory bytes, the rest in an unlinked
// temporary file; an offset for each.
class SharedStrings {
public:
  SharedStrings() = default;
  ~SharedStrings()
  {
    if (m_fd >= 0) ::close(m_fd);
  }
  SharedStrings(const SharedStrings&) = delete;
  SharedStrings& operator=(const SharedStrings&) = delete;

  void add(std::string_view text)
  {
    m_offsets.push_back(m_end);
    m_end += text.size();
    if (m_fd < 0 && m_memory.size() + text.size() <= k_strings_in_memory) {
      m_memory.append(text);
      return;
    }
    if (m_fd < 0) m_fd = unlinked_temp_file(msg::text("io.temporary_for_shared_strings"));
    m_pending.append(text);
    if (m_pending.size() >= k_chunk) flush();
  }
  void finish()
  {
    flush();
    m_offsets.push_back(m_end);
  }
  std::size_t count() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
  // String `index` into `out`; false when there is none.
  bool get(std::size_t index, std::string& out) const
  {
    if (index + 1 >= m_offsets.size()) return false;
    const std::uint64_t begin = m_offsets[index], end = m_offsets[index + 1];
    if (end <= m_memory.size()) {
      out.assign(m_memory, begin, end - begin);
      return true;
    }
    out.resize(end - begin);
    std::size_t done = 0;
    while (done < out.size()) {
      const ssize_t n = ::pread(m_fd, out.data() + done, out.size() - done,
                                static_cast<off_t>(begin - m_memory.size() + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0)
        throw IoError(msg::text("io.cannot_read_shared_strings",
                                util::system_error_text(n < 0 ? errno : EIO)));
      done += static_cast<std::size_t>(n);
    }
    return true;
  }

private:
  void flush()
  {
    std::size_t done = 0;
    while (done < m_pending.size()) {
      const ssize_t n = ::write(m_fd, m_pending.data() + done, m_pending.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0)
        throw IoError(msg::text("io.cannot_write_shared_strings", util::system_error_text(errno)));
      done += static_cast<std::size_t>(n);
    }
    m_pending.clear();
  }

  std::vector<std::uint64_t> m_offsets;
  std::uint64_t m_end = 0;
  std::string m_memory;
  std::string m_pending;
  int m_fd = -1;
};

// <si> items: the text of their <t> elements (rich text runs concatenated), not of the
// phonetic guides (<rPh>).
class SharedStringsXml : public Xml {
public:
  SharedStringsXml(std::string where, SharedStrings& strings)
      : Xml(std::move(where)), m_strings(strings)
  {
  }

protected:
  void start(std::string_view name, const char**) override
  {
    if (name == "si") {
      m_text.clear();
      m_in_item = true;
    } else if (name == "rPh") {
      ++m_phonetic;
    } else if (name == "t" && m_in_item && m_phonetic == 0) {
      m_capture = true;
    }
  }
  void end(std::string_view name) override
  {
    if (name == "t") {
      m_capture = false;
    } else if (name == "rPh") {
      --m_phonetic;
    } else if (name == "si") {
      m_strings.add(m_text);
      m_in_item = false;
    }
  }
  void text(std::string_view text) override
  {
    if (!m_capture) return;
    if (m_text.size() + text.size() > k_cell_limit)
      throw DataError(msg::text("io.string_too_long", where(), line(), mib(k_cell_limit)));
    m_text.append(text);
  }

private:
  SharedStrings& m_strings;
  std::string m_text;
  int m_phonetic = 0;
  bool m_in_item = false;
  bool m_capture = false;
};

// --- merged cells --------------------------------------------------------------------------

struct Merge {
  long first_row, last_row;
  int column;
};

// The vertical extent of each merged range (`<mergeCell ref="B3:C5"/>`, after the cells),
// found by a plain scan of the inflated bytes: far cheaper than parsing the sheet twice.
std::vector<Merge> scan_merges(const Archive& archive, const std::string& sheet)
{
  std::vector<Merge> merges;
  Part part(archive, sheet, k_sheet_limit);
  std::string buffer;
  std::string chunk(k_chunk, '\0');
  constexpr std::string_view k_tag = "mergeCell ";
  for (;;) {
    const std::size_t n = part.read(chunk.data(), chunk.size());
    buffer.append(chunk.data(), n);
    std::size_t at = 0, kept = buffer.size() >= 512 ? buffer.size() - 512 : 0;
    for (std::size_t found; (found = buffer.find(k_tag, at)) != std::string::npos;) {
      const std::size_t close = buffer.find('>', found);
      if (close == std::string::npos) {
        kept = std::min(kept, found);
        break;
      }
      at = close;
      const std::string_view element(buffer.data() + found, close - found);
      const std::size_t ref = element.find("ref=\"");
      if (ref == std::string_view::npos) continue;
      const std::size_t ref_end = element.find('"', ref + 5);
      if (ref_end == std::string_view::npos) continue;
      const std::string_view range = element.substr(ref + 5, ref_end - ref - 5);
      const std::size_t colon = range.find(':');
      if (colon == std::string_view::npos) continue;
      const auto from = xlsx::parse_ref(range.substr(0, colon));
      const auto to = xlsx::parse_ref(range.substr(colon + 1));
      if (!from || !to || to->row <= from->row || merges.size() >= k_max_rows) continue;
      merges.push_back({from->row, to->row, from->column});
    }
    if (n == 0) break;
    buffer.erase(0, std::max(kept, std::min(at, buffer.size())));
  }
  std::sort(merges.begin(), merges.end(),
            [](const Merge& a, const Merge& b) { return a.first_row < b.first_row; });
  return merges;
}

// --- the sheet -----------------------------------------------------------------------------

struct Context {
  const SharedStrings* strings = nullptr;
  const std::vector<bool>* date_styles = nullptr;
  bool date1904 = false;
};

class SheetXml : public Xml {
public:
  SheetXml(std::string where, std::string name, const Context& context)
      : Xml(std::move(where)), m_name(std::move(name)), m_context(context)
  {
  }
  std::deque<CsvRecord> rows; // read, not taken yet
  std::vector<CsvRecord> spare;

protected:
  void start(std::string_view name, const char** a) override
  {
    if (name == "row") {
      const char* r = attribute(a, "r");
      long number = m_row + 1;
      if (r) {
        const auto ref = std::string_view(r);
        number = 0;
        const auto [end, ec] = std::from_chars(ref.data(), ref.data() + ref.size(), number);
        if (ec != std::errc() || end != ref.data() + ref.size() || number < 1)
          throw DataError(msg::text("io.bad_row_number", where(), line(), shown_text(ref)));
      }
      if (number > k_max_rows) throw DataError(msg::text("io.past_last_row", m_name, number));
      m_row = number;
      m_next_column = 1;
      if (!spare.empty()) {
        m_record = std::move(spare.back());
        spare.pop_back();
      }
      m_record.line = m_row;
      m_record.fields.clear();
    } else if (name == "c") {
      const char* r = attribute(a, "r");
      int column = m_next_column;
      if (r) {
        const auto ref = xlsx::parse_ref(r);
        if (!ref) throw DataError(msg::text("io.bad_cell_reference", m_name, m_row, shown_text(r)));
        column = ref->column;
      }
      if (column > k_max_columns)
        throw DataError(msg::text("io.cell_past_last_column", m_name, m_row));
      m_column = column;
      const char* t = attribute(a, "t");
      m_type = t ? t : "n";
      const char* s = attribute(a, "s");
      m_style = s ? std::atoi(s) : 0;
      m_value.clear();
      m_in_cell = true;
    } else if (name == "v" && m_in_cell) {
      m_capture = true;
    } else if (name == "is") {
      m_in_inline = true;
    } else if (name == "rPh") {
      ++m_phonetic;
    } else if (name == "t" && m_in_inline && m_phonetic == 0) {
      m_capture = true;
    }
  }

  void end(std::string_view name) override
  {
    if (name == "v" || name == "t") {
      m_capture = false;
    } else if (name == "rPh") {
      --m_phonetic;
    } else if (name == "is") {
      m_in_inline = false;
    } else if (name == "c") {
      m_in_cell = false;
      auto& fields = m_record.fields;
      if (fields.size() < static_cast<std::size_t>(m_column))
        fields.resize(static_cast<std::size_t>(m_column));
      cell_value(fields[static_cast<std::size_t>(m_column - 1)]);
      m_next_column = m_column + 1;
    } else if (name == "row") {
      rows.push_back(std::move(m_record));
      m_record = CsvRecord{};
    } else if (name == "sheetData") {
      done();
    }
  }

  void text(std::string_view text) override
  {
    if (!m_capture) return;
    if (m_value.size() + text.size() > k_cell_limit)
      throw DataError(msg::text("io.cell_too_long", m_name, m_row, mib(k_cell_limit)));
    m_value.append(text);
  }

private:
  void cell_value(std::string& out)
  {
    if (m_type == "s") {
      std::size_t index = 0;
      const auto [end, ec] =
          std::from_chars(m_value.data(), m_value.data() + m_value.size(), index);
      if (!m_context.strings || ec != std::errc() || end != m_value.data() + m_value.size() ||
          !m_context.strings->get(index, out))
        throw DataError(
            msg::text("io.missing_shared_string", m_name, m_row, m_column, shown_text(m_value)));
    } else if (m_type == "inlineStr" || m_type == "str" || m_type == "e") {
      out = m_value; // errors (#N/A, #DIV/0!) as Excel shows them: the import names them
    } else if (m_type == "b") {
      out = m_value == "1" ? "TRUE" : m_value == "0" ? "FALSE" : m_value;
    } else if (m_type == "d") { // ISO 8601 (strict OOXML)
      out = m_value;
      if (out.size() > 10 && out[10] == 'T') {
        out[10] = ' ';
        if (out.ends_with("00:00:00"))
          out.resize(10);
        else if (out.size() >= 16)
          out.resize(16);
      }
    } else if (m_value.empty()) {
      out.clear();
    } else if (is_date_style()) {
      double serial = 0;
      const auto [end, ec] =
          std::from_chars(m_value.data(), m_value.data() + m_value.size(), serial);
      out = ec == std::errc() && end == m_value.data() + m_value.size()
                ? xlsx::date_text(serial, m_context.date1904)
                : m_value;
    } else {
      out = xlsx::number_text(m_value);
    }
  }

  bool is_date_style() const
  {
    const auto* styles = m_context.date_styles;
    return styles && m_style >= 0 && static_cast<std::size_t>(m_style) < styles->size() &&
           (*styles)[static_cast<std::size_t>(m_style)];
  }

  std::string m_name; // "FILE [SHEET]"
  const Context& m_context;
  CsvRecord m_record;
  long m_row = 0;
  int m_column = 0, m_next_column = 1, m_style = 0, m_phonetic = 0;
  std::string m_type, m_value;
  bool m_in_cell = false, m_in_inline = false, m_capture = false;
};

// A workbook: its archive, sheets, styles and shared strings, shared by its sheets' readers.
struct Book {
  std::unique_ptr<Archive> archive;
  Workbook workbook;
  SharedStrings strings;
  std::vector<bool> date_styles;
  Context context;
  std::uint64_t file_size = 0;
};

class SheetReader : public TableReader {
public:
  // `merges`: false when only looking for the header (the merged cells do not matter).
  SheetReader(std::shared_ptr<Book> book, std::size_t sheet, bool merges)
      : m_book(std::move(book)), m_sheet(m_book->workbook.sheets[sheet]),
        m_name(fmt::format("{} [{}]", m_book->archive->name(), m_sheet.name)),
        m_part(*m_book->archive, m_sheet.part, k_sheet_limit),
        m_xml(part_where(*m_book->archive, m_sheet.part), m_name, m_book->context),
        m_buffer(k_chunk, '\0')
  {
    if (merges) m_merges = scan_merges(*m_book->archive, m_sheet.part);
  }

  bool next(CsvRecord& record) override
  {
    while (m_xml.rows.empty()) {
      if (m_done) return false;
      const std::size_t n = m_part.read(m_buffer.data(), m_buffer.size());
      if (!m_xml.feed(m_buffer.data(), n, n == 0) || n == 0) m_done = true;
    }
    m_xml.spare.push_back(std::move(record));
    record = std::move(m_xml.rows.front());
    m_xml.rows.pop_front();
    fill_merged(record);
    return true;
  }
  std::uint64_t bytes_read() const override
  {
    const std::uint64_t size = m_part.size();
    return size == 0 ? 0 : m_part.bytes_read() * m_book->file_size / size;
  }
  std::uint64_t size() const override { return m_book->file_size; }
  std::string describe() const override { return msg::text("io.xlsx_sheet", m_sheet.name); }
  const std::string& name() const override { return m_name; }
  Detected rejects_encoding() const override { return {Encoding::utf8, true}; }

private:
  // A vertically merged cell's value is repeated down its range's first column: a merged
  // 承办单位 or date means the same on each row it spans. The other columns of a range
  // stay empty (a horizontal merge is a title or a heading, not data).
  void fill_merged(CsvRecord& record)
  {
    const long row = record.line;
    while (m_next_merge < m_merges.size() && m_merges[m_next_merge].first_row <= row) {
      const Merge& m = m_merges[m_next_merge++];
      if (m.last_row < row) continue; // its first row was missing
      const auto c = static_cast<std::size_t>(m.column - 1);
      m_active.push_back(
          {m, m.first_row == row && c < record.fields.size() ? record.fields[c] : std::string()});
    }
    std::erase_if(m_active, [row](const auto& a) { return a.first.last_row < row; });
    for (const auto& [m, value] : m_active) {
      if (m.first_row == row) continue;
      const auto c = static_cast<std::size_t>(m.column - 1);
      if (record.fields.size() <= c) record.fields.resize(c + 1);
      if (util::trim(record.fields[c]).empty()) record.fields[c] = value;
    }
  }

  std::shared_ptr<Book> m_book;
  Sheet m_sheet;
  std::string m_name;
  Part m_part;
  SheetXml m_xml;
  std::string m_buffer;
  bool m_done = false;
  std::vector<Merge> m_merges;
  std::size_t m_next_merge = 0;
  std::vector<std::pair<Merge, std::string>> m_active;
};

// What a zip that is no workbook holds, from its parts.
std::string zip_kind(const Archive& archive)
{
  if (archive.has("word/document.xml")) return msg::text("io.kind_docx");
  if (archive.has("ppt/presentation.xml")) return msg::text("io.kind_pptx");
  if (archive.has("mimetype")) {
    Part part(archive, "mimetype", k_part_limit);
    std::string type(256, '\0');
    type.resize(part.read(type.data(), type.size()));
    if (type.find("spreadsheet") != std::string::npos) return msg::text("io.kind_ods");
    if (type.find("text") != std::string::npos) return msg::text("io.kind_odt");
    if (type.find("presentation") != std::string::npos) return msg::text("io.kind_odp");
  }
  if (archive.has("xl/workbook.bin")) return msg::text("io.kind_xlsb");
  return msg::text("io.kind_zip");
}

std::size_t choose_sheet(const std::shared_ptr<Book>& book, const TableOptions& options)
{
  const auto& sheets = book->workbook.sheets;
  if (!options.sheet.empty()) {
    const std::string wanted = util::trim(options.sheet);
    for (std::size_t i = 0; i < sheets.size(); ++i)
      if (sheets[i].name == wanted || util::trim(sheets[i].name) == wanted) return i;
    std::size_t number = 0;
    const auto [end, ec] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), number);
    if (ec == std::errc() && end == wanted.data() + wanted.size() && number >= 1 &&
        number <= sheets.size())
      return number - 1;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < sheets.size(); ++i)
      names.push_back(msg::text("io.numbered_sheet", i + 1, sheets[i].name));
    throw UsageError(msg::text("io.no_such_sheet", book->archive->name(), options.sheet,
                               util::join(names, msg::text("io.sheet_separator"))));
  }
  if (!options.is_header || sheets.size() == 1) return 0;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    SheetReader probe(book, i, /*merges=*/false);
    CsvRecord record;
    for (int rows = 0; rows < k_probe_rows && probe.next(record);) {
      bool blank = true;
      for (const auto& cell : record.fields)
        if (!util::trim(cell).empty()) blank = false;
      if (blank) continue;
      ++rows;
      if (options.is_header(record.fields)) return i;
    }
  }
  return 0;
}

} // namespace

std::unique_ptr<TableReader> open_xlsx(int fd, const std::string& name, const TableOptions& options)
{
  auto book = std::make_shared<Book>();
  struct stat st {};
  if (::fstat(fd, &st) == 0) book->file_size = static_cast<std::uint64_t>(st.st_size);
  book->archive = std::make_unique<Archive>(fd, name);
  const Archive& archive = *book->archive;
  if (!archive.has("xl/workbook.xml") || !archive.has("[Content_Types].xml"))
    throw DataError(msg::text("io.looks_like", name, zip_kind(archive)));
  book->workbook = read_workbook(archive);
  if (archive.has(book->workbook.styles)) {
    StylesXml styles(part_where(archive, book->workbook.styles));
    Part part(archive, book->workbook.styles, k_part_limit);
    styles.parse(part);
    book->date_styles = std::move(styles.date_styles);
  }
  if (archive.has(book->workbook.shared_strings)) {
    SharedStringsXml strings(part_where(archive, book->workbook.shared_strings), book->strings);
    Part part(archive, book->workbook.shared_strings, k_strings_limit);
    strings.parse(part);
  }
  book->strings.finish();
  book->context = {&book->strings, &book->date_styles, book->workbook.date1904};
  const std::size_t sheet = choose_sheet(book, options);
  return std::make_unique<SheetReader>(book, sheet, /*merges=*/true);
}

namespace xlsx {

void parse_sheet_xml(std::string_view xml,
                     const std::function<void(long, const std::vector<std::string>&)>& row)
{
  const Context context;
  SheetXml sheet("sheet.xml", "sheet.xml", context);
  bool more = true;
  for (std::size_t at = 0; more;) {
    const std::size_t n = std::min(xml.size() - at, std::size_t{4096});
    more = sheet.feed(xml.data() + at, n, n == 0) && n != 0;
    at += n;
    for (; !sheet.rows.empty(); sheet.rows.pop_front())
      row(sheet.rows.front().line, sheet.rows.front().fields);
  }
}

} // namespace xlsx

} // namespace cppcc::io
