#pragma once
// What one large import changes in how its store works, each for as long as the import
// needs it, and all of it put back when the session ends, whether the import committed
// or threw:
// - the hold: the database to this connection alone, in a rollback journal, its foreign
//   keys checked once before the commit instead of row by row (hold, check_references);
// - a larger page cache for the long write (use_bulk_cache);
// - search indexing deferred: the proposals written are queued instead (defer_search_index);
// - a writer thread that writes rows while the next ones are validated (start_writer):
//   while it runs, any other thread's use of the store waits for the writes queued so far.
// What each is for: docs/performance.md, "Settings". A store has at most one session at a
// time; the storage functions whose SQL depends on it find it as Store::bulk_session().
#include "storage/store.hpp"
#include "storage/write_behind.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cppcc::storage {

class BulkSession {
public:
  // A session on `store` (which has none), changing nothing yet.
  explicit BulkSession(Store& store);
  // Puts back what is still changed, in this order: the writer thread stopped (the jobs
  // it has not run are dropped: the transaction they were for rolls back) and joined;
  // search indexing; SQLite's page cache; the hold released. A held session is ended
  // after its transaction, committed or not.
  ~BulkSession();
  BulkSession(const BulkSession&) = delete;
  BulkSession& operator=(const BulkSession&) = delete;

  // For one large write in one transaction (a large import, import::hold_for): the database
  // to this connection alone, when no other has it open, until the session ends. Meanwhile
  // - a rollback journal replaces WAL: the rows are written once, not to the WAL and then
  //   again by the commit's checkpoint;
  // - foreign keys are not looked up row by row: the writer checks them once
  //   (check_references) before it commits.
  // Other connections wait for it meanwhile (busy timeout, then exit 75): its transaction
  // takes the database's lock at BEGIN (WriteTransaction) and keeps it until the session's
  // end has put the database back in WAL. Call it outside a transaction. False, changing
  // nothing, when another connection has the database open, or it is in memory, or the
  // session holds it already.
  bool hold();
  bool held() const { return m_held; }
  // Held, the rows that refer to a missing row (Store::broken_references); none when not
  // held: foreign keys were looked up row by row.
  std::vector<std::string> check_references();

  // A larger page cache for the long write (on), memory staying bounded by it; SQLite's
  // default again (off) once the long write's rows are written.
  void use_bulk_cache(bool on);

  // While deferred, proposals written are queued in search_pending instead of being
  // indexed for full-text search; searches still find them by scanning.
  void defer_search_index(bool deferred) { m_search_deferred = deferred; }
  bool search_index_deferred() const { return m_search_deferred; }

  // Starts the writer thread: its jobs write through the store on that thread, and any
  // other thread's use of the store (db(), prepared…) first waits for the jobs submitted
  // so far, so that reads see their writes and the connection is never used by two
  // threads at once. One writer at a time.
  WriteBehind& start_writer();
  // Waits for every job (throws WriteBehind::Failed if one failed, the writer still
  // running), then ends the writer thread: the store is this thread's alone again.
  void finish_writer();
  // Drops the jobs not yet run and ends the writer thread, if one runs (an import that
  // failed: its transaction rolls back).
  void stop_writer() noexcept;

private:
  friend class Store; // Store::db() waits through wait_for_writer()
  void wait_for_writer()
  {
    if (m_writer) m_writer->wait_unless_writing();
  }
  // Stores a fresh hold token in the database and its owner mark (hold()).
  void mark_hold();
  void release_hold() noexcept;

  Store& m_store;
  bool m_held = false;
  bool m_hold_committed = false; // the held transaction committed (mark_hold's hook)
  std::string m_previous_token;  // the token before the hold's, put back if it did not
  bool m_bulk_cache = false;
  bool m_search_deferred = false;
  std::optional<WriteBehind> m_writer;
};

} // namespace cppcc::storage
