#include "io/files.hpp"

#include "error.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cppcc::io {

namespace {

bool is_stream(const struct stat& st)
{
  return S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode);
}

} // namespace

PrivateFile::PrivateFile(std::filesystem::path path) : m_path(std::move(path))
{
  struct stat existing {};
  if (::lstat(m_path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
    if (S_ISDIR(existing.st_mode)) fail("create", EISDIR);
    struct stat target {};
    if (::stat(m_path.c_str(), &target) != 0 || !is_stream(target)) {
      if (!S_ISLNK(existing.st_mode))
        throw OutputError(fmt::format("cannot create '{}': not a regular file", m_path.string()));
      throw OutputError(fmt::format("cannot create '{}': it is a symbolic link, and cppcc does "
                                    "not write through one (remove it, or give the path of the "
                                    "file it points to)",
                                    m_path.string()));
    }
    // A terminal, /dev/null or a pipe: written in place, never created or truncated.
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (m_fd < 0) fail("create", errno);
    if (::fstat(m_fd, &target) != 0 || !is_stream(target)) fail("create", EEXIST); // swapped
    return;
  }
  const std::filesystem::path dir = m_path.parent_path().empty() ? "." : m_path.parent_path();
  std::string temp = (dir / ".cppcc-XXXXXX").string();
  m_fd = ::mkostemp(temp.data(), O_CLOEXEC); // O_CREAT|O_EXCL: never follows a link
  if (m_fd < 0) fail("create", errno);
  m_temp = std::move(temp);
  if (::fchmod(m_fd, 0600) != 0) fail("create", errno); // whatever the umask
}

PrivateFile::~PrivateFile()
{
  if (m_fd >= 0) ::close(m_fd);
  if (!m_temp.empty()) ::unlink(m_temp.c_str());
}

void PrivateFile::fail(const char* what, int error)
{
  if (m_fd >= 0) ::close(m_fd);
  m_fd = -1;
  if (!m_temp.empty()) ::unlink(m_temp.c_str());
  m_temp.clear();
  throw OutputError(fmt::format("cannot {} '{}': {}", what, m_path.string(), std::strerror(error)));
}

void PrivateFile::write(std::string_view bytes)
{
  if (m_fd < 0) fail("write", EBADF);
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(m_fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("write", n < 0 ? errno : EIO);
    written += static_cast<std::size_t>(n);
  }
}

void PrivateFile::commit()
{
  if (m_fd < 0) fail("write", EBADF);
  if (!m_temp.empty() && ::fsync(m_fd) != 0) fail("write", errno);
  const int fd = m_fd;
  m_fd = -1;
  if (::close(fd) != 0) fail("write", errno);
  if (m_temp.empty()) return;
  if (::rename(m_temp.c_str(), m_path.c_str()) != 0) fail("create", errno);
  m_temp.clear();
}

void write_private_file(const std::filesystem::path& path, std::string_view text)
{
  PrivateFile file(path);
  file.write(text);
  file.commit();
}

} // namespace cppcc::io
