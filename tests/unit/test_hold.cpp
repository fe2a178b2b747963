// A large import takes the database to itself (BulkSession::hold, import::hold_for): a
// rollback journal instead of WAL and foreign keys checked once before the commit instead
// of row by row — and only when no other connection has the database open.
#include "days.hpp"
#include "error.hpp"
#include "import/importer.hpp"
#include "records/workspace.hpp"
#include "storage/bulk_session.hpp"
#include "storage/proposals.hpp"
#include "storage/store.hpp"

#include <doctest/doctest.h>

#include "import_office.hpp"
#include "temp_dir.hpp"
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace import = cppcc::import;
namespace storage = cppcc::storage;

namespace {

std::string pragma(storage::Store& store, const std::string& name)
{
  return store.db().execAndGet("PRAGMA " + name).getString();
}

// A proposals ledger of `rows` rows of ~2.2 KB from code P00001, every other row assigned
// to 区水利局 (its estimate, size / 2 KB, passes 1,000 rows from ~950 rows on).
std::string ledger(int rows)
{
  const std::string body(2100, 'x');
  std::string out = "code,title,body,type,proposer,submitted,status,filed,assigned,lead_units\n";
  for (int i = 1; i <= rows; ++i) {
    out += fmt::format("P{:05},title {},{},party,民盟区委,2023-01-{:02},", i, i, body, i % 28 + 1);
    out += i % 2 == 0 ? "assigned,2023-02-01,2023-02-10,区水利局\n" : "submitted,,,\n";
  }
  return out;
}

// An office whose database is a file (an in-memory one is never held).
struct FileOffice {
  TempDir dir;
  std::string path = (dir.path / "office.db").string();
  storage::Store store = [this] {
    storage::Store::create(path);
    return storage::Store::open(path, storage::Access::write);
  }();
  cppcc::config::Config config = cppcc::config::Config::from_text("", "test");
  cppcc::records::Workspace ws{store, config, "tester", cppcc::io::Date{2024, 3, 1},
                               cppcc::config::Lang::en};

  FileOffice()
  {
    storage::WriteTransaction t(store);
    import::import_files(ws, import::kind_named("unit"),
                         {dir.write("units.csv", "name,kind\n区水利局,government\n").string()}, {});
    t.commit();
  }

  // Imports `text` as the CLI does: the hold decided before the transaction, released
  // after it (its session ends after the transaction's). Returns whether the import held
  // the database.
  bool import(const std::string& text, import::Options options = {},
              const std::function<void()>& inside = {})
  {
    const std::vector<std::string> files = {dir.write("proposals.csv", text).string()};
    const auto& kind = import::kind_named("proposal");
    const std::unique_ptr<storage::BulkSession> session =
        import::hold_for(store, kind, files, options);
    const bool held = session != nullptr;
    storage::WriteTransaction t(store);
    if (inside) inside();
    import::import_files(ws, kind, files, options);
    t.commit();
    return held;
  }
};

} // namespace

