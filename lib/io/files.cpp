#include "io/files.hpp"

#include "error.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

namespace cppcc::io {

void write_private_file(const std::filesystem::path& path, std::string_view text)
{
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    throw OutputError(fmt::format("cannot create '{}': {}", path.string(), std::strerror(errno)));
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      throw OutputError(fmt::format("cannot write '{}': {}", path.string(), std::strerror(error)));
    }
    written += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0)
    throw OutputError(fmt::format("cannot write '{}': {}", path.string(), std::strerror(errno)));
}

} // namespace cppcc::io
