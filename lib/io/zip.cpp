#include "io/zip.hpp"

#include "error.hpp"
#include "io/encoding.hpp"
#include "util/messages.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unistd.h>

namespace cppcc::io {

namespace {

constexpr std::uint64_t k_mib = 1024 * 1024;
// Past this many inflated bytes a part may not be compressed more than k_max_ratio:1
// (XML compresses 5–50:1, a ledger with long runs of empty cells some 200:1; deflate
// at its best reaches some 1000:1, which is what a bomb is made of).
constexpr std::uint64_t k_ratio_from = 64 * k_mib;
constexpr std::uint64_t k_max_ratio = 500;
// Entries smaller than this are stored, whatever is asked.
constexpr std::size_t k_stored_below = 16 * 1024;
constexpr int k_deflate_level = 1; // zlib's fastest: tags and CSV cells repeat

std::string mib(std::uint64_t bytes)
{
  return fmt::format("{} MiB", bytes / k_mib);
}

[[noreturn]] void fail(zip_error_t* error)
{
  throw Error(msg::text("io.zip_write_failed", zip_error_strerror(error)), Exit::internal);
}

} // namespace

std::string shown_text(std::string_view text)
{
  std::string out(text.substr(0, 64));
  out.resize(valid_utf8_prefix(out));
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  if (text.size() > 64) out += "…";
  return out;
}

// --- reading -------------------------------------------------------------------------------

ZipArchive::ZipArchive(int fd, std::string name) : m_name(std::move(name))
{
  int error = 0;
  m_zip = zip_fdopen(fd, 0, &error);
  if (!m_zip) {
    ::close(fd);
    zip_error_t z;
    zip_error_init_with_code(&z, error);
    std::string what = zip_error_strerror(&z);
    zip_error_fini(&z);
    throw DataError(msg::text("io.zip_incomplete", m_name, what));
  }
  for (const std::string& entry : entries()) {
    const std::string_view n(entry);
    if (n.starts_with('/') || n.starts_with('\\') || n == ".." || n.starts_with("../") ||
        n.starts_with("..\\") || n.find("/../") != std::string_view::npos ||
        n.find("\\..\\") != std::string_view::npos || n.ends_with("/..") ||
        (n.size() > 1 && n[1] == ':')) {
      zip_discard(m_zip);
      m_zip = nullptr;
      throw DataError(msg::text("io.zip_entry_outside", m_name, shown_text(n)));
    }
  }
}

ZipArchive::~ZipArchive()
{
  if (m_zip) zip_discard(m_zip);
}

bool ZipArchive::has(const std::string& part) const
{
  return zip_name_locate(m_zip, part.c_str(), 0) >= 0;
}

std::vector<std::string> ZipArchive::entries() const
{
  std::vector<std::string> out;
  const zip_int64_t count = zip_get_num_entries(m_zip, 0);
  for (zip_int64_t i = 0; i < count; ++i)
    if (const char* entry = zip_get_name(m_zip, static_cast<zip_uint64_t>(i), 0))
      out.emplace_back(entry);
  return out;
}

ZipPart::ZipPart(const ZipArchive& archive, std::string part, std::uint64_t limit)
    : m_archive(archive), m_part(std::move(part)), m_limit(limit)
{
  const zip_int64_t index = zip_name_locate(archive.zip(), m_part.c_str(), 0);
  if (index < 0) throw DataError(msg::text("io.workbook_without_part", archive.name(), m_part));
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive.zip(), static_cast<zip_uint64_t>(index), 0, &st) == 0) {
    if (st.valid & ZIP_STAT_SIZE) {
      m_size = st.size;
      if (st.size > m_limit) too_large();
    }
    if (st.valid & ZIP_STAT_COMP_SIZE) m_compressed = st.comp_size;
  }
  m_file = zip_fopen_index(archive.zip(), static_cast<zip_uint64_t>(index), 0);
  if (!m_file)
    throw DataError(
        msg::text("io.part_unreadable", archive.name(), m_part, zip_strerror(archive.zip())));
}