TEST_SUITE("database held by a large import")
{
  TEST_CASE("held: a rollback journal, unchecked foreign keys, FULL sync; released: as before")
  {
    FileOffice f;
    CHECK(pragma(f.store, "journal_mode") == "wal");
    std::optional<storage::BulkSession> session;
    session.emplace(f.store);
    CHECK(f.store.bulk_session() == &*session);
    REQUIRE(session->hold());
    CHECK(session->held());
    CHECK(pragma(f.store, "journal_mode") == "delete");
    CHECK(pragma(f.store, "foreign_keys") == "0");
    CHECK(pragma(f.store, "synchronous") == "2");
    CHECK(pragma(f.store, "locking_mode") == "exclusive");
    CHECK_FALSE(session->hold()); // once
    session.reset();
    CHECK(f.store.bulk_session() == nullptr);
    CHECK(pragma(f.store, "journal_mode") == "wal");
    CHECK(pragma(f.store, "foreign_keys") == "1");
    CHECK(pragma(f.store, "synchronous") == "1");
    CHECK(pragma(f.store, "locking_mode") == "normal");
    session.emplace(f.store); // not held: nothing to put back at its end
    CHECK_FALSE(session->held());
    session.reset();
    CHECK(pragma(f.store, "journal_mode") == "wal");
  }

  TEST_CASE("not while another connection has the database open")
  {
    FileOffice f;
    {
      storage::Store reader = storage::Store::open(f.path, storage::Access::read);
      storage::BulkSession session(f.store);
      CHECK_FALSE(session.hold());
      CHECK_FALSE(session.held());
      CHECK(pragma(f.store, "journal_mode") == "wal");
      CHECK(pragma(f.store, "foreign_keys") == "1");
      CHECK(pragma(f.store, "locking_mode") == "normal");
      CHECK(pragma(reader, "journal_mode") == "wal");
      // Nothing kept from the attempt: a third connection writes, the reader reads it.
      storage::Store other = storage::Store::open(f.path, storage::Access::write);
      other.db().exec("INSERT INTO units(name, created_at, updated_at) VALUES ('u', '', '')");
      CHECK(count_rows(reader, "units") == 2);
      CHECK(count_rows(f.store, "units") == 2);
    }
    storage::BulkSession session(f.store);
    CHECK(session.hold()); // the reader has gone
  }

  TEST_CASE("held, no one else gets in from BEGIN until the database is back in WAL")
  {
    FileOffice f;
    ::setenv("CPPCC_BUSY_TIMEOUT_MS", "20", 1); // the others' opens give up at once
    std::optional<storage::BulkSession> session;
    session.emplace(f.store);
    REQUIRE(session->hold());
    // Already: the lock taken to leave WAL is kept until the transaction's BEGIN.
    CHECK_THROWS_AS(storage::Store::open(f.path, storage::Access::read), SQLite::Exception);
    {
      storage::WriteTransaction t(f.store); // BEGIN EXCLUSIVE
      CHECK_THROWS_AS(storage::Store::open(f.path, storage::Access::read), SQLite::Exception);
      f.store.db().exec("INSERT INTO units(name, created_at, updated_at) VALUES ('u', '', '')");
      t.commit();
    }
    // Committed, but the lock is kept until the switch back to WAL: a reader waiting for
    // the commit would otherwise take it first, and the switch would fail.
    CHECK_THROWS_AS(storage::Store::open(f.path, storage::Access::read), SQLite::Exception);
    session.reset();
    storage::Store reader = storage::Store::open(f.path, storage::Access::read);
    CHECK(count_rows(reader, "units") == 2);
    CHECK(pragma(reader, "journal_mode") == "wal");
    ::unsetenv("CPPCC_BUSY_TIMEOUT_MS");
  }

  TEST_CASE("a write opened on a database another connection keeps in a rollback journal")
  {
    // As a writer that arrives while an import holds the database, or after one was
    // killed while a reader is in: the switch to WAL is refused at once; the writer works
    // in the rollback journal (FULL sync) and its transaction waits for the lock.
    FileOffice f;
    f.store.db().exec("PRAGMA journal_mode = DELETE");
    storage::Store reader = storage::Store::open(f.path, storage::Access::read);
    std::optional<storage::ReadTransaction> reading;
    reading.emplace(reader);
    CHECK(count_rows(reader, "units") == 1); // holds its shared lock
    storage::Store writer = storage::Store::open(f.path, storage::Access::write);
    CHECK(pragma(writer, "journal_mode") == "delete");
    CHECK(pragma(writer, "synchronous") == "2");
    reading.reset();
    storage::Store later = storage::Store::open(f.path, storage::Access::write);
    CHECK(pragma(later, "journal_mode") == "wal"); // alone again: WAL
    CHECK(pragma(later, "synchronous") == "1");
  }

  TEST_CASE("never an in-memory database")
  {
    storage::Store store = storage::Store::create(":memory:");
    storage::BulkSession session(store);
    CHECK_FALSE(session.hold());
    CHECK(pragma(store, "foreign_keys") == "1");
  }

  TEST_CASE("hold_for: a large proposal import into a small table, written")
  {
    FileOffice f;
    const std::string big = ledger(1000);
    SUBCASE("held, and the rows checked and committed")
    {
      CHECK(f.import(big));
      CHECK(count_rows(f.store, "proposals") == 1000);
      CHECK(count_rows(f.store, "assignments") == 500);
      CHECK(pragma(f.store, "journal_mode") == "wal");
      CHECK(pragma(f.store, "foreign_keys") == "1");
      CHECK(f.store.check().empty());
      CHECK_FALSE(std::filesystem::exists(f.path + "-journal"));
    }
    SUBCASE("a broken reference among the rows: an internal error, and nothing written")
    {
      // What the check before the commit is for: a reference the import's own code got
      // wrong. None of its rows can be made to, so this one is written beside them.
      try {
        f.import(big, {}, [&] {
          f.store.db().exec("INSERT INTO search_pending(proposal_id) VALUES (99999)");
        });
        FAIL("the import committed a broken reference");
      } catch (const cppcc::Error& e) {
        CHECK(e.status() == cppcc::Exit::internal);
        CHECK(std::string(e.what()) ==
              "the check of foreign keys before the commit found 1 broken reference(s), the "
              "first: foreign key: table search_pending row 99999 refers to a missing "
              "proposals row; nothing was written ('cppcc db check' lists them; with "
              "--concurrent the import checks only its own rows)");
      }
      CHECK(count_rows(f.store, "proposals") == 0);
      CHECK(count_rows(f.store, "search_pending") == 0);
      CHECK(pragma(f.store, "journal_mode") == "wal");
      CHECK(pragma(f.store, "foreign_keys") == "1");
    }
    SUBCASE("not held: the same rows, with their foreign keys looked up row by row")
    {
      import::Options options;
      options.concurrent = import::Concurrent::yes;
      CHECK_FALSE(f.import(big, options));
      CHECK(count_rows(f.store, "proposals") == 1000);
      CHECK(f.store.check().empty());
    }
    SUBCASE("a bad row: nothing written, and the database as it was")
    {
      CHECK_THROWS_AS(f.import(big + "P99999,title,body,party,民盟区委,,submitted,,,\n"),
                      cppcc::DataError);
      CHECK(count_rows(f.store, "proposals") == 0);
      CHECK(pragma(f.store, "journal_mode") == "wal");
      CHECK_FALSE(std::filesystem::exists(f.path + "-journal"));
    }
  }

  TEST_CASE("hold_for: not for a dry run, a small file, --skip-invalid or a large table")
  {
    FileOffice f;
    const auto& kind = import::kind_named("proposal");
    const std::vector<std::string> big = {f.dir.write("big.csv", ledger(1000)).string()};
    import::Options dry;
    dry.dry_run = import::DryRun::yes;
    CHECK_FALSE(import::hold_for(f.store, kind, big, dry));
    import::Options skip;
    skip.skip_invalid = import::SkipInvalid::yes;
    CHECK_FALSE(import::hold_for(f.store, kind, big, skip));
    CHECK_FALSE(import::hold_for(f.store, kind, {f.dir.write("s.csv", ledger(100)).string()}, {}));
    CHECK_FALSE(import::hold_for(f.store, import::kind_named("unit"), big, {}));
    CHECK(pragma(f.store, "journal_mode") == "wal");
    // 1,000 rows stored: a file of about as many adds to a table no longer small.
    CHECK(f.import(ledger(1000)));
    CHECK_FALSE(import::hold_for(f.store, kind, big, {}));
    CHECK(pragma(f.store, "journal_mode") == "wal");
  }

  TEST_CASE("held, a proposal's rows go several per INSERT and read back as one per INSERT")
  {
    // More rows than one INSERT takes (8): the statements of 8 and of the rest.
    auto write = [](storage::Store& store) {
      cppcc::model::Proposal p;
      p.code = "P1";
      p.title = "关于加强供水管网改造的建议";
      p.type = "member";
      p.proposer = "张明";
      p.session = "十六届二次会议";
      p.submitted = day("2023-01-05");
      p.status = "assigned";
      for (int i = 1; i <= 11; ++i) // 11 names, one twice: 10 rows, in the order given
        p.cosigners.push_back(
            {i == 7 ? "委员3" : fmt::format("委员{}", i), std::nullopt, std::nullopt});
      storage::WriteTransaction t(store);
      const long id = storage::insert_proposal(store, p, "2024-03-01 09:00:00");
      std::vector<cppcc::model::Assignment> assignments;
      for (int i = 1; i <= 9; ++i)
        assignments.push_back({i,
                               1,
                               "区水利局",
                               i == 1 ? cppcc::model::Role::lead : cppcc::model::Role::joint,
                               1 + i / 5,
                               day(fmt::format("2023-02-{:02}", i)),
                               day("2023-05-01"),
                               {},
                               "",
                               i % 2 ? day(fmt::format("2023-03-{:02}", i)) : std::nullopt,
                               i % 2 ? "A" : "",
                               ""});
      std::vector<const cppcc::model::Assignment*> added;
      for (const auto& a : assignments)
        added.push_back(&a);
      storage::insert_assignments(store, id, added);
      std::vector<cppcc::model::Event> events;
      for (int i = 1; i <= 17; ++i)
        events.push_back({0, fmt::format("step{}", i), day(fmt::format("2023-04-{:02}", i)),
                          i == 1 ? "" : "filed", "assigned", "tester", "2024-03-01 09:00:00",
                          i % 3 ? "" : fmt::format(R"({{"n": "{}"}})", i)});
      storage::append_events(store, id, 1, events);
      t.commit();
    };
    auto rows = [](storage::Store& store) {
      return store.db()
          .execAndGet(
              "SELECT group_concat(x, '|') FROM ("
              "SELECT position || name || ifnull(member_id, '-') AS x FROM proposal_cosigners "
              "UNION ALL SELECT id || unit_id || role || round || assigned || due || "
              "ifnull(replied, '-') || ifnull(result, '-') FROM assignments "
              "UNION ALL SELECT id || action || date || ifnull(from_state, '-') || to_state "
              "|| operator || recorded_at || details FROM proposal_events)")
          .getString();
    };
    FileOffice held, one_by_one;
    std::optional<storage::BulkSession> session;
    session.emplace(held.store);
    REQUIRE(session->hold());
    write(held.store);
    const std::string written = rows(held.store);
    session.reset();
    write(one_by_one.store);
    CHECK(written == rows(one_by_one.store));
    CHECK(held.store.db().execAndGet("SELECT count(*) FROM proposal_cosigners").getInt() == 10);
    CHECK(held.store.db().execAndGet("SELECT count(*) FROM assignments").getInt() == 9);
    CHECK(held.store.db().execAndGet("SELECT count(*) FROM proposal_events").getInt() == 17);
    const auto events = storage::events_of(held.store, 1);
    REQUIRE(events.size() == 17);
    CHECK(events[16].id == 17);
    CHECK(events[16].action == "step17");
    CHECK(events[2].details == R"({"n": "3"})");
    CHECK(events[3].details == "{}");
  }
}
