#include "io/files.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace cppcc::io {

namespace {

bool is_stream(const struct stat& st)
{
  return S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode);
}

std::filesystem::path directory_of(const std::filesystem::path& path)
{
  return path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
}

// --- temporary files removed on a signal ---------------------------------------------------
// A signal handler may reach only static storage and call only async-signal-safe functions:
// so the temporary files being written live in this fixed table (the one global state of the
// library), and the handler unlinks those marked ready, then lets the signal end the process.

constexpr std::size_t k_slots = 32;
constexpr std::size_t k_path_max = 4096;
enum SlotState : int { k_free, k_filling, k_ready };

struct Slot {
  std::atomic<int> state{k_free};
  std::array<char, k_path_max> path{};
};

std::array<Slot, k_slots> g_temporaries; // NOLINT: read by the signal handler

extern "C" void remove_temporaries(int signal)
{
  for (Slot& slot : g_temporaries)
    if (slot.state.load() == k_ready) ::unlink(slot.path.data());
  // SA_RESETHAND restored the default action; the signal, blocked while this handler
  // runs, ends the process as it would have without it once the handler returns.
  ::raise(signal);
}

// Installs the handler for SIGINT, SIGTERM and SIGHUP, once, where the signal has its
// default action (an ignored one, as under nohup, stays ignored).
void install_handler()
{
  static std::once_flag once;
  std::call_once(once, [] {
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction current {};
      if (::sigaction(signal, nullptr, &current) != 0 || current.sa_handler != SIG_DFL) continue;
      struct sigaction action {};
      action.sa_handler = remove_temporaries;
      sigemptyset(&action.sa_mask);
      action.sa_flags = SA_RESETHAND;
      ::sigaction(signal, &action, nullptr);
    }
  });
}

// The slot now holding `path`, or -1 when the table is full or the path too long (the file
// is then left by a signal, as it would be by SIGKILL).
int remember_temporary(const std::string& path)
{
  if (path.size() >= k_path_max) return -1;
  install_handler();
  for (std::size_t i = 0; i < k_slots; ++i) {
    int expected = k_free;
    if (!g_temporaries[i].state.compare_exchange_strong(expected, k_filling)) continue;
    std::memcpy(g_temporaries[i].path.data(), path.c_str(), path.size() + 1);
    g_temporaries[i].state.store(k_ready);
    return static_cast<int>(i);
  }
  return -1;
}

void forget_slot(int slot)
{
  if (slot >= 0) g_temporaries[static_cast<std::size_t>(slot)].state.store(k_free);
}

// Shortens `name` to at most `limit` bytes without cutting a UTF-8 sequence.
std::string shortened(std::string name, std::size_t limit)
{
  if (name.size() <= limit) return name;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80)
    --end;
  name.resize(end);
  return name;
}

// Removes the temporary files a killed writer of `path` left (Existing::refuse).
void remove_leftovers(const std::filesystem::path& path)
{
  const std::string prefix = temporary_prefix(path);
  const std::filesystem::path dir = directory_of(path);
  DIR* listing = ::opendir(dir.c_str());
  if (listing == nullptr) return;
  while (const dirent* entry = ::readdir(listing)) {
    const std::string_view name = entry->d_name;
    if (name.size() != prefix.size() + 6 || !name.starts_with(prefix)) continue;
    struct stat st {};
    const std::string leftover = (dir / std::string(name)).string();
    if (::lstat(leftover.c_str(), &st) == 0 && S_ISREG(st.st_mode)) ::unlink(leftover.c_str());
  }
  ::closedir(listing);
}

