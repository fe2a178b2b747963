#pragma once
// The one SQLite file that holds an office's records. A Store owns the connection;
// every SQL statement of the program lives under lib/storage/.
#include "io/files.hpp"
#include "storage/write_behind.hpp"
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace cppcc::storage {

enum class Access { read, write };

class Store {
public:
  // Creates a new database file (mode 0600: it holds members' phone numbers) and
  // applies every migration. Refuses an existing file. ":memory:" works for tests.
  static Store create(const std::filesystem::path& path);
  // Opens an existing database at the current schema version. Throws InputError if
  // it is missing, Error if its schema is newer (untouched) or older (run migrate).
  static Store open(const std::filesystem::path& path, Access access);
  // Opens for `db migrate`: an older schema is fine, a newer one is still refused.
  static Store open_for_migration(const std::filesystem::path& path);
  // Opens for `db backup` (a copy, read-only): any schema this cppcc can read, an older one
  // too (the advice of open's refusal); a newer one is refused.
  static Store open_for_backup(const std::filesystem::path& path);

  struct Restored {
    int version = 0;    // the backup's schema version
    long proposals = 0; // in the restored database
    std::vector<std::filesystem::path> moved_aside;
  };
  // Replaces the database at `path` with a copy of `backup` (`db restore`). The backup must
  // be a readable SQLite file that passes its integrity check, with a cppcc schema not
  // newer than this binary's (Error, exit 1, nothing done). The copy is written and synced
  // under a temporary name beside the database (0600); then, under the database's
  // exclusive lock (busy: exit 75), its -journal, -wal, -shm and hold owner mark are moved
  // aside (db_files.hpp: never deleted) and the copy renamed over it.
  static Restored restore(const std::filesystem::path& path, const std::filesystem::path& backup);

  SQLite::Database& db()
  {
    wait_for_queued_writes();
    return *m_db;
  }
  // A prepared statement for `sql`, compiled once per Store and reused: reset, with
  // no bindings. Not for a statement still being stepped by a caller up the stack.
  SQLite::Statement& prepared(const std::string& sql);
  // The same for SQL text that lives as long as the program (a literal, or a static
  // string), looked up by its address: no hashing of the text on every call.
  SQLite::Statement& prepared(const char* static_sql);
  // The same for a statement whose every parameter the caller binds again before each
  // step (the import's inserts): the last values are not cleared first, so SQLite
  // reuses their buffers instead of freeing and allocating them again for every row.
  SQLite::Statement& prepared_rebound(const char* static_sql);
  // Resets every cached statement: SQLite refuses DDL (DROP or CREATE INDEX: "database
  // table is locked") while one of them is still on a row.
  void reset_prepared();

  // While deferred, proposals written are queued in search_pending instead of being
  // indexed for full-text search (bulk imports); searches still find them by scanning.
  void defer_search_index(bool deferred) { m_search_deferred = deferred; }
  // A larger page cache for one long write: fewer pages spill to the WAL before the
  // commit (measured with scripts/bench-import); memory stays bounded by it. Off:
  // SQLite's default again, once the long write's rows are written.
  void use_bulk_cache(bool on);
  bool search_index_deferred() const { return m_search_deferred; }
  // While `behind` is attached its jobs write through this store on their own thread,
  // and any other thread's use of the store (db(), prepared…) first waits for the jobs
  // submitted so far: reads see their writes, and the connection is never used by two
  // threads at once. Detach (nullptr) only when no job is left to run.
  void attach(WriteBehind* behind) { m_behind = behind; }
  const std::filesystem::path& path() const { return m_path; }
  // For one large write in one transaction (a large import, import::hold_for): the database
  // to this connection alone, when no other has it open, until release_hold(). Meanwhile
  // - a rollback journal replaces WAL: the rows are written once, not to the WAL and then
  //   again by the commit's checkpoint;
  // - foreign keys are not looked up row by row: the writer checks them once
  //   (broken_references) before it commits.
  // (What each saves: docs/performance.md, "Settings".)
  // Other connections wait for it meanwhile (busy timeout, then exit 75): its transaction
  // takes the database's lock at BEGIN (WriteTransaction) and keeps it until release_hold()
  // has put the database back in WAL. Call it outside a transaction. False, changing nothing, when
  // another connection has the database open, or it is in memory.
  bool lock_for_bulk_import();
  // WAL and foreign keys again (after the transaction, committed or not). Cannot fail: a
  // database left in a rollback journal is back in WAL at the next write's open.
  void release_hold();
  bool locked_for_bulk_import() const { return m_locked_for_bulk_import; }
  // The rows that refer to a missing row, one line each (PRAGMA foreign_key_check).
  std::vector<std::string> broken_references();
  int schema_version();
  static int latest_version();

  // A second, read-only connection to this store's database that reads the same committed
  // state as this store's read transaction, so that a read command can run its queries
  // on two cores. Nothing when that cannot be promised: an in-memory database, no read
  // transaction open, one that has already read (its snapshot may be older than a new
  // connection's), a write committed by another process while the two started, or a
  // second connection that cannot be opened.
  std::optional<Store> snapshot_reader();

  // Applies the migrations newer than the file's version, in one transaction; returns
  // the names of those applied.
  std::vector<std::string> migrate();
  // Integrity and foreign-key problems, one line each; empty when healthy.
  std::vector<std::string> check();
  // Copies the database to `target` with SQLite's online backup (target mode 0600), under
  // a temporary name renamed to `target` once the copy passes its integrity check (see
  // io::PrivateFile, Existing::refuse). OutputError (73) when `target` exists or is this
  // database, one of its -wal/-journal/-shm or another of `protect`.
  void backup_to(const std::filesystem::path& target, io::ProtectedFiles protect);
  // Rows per table, the record kinds' tables in a fixed order (search index shadow tables
  // left out).
  std::vector<std::pair<std::string, long>> table_counts();

private:
  Store(std::filesystem::path path, std::unique_ptr<SQLite::Database> db);
  // Stores a fresh hold token in the database and its owner mark (lock_for_bulk_import).
  void mark_hold();
  void configure();
  void wait_for_queued_writes()
  {
    if (m_behind != nullptr) m_behind->wait_unless_writing();
  }
  std::filesystem::path m_path;
  std::unique_ptr<SQLite::Database> m_db;
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> m_static_statements;
  bool m_search_deferred = false;
  bool m_locked_for_bulk_import = false;
  bool m_hold_committed = false; // the held transaction committed (mark_hold's hook)
  std::string m_previous_token;  // the token before the hold's, put back if it did not
  WriteBehind* m_behind = nullptr;
};

// One write: BEGIN IMMEDIATE now, COMMIT on commit(), ROLLBACK if destroyed before.
class WriteTransaction {
public:
  // BEGIN EXCLUSIVE for a store held alone (Store::lock_for_bulk_import): no reader gets in before
  // the import's first write to the file, to make it wait for that reader however long.
  explicit WriteTransaction(Store& store)
      : m_transaction(store.db(), store.locked_for_bulk_import()
                                      ? SQLite::TransactionBehavior::EXCLUSIVE
                                      : SQLite::TransactionBehavior::IMMEDIATE)
  {
  }
  void commit() { m_transaction.commit(); }

private:
  SQLite::Transaction m_transaction;
};

// One read: BEGIN now, ROLLBACK (nothing to undo) when destroyed. Every query of a read
// command then sees the same committed state, the WAL snapshot of its first query,
// however many writers commit meanwhile: a report never mixes figures from before and
// after an import.
class ReadTransaction {
public:
  explicit ReadTransaction(Store& store)
      : m_transaction(store.db(), SQLite::TransactionBehavior::DEFERRED)
  {
  }

private:
  SQLite::Transaction m_transaction;
};

// A nested transaction: SAVEPOINT now, RELEASE on release(), ROLLBACK TO and RELEASE
// if destroyed before (SQLiteCpp 3.2.1's Savepoint never releases after a rollback).
class Savepoint {
public:
  Savepoint(Store& store, std::string name);
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  void release();
  void rollback(); // undoes everything since the savepoint and ends it

private:
  Store& m_store;
  std::string m_name;
  bool m_open = true;
};

} // namespace cppcc::storage
