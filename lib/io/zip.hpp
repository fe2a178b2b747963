#pragma once
// Zip archives, with libzip: the one reader of the packages cppcc reads (an .xlsx
// workbook, a committee's bundle) and the one writer of those it writes (a .docx, a
// bundle). The reader refuses entries named outside the archive and parts that inflate
// past their limit or out of proportion (a zip bomb); the writer builds the archive in
// memory, every entry dated alike, so the same content is the same bytes.
#include <cstdint>
#include <ctime>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>
#include <zip.h>

namespace cppcc::io {

// Text from a file in a message: at most 64 bytes, control characters as '?'.
std::string shown_text(std::string_view text);

// An archive open for reading, from a file descriptor it takes (closed with it). A file
// that is no zip, or one naming an entry outside the archive (/x, ../x, C:x), is a
// DataError naming `name`.
class ZipArchive {
public:
  ZipArchive(int fd, std::string name);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& part) const;
  // The names of its entries, in the archive's order.
  std::vector<std::string> entries() const;
  const std::string& name() const { return m_name; }
  zip_t* zip() const { return m_zip; }

private:
  std::string m_name;
  zip_t* m_zip = nullptr;
};

// One part of the archive, inflated as it is read, within `limit` bytes (and, past 64 MiB,
// 500 times its compressed size). A missing part is a DataError: the workbook's message
// (io.workbook_without_part); a reader of other archives asks has() first.
class ZipPart {
public:
  ZipPart(const ZipArchive& archive, std::string part, std::uint64_t limit);
  ~ZipPart();
  ZipPart(const ZipPart&) = delete;
  ZipPart& operator=(const ZipPart&) = delete;

  // Up to `size` bytes; 0 at the end.
  std::size_t read(char* data, std::size_t size);
  // The rest of the part.
  std::string read_all();
  std::uint64_t bytes_read() const { return m_read; }
  std::uint64_t size() const { return m_size; }
  const std::string& part() const { return m_part; }

private:
  [[noreturn]] void too_large() const;
  const ZipArchive& m_archive;
  std::string m_part;
  std::uint64_t m_limit;
  std::uint64_t m_size = 0;
  std::uint64_t m_compressed = 0;
  std::uint64_t m_read = 0;
  zip_file_t* m_file = nullptr;
};

// How an entry is packed: the small ones always stored (each deflated entry costs zlib a
// quarter of a megabyte of fresh memory, more time than its bytes save).
enum class Packed { deflated, stored };

// A zip written into memory: every entry dated `when` (the same content, the same bytes).
// Every libzip failure is an Error (exit 70) with libzip's reason.
class ZipWriter {
public:
  explicit ZipWriter(std::time_t when);
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // `data` must live until bytes(): libzip reads it then.
  void add(const char* name, std::string_view data, Packed packed = Packed::deflated)
  {
    add(name, {data}, packed);
  }
  // An entry of `parts` one after the other, read where they are (not copied together).
  void add(const char* name, std::initializer_list<std::string_view> parts,
           Packed packed = Packed::deflated);
  // The archive's bytes; the writer is done.
  std::string bytes();

private:
  std::time_t m_when;
  zip_error_t m_error;
  zip_source_t* m_source = nullptr;
  zip_t* m_zip = nullptr;
};

} // namespace cppcc::io
