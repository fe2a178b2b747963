// lib/storage/db_files: a rollback journal beside a database is applied only when the
// database wrote it; `db restore` moves the files of the replaced database aside.
#include "error.hpp"
#include "storage/db_files.hpp"
#include "storage/store.hpp"

#include <doctest/doctest.h>

#include "temp_dir.hpp"
#include <SQLiteCpp/Database.h>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
namespace storage = cppcc::storage;

namespace {

std::string bytes_of(const fs::path& file)
{
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Leaves beside `db` a hot journal of `other` (another database): taken while a
// transaction of `other` has spilled its pages, as a kill would leave it.
void plant_foreign_journal(const fs::path& other, const fs::path& db)
{
  SQLite::Database raw(other.string(), SQLite::OPEN_READWRITE);
  raw.exec("PRAGMA journal_mode = DELETE");
  raw.exec("PRAGMA cache_size = 2"); // spills at once: the journal is synced, hence hot
  raw.exec("BEGIN");
  raw.exec("INSERT INTO units (name, created_at, updated_at) "
           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
           "SELECT 'unit ' || i || printf('%.500c', 'x'), 'x', 'x' FROM n");
  fs::copy_file(other.string() + "-journal", db.string() + "-journal");
  raw.exec("ROLLBACK");
}

} // namespace

TEST_SUITE("db_files")
{
  TEST_CASE("a hot journal the database did not write is refused and left as it is")
  {
    TempDir dir;
    const auto db = dir.path / "office.db", other = dir.path / "other.db";
    storage::Store::create(db);
    storage::Store::create(other);
    plant_foreign_journal(other, db);
    const std::string journal = bytes_of(db.string() + "-journal");
    REQUIRE(journal.size() > 0);
    REQUIRE(journal[0] != 0);
    for (const auto access : {storage::Access::read, storage::Access::write}) {
      try {
        (void)storage::Store::open(db, access);
        FAIL("a foreign journal was not refused");
      } catch (const cppcc::Error& e) {
        CHECK(e.status() == cppcc::Exit::failure);
        CHECK(std::string(e.what()).find("office.db-journal") != std::string::npos);
      }
    }
    SUBCASE("an owner mark whose token is not in the file does not make it the database's")
    {
      storage::write_hold_owner(db, "0123456789abcdef0123456789abcdef", 2);
      CHECK_THROWS_AS(storage::Store::open(db, storage::Access::read), cppcc::Error);
    }
    CHECK(bytes_of(db.string() + "-journal") == journal);

    const auto restored = storage::Store::restore(db, other);
    CHECK(restored.version == storage::Store::latest_version());
    CHECK_FALSE(fs::exists(db.string() + "-journal"));
    REQUIRE_FALSE(restored.moved_aside.empty());
    CHECK(restored.moved_aside.front().string().starts_with(db.string() + "-journal.orphaned-"));
    CHECK(bytes_of(restored.moved_aside.front()) == journal);
    storage::Store store = storage::Store::open(db, storage::Access::read);
    CHECK(store.check().empty());
  }
}
