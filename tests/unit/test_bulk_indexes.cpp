// A large import builds the secondary indexes of the tables it writes once, at its end
// (storage/bulk_indexes.hpp, import_files): the same indexes afterwards, none lost when
// the import fails or is a dry run.
#include "error.hpp"
#include "import/importer.hpp"
#include "storage/bulk_indexes.hpp"
#include "storage/store.hpp"

#include <doctest/doctest.h>

#include "import_office.hpp"
#include <algorithm>
#include <fmt/format.h>
#include <string>
#include <vector>

namespace import = cppcc::import;
namespace storage = cppcc::storage;
using Strings = std::vector<std::string>;

namespace {

// Every index as sqlite_schema holds it (type, name, table, SQL), by name.
Strings index_list(storage::Store& store)
{
  SQLite::Statement s(store.db(), "SELECT name || ' ON ' || tbl_name || ': ' || "
                                  "coalesce(sql, '(constraint)') FROM sqlite_schema "
                                  "WHERE type = 'index' ORDER BY name");
  Strings out;
  while (s.executeStep())
    out.push_back(s.getColumn(0).getString());
  return out;
}

// The indexes' names in the order they were created (sqlite_schema rowid): one dropped and
// created again comes last.
Strings creation_order(storage::Store& store)
{
  SQLite::Statement s(store.db(),
                      "SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY rowid");
  Strings out;
  while (s.executeStep())
    out.push_back(s.getColumn(0).getString());
  return out;
}

// Where sqlite_schema holds the index: a new place when it was dropped and created again.
long rowid_of(storage::Store& store, const std::string& index)
{
  return store.db()
      .execAndGet("SELECT rowid FROM sqlite_schema WHERE type = 'index' AND name = '" + index + "'")
      .getInt();
}

bool has(const Strings& list, const std::string& item)
{
  return std::find(list.begin(), list.end(), item) != list.end();
}

// A proposals ledger of `rows` rows of ~2.2 KB (long bodies) from code P`first`; every
// third row filed and assigned to 区水利局, the others submitted.
std::string ledger(int rows, int first = 1)
{
  const std::string body(2100, 'x');
  std::string out = "code,title,body,type,proposer,submitted,status,filed,assigned,lead_units\n";
  for (int i = first; i < first + rows; ++i) {
    const std::string day = fmt::format("2023-01-{:02}", i % 28 + 1);
    out += fmt::format("P{:05},title {},{},party,民盟区委,{},", i, i, body, day);
    out += i % 3 == 0 ? fmt::format("assigned,2023-02-01,2023-02-10,区水利局\n")
                      : std::string("submitted,,,\n");
  }
  return out;
}

struct Fixture : ImportOffice {};

int cache_size(storage::Store& store)
{
  return store.db().execAndGet("PRAGMA cache_size").getInt();
}

} // namespace

