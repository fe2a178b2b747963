// A large proposal import writes its rows on a second thread while it validates the next
// ones (storage/write_behind.hpp, import/proposal_keys.hpp, import_files): the jobs run in
// order, a store with the writer attached never lets another thread in while jobs are
// pending, what the import keeps in memory agrees with the database, and the import
// writes exactly what the same rows imported one small file at a time write.
#include "error.hpp"
#include "import/importer.hpp"
#include "import/proposal_keys.hpp"
#include "storage/bulk_session.hpp"
#include "storage/proposals.hpp"
#include "storage/signatures.hpp"
#include "storage/store.hpp"
#include "storage/write_behind.hpp"

#include <doctest/doctest.h>

#include "import_office.hpp"
#include <algorithm>
#include <fmt/format.h>
#include <string>
#include <thread>
#include <vector>

namespace import = cppcc::import;
namespace storage = cppcc::storage;
using Strings = std::vector<std::string>;

namespace {

// Every row of the tables a proposal import writes, one line each, in id order.
Strings rows_of(storage::Store& store)
{
  Strings out;
  for (const char* table : {"proposals", "proposal_cosigners", "assignments", "proposal_events",
                            "audit_log", "search_pending", "members", "units"}) {
    SQLite::Statement s(store.db(), fmt::format("SELECT * FROM {} ORDER BY 1", table));
    while (s.executeStep()) {
      std::string line = table;
      for (int i = 0; i < s.getColumnCount(); ++i)
        line += "|" + (s.getColumn(i).isNull() ? std::string("NULL") : s.getColumn(i).getString());
      out.push_back(std::move(line));
    }
  }
  return out;
}

// A ledger of proposals P`first`… with ~2 KB bodies, through every status the import
// replays: some with the filing number given, some numbered by the import, a merge into
// an earlier row of the same file, a rejection.
// With FilingNumbers::all_generated no row gives its filing number: the import numbers
// them by filing date, then code (all are filed on one day here: in the rows' order), so
// any split of the rows into files numbers them alike. Given numbers would not: the import
// numbers its own after the highest number the session holds once its rows are in.
enum class FilingNumbers { some_given, all_generated };
std::string ledger(int rows, int first = 1, FilingNumbers numbers = FilingNumbers::some_given)
{
  const std::string body(2000, 'y');
  std::string out = "code,title,body,type,proposer,cosigners,submitted,status,filed,filing_no,"
                    "reject_reason,merged_into,assigned,lead_units,replied,result,concluded\n";
  for (int i = first; i < first + rows; ++i) {
    const std::string day = fmt::format("2023-01-{:02}", i % 28 + 1);
    out += fmt::format("P{:05},title {},{},member,委员{},委员{};委员{},{},", i, i, body, i % 7,
                       (i + 1) % 7, (i + 2) % 7, day);
    const std::string filing_no =
        i % 4 == 0 && numbers == FilingNumbers::some_given ? std::to_string(i) : std::string();
    switch (i % 6) {
    case 0:
      out += "submitted,,,,,,,,,\n";
      break;
    case 1:
      out += fmt::format("filed,2023-02-01,{},,,,,,,\n", filing_no);
      break;
    case 2:
      out += fmt::format("assigned,2023-02-01,{},,,2023-02-10,区水利局,,,\n", filing_no);
      break;
    case 3:
      out += fmt::format("replied,2023-02-01,{},,,2023-02-10,区水利局,2023-04-01,B,\n", filing_no);
      break;
    case 4:
      out += fmt::format("concluded,2023-02-01,{},,,2023-02-10,区水利局,2023-04-01,A,2023-05-01\n",
                         filing_no);
      break;
    default:
      out += i % 12 == 5 && i - 4 >= first
                 ? fmt::format("merged,,,,P{:05},,,,,\n", i - 4) // a filed row above
                 : std::string("not_filed,,,重复提案,,,,,,\n");
    }
  }
  return out;
}

struct Office : ImportOffice {
  Office()
  {
    ws.clock = "2024-03-01 09:00:00"; // both offices write the same timestamps
    std::string members = "code,name,sector\n";
    for (int i = 0; i < 7; ++i)
      members += fmt::format("W{:03},委员{},中共\n", i, i);
    import("member", "members.csv", members);
    import("unit", "units.csv", "name,kind\n区水利局,government\n");
  }
};

// Splits a ledger's rows into files of `per` rows (small files: imported row by row).
Strings chunks(const std::string& text, int per)
{
  const auto end_of_header = text.find('\n') + 1;
  const std::string header = text.substr(0, end_of_header);
  Strings out;
  std::string current;
  int in_current = 0;
  for (std::size_t at = end_of_header; at < text.size();) {
    const auto end = text.find('\n', at) + 1;
    current += text.substr(at, end - at);
    at = end;
    if (++in_current == per || at >= text.size()) {
      out.push_back(header + current);
      current.clear();
      in_current = 0;
    }
  }
  return out;
}

} // namespace

