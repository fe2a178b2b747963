#pragma once
// What the fuzz targets share: files for the readers and writers that take paths, and a
// check that aborts, so that libFuzzer keeps the input that broke a property.
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

namespace cppcc::fuzz {

// A file in a private directory of this process (in /dev/shm when there is one, so no
// disk I/O), removed with it at exit. Rewritten for every input.
class ScratchFile {
public:
  explicit ScratchFile(const char* name) : m_path(directory() / name) {}

  void write(std::string_view bytes) const
  {
    const int fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0 || ::write(fd, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size()) ||
        ::close(fd) != 0) {
      std::perror(m_path.c_str());
      std::abort();
    }
  }
  std::string path() const { return m_path.string(); }

private:
  static const std::filesystem::path& directory()
  {
    static const std::filesystem::path k_dir = [] {
      const char* tmp = std::getenv("TMPDIR");
      std::string pattern = std::filesystem::is_directory("/dev/shm") ? "/dev/shm"
                            : tmp && *tmp                             ? tmp
                                                                      : "/tmp";
      pattern += "/cppcc-fuzz.XXXXXX";
      if (!::mkdtemp(pattern.data())) {
        std::perror("mkdtemp");
        std::abort();
      }
      std::atexit([] { std::filesystem::remove_all(k_dir); });
      return std::filesystem::path(pattern);
    }();
    return k_dir;
  }

  std::filesystem::path m_path;
};

// A property of the code under test failed: print it and abort (libFuzzer saves the input).
#define FUZZ_CHECK(condition)                                                                      \
  do {                                                                                             \
    if (!(condition)) {                                                                            \
      std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition);        \
      std::abort();                                                                                \
    }                                                                                              \
  } while (false)

} // namespace cppcc::fuzz
