// lib/storage/: the database file (creation, schema versions, migration, check,
// backup) and proposal search.
#include "config/config.hpp"
#include "days.hpp"
#include "error.hpp"
#include "records/members.hpp"
#include "records/proposals.hpp"
#include "records/units.hpp"
#include "reports/snapshot_reader.hpp"
#include "storage/members.hpp"
#include "storage/proposals.hpp"
#include "storage/sql_util.hpp"
#include "storage/store.hpp"
#include "util/resources.hpp"
#include "util/text.hpp"
#include "workflow/proposal_actions.hpp"

#include <SQLiteCpp/Database.h>
#include <atomic>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "temp_dir.hpp"
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

namespace cfg = cppcc::config;
namespace fs = std::filesystem;
namespace io = cppcc::io;
namespace records = cppcc::records;
namespace reports = cppcc::reports;
namespace storage = cppcc::storage;
using Strings = std::vector<std::string>;

namespace {

bool contains(const std::string& text, std::string_view part)
{
  return text.find(part) != std::string::npos;
}

std::string bytes_of(const fs::path& file)
{
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::perms mode_of(const fs::path& file)
{
  return fs::status(file).permissions() & fs::perms::all;
}

constexpr fs::perms k_private = fs::perms::owner_read | fs::perms::owner_write;

// A new database file brought to schema `version` by running the migrations up to it by
// hand, as an older cppcc left it, for a migration test to fill.
SQLite::Database database_at_version(const fs::path& file, int version)
{
  SQLite::Database raw(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  const std::string next = fmt::format("migrations/{:03}", version + 1);
  for (const auto& r : cppcc::util::resources_under("migrations/"))
    if (r.path < next) raw.exec(std::string(r.text));
  raw.exec(fmt::format("PRAGMA user_version = {}", version));
  return raw;
}

void set_user_version(const fs::path& file, int version)
{
  SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("PRAGMA user_version = " + std::to_string(version));
}

// Records over a store: the default configuration, one member and one unit.
struct Records {
  explicit Records(storage::Store& s)
      : store(s),
        config(cfg::Config::from_text("", "test")), ws{store, config, "tester",
                                                       io::Date{2024, 3, 1}, cfg::Lang::en}
  {
    records::add_member(ws, {{"code", "W001"}, {"name", "张明"}});
    records::add_unit(ws, {{"name", "区住建局"}});
  }
  void add(const std::string& code, const std::string& title, const std::string& body)
  {
    cppcc::workflow::add_proposal(ws, {{"code", code},
                                       {"title", title},
                                       {"body", body},
                                       {"proposer", "张明"},
                                       {"submitted", "2024-01-10"}});
  }
  storage::Store& store;
  cfg::Config config;
  records::Workspace ws;
};

// The codes of the proposals a search finds, in list order.
Strings found(storage::Store& store, const std::string& search)
{
  storage::ProposalFilter filter;
  filter.search = search;
  Strings codes;
  for (const auto& row : storage::list_proposals(store, filter))
    codes.push_back(row.proposal.code);
  return codes;
}

} // namespace

TEST_SUITE("storage")
{
  // ---- the database file ---------------------------------------------------------------

  TEST_CASE("a new database is at the latest schema version and private to its owner")
  {
    TempDir dir;
    const fs::path file = dir.path / "cppcc.db";
    {
      storage::Store store = storage::Store::create(file);
      CHECK(storage::Store::latest_version() >= 1);
      CHECK(store.schema_version() == storage::Store::latest_version());
      CHECK(store.check().empty());
    }
    REQUIRE(fs::exists(file));
    CHECK(mode_of(file) == k_private);
    storage::Store reopened = storage::Store::open(file, storage::Access::read);
    CHECK(reopened.schema_version() == storage::Store::latest_version());
    // 16 KiB pages (store.cpp, k_page_size) and WAL, kept in the file
    CHECK(reopened.db().execAndGet("PRAGMA page_size").getInt() == 16384);
    CHECK(reopened.db().execAndGet("PRAGMA journal_mode").getString() == "wal");
  }

  TEST_CASE("a record's dates are stored as ISO text and read back as dates")
  {
    storage::Store store = storage::Store::create(":memory:");
    cppcc::model::Proposal p;
    p.code = "P2024-0001";
    p.title = "关于停车难的建议";
    p.proposer = "张三";
    p.session = "s";
    p.status = "filed";
    p.submitted = day("2024-01-31");
    p.filed = day("2024-02-29");
    storage::insert_proposal(store, p, "2024-03-01 09:00:00");
    CHECK(store.db().execAndGet("SELECT filed FROM proposals").getString() == "2024-02-29");
    CHECK(store.db().execAndGet("SELECT count(*) FROM proposals WHERE due IS NULL").getInt() == 1);
    auto read = storage::find_proposal(store, "P2024-0001");
    REQUIRE(read);
    CHECK(read->filed == day("2024-02-29"));
    CHECK(read->submitted < read->filed); // as dates, not as text
    CHECK_FALSE(read->due.has_value());
    // Text that is not a day is a damaged database, said with the value and the column.
    store.db().exec("UPDATE proposals SET filed = '2024-02-30'");
    CHECK_THROWS_WITH_AS(storage::find_proposal(store, "P2024-0001"),
                         doctest::Contains("2024-02-30"), cppcc::DataError);
  }

  TEST_CASE("an assignment's role is stored as its id and read back as the role")
  {
    using cppcc::model::Role;
    CHECK(cppcc::model::role_id(Role::lead) == "lead");
    CHECK(cppcc::model::role_id(Role::joint) == "joint");
    CHECK(cppcc::model::role_of_id("joint") == Role::joint);
    CHECK_FALSE(cppcc::model::role_of_id("Lead").has_value());
    CHECK_FALSE(cppcc::model::role_of_id("").has_value());

    storage::Store store = storage::Store::create(":memory:");
    Records r(store);
    r.add("P2024-0001", "关于停车难的建议", "停车难");
    const long id = storage::find_proposal(store, "P2024-0001")->id;
    const long unit = storage::find_unit(store, "区住建局")->id;
    cppcc::model::Assignment joint, lead;
    joint.id = 1;
    joint.unit_id = unit;
    joint.role = Role::joint;
    joint.assigned = day("2024-02-01");
    joint.due = day("2024-05-01");
    lead = joint;
    lead.id = 2;
    lead.role = Role::lead;
    storage::insert_assignments(store, id, {&joint, &lead});
    CHECK(store.db()
              .execAndGet("SELECT group_concat(role, ',') FROM (SELECT role FROM "
                          "assignments ORDER BY id)")
              .getString() == "joint,lead");
    const auto read = storage::assignments_of(store, id);
    REQUIRE(read.size() == 2);
    CHECK(read[0].role == Role::lead); // lead units before joint ones
    CHECK(read[0].id == 2);
    CHECK(read[1].role == Role::joint);
    // Any other text is a damaged database, said with the value and the column.
    store.db().exec("PRAGMA ignore_check_constraints = ON");
    store.db().exec("UPDATE assignments SET role = 'chief' WHERE id = 1");
    CHECK_THROWS_WITH_AS(storage::assignments_of(store, id), doctest::Contains("'chief'"),
                         cppcc::DataError);
  }

  TEST_CASE("create refuses an existing file and leaves it alone")
  {
    TempDir dir;
    const fs::path file = dir.path / "cppcc.db";
    std::ofstream(file) << "keep me";
    try {
      (void)storage::Store::create(file);
      FAIL("no exception");
    } catch (const cppcc::Error& e) {
      CHECK(e.status() == cppcc::Exit::cant_create);
    }
    CHECK(bytes_of(file) == "keep me");
  }

  TEST_CASE("opening a missing database is an input error")
  {
    TempDir dir;
    try {
      (void)storage::Store::open(dir.path / "none.db", storage::Access::read);
      FAIL("no exception");
    } catch (const cppcc::InputError& e) {
      CHECK(e.status() == cppcc::Exit::no_input);
      CHECK(contains(e.what(), "none.db"));
    }
    CHECK_FALSE(fs::exists(dir.path / "none.db"));
  }

  TEST_CASE("a database written by a newer version is refused and left unchanged")
  {
    TempDir dir;
    const fs::path file = dir.path / "cppcc.db";
    {
      storage::Store store = storage::Store::create(file);
      Records data(store);
      data.add("P1", "关于供水的建议", "");
    }
    const int newer = storage::Store::latest_version() + 1;
    set_user_version(file, newer);
    const std::string before = bytes_of(file);
    REQUIRE_FALSE(before.empty());

    try {
      (void)storage::Store::open(file, storage::Access::write);
      FAIL("no exception");
    } catch (const cppcc::Error& e) {
      CHECK(contains(e.what(), "newer"));
      CHECK(contains(e.what(), std::to_string(newer)));
    }
    CHECK_THROWS_AS(storage::Store::open(file, storage::Access::read), cppcc::Error);
    CHECK_THROWS_AS(storage::Store::open_for_migration(file), cppcc::Error);
    CHECK(bytes_of(file) == before);
    SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
    CHECK(raw.execAndGet("PRAGMA user_version").getInt() == newer);
  }

  TEST_CASE("an older database is refused by open and brought up to date by migrate")
  {
    TempDir dir;
    const fs::path file = dir.path / "old.db";
    set_user_version(file, 0); // an SQLite file on which no migration ran
    REQUIRE(fs::exists(file));

    try {
      (void)storage::Store::open(file, storage::Access::write);
      FAIL("no exception");
    } catch (const cppcc::Error& e) {
      CHECK(contains(e.what(), "older"));
      CHECK(contains(e.what(), "migrate"));
    }

    {
      storage::Store store = storage::Store::open_for_migration(file);
      CHECK(store.schema_version() == 0);
      const Strings applied = store.migrate();
      REQUIRE_FALSE(applied.empty());
      CHECK(applied.front() == "001_initial.sql");
      CHECK(static_cast<int>(applied.size()) == storage::Store::latest_version());
      CHECK(store.schema_version() == storage::Store::latest_version());
      // nothing left to do the second time
      CHECK(store.migrate().empty());
    }
    storage::Store store = storage::Store::open(file, storage::Access::write);
    CHECK(store.schema_version() == storage::Store::latest_version());
    CHECK(store.check().empty());
    Records data(store);
    data.add("P1", "关于供水的建议", "");
    CHECK(storage::find_proposal(store, "P1").has_value());
  }

  // Migration 003 rebuilds the co-signers table (WITHOUT ROWID) and widens indexes: a
  // version-2 database with records keeps every one of them.
  TEST_CASE("migrating a version-2 database to the year indexes keeps its records")
  {
    TempDir dir;
    const fs::path file = dir.path / "v2.db";
    {
      SQLite::Database raw = database_at_version(file, 2);
      raw.exec("INSERT INTO members(id, code, name, status, created_at, updated_at) VALUES "
               "(1, 'W001', '张明', 'active', 'x', 'x'), (2, 'W002', '李华', 'active', 'x', 'x')");
      raw.exec("INSERT INTO units(id, name, created_at, updated_at) VALUES "
               "(1, '区教育局', 'x', 'x')");
      raw.exec("INSERT INTO proposals(id, code, title, type, proposer, proposer_member_id, "
               "session, submitted, status, round, created_at, updated_at) VALUES "
               "(1, 'P1', '关于供水的建议', 'member', '张明', 1, 's', '2023-03-01', 'assigned', 1, "
               "'x', 'x')");
      raw.exec("INSERT INTO proposal_cosigners(proposal_id, position, name, member_id) VALUES "
               "(1, 1, '李华', 2), (1, 2, '王某', NULL)");
      raw.exec("INSERT INTO assignments(proposal_id, unit_id, role, round, assigned, due) "
               "VALUES (1, 1, 'lead', 1, '2023-03-10', '2023-06-10')");
      raw.exec("INSERT INTO search_pending(proposal_id) VALUES (1)");
    }
    {
      storage::Store store = storage::Store::open_for_migration(file);
      const Strings applied = store.migrate();
      CHECK(applied == Strings{"003_year_index.sql", "004_activity_article_index.sql",
                               "005_result_index.sql", "006_events_by_proposal.sql",
                               "007_open_proposals_index.sql", "008_hold_token.sql",
                               "009_no_placeholder_leader.sql", "010_member_left_on.sql",
                               "011_proposal_signatures.sql"});
    }
    storage::Store store = storage::Store::open(file, storage::Access::write);
    CHECK(store.check() == Strings{});
    const auto p = storage::find_proposal(store, "P1");
    REQUIRE(p.has_value());
    REQUIRE(p->cosigners.size() == 2);
    CHECK(p->cosigners[0].name == "李华");
    CHECK(p->cosigners[0].member_id == 2);
    CHECK(p->cosigners[1].name == "王某");
    CHECK_FALSE(p->cosigners[1].member_id.has_value());
    CHECK(storage::assignments_of(store, p->id).size() == 1);
    SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
    CHECK(raw.execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'proposal_cosigners'")
              .getString()
              .find("WITHOUT ROWID") != std::string::npos);
    CHECK(raw.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                         "('proposals_by_submitted', 'assignments_by_unit', "
                         "'activities_by_date', 'cosigners_by_member')")
              .getInt() == 4);
    // Since 007 the index of proposals by status leaves concluded proposals out.
    CHECK(raw.execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'proposals_by_status'")
              .getString()
              .find("WHERE status <> 'concluded'") != std::string::npos);
  }

  // Migration 006 stores events and assignments in their proposal's order: a version-5
  // database's rows, numbered across all proposals, keep their ids and their order, and
  // a new row of a migrated proposal follows its highest id.
  TEST_CASE("migrating a version-5 database keeps every event and assignment in order")
  {
    TempDir dir;
    const fs::path file = dir.path / "v5.db";
    {
      SQLite::Database raw = database_at_version(file, 5);
      raw.exec("INSERT INTO units(id, name, created_at, updated_at) VALUES "
               "(1, '区教育局', 'x', 'x'), (2, '区水利局', 'x', 'x')");
      raw.exec("INSERT INTO proposals(id, code, title, type, proposer, session, submitted, "
               "status, round, created_at, updated_at) VALUES "
               "(1, 'P1', '关于供水的建议', 'party', '民盟', 's', '2023-03-01', 'assigned', 1, "
               "'x', 'x'), "
               "(2, 'P2', '关于学校的建议', 'party', '民进', 's', '2023-03-02', 'assigned', 1, "
               "'x', 'x')");
      // Ids interleaved between the two proposals, as commands on both would leave them.
      raw.exec("INSERT INTO proposal_events(id, proposal_id, action, date, from_state, "
               "to_state, operator, recorded_at) VALUES "
               "(1, 1, 'add', '2023-03-01', NULL, 'submitted', 'a', 't'), "
               "(2, 2, 'add', '2023-03-02', NULL, 'submitted', 'a', 't'), "
               "(3, 2, 'file', '2023-03-05', 'submitted', 'filed', 'a', 't'), "
               "(4, 1, 'file', '2023-03-05', 'submitted', 'filed', 'a', 't'), "
               "(5, 1, 'assign', '2023-03-10', 'filed', 'assigned', 'a', 't'), "
               "(6, 2, 'assign', '2023-03-10', 'filed', 'assigned', 'a', 't')");
      raw.exec("INSERT INTO assignments(id, proposal_id, unit_id, role, round, assigned, due) "
               "VALUES (1, 2, 1, 'lead', 1, '2023-03-10', '2023-06-10'), "
               "(2, 1, 2, 'lead', 1, '2023-03-10', '2023-06-10'), "
               "(3, 2, 2, 'joint', 1, '2023-03-10', '2023-06-10')");
      raw.exec("INSERT INTO search_pending(proposal_id) VALUES (1), (2)");
    }
    {
      storage::Store store = storage::Store::open_for_migration(file);
      CHECK(store.migrate() == Strings{"006_events_by_proposal.sql", "007_open_proposals_index.sql",
                                       "008_hold_token.sql", "009_no_placeholder_leader.sql",
                                       "010_member_left_on.sql", "011_proposal_signatures.sql"});
      // migrate() journals to files; the store's own setting is back afterwards
      CHECK(store.db().execAndGet("PRAGMA temp_store").getInt() == 2); // MEMORY
    }
    storage::Store store = storage::Store::open(file, storage::Access::write);
    const Strings problems = store.check();
    CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems.front()));
    auto ids = [](const auto& rows) {
      std::vector<long> out;
      for (const auto& row : rows)
        out.push_back(row.id);
      return out;
    };
    CHECK(ids(storage::events_of(store, 1)) == std::vector<long>{1, 4, 5});
    CHECK(ids(storage::events_of(store, 2)) == std::vector<long>{2, 3, 6});
    CHECK(storage::events_of(store, 2)[1].action == "file");
    CHECK(ids(storage::assignments_of(store, 1)) == std::vector<long>{2});
    CHECK(ids(storage::assignments_of(store, 2)) == std::vector<long>{1, 3});
    CHECK(storage::assignments_of(store, 2)[1].unit == "区水利局");