TEST_SUITE("bulk indexes")
{
  TEST_CASE("only the CREATE INDEX indexes are dropped, and come back the same")
  {
    storage::Store store = storage::Store::create(":memory:");
    store.db().exec("CREATE UNIQUE INDEX audit_unique ON audit_log(id, at)");
    const Strings before = index_list(store);
    {
      storage::Savepoint whole(store, "t");
      storage::DeferredIndexes deferred(store, {"proposals", "assignments", "audit_log"});
      CHECK(deferred.names() == Strings{"proposals_by_submitted", "proposals_by_result",
                                        "proposals_by_status", "assignments_by_unit",
                                        "audit_by_record"});
      const Strings during = creation_order(store);
      CHECK_FALSE(has(during, "proposals_by_status"));
      CHECK_FALSE(has(during, "audit_by_record"));
      CHECK(has(during, "audit_unique"));                 // UNIQUE
      CHECK(has(during, "sqlite_autoindex_proposals_1")); // UNIQUE(code)
      CHECK(has(during, "cosigners_by_member"));          // a table not named
      deferred.rebuild();
      CHECK(index_list(store) == before);
      CHECK(creation_order(store).back() == "audit_by_record");
      whole.release();
    }
    CHECK(index_list(store) == before);
    CHECK(store.check().empty());
  }

  TEST_CASE("a rolled back transaction takes the drops back")
  {
    storage::Store store = storage::Store::create(":memory:");
    const Strings before = index_list(store);
    const Strings order = creation_order(store);
    {
      storage::Savepoint whole(store, "t");
      storage::DeferredIndexes deferred(store, {"proposals", "proposal_events"});
      CHECK(index_list(store) != before);
    } // never released: rolled back
    CHECK(index_list(store) == before);
    CHECK(creation_order(store) == order);
  }

  TEST_CASE("rows_up_to counts no further than its limit")
  {
    storage::Store store = storage::Store::create(":memory:");
    for (int i = 0; i < 5; ++i)
      store.db().exec("INSERT INTO units(name, kind, created_at, updated_at) VALUES ('u" +
                      std::to_string(i) + "', 'government', '', '')");
    CHECK(storage::rows_up_to(store, "units", 3) == 3);
    CHECK(storage::rows_up_to(store, "units", 10) == 5);
  }

  TEST_CASE("the proposal import names tables the schema has")
  {
    storage::Store store = storage::Store::create(":memory:");
    const auto& kind = import::kind_named("proposal");
    for (const auto& table : kind.deferrable_tables)
      CHECK(store.db().tableExists(table));
  }

  TEST_CASE("a large import into small tables builds their indexes at its end, the same ones")
  {
    Fixture f;
    f.import("unit", "units.csv", "name,kind\n区水利局,government\n");
    const Strings before = index_list(f.store);
    const Strings order = creation_order(f.store);
    // The last schema object that stays: SQLite numbers a new one past the highest left,
    // which may be the number of a dropped index (the last migration's).
    const long last_before =
        f.store.db()
            .execAndGet("SELECT max(rowid) FROM sqlite_schema WHERE name NOT IN "
                        "('proposals_by_status', 'proposals_by_submitted', 'proposals_by_result', "
                        "'cosigners_by_member', 'assignments_by_unit', 'audit_by_record')")
            .getInt();
    const std::string big = ledger(1100); // ~2.4 MB: ~1,150 rows by the estimate

    SUBCASE("a bad row: nothing written, every index as it was")
    {
      std::string bad = big + "P99999,title,body,party,民盟区委,,submitted,,,\n"; // no date
      CHECK_THROWS_AS(f.import("proposal", "bad.csv", bad), cppcc::DataError);
      CHECK(count_rows(f.store, "proposals") == 0);
      CHECK(f.store.bulk_session() == nullptr); // a proposal added next is indexed
      CHECK(cache_size(f.store) == -2000);      // the bulk cache is given back
      CHECK(index_list(f.store) == before);
      CHECK(creation_order(f.store) == order);
    }
    SUBCASE("a dry run: nothing written, every index as it was")
    {
      const auto summary = f.import("proposal", "big.csv", big, import::DryRun::yes);
      CHECK(summary.inserted == 1100);
      CHECK(count_rows(f.store, "proposals") == 0);
      CHECK(index_list(f.store) == before);
      CHECK(creation_order(f.store) == order);
    }
    SUBCASE("written: the same indexes, built again after the rows")
    {
      const auto summary = f.import("proposal", "big.csv", big);
      CHECK(summary.inserted == 1100);
      CHECK(count_rows(f.store, "proposals") == 1100);
      CHECK(count_rows(f.store, "assignments") == 366);
      CHECK(cache_size(f.store) == -2000); // SQLite's default again
      CHECK(index_list(f.store) == before);
      for (const char* name :
           {"proposals_by_status", "proposals_by_submitted", "proposals_by_result",
            "cosigners_by_member", "assignments_by_unit", "audit_by_record"})
        CHECK_MESSAGE(rowid_of(f.store, name) > last_before, name); // dropped, created again
      CHECK(f.store.check().empty());

      // A second file of about as many rows as the tables now hold: their indexes are kept
      // up row by row. (The co-signers' table, empty, is still deferred.)
      const long status_at = rowid_of(f.store, "proposals_by_status");
      const long audit_at = rowid_of(f.store, "audit_by_record");
      f.import("proposal", "more.csv", ledger(1000, 2001));
      CHECK(count_rows(f.store, "proposals") == 2100);
      CHECK(rowid_of(f.store, "proposals_by_status") == status_at);
      CHECK(rowid_of(f.store, "audit_by_record") == audit_at);
      CHECK(index_list(f.store) == before);
      CHECK(f.store.check().empty());
    }
    SUBCASE("a small file: row by row")
    {
      f.import("proposal", "small.csv", ledger(50));
      CHECK(creation_order(f.store) == order);
    }
  }
}
