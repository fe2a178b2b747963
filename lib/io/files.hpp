#pragma once
// Writing whole output files that may hold personal data, never over the files a command
// works on, and never leaving a part behind when a signal ends the command.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::io {

// The files no output may replace: the database with its -wal, -journal and -shm, and the
// files the command reads. Each command's setup fills it (cli::Context with the database
// and the configuration, the importer with its input files) and hands it to every writer
// of an output (PrivateFile, CsvWriter, write_notices, Store::backup_to), which asks
// refuse() before it writes anything.
class ProtectedFiles {
public:
  // The database at `path`, and its -wal, -journal and -shm, which may not exist yet.
  void add_database(const std::filesystem::path& path);
  // A file the command reads ("-", standard input, is none); `what` names it in the current
  // language in the message that refuses it as an output (empty: "the input file").
  void add_input(const std::filesystem::path& path, std::string what = {});
  // OutputError (73), one line naming both paths, when `output` is one of these files:
  // the same regular file (device and inode: a hard link, `./x` for `x`, a path through a
  // symbolic link to a directory), or the same name in the same directory (for one that
  // does not exist yet, such as the -wal).
  void refuse(const std::filesystem::path& output) const;

private:
  struct Entry {
    std::filesystem::path path;
    std::string what;
  };
  std::vector<Entry> m_files;
};

// Whether an output file may replace one already at its path.
enum class Existing { replace, refuse };

// An output file that is private and appears whole or not at all. The bytes go to a
// new temporary file beside `path`, named `.NAME.cppcc-partial-XXXXXX` (created
// exclusively, so never through a symbolic link, with mode 0600), and commit() renames it
// to `path`: the file at `path` is then mode 0600 whatever mode an earlier file there had,
// other hard links to an earlier file keep their content, and a reader of `path` never
// sees half of it. The temporary file is removed when SIGINT, SIGTERM or SIGHUP ends the
// process meanwhile (RemoveOnSignal); after SIGKILL it stays, under that name.
// A path in `protect` is refused before anything is created. A symbolic link at `path`
// is refused (it could point anywhere: another user may have planted it), except one
// that leads to a character device or a FIFO (/dev/stdout, a pipe), which is written in
// place, as are such files themselves. With Existing::refuse, any file at `path` is
// refused, commit() never replaces one that appeared meanwhile, and the temporary files
// a killed writer of the same `path` left are removed first. Destroyed without commit(),
// it removes the temporary file and leaves `path` as it was. Every failure is an
// OutputError (73) naming `path`.
class PrivateFile {
public:
  PrivateFile(std::filesystem::path path, const ProtectedFiles& protect,
              Existing existing = Existing::replace);
  ~PrivateFile();
  PrivateFile(const PrivateFile&) = delete;
  PrivateFile& operator=(const PrivateFile&) = delete;

  void write(std::string_view bytes);
  // Syncs the file to disk, renames it into place and syncs the directory.
  void commit();
  // The temporary file, for a writer that writes it by name (SQLite's backup); empty
  // when writing in place.
  const std::string& temporary() const { return m_temp; }

private:
  enum class Step { create, write };
  [[noreturn]] void fail(Step step, int error);
  void forget_temporary();

  std::filesystem::path m_path;
  Existing m_existing;
  std::string m_temp; // empty when writing in place
  int m_slot = -1;    // its entry in the table of files removed on a signal
  int m_fd = -1;
};

// A private file (mode 0600) in the temporary directory ($TMPDIR, else /tmp), for a library
// that writes only to a file it names (libxlsxwriter) when the bytes are wanted in memory:
// read() takes them back. Removed when destroyed, and when SIGINT, SIGTERM or SIGHUP ends
// the process meanwhile. OutputError (73) when it cannot be created or read.
class ScratchFile {
public:
  ScratchFile();
  ~ScratchFile();
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const std::string& path() const { return m_path; }
  // The file's bytes as they are now.
  std::string read() const;

private:
  std::string m_path;
  int m_slot = -1; // its entry in the table of files removed on a signal
};

// Writes `text` to `path` through a PrivateFile; OutputError (73) when it cannot.
void write_private_file(const std::filesystem::path& path, std::string_view text,
                        const ProtectedFiles& protect);

// The name of the temporary file of an output at `path`, before its random suffix:
// ".NAME.cppcc-partial-" (NAME shortened to 200 bytes).
std::string temporary_prefix(const std::filesystem::path& path);

// Creates directory `dir` and any missing parents with mode 0700 whatever the umask
// (existing ones are left as they are). OutputError (73) naming `dir` when it cannot,
// when `dir` is not a directory, or when its last component is a symbolic link (it
// could lead anywhere; links among its parents are followed, as for files).
void make_private_directory(const std::filesystem::path& dir);

} // namespace cppcc::io