    CHECK(storage::last_event_id(store, 1) == 5);
    CHECK(storage::last_event_id(store, 3) == 0);
    cppcc::model::Event reply{0, "reply", day("2023-04-01"), "assigned", "replied", "a", "t", ""};
    storage::append_events(store, 1, storage::last_event_id(store, 1) + 1, {reply});
    CHECK(ids(storage::events_of(store, 1)) == std::vector<long>{1, 4, 5, 6});
    CHECK(storage::last_event(store, 1)->action == "reply");
    // The last event is the latest date's, the last recorded of that date, not the last
    // recorded: a step entered later may carry an earlier date.
    cppcc::model::Event late{0, "urge", day("2023-03-20"), "replied", "replied", "a", "t", ""};
    cppcc::model::Event same{0, "note", day("2023-04-01"), "replied", "replied", "a", "t", ""};
    storage::append_events(store, 1, 7, {late});
    CHECK(storage::last_event(store, 1)->id == 6); // reply, 2023-04-01
    storage::append_events(store, 1, 8, {same});
    CHECK(storage::last_event(store, 1)->id == 8); // the same date, recorded after it
    CHECK(storage::last_event(store, 1)->action == "note");

    SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
    for (const char* table : {"proposal_events", "assignments"})
      CHECK_MESSAGE(contains(raw.execAndGet(std::string("SELECT sql FROM sqlite_schema WHERE "
                                                        "name = '") +
                                            table + "'")
                                 .getString(),
                             "WITHOUT ROWID"),
                    table);
    CHECK(raw.execAndGet("SELECT group_concat(name) FROM sqlite_schema WHERE type = 'index' AND "
                         "tbl_name IN ('proposal_events', 'assignments') AND sql IS NOT NULL")
              .getString() == "assignments_by_unit");
  }

  TEST_CASE("check finds no problem in a healthy database")
  {
    storage::Store store = storage::Store::create(":memory:");
    Records data(store);
    data.add("P1", "关于加快城区供水管网改造的建议", "老城区供水管网老化");
    CHECK(store.check().empty());
  }

  TEST_CASE("check finds no problem in a healthy database opened read-only")
  {
    TempDir dir;
    const fs::path file = dir.path / "cppcc.db";
    {
      storage::Store store = storage::Store::create(file);
      Records data(store);
      data.add("P1", "关于加快城区供水管网改造的建议", "老城区供水管网老化");
    }
    storage::Store store = storage::Store::open(file, storage::Access::read);
    const Strings problems = store.check();
    CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems.front()));
  }

  TEST_CASE("check reports rows that refer to missing rows")
  {
    storage::Store store = storage::Store::create(":memory:");
    store.db().exec("PRAGMA foreign_keys = OFF");
    store.db().exec("INSERT INTO assignments(id, proposal_id, unit_id, role, round, assigned, "
                    "due) VALUES (1, 999, 998, 'lead', 1, '2024-03-01', '2024-06-01')");
    store.db().exec("INSERT INTO studios(id, name, lead_member_id, created_at, updated_at) "
                    "VALUES (7, '桂花社区委员工作室', 997, 'x', 'x')");
    const Strings problems = store.check();
    CAPTURE(cppcc::util::join(problems, "\n"));
    CHECK(problems ==
          Strings{"foreign key: a row of table assignments refers to a missing units row",
                  "foreign key: a row of table assignments refers to a missing proposals row",
                  "foreign key: table studios row 7 refers to a missing members row"});
  }

  TEST_CASE("a backup is a private copy with the same rows")
  {
    TempDir dir;
    const fs::path file = dir.path / "cppcc.db";
    const fs::path copy = dir.path / "backup.db";
    std::vector<std::pair<std::string, long>> counts;
    {
      storage::Store store = storage::Store::create(file);
      Records data(store);
      data.add("P1", "关于加快城区供水管网改造的建议", "老城区供水管网老化");
      data.add("P2", "关于发展全域旅游的建议", "");
      counts = store.table_counts();
      store.backup_to(copy, {});
      CHECK_THROWS_AS(store.backup_to(copy, {}), cppcc::OutputError);
    }
    REQUIRE(fs::exists(copy));
    CHECK(mode_of(copy) == k_private);
    storage::Store backup = storage::Store::open(copy, storage::Access::write);
    CHECK(backup.schema_version() == storage::Store::latest_version());
    CHECK(backup.table_counts() == counts);
    CHECK(backup.check().empty());
    const auto p1 = storage::find_proposal(backup, "P1");
    REQUIRE(p1.has_value());
    CHECK(p1->title == "关于加快城区供水管网改造的建议");
    CHECK(found(backup, "管网改造") == Strings{"P1"});

    bool proposals_counted = false;
    for (const auto& [table, rows] : counts)
      if (table == "proposals") proposals_counted = rows == 2;
    CHECK(proposals_counted);
  }

  // ---- search ----------------------------------------------------------------------------

  TEST_CASE("search finds Chinese words of any length in titles and bodies")
  {
    storage::Store store = storage::Store::create(":memory:");
    Records data(store);
    data.add("P1", "关于加快城区供水管网改造的建议", "老城区供水管网老化，漏损严重。");
    data.add("P2", "关于改善农村饮水安全的建议", "部分村组饮用水水质不达标。");
    data.add("P3", "关于发展全域旅游的建议", "打造汉江旅游品牌。");
    data.add("P4", "关于城区停车难的建议", "建议增建管网式立体停车场");

    SUBCASE("one character")
    {
      CHECK(found(store, "水") == Strings{"P1", "P2"});
      CHECK(found(store, "港").empty());
    }
    SUBCASE("two characters")
    {
      CHECK(found(store, "供水") == Strings{"P1"});
      CHECK(found(store, "旅游") == Strings{"P3"});
      CHECK(found(store, "管网") == Strings{"P1", "P4"});
      CHECK(found(store, "航空").empty());
    }
    SUBCASE("three or more characters")
    {
      CHECK(found(store, "管网改造") == Strings{"P1"});
      CHECK(found(store, "城区供水管网") == Strings{"P1"});
      CHECK(found(store, "停车场") == Strings{"P4"});
      CHECK(found(store, "管网维修").empty());
    }
    SUBCASE("in the body only")
    {
      CHECK(found(store, "漏损") == Strings{"P1"});
      CHECK(found(store, "饮用水水质") == Strings{"P2"});
      CHECK(found(store, "品") == Strings{"P3"});
    }
    SUBCASE("every word must match")
    {
      CHECK(found(store, "管网 漏损") == Strings{"P1"});
      CHECK(found(store, "水 建议") == Strings{"P1", "P2"});
      CHECK(found(store, "管网 旅游").empty());
      CHECK(found(store, "城区 停车难") == Strings{"P4"});
    }
    SUBCASE("an empty search finds everything")
    {
      CHECK(found(store, "") == Strings{"P1", "P2", "P3", "P4"});
      CHECK(found(store, "  ") == Strings{"P1", "P2", "P3", "P4"});
    }
  }

  TEST_CASE("search also splits words on the ideographic space")
  {
    storage::Store store = storage::Store::create(":memory:");
    Records data(store);
    data.add("P1", "关于加快城区供水管网改造的建议", "老城区供水管网老化，漏损严重。");
    data.add("P2", "关于改善农村饮水安全的建议", "部分村组饮用水水质不达标。");
    CHECK(found(store, "管网\u3000漏损") == Strings{"P1"});
    CHECK(found(store, "饮水\u3000水质") == Strings{"P2"});
  }

  TEST_CASE("search ignores ASCII case")
  {
    storage::Store store = storage::Store::create(":memory:");
    Records data(store);
    data.add("P1", "关于建设Smart City平台的建议", "引入AI客服");
    data.add("P2", "关于城市绿化的建议", "");
    CHECK(found(store, "smart") == Strings{"P1"});
    CHECK(found(store, "SMART city") == Strings{"P1"});
    CHECK(found(store, "ai") == Strings{"P1"});
    CHECK(found(store, "Ai客服") == Strings{"P1"});
    CHECK(found(store, "sMa") == Strings{"P1"});
    CHECK(found(store, "cities").empty());
  }

  TEST_CASE("search takes quotes, percent signs and underscores literally")
  {
    storage::Store store = storage::Store::create(":memory:");
    Records data(store);
    data.add("P1", "关于将达标率提高到100%的建议", "");
    data.add("P2", "关于1000户安置房的建议", "");
    data.add("P3", "关于\"一网通办\"的建议", "a_b");
    CHECK(found(store, "0%") == Strings{"P1"});
    CHECK(found(store, "100%") == Strings{"P1"});
    CHECK(found(store, "%") == Strings{"P1"});
    CHECK(found(store, "\"一网通办\"") == Strings{"P3"});
    CHECK(found(store, "_") == Strings{"P3"});
    CHECK(found(store, "a_b") == Strings{"P3"});
  }

  TEST_CASE("search follows a changed title")
  {
    storage::Store store = storage::Store::create(":memory:");
    Records data(store);
    data.add("P1", "关于加快城区供水管网改造的建议", "");
    auto p = *storage::find_proposal(store, "P1");
    p.title = "关于发展全域旅游的建议";
    storage::update_proposal(store, p, "2024-03-01 10:00:00");
    CHECK(found(store, "全域旅游") == Strings{"P1"});
    CHECK(found(store, "管网改造").empty());
    CHECK(found(store, "供水").empty());
    CHECK(store.check().empty());
  }
}

