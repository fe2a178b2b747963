#pragma once
// The one SQLite file that holds an office's records. A Store owns the connection;
// every SQL statement of the program lives under lib/storage/.
#include "error.hpp"
#include "io/files.hpp"
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cppcc::storage {

enum class Access { read, write };

// A database whose schema version is not this binary's (Store::open), exit 1 like any
// refusal; with the version found and the one expected, for a command that says it its
// own way (cppcc rollup: exit 65).
struct SchemaError : Error {
  SchemaError(std::string message, int found_version, int expected_version)
      : Error(std::move(message)), found(found_version), expected(expected_version)
  {
  }
  int found, expected;
};

class BulkSession; // storage/bulk_session.hpp
} // namespace cppcc::storage
namespace cppcc::similar {
struct Method; // similar/similar.hpp
} // namespace cppcc::similar
namespace cppcc::storage {

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

  // The connection. While a bulk session runs its writer thread (bulk_session.hpp), a use
  // from any other thread first waits for the writes queued so far: the session's wait,
  // none without one.
  SQLite::Database& db()
  {
    if (m_session != nullptr) wait_for_session();
    return *m_db;
  }
  // How prepared() leaves a cached statement's parameters.
  enum class Bindings {
    cleared, // NULL, as a fresh statement's
    // As last bound, for a statement whose every parameter the caller binds again before
    // each step (the import's inserts): SQLite reuses the values' buffers instead of
    // freeing and allocating them again for every row.
    kept,
  };
  // A prepared statement for `sql`, compiled once per Store and reused, looked up by its
  // text: reset, its parameters as `bindings` says. Not for a statement still being
  // stepped by a caller up the stack.
  SQLite::Statement& prepared(std::string_view sql, Bindings bindings = Bindings::cleared);
  // Resets every cached statement: SQLite refuses DDL (DROP or CREATE INDEX: "database
  // table is locked") and a change of journal mode while one of them is still on a row.
  // (The error of a statement's last step is not thrown again here.)
  void reset_prepared();

  // The bulk session on this store while one lasts (bulk_session.hpp), else nullptr: the
  // storage functions whose SQL depends on one (a hold, search indexing deferred) ask it.
  BulkSession* bulk_session() const { return m_session; }
  const std::filesystem::path& path() const { return m_path; }
  // The method whose near-duplicate signatures every write of a proposal keeps, in the
  // same transaction (storage/signatures.hpp); none (the default, or a method that does
  // not keep them): no signatures are written. The method must outlive the store.
  void keep_signatures(const similar::Method* method)
  {
    m_signer = method;
    m_signing.reset();
  }
  // Whether writes store signatures now: a method is given and the stored ones are its
  // own (asked once per store; signatures.cpp).
  bool signing();
  const similar::Method* signature_method() const { return m_signer; }
  // The rows that refer to a missing row, one line each (PRAGMA foreign_key_check).
  std::vector<std::string> broken_references();
  int schema_version();
  static int latest_version();

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
  friend class BulkSession; // registers itself (m_session) while it lasts
  Store(std::filesystem::path path, std::unique_ptr<SQLite::Database> db);
  void configure();
  void wait_for_session(); // bulk_session.cpp
  // The text's length and a few of its words: statements differ there, and a lookup
  // need not hash the whole text (the equality test compares it).
  struct SqlHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view sql) const noexcept;
  };
  std::filesystem::path m_path;
  std::unique_ptr<SQLite::Database> m_db;
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>, SqlHash, std::equal_to<>>
      m_statements;
  BulkSession* m_session = nullptr;
  const similar::Method* m_signer = nullptr;
  std::optional<bool> m_signing;
};

// One write: BEGIN IMMEDIATE now, COMMIT on commit(), ROLLBACK if destroyed before.
class WriteTransaction {
public:
  // BEGIN EXCLUSIVE for a store a bulk session holds alone (BulkSession::hold): no reader
  // gets in before the import's first write to the file, to make it wait for that reader
  // however long.
  explicit WriteTransaction(Store& store);
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