ZipPart::~ZipPart()
{
  zip_fclose(m_file);
}

std::size_t ZipPart::read(char* data, std::size_t size)
{
  const zip_int64_t n = zip_fread(m_file, data, size);
  if (n < 0)
    throw DataError(msg::text("io.part_damaged", m_archive.name(), m_part,
                              zip_error_strerror(zip_file_get_error(m_file))));
  m_read += static_cast<std::uint64_t>(n);
  if (m_read > m_limit) too_large();
  if (m_read > k_ratio_from && m_read / std::max<std::uint64_t>(m_compressed, 1) > k_max_ratio)
    throw DataError(
        msg::text("io.zip_bomb_ratio", m_archive.name(), m_part, k_max_ratio, mib(k_ratio_from)));
  return static_cast<std::size_t>(n);
}

std::string ZipPart::read_all()
{
  std::string out;
  std::string chunk(64 * 1024, '\0');
  while (const std::size_t n = read(chunk.data(), chunk.size()))
    out.append(chunk, 0, n);
  return out;
}

void ZipPart::too_large() const
{
  throw DataError(msg::text("io.zip_bomb_size", m_archive.name(), m_part, mib(m_limit)));
}

// --- writing -------------------------------------------------------------------------------

ZipWriter::ZipWriter(std::time_t when) : m_when(when)
{
  zip_error_init(&m_error);
  m_source = zip_source_buffer_create(nullptr, 0, 0, &m_error);
  if (!m_source) fail(&m_error);
  m_zip = zip_open_from_source(m_source, ZIP_TRUNCATE, &m_error);
  if (!m_zip) {
    zip_source_free(m_source);
    fail(&m_error);
  }
  zip_source_keep(m_source); // kept past zip_close, to be read
}

ZipWriter::~ZipWriter()
{
  if (m_zip) zip_discard(m_zip);
  zip_source_free(m_source);
  zip_error_fini(&m_error);
}

void ZipWriter::add(const char* name, std::initializer_list<std::string_view> parts, Packed packed)
{
  std::vector<zip_buffer_fragment_t> fragments;
  std::size_t size = 0;
  for (const std::string_view part : parts) {
    // libzip only reads the fragments; its type is not const.
    fragments.push_back(
        {reinterpret_cast<zip_uint8_t*>(const_cast<char*>(part.data())), part.size()});
    size += part.size();
  }
  if (size < k_stored_below) packed = Packed::stored;
  zip_source_t* source = zip_source_buffer_fragment(m_zip, fragments.data(), fragments.size(), 0);
  if (!source) fail(zip_get_error(m_zip));
  const zip_int64_t index = zip_file_add(m_zip, name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);
    fail(zip_get_error(m_zip));
  }
  const auto at = static_cast<zip_uint64_t>(index);
  if (zip_set_file_compression(m_zip, at,
                               packed == Packed::deflated ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                               k_deflate_level) < 0 ||
      zip_file_set_mtime(m_zip, at, m_when, 0) < 0)
    fail(zip_get_error(m_zip));
}

std::string ZipWriter::bytes()
{
  if (zip_close(m_zip) < 0) fail(zip_get_error(m_zip));
  m_zip = nullptr;
  if (zip_source_open(m_source) < 0) fail(zip_source_error(m_source));
  const zip_int64_t size =
      zip_source_seek(m_source, 0, SEEK_END) < 0 ? -1 : zip_source_tell(m_source);
  std::string out(size < 0 ? 0 : static_cast<std::size_t>(size), '\0');
  const zip_int64_t read = size < 0 || zip_source_seek(m_source, 0, SEEK_SET) < 0
                               ? -1
                               : zip_source_read(m_source, out.data(), out.size());
  zip_source_close(m_source);
  if (read != size) fail(zip_source_error(m_source));
  return out;
}

} // namespace cppcc::io