// for_each_child reads a table's rows by ranges of parent ids; whatever the ids asked
// for — runs, scattered ids, ids without rows, ids past the table — it must call back
// once for each row of an asked parent, and for no other.
TEST_CASE("for_each_child visits exactly the rows of the asked parents")
{
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  db.exec("CREATE TABLE child (parent INTEGER NOT NULL, n INTEGER NOT NULL, "
          "PRIMARY KEY (parent, n)) WITHOUT ROWID");
  for (int parent = 1; parent <= 2000; ++parent)
    for (int n = 0; n < parent % 4; ++n) // parents ≡ 0 (mod 4) have no rows
      db.exec("INSERT INTO child VALUES (" + std::to_string(parent) + ", " + std::to_string(n) +
              ")");
  SQLite::Statement s(db, "SELECT parent, n FROM child WHERE parent BETWEEN ?1 AND ?2 "
                          "ORDER BY parent");
  std::vector<std::vector<long>> cases = {{}, {1}, {2000}, {2001, 5000}};
  std::vector<long> mixed;
  for (long id = 10; id <= 300; ++id) // a run with its own gaps
    if (id % 3 != 0) mixed.push_back(id);
  for (long id = 400; id <= 2000; id += 97) // scattered, beyond the gap of a run
    mixed.push_back(id);
  mixed.push_back(2500); // past the table
  cases.push_back(mixed);
  for (const auto& parents : cases) {
    CAPTURE(parents.size());
    std::vector<std::pair<long, long>> seen;
    storage::for_each_child(s, parents, [&](std::size_t i) {
      CHECK(s.getColumn(0).getInt64() == parents[i]);
      seen.emplace_back(parents[i], s.getColumn(1).getInt64());
    });
    std::vector<std::pair<long, long>> expected;
    for (const long parent : parents)
      for (long n = 0; parent <= 2000 && n < parent % 4; ++n)
        expected.emplace_back(parent, n);
    CHECK(seen == expected);
  }
}