// After a rename: makes the directory entry durable too.
void sync_directory(const std::filesystem::path& dir)
{
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Renames `from` to `to` unless something is at `to`; EEXIST when it is.
int rename_no_replace(const std::string& from, const std::filesystem::path& to)
{
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return errno;
  // A file system without RENAME_NOREPLACE: link() never replaces either.
  if (::link(from.c_str(), to.c_str()) != 0) return errno;
  ::unlink(from.c_str());
  return 0;
}

bool same_name(const std::filesystem::path& a, const std::filesystem::path& b)
{
  if (a.filename() != b.filename() || a.filename().empty()) return false;
  struct stat da {
  }, db{};
  return ::stat(directory_of(a).c_str(), &da) == 0 && ::stat(directory_of(b).c_str(), &db) == 0 &&
         da.st_dev == db.st_dev && da.st_ino == db.st_ino;
}

} // namespace

// --- ProtectedFiles --------------------------------------------------------------------------

void ProtectedFiles::add_database(const std::filesystem::path& path)
{
  if (path.empty() || path == ":memory:") return;
  m_files.push_back({path, msg::text("io.the_database")});
  for (const char* suffix : {"-wal", "-journal", "-shm"})
    m_files.push_back({path.string() + suffix, msg::text("io.database_side_file", suffix)});
}

void ProtectedFiles::add_input(const std::filesystem::path& path, std::string what)
{
  if (path.empty() || path == "-") return;
  m_files.push_back({path, what.empty() ? msg::text("io.the_input_file") : std::move(what)});
}

void ProtectedFiles::refuse(const std::filesystem::path& output) const
{
  struct stat out {};
  const bool exists = ::stat(output.c_str(), &out) == 0 && S_ISREG(out.st_mode);
  for (const Entry& file : m_files) {
    struct stat st {};
    const bool same_file = exists && ::stat(file.path.c_str(), &st) == 0 &&
                           st.st_dev == out.st_dev && st.st_ino == out.st_ino;
    if (same_file || same_name(output, file.path))
      throw OutputError(
          msg::text("io.refusing_to_write", output.string(), file.what, file.path.string()));
  }
}

// --- PrivateFile -----------------------------------------------------------------------------

std::string temporary_prefix(const std::filesystem::path& path)
{
  return "." + shortened(path.filename().string(), 200) + ".cppcc-partial-";
}

PrivateFile::PrivateFile(std::filesystem::path path, const ProtectedFiles& protect,
                         Existing existing)
    : m_path(std::move(path)), m_existing(existing)
{
  protect.refuse(m_path);
  struct stat found {};
  const bool exists = ::lstat(m_path.c_str(), &found) == 0;
  if (exists && existing == Existing::refuse)
    throw OutputError(msg::text("io.file_exists", m_path.string()));
  if (exists && !S_ISREG(found.st_mode)) {
    if (S_ISDIR(found.st_mode)) fail(Step::create, EISDIR);
    struct stat target {};
    if (::stat(m_path.c_str(), &target) != 0 || !is_stream(target)) {
      if (!S_ISLNK(found.st_mode))
        throw OutputError(msg::text("io.cannot_create_not_regular", m_path.string()));
      throw OutputError(msg::text("io.cannot_create_symlink", m_path.string()));
    }
    // A terminal, /dev/null or a pipe: written in place, never created or truncated.
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (m_fd < 0) fail(Step::create, errno);
    if (::fstat(m_fd, &target) != 0 || !is_stream(target)) fail(Step::create, EEXIST); // swapped
    return;
  }
  if (existing == Existing::refuse) remove_leftovers(m_path);
  std::string temp = (directory_of(m_path) / (temporary_prefix(m_path) + "XXXXXX")).string();
  m_fd = ::mkostemp(temp.data(), O_CLOEXEC); // O_CREAT|O_EXCL: never follows a link
  if (m_fd < 0) fail(Step::create, errno);
  m_temp = std::move(temp);
  m_slot = remember_temporary(m_temp);
  if (::fchmod(m_fd, 0600) != 0) fail(Step::create, errno); // whatever the umask
}

PrivateFile::~PrivateFile()
{
  if (m_fd >= 0) ::close(m_fd);
  forget_temporary();
}

