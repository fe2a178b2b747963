#pragma once
// Writing whole output files that may hold personal data.
#include <filesystem>
#include <string>
#include <string_view>

namespace cppcc::io {

// An output file that is private and appears whole or not at all. The bytes go to a
// new temporary file beside `path` (created exclusively, so never through a symbolic
// link, with mode 0600), and commit() renames it over `path`: the file at `path` is
// then mode 0600 whatever mode an earlier file there had, other hard links to an
// earlier file keep their content, and a reader of `path` never sees half of it.
// A symbolic link at `path` is refused (it could point anywhere: another user may have
// planted it), except one that leads to a character device or a FIFO (/dev/stdout, a
// pipe), which is written in place, as are such files themselves. Destroyed without
// commit(), it removes the temporary file and leaves `path` as it was. Every failure
// is an OutputError (73) naming `path`.
class PrivateFile {
public:
  explicit PrivateFile(std::filesystem::path path);
  ~PrivateFile();
  PrivateFile(const PrivateFile&) = delete;
  PrivateFile& operator=(const PrivateFile&) = delete;

  void write(std::string_view bytes);
  void commit();

private:
  [[noreturn]] void fail(const char* what, int error);

  std::filesystem::path m_path;
  std::string m_temp; // empty when writing in place
  int m_fd = -1;
};

// Writes `text` to `path` through a PrivateFile; OutputError (73) when it cannot.
void write_private_file(const std::filesystem::path& path, std::string_view text);

} // namespace cppcc::io