TEST_SUITE("write behind")
{
  TEST_CASE("jobs run in order on another thread; a failed one stops the rest")
  {
    storage::WriteBehind writer;
    std::vector<int> ran;
    std::vector<bool> on_caller;
    const auto caller = std::this_thread::get_id();
    for (int i = 0; i < 1000; ++i)
      writer.submit([&, i] {
        ran.push_back(i);
        on_caller.push_back(std::this_thread::get_id() == caller);
      });
    writer.wait();
    REQUIRE(ran.size() == 1000);
    for (int i = 0; i < 1000; ++i)
      CHECK(ran[static_cast<std::size_t>(i)] == i);
    CHECK(std::find(on_caller.begin(), on_caller.end(), true) == on_caller.end());
    CHECK(writer.jobs_run() == 1000);

    writer.submit([] { throw cppcc::DataError("disk on fire"); });
    writer.submit([&] { ran.push_back(-1); });
    try {
      writer.wait();
      FAIL("wait() did not throw");
    } catch (const storage::WriteBehind::Failed& failed) {
      CHECK_THROWS_WITH_AS(std::rethrow_exception(failed.cause), "disk on fire", cppcc::DataError);
    }
    CHECK(ran.size() == 1000); // the job after the failed one did not run
    writer.submit([&] { ran.push_back(-2); });
    CHECK_THROWS_AS(writer.wait(), storage::WriteBehind::Failed); // and stays failed
    CHECK(ran.size() == 1000);
  }

  TEST_CASE("a store with a writer attached lets the caller read only what the jobs wrote")
  {
    storage::Store store = storage::Store::create(":memory:");
    storage::BulkSession session(store);
    storage::WriteBehind& writer = session.start_writer();
    for (int i = 1; i <= 300; ++i) {
      writer.submit([&store, i] {
        auto& insert = store.prepared("INSERT INTO units(name, kind, created_at, updated_at) "
                                      "VALUES (?, 'government', '', '')");
        insert.bind(1, fmt::format("unit {}", i));
        insert.exec();
      });
      if (i % 7 == 0) CHECK(count_rows(store, "units") == i); // no wait() called: the store waits
    }
    writer.wait();
    CHECK(writer.waits() >= 1);
    session.finish_writer();
    CHECK(count_rows(store, "units") == 300);
  }

  TEST_CASE("what a large import keeps in memory agrees with the database")
  {
    Office office;
    office.import("proposal", "some.csv", ledger(120)); // a small file: row by row
    storage::Store& store = office.store;
    import::ProposalKeys keys(store, 5000);
    CHECK(keys.codes() == count_rows(store, "proposals"));
    for (int i = 1; i <= 120; ++i)
      CHECK(keys.maybe_stored(fmt::format("P{:05}", i)));
    int maybes = 0;
    for (int i = 121; i < 20121; ++i)
      maybes += keys.maybe_stored(fmt::format("P{:05}", i)) ? 1 : 0;
    CHECK(maybes < 60); // about 1 in 300 at the filter's design load, far fewer here

    const std::string session = office.config.session;
    REQUIRE(keys.next_filing_no(session));
    CHECK(*keys.next_filing_no(session) == storage::next_filing_no(store, session));
    CHECK(*keys.next_filing_no("another session") == 1);
    for (int no = 0; no < 200; ++no)
      CHECK_MESSAGE(keys.maybe_taken(session, no) ==
                        storage::filing_no_holder(store, session, no).has_value(),
                    no);

    cppcc::model::Proposal p;
    p.code = "NEW-1";
    p.session = session;
    p.filing_no = 500;
    CHECK_FALSE(keys.maybe_stored("NEW-1"));
    keys.inserted(p);
    CHECK(keys.maybe_stored("NEW-1"));
    CHECK(keys.maybe_taken(session, 500));
    CHECK(*keys.next_filing_no(session) == 501);
    for (int i = 0; i < 30000; ++i) { // past the first layer's capacity (10,120): a second
      p.code = fmt::format("MORE-{}", i);
      p.filing_no.reset();
      keys.inserted(p);
    }
    CHECK(keys.maybe_stored("MORE-0"));
    CHECK(keys.maybe_stored("MORE-29999"));
    CHECK(keys.maybe_stored("NEW-1"));
    keys.updated(); // a stored proposal changed: the database answers for filing numbers
    CHECK_FALSE(keys.next_filing_no(session));
    CHECK(keys.maybe_taken(session, 9999));
  }

  TEST_CASE("the filing numbers an import gave are handed round by filing date, then code")
  {
    Office office;
    office.import("proposal", "some.csv", ledger(12));
    const std::string session = office.config.session;
    const int top = storage::next_filing_no(office.store, session) - 1; // the highest stored
    import::GivenFilingNumbers given(office.store);
    const auto taken = [&](int n) { return n == top + 3; }; // a number a row gave itself
    CHECK(given.next("s", taken) == 1);                     // a session without numbers
    const int a = given.next(session, taken), b = given.next(session, taken),
              c = given.next(session, taken);
    CHECK(std::vector{a, b, c} == std::vector{top + 1, top + 2, top + 4});
    given.saved(session, "2024-02-01", "P-B", a);
    given.saved(session, "2024-01-20", "P-C", b);
    given.saved(session, "2024-01-20", "P-A", c);
    // Due: P-A top+1, P-C top+2, P-B top+4.
    const auto moves = given.ordered().at(session);
    CHECK(moves == std::vector<std::pair<int, int>>{{top + 4, top + 1}, {top + 1, top + 4}});
    given.forget_after(1); // the later rows failed
    CHECK(given.ordered().empty());
  }

  TEST_CASE("the filing numbers planned before the rows follow the filing date, then code")
  {
    Office office;
    office.import("proposal", "some.csv", ledger(12));
    const std::string session = office.config.session;
    const int top = storage::next_filing_no(office.store, session) - 1; // the highest stored
    import::GivenFilingNumbers given(office.store);
    given.want(session, "2024-02-01", "P-B");
    given.want(session, "2024-01-20", "P-C");
    given.want("s", "2024-03-01", "P-X"); // a session without numbers
    given.want(session, "2024-01-20", "P-A");
    given.own(session, top + 2);                                       // a row gives itself one
    given.plan([&](std::string_view, int n) { return n == top + 3; }); // stored meanwhile
    CHECK(given.planned("P-A") == top + 1);
    CHECK(given.planned("P-C") == top + 4);
    CHECK(given.planned("P-B") == top + 5);
    CHECK(given.planned("P-X") == 1);
    CHECK_FALSE(given.planned("P-D"));
    // A row the first pass did not see (it was not there) takes the next after the plan.
    CHECK(given.next(session, [](int) { return false; }) == top + 6);
    given.forget_plan();
    CHECK_FALSE(given.planned("P-A"));
  }

  TEST_CASE("a large import writes behind exactly what the same rows write one by one")
  {
    // ~2.3 MB: ~1,100 rows by the estimate
    const std::string big = ledger(1100, 1, FilingNumbers::all_generated);
    Office bulk, small;
    const auto summary = bulk.import("proposal", "big.csv", big);
    CHECK(summary.inserted == 1100);
    CHECK(summary.written_behind > 900);    // all but the merges (1 in 12)
    CHECK(summary.waited_for_writes < 200); // the merges and the first rows' lookups
    for (const auto& chunk : chunks(big, 50)) {
      const auto each = small.import("proposal", "chunk.csv", chunk);
      CHECK(each.written_behind == 0);
    }
    CHECK(count_rows(bulk.store, "proposals") == 1100);
    CHECK(count_rows(bulk.store, "proposals WHERE merged_into_id IS NOT NULL") > 50);
    CHECK(rows_of(bulk.store) == rows_of(small.store));
    CHECK(bulk.store.check().empty());

    // A second large file onto the first: 1,100 rows again, 100 of them stored already
    // and changed (a later status): they are updated, the others written behind. They are
    // filed after the others, as they come after them: numbered after them either way.
    std::string more = ledger(1000, 2001, FilingNumbers::all_generated);
    for (int i = 1; i <= 100; ++i)
      more += fmt::format("P{:05},title {},{},member,委员{},委员{};委员{},{},"
                          "filed,2023-03-01,,,,,,,,\n",
                          i * 6, i * 6, std::string(2000, 'y'), i * 6 % 7, (i * 6 + 1) % 7,
                          (i * 6 + 2) % 7, fmt::format("2023-01-{:02}", i * 6 % 28 + 1));
    Office again;
    again.import("proposal", "big.csv", big);
    CHECK(count_rows(again.store, "proposals") == 1100);
    const auto second = again.import("proposal", "more.csv", more);
    CHECK(second.inserted == 1000);
    CHECK(second.updated == 100);
    for (const auto& chunk : chunks(more, 50))
      small.import("proposal", "chunk.csv", chunk);
    CHECK(rows_of(again.store) == rows_of(small.store));
    CHECK(again.store.check().empty());
  }

  TEST_CASE("a large import signs each proposal on its reading thread: each its text's")
  {
    // The ledger's bodies made each its own (~2 KB of ideographs, as the estimate of the
    // rows counts bytes): a signature handed to the wrong row would differ from its text's.
    std::string big = ledger(1100, 1, FilingNumbers::all_generated);
    const std::string same(2000, 'y');
    int row = 0;
    for (auto at = big.find(same); at != std::string::npos; at = big.find(same, at)) {
      std::string body;
      for (int k = 0; k < 666; ++k) {
        const auto c = static_cast<char32_t>(0x4E00 + (row * 131 + k * k * 7 + k) % 3000);
        body += static_cast<char>(0xE0 | (c >> 12));
        body += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        body += static_cast<char>(0x80 | (c & 0x3F));
      }
      big.replace(at, same.size(), body);
      at += body.size();
      ++row;
    }
    REQUIRE(row == 1100);
    Office bulk, small;
    for (Office* office : {&bulk, &small})
      office->store.keep_signatures(&office->config.similarity);
    const auto summary = bulk.import("proposal", "big.csv", big);
    CHECK(summary.inserted == 1100);
    CHECK(summary.written_behind > 900);
    for (const auto& chunk : chunks(big, 50))
      CHECK(small.import("proposal", "chunk.csv", chunk).written_behind == 0);
    // What `db check` verifies: each proposal has its text's signature.
    CHECK(storage::signature_problems(bulk.store, bulk.config.similarity).empty());
    CHECK(bulk.store.check().empty());
    const auto signatures = [](storage::Store& store) {
      Strings out;
      SQLite::Statement s(store.db(), "SELECT proposal_id, hex(signature) FROM "
                                      "proposal_signatures ORDER BY 1");
      while (s.executeStep())
        out.push_back(s.getColumn(0).getString() + "|" + s.getColumn(1).getString());
      return out;
    };
    const Strings written = signatures(bulk.store);
    CHECK(written.size() == 1100);
    CHECK(written == signatures(small.store));
  }

  TEST_CASE("a large import finds what its earlier rows wrote: duplicates, filing numbers")
  {
    Office office;
    const std::string big = ledger(1100);
    SUBCASE("a code on an earlier row")
    {
      const auto first_row = big.find('\n') + 1;
      const std::string text =
          big + big.substr(first_row, big.find('\n', first_row) + 1 - first_row); // P00001
      CHECK_THROWS_WITH(office.import("proposal", "dup.csv", text),
                        doctest::Contains("'P00001' is on an earlier row of this import too"));
    }
    SUBCASE("a filing number an earlier row took")
    {
      const std::string text =
          big + "Q1,title,body,member,委员1,,2023-01-05,filed,2023-02-01,8,,,,,,,\n";
      CHECK_THROWS_WITH(
          office.import("proposal", "taken.csv", text),
          doctest::Contains(
              fmt::format("filing no 8 of {} is taken by P00008", office.config.session).c_str()));
    }
    CHECK(count_rows(office.store, "proposals") == 0); // nothing written either way
  }
}