void PrivateFile::forget_temporary()
{
  if (!m_temp.empty()) ::unlink(m_temp.c_str());
  forget_slot(m_slot); // after the unlink: a signal meanwhile unlinks it again, harmlessly
  m_slot = -1;
  m_temp.clear();
}

void PrivateFile::fail(Step step, int error)
{
  if (m_fd >= 0) ::close(m_fd);
  m_fd = -1;
  forget_temporary();
  throw OutputError(
      step == Step::create
          ? msg::text("io.cannot_create", m_path.string(), util::system_error_text(error))
          : msg::text("io.cannot_write", m_path.string(), util::system_error_text(error)));
}

void PrivateFile::write(std::string_view bytes)
{
  if (m_fd < 0) fail(Step::write, EBADF);
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(m_fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(Step::write, n < 0 ? errno : EIO);
    written += static_cast<std::size_t>(n);
  }
}

void PrivateFile::commit()
{
  if (m_fd < 0) fail(Step::write, EBADF);
  if (!m_temp.empty() && ::fsync(m_fd) != 0) fail(Step::write, errno);
  const int fd = m_fd;
  m_fd = -1;
  if (::close(fd) != 0) fail(Step::write, errno);
  if (m_temp.empty()) return;
  if (m_existing == Existing::refuse) {
    if (const int error = rename_no_replace(m_temp, m_path)) {
      if (error == EEXIST) throw OutputError(msg::text("io.file_exists", m_path.string()));
      fail(Step::create, error);
    }
  } else if (::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    fail(Step::create, errno);
  }
  forget_slot(m_slot);
  m_slot = -1;
  m_temp.clear();
  sync_directory(directory_of(m_path));
}

void write_private_file(const std::filesystem::path& path, std::string_view text,
                        const ProtectedFiles& protect)
{
  PrivateFile file(path, protect);
  file.write(text);
  file.commit();
}

// --- ScratchFile -----------------------------------------------------------------------------

ScratchFile::ScratchFile()
{
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/cppcc-XXXXXX";
  const int fd = ::mkostemp(path.data(), O_CLOEXEC); // O_CREAT|O_EXCL, mode 0600
  if (fd < 0)
    throw OutputError(msg::text("io.cannot_create", path, util::system_error_text(errno)));
  ::close(fd);
  m_path = std::move(path);
  m_slot = remember_temporary(m_path);
}

ScratchFile::~ScratchFile()
{
  ::unlink(m_path.c_str());
  forget_slot(m_slot);
}

std::string ScratchFile::read() const
{
  const int fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    throw OutputError(msg::text("io.cannot_read", m_path, util::system_error_text(errno)));
  std::string bytes;
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int error = errno;
      ::close(fd);
      throw OutputError(msg::text("io.cannot_read", m_path, util::system_error_text(error)));
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return bytes;
}

// --- directories -----------------------------------------------------------------------------

void make_private_directory(const std::filesystem::path& dir)
{
  std::filesystem::path path = dir;
  if (path.filename().empty()) path = path.parent_path(); // "notices/"
  if (path.empty()) path = ".";
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0) {
    if (S_ISLNK(st.st_mode)) throw OutputError(msg::text("io.directory_is_symlink", dir.string()));
    if (!S_ISDIR(st.st_mode)) throw OutputError(msg::text("io.not_a_directory", dir.string()));
    return;
  }
  if (path.has_parent_path() && path.parent_path() != path) {
    struct stat parent {};
    if (::stat(path.parent_path().c_str(), &parent) != 0)
      make_private_directory(path.parent_path());
  }
  if (::mkdir(path.c_str(), 0700) == 0)
    ::chmod(path.c_str(), 0700); // whatever the umask
  else if (errno != EEXIST)
    throw OutputError(
        msg::text("io.cannot_create_directory", dir.string(), util::system_error_text(errno)));
  if (::lstat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    throw OutputError(msg::text("io.not_a_directory", dir.string()));
}

} // namespace cppcc::io
