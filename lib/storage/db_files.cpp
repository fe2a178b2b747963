#include "storage/db_files.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <sqlite3.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace cppcc::storage {

namespace {

std::string side(const std::filesystem::path& db, const char* suffix)
{
  return db.string() + suffix;
}

std::uint32_t big_endian(const std::string& bytes, std::size_t at)
{
  std::uint32_t value = 0;
  for (std::size_t i = at; i < at + 4 && i < bytes.size(); ++i)
    value = value << 8 | static_cast<unsigned char>(bytes[i]);
  return value;
}

[[noreturn]] void refuse(const std::filesystem::path& db, const std::string& file,
                         const std::string& why)
{
  throw Error(msg::text("storage.side_file_refused", db.string(), file, why, file));
}

// The hold's token and page, from its owner mark; nothing when there is none.
bool read_owner(const std::filesystem::path& db, std::string& token, long long& page)
{
  std::ifstream in(hold_owner_path(db));
  return static_cast<bool>(in >> token >> page) && token.size() >= 16 && page > 0;
}

} // namespace

DbFile::DbFile(const std::filesystem::path& path, Mode mode)
{
  sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
  m_name = const_cast<char*>(sqlite3_create_filename(path.c_str(), "", "", 0, nullptr));
  m_file = static_cast<sqlite3_file*>(sqlite3_malloc(vfs->szOsFile));
  if (m_name == nullptr || m_file == nullptr) throw std::bad_alloc();
  std::memset(m_file, 0, static_cast<std::size_t>(vfs->szOsFile));
  const int flags =
      SQLITE_OPEN_MAIN_DB | (mode == Mode::write ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY);
  int out = 0;
  if (vfs->xOpen(vfs, m_name, m_file, flags, &out) != SQLITE_OK) {
    const int error = errno;
    close();
    throw InputError(
        msg::text("storage.cannot_open_database", path.string(), util::system_error_text(error)));
  }
}

DbFile::~DbFile()
{
  close();
}

void DbFile::close()
{
  if (m_file != nullptr && m_file->pMethods != nullptr) {
    if (m_lock > 0) m_file->pMethods->xUnlock(m_file, SQLITE_LOCK_NONE);
    m_file->pMethods->xClose(m_file);
  }
  sqlite3_free(m_file);
  sqlite3_free_filename(m_name);
  m_file = nullptr;
  m_name = nullptr;
}

std::string DbFile::read(long long offset, int size)
{
  const long long available = std::max(0LL, std::min<long long>(size, this->size() - offset));
  std::string bytes(static_cast<std::size_t>(available), '\0');
  if (available > 0 && m_file->pMethods->xRead(m_file, bytes.data(), static_cast<int>(available),
                                               offset) != SQLITE_OK)
    return {};
  return bytes;
}

long long DbFile::size()
{
  sqlite3_int64 bytes = 0;
  return m_file->pMethods->xFileSize(m_file, &bytes) == SQLITE_OK ? bytes : 0;
}

bool DbFile::write_locked_elsewhere()
{
  int reserved = 0;
  return m_file->pMethods->xCheckReservedLock(m_file, &reserved) != SQLITE_OK || reserved != 0;
}

int DbFile::lock(int level)
{
  const int rc = m_file->pMethods->xLock(m_file, level);
  if (rc == SQLITE_OK) m_lock = level;
  return rc;
}

void DbFile::unlock(int level)
{
  m_file->pMethods->xUnlock(m_file, level);
  m_lock = std::min(m_lock, level);
}

int DbFile::page_size()
{
  const std::string header = read(0, 100);
  if (header.size() < 100 || header.compare(0, 16, std::string("SQLite format 3\0", 16)) != 0)
    return 0;
  const int size =
      static_cast<unsigned char>(header[16]) << 8 | static_cast<unsigned char>(header[17]);
  return size == 1 ? 65536 : size;
}

std::filesystem::path hold_owner_path(const std::filesystem::path& db)
{
  return side(db, "-journal.owner");
}

void write_hold_owner(const std::filesystem::path& db, const std::string& token, int page)
{
  const std::string path = hold_owner_path(db).string();
  const std::string text = fmt::format("{} {}\n", token, page);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
  const bool written = fd >= 0 && ::fchmod(fd, 0600) == 0 &&
                       ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                       ::fsync(fd) == 0;
  const int error = errno;
  if (fd >= 0) ::close(fd);
  if (!written)
    throw OutputError(msg::text("storage.cannot_write", path, util::system_error_text(error)));
}

void drop_hold_owner(const std::filesystem::path& db)
{
  std::error_code ec;
  if (!std::filesystem::exists(side(db, "-journal"), ec))
    std::filesystem::remove(hold_owner_path(db), ec);
}

void refuse_foreign_journal(const std::filesystem::path& db)
{
  const std::string journal = side(db, "-journal");
  struct stat st {};
  if (::stat(journal.c_str(), &st) != 0 || st.st_size == 0) return;
  // SQLite's test of a hot journal: not empty, its first byte set, no write lock on the
  // database, and a database that is not empty.
  char first = 0;
  if (std::ifstream in(journal, std::ios::binary); !in.get(first) || first == 0) return;
  DbFile file(db, DbFile::Mode::read);
  if (file.size() == 0 || file.write_locked_elsewhere()) return;
  // The page that holds the token is one the held transaction never writes: the file
  // still holds it as committed before the journal began, whatever else was written.
  std::string token;
  long long page = 0;
  const int page_size = file.page_size();
  if (!read_owner(db, token, page)) refuse(db, journal, msg::text("storage.journal_without_owner"));
  if (page_size == 0 ||
      file.read((page - 1) * page_size, page_size).find(token) == std::string::npos)
    refuse(db, journal, msg::text("storage.journal_of_another_file", hold_owner_path(db).string()));
}

void refuse_foreign_wal(const std::filesystem::path& db)
{
  const std::string wal = side(db, "-wal");
  struct stat st {};
  if (::stat(wal.c_str(), &st) != 0 || st.st_size < 32) return;
  std::string header(32, '\0');
  if (std::ifstream in(wal, std::ios::binary); !in.read(header.data(), 32)) return;
  const std::uint32_t magic = big_endian(header, 0);
  if (magic != 0x377f0682 && magic != 0x377f0683) return; // SQLite ignores it
  const std::uint32_t wal_page = big_endian(header, 8);
  DbFile file(db, DbFile::Mode::read);
  const int page_size = file.page_size();
  if (page_size != 0 && wal_page != static_cast<std::uint32_t>(page_size))
    refuse(db, wal, msg::text("storage.wal_of_another_database", wal_page, page_size));
}

std::vector<std::filesystem::path> move_side_files_aside(const std::filesystem::path& db)
{
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
  std::vector<std::filesystem::path> moved;
  for (const char* suffix : {"-journal", "-wal", "-shm", "-journal.owner"}) {
    const std::string from = side(db, suffix);
    struct stat st {};
    if (::lstat(from.c_str(), &st) != 0) continue;
    std::string to = fmt::format("{}.orphaned-{}", from, stamp);
    for (int n = 2; ::lstat(to.c_str(), &st) == 0; ++n)
      to = fmt::format("{}.orphaned-{}-{}", from, stamp, n);
    if (::rename(from.c_str(), to.c_str()) != 0)
      throw OutputError(
          msg::text("storage.cannot_move_aside", from, to, util::system_error_text(errno)));
    moved.emplace_back(to);
  }
  return moved;
}

} // namespace cppcc::storage