TEST_CASE("sort_by_id orders by id whether ids are dense, sparse, repeated or sorted")
{
  using Record = std::pair<long, std::string>;
  const auto id = [](const Record& r) { return r.first; };
  unsigned seed = 3;
  auto next = [&](unsigned n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  };
  const auto check = [&](std::vector<Record> records) {
    std::vector<Record> expected = records;
    std::stable_sort(expected.begin(), expected.end(),
                     [](const Record& a, const Record& b) { return a.first < b.first; });
    storage::sort_by_id(records, id);
    REQUIRE(records.size() == expected.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
      CHECK(records[i].first == expected[i].first);
      if (i == 0 || records[i].first != records[i - 1].first) // repeated ids: any order
        CHECK(records[i].second == std::to_string(records[i].first));
    }
  };
  std::vector<Record> dense, sparse, repeated, sorted;
  for (long i = 0; i < 2000; ++i) {
    dense.emplace_back(1000 + i, "");
    sparse.emplace_back(static_cast<long>(next(1u << 30)), "");
    sorted.emplace_back(5 * i, "");
  }
  for (std::size_t i = dense.size(); i > 1; --i) // shuffled
    std::swap(dense[i - 1], dense[next(static_cast<unsigned>(i))]);
  for (auto* records : {&dense, &sparse, &sorted})
    for (auto& r : *records)
      r.second = std::to_string(r.first);
  repeated = dense;
  repeated.push_back(repeated[17]);
  check(dense);
  check(sparse);
  check(sorted);
  check(repeated);
  check({});
  check({{-5, "-5"}, {-7, "-7"}});
}

