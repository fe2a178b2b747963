#pragma once
// The files beside a database (its -journal, -wal, -shm and the hold's owner mark), and
// what SQLite cannot tell about them: whether they belong to the database file they lie
// beside. SQLite applies a hot rollback journal or a WAL to whatever file has the
// database's name, so one left by another file (a backup copied over the live database
// while a killed import's journal lay beside it) would be rolled back into it.
#include <filesystem>
#include <string>
#include <vector>

struct sqlite3_file;

namespace cppcc::storage {

// The database file through SQLite's own file layer (its default VFS): the locks taken
// are SQLite's, and closing it never drops a lock that a connection of this process holds
// on the same file (as closing a plain descriptor of it would: POSIX locks are per process).
class DbFile {
public:
  enum class Mode { read, write };
  DbFile(const std::filesystem::path& path, Mode mode);
  ~DbFile();
  DbFile(const DbFile&) = delete;
  DbFile& operator=(const DbFile&) = delete;

  // `size` bytes from `offset`; fewer at the end of the file.
  std::string read(long long offset, int size);
  long long size();
  // Another connection holds the write lock (RESERVED or more): its journal is live.
  bool write_locked_elsewhere();
  // SQLite's locks, each one try (SQLITE_OK or SQLITE_BUSY); unlock(0) gives back all.
  int lock(int level);
  void unlock(int level);
  // The page size of the database's header; 0 when the file is no SQLite database.
  int page_size();

private:
  void close();
  sqlite3_file* m_file = nullptr;
  char* m_name = nullptr;
  int m_lock = 0;
};

// Refuses (Error, exit 1) a hot rollback journal beside `db` that the database did not
// write: one without the owner mark of the hold that wrote it (write_hold_owner), or
// whose mark's token is not the one in the database file. A live journal (another
// connection holds the write lock) and the database's own are left to SQLite. Cheap when
// there is no -journal: one stat.
void refuse_foreign_journal(const std::filesystem::path& db);
// Refuses (Error, exit 1) a WAL beside `db` whose header cannot be the database's: a valid
// WAL header with another page size. A WAL of the same page size, another copy of the same
// database's included, cannot be told apart (SQLite's WAL carries no identity of its
// database): `cppcc db restore` moves it aside.
void refuse_foreign_wal(const std::filesystem::path& db);

// The owner mark of a held import's journal, `DB-journal.owner`: the hold's token and the
// page of the database that holds it (table hold_token). Written 0600 and synced before
// the token is committed to the database.
std::filesystem::path hold_owner_path(const std::filesystem::path& db);
void write_hold_owner(const std::filesystem::path& db, const std::string& token, int page);
// Removes the owner mark once no journal is left beside `db`; never fails.
void drop_hold_owner(const std::filesystem::path& db);

// Renames each of `db`'s -journal, -wal, -shm and owner mark that exists to
// `NAME.orphaned-<UTC time>` beside it (never deletes one); returns the new names.
std::vector<std::filesystem::path> move_side_files_aside(const std::filesystem::path& db);

} // namespace cppcc::storage
