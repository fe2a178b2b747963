#include "storage/bulk_session.hpp"

#include "storage/db_files.hpp"

#include <sqlite3.h>

namespace cppcc::storage {

void Store::wait_for_session()
{
  m_session->wait_for_writer();
}

BulkSession::BulkSession(Store& store) : m_store(store)
{
  m_store.m_session = this;
}

BulkSession::~BulkSession()
{
  stop_writer();
  m_search_deferred = false;
  use_bulk_cache(false);
  release_hold();
  m_store.m_session = nullptr;
}

bool BulkSession::hold()
{
  SQLite::Database& db = m_store.db();
  if (m_held || m_store.path() == ":memory:" || sqlite3_db_readonly(db.getHandle(), "main") != 0)
    return false;
  // In EXCLUSIVE locking the lock taken to leave WAL is kept, through the transaction
  // (WriteTransaction: BEGIN EXCLUSIVE while held) and past its end, until release_hold()
  // has put the database back in WAL: a reader that got in between would make the
  // transaction wait for it, and the switch back fail.
  db.exec("PRAGMA locking_mode = EXCLUSIVE");
  // Leaving WAL needs the file to itself: with another connection open SQLite refuses it
  // at once ("database is locked"), busy timeout or not.
  bool left_wal = false;
  try {
    left_wal = db.execAndGet("PRAGMA journal_mode = DELETE").getString() == "delete";
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() != SQLITE_BUSY && e.getErrorCode() != SQLITE_LOCKED) throw;
  }
  if (!left_wal) { // as it was; the next read gives back any lock the attempt took
    db.exec("PRAGMA locking_mode = NORMAL");
    db.execAndGet("SELECT count(*) FROM sqlite_schema");
    return false;
  }
  m_held = true;
  // A rollback journal's commit is atomic through a power loss only with FULL.
  db.exec("PRAGMA synchronous = FULL");
  db.exec("PRAGMA foreign_keys = OFF");
  try {
    mark_hold();
  } catch (...) {
    release_hold();
    throw;
  }
  return true;
}

void BulkSession::mark_hold()
{
  // A fresh token, in the owner mark first (synced), then committed to the database in a
  // write of its own: a journal the hold leaves is the database's own when the mark's token
  // is in the file (refuse_foreign_journal). The page holding it is never written by the
  // held transaction, so the file keeps it whatever the transaction wrote before a kill.
  SQLite::Database& db = m_store.db();
  const std::string token = db.execAndGet("SELECT lower(hex(randomblob(16)))").getString();
  const int page =
      db.execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = 'hold_token'").getInt();
  m_previous_token = db.execAndGet("SELECT token FROM hold_token").getString();
  write_hold_owner(m_store.path(), token, page);
  SQLite::Statement mark(db, "UPDATE hold_token SET token = ?");
  mark.bind(1, token);
  mark.exec();
  // Whether the held transaction commits: if not, release_hold puts the previous token back,
  // so that a failed import leaves the database as it was.
  m_hold_committed = false;
  sqlite3_commit_hook(
      db.getHandle(),
      [](void* committed) {
        *static_cast<bool*>(committed) = true;
        return 0;
      },
      &m_hold_committed);
}

// WAL and foreign keys again (after the transaction, committed or not). Cannot fail: a
// database left in a rollback journal is back in WAL at the next write's open.
void BulkSession::release_hold() noexcept
{
  if (!m_held) return;
  m_held = false;
  SQLite::Database& db = m_store.db();
  // Before the switch back to WAL, which the hook would count as a commit.
  sqlite3_commit_hook(db.getHandle(), nullptr, nullptr);
  const bool committed = m_hold_committed;
  // SQLite refuses WAL while a statement is still active: one a failed import left on a
  // row.
  m_store.reset_prepared();
  // NORMAL first: entered in EXCLUSIVE locking, WAL would keep its index in this process's
  // memory and the lock for good. The switch, still under the lock, releases it.
  (void)db.tryExec("PRAGMA locking_mode = NORMAL");
  (void)db.tryExec("PRAGMA journal_mode = WAL");
  (void)db.tryExec("PRAGMA synchronous = NORMAL");
  (void)db.tryExec("PRAGMA foreign_keys = ON");
  if (!committed && !m_previous_token.empty()) {
    try {
      SQLite::Statement back(db, "UPDATE hold_token SET token = ?");
      back.bind(1, m_previous_token);
      back.exec();
    } catch (const SQLite::Exception&) { // the fresh token stays: harmless, never applied
    }
  }
  m_previous_token.clear();
  drop_hold_owner(m_store.path()); // unless a journal is left to roll back
}

std::vector<std::string> BulkSession::check_references()
{
  if (!m_held) return {};
  return m_store.broken_references();
}

void BulkSession::use_bulk_cache(bool on)
{
  // 32 MiB, then SQLite's default of 2,000 KiB (docs/performance.md, "Settings").
  if (on) {
    m_store.db().exec("PRAGMA cache_size = -32768");
    m_bulk_cache = true;
  } else if (m_bulk_cache) { // from the destructor too: it cannot fail but must not throw
    (void)m_store.db().tryExec("PRAGMA cache_size = -2000");
    m_bulk_cache = false;
  }
}

WriteBehind& BulkSession::start_writer()
{
  return m_writer.emplace();
}

void BulkSession::finish_writer()
{
  if (!m_writer) return;
  m_writer->wait();
  m_writer.reset();
}

void BulkSession::stop_writer() noexcept
{
  m_writer.reset(); // WriteBehind's destructor stops it
}

} // namespace cppcc::storage