TEST_CASE("GroupCounter counts by values and lists the groups in the values' order")
{
  storage::GroupCounter groups;
  groups.add({"10", "filed"});
  groups.add({"9", "filed"}, 3);
  groups.add({"10", "filed"});
  groups.add({"10", ""});
  const auto rows = std::move(groups).rows();
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].values == std::vector<std::string>{"10", ""});
  CHECK(rows[0].count == 1);
  CHECK(rows[1].values == std::vector<std::string>{"10", "filed"});
  CHECK(rows[1].count == 2);
  CHECK(rows[2].values == std::vector<std::string>{"9", "filed"});
  CHECK(rows[2].count == 3);
}

// A read command's second connection (reports::snapshot_reader) must read what its first
// reads: the twin starts its snapshot right after the store's own, and is refused when that
// cannot be promised.
TEST_CASE("a twin reader sees the store's snapshot, and is refused when it cannot")
{
  TempDir dir;
  const auto file = dir.path / "twin.db";
  {
    storage::Store created = storage::Store::create(file);
    created.db().exec("INSERT INTO units(name, created_at, updated_at) VALUES ('甲', 'x', 'x')");
  }
  const auto units = [](storage::Store& s) {
    return s.db().execAndGet("SELECT count(*) FROM units").getInt();
  };
  storage::Store writer = storage::Store::open(file, storage::Access::write);
  storage::Store store = storage::Store::open(file, storage::Access::read);

  SUBCASE("a read transaction that has not read yet: the same snapshot, before a later write")
  {
    storage::ReadTransaction snapshot(store);
    std::optional<storage::Store> twin = reports::snapshot_reader(store);
    REQUIRE(twin);
    writer.db().exec("INSERT INTO units(name, created_at, updated_at) VALUES ('乙', 'x', 'x')");
    CHECK(units(writer) == 2);
    CHECK(units(store) == 1);
    CHECK(units(*twin) == 1);
  }
  SUBCASE("a read transaction that has read: its snapshot may be older than any new one")
  {
    storage::ReadTransaction snapshot(store);
    CHECK(units(store) == 1);
    CHECK_FALSE(reports::snapshot_reader(store));
  }
  SUBCASE("no read transaction: each query would see the latest state")
  {
    CHECK_FALSE(reports::snapshot_reader(store));
  }
  SUBCASE("a second connection that cannot open is no twin, and the store still reads")
  {
    storage::ReadTransaction snapshot(store);
    fs::remove(file); // the open connections keep the file; a new one finds nothing
    CHECK_FALSE(reports::snapshot_reader(store));
    CHECK(units(store) == 1);
  }
  SUBCASE("an in-memory database has no second connection")
  {
    storage::Store memory = storage::Store::create(":memory:");
    storage::ReadTransaction snapshot(memory);
    CHECK_FALSE(reports::snapshot_reader(memory));
  }
}
