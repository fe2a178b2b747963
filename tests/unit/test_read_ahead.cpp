// The reading thread of an import (import/read_ahead.hpp) reads each record into a row the
// import has finished with, keeping its strings' room: a row must carry its own cells and
// fields only, never what the used row held.
#include "import/importer.hpp"
#include "import/read_ahead.hpp"
#include "io/csv.hpp"
#include "io/encoding.hpp"

#include <doctest/doctest.h>

#include "import_office.hpp"
#include <algorithm>
#include <fmt/format.h>
#include <string>

namespace {

// Row i's phone: long, short or blank in turn, so that a row read into a used one meets
// a longer, a shorter and an empty value where it had one.
std::string phone_of(int i)
{
  switch (i % 3) {
  case 0:
    return std::string(static_cast<std::size_t>(40 + i % 50), static_cast<char>('0' + i % 10));
  case 1:
    return fmt::format("{}", 1380000 + i);
  default:
    return "";
  }
}

} // namespace

TEST_SUITE("read ahead")
{
  TEST_CASE("rows read into used ones carry their own fields only")
  {
    ImportOffice office;
    // Many more rows than the reading thread keeps to read into, so that rows are read
    // into used ones many times over; a cell neutralised against formulas ('=…) too.
    std::string ledger = "编号,姓名,电话,党派,工作单位\n";
    const int rows = 2000;
    for (int i = 0; i < rows; ++i)
      ledger +=
          fmt::format("M{:05},委员{},{},{},{}\n", i, i, phone_of(i), i % 4 == 0 ? "无党派" : "",
                      i % 5 == 0 ? "'=区医院" : (i % 5 == 1 ? "" : "区政府办公室"));
    const auto summary = office.import("member", "members.csv", ledger);
    CHECK(summary.inserted == rows);
    SQLite::Statement s(office.store.db(),
                        "SELECT code, name, coalesce(phone, ''), coalesce(party, ''), "
                        "coalesce(workplace, '') FROM members ORDER BY code");
    int i = 0, wrong = 0;
    for (; s.executeStep(); ++i) {
      const std::string expected_workplace =
          i % 5 == 0 ? "=区医院" : (i % 5 == 1 ? "" : "区政府办公室");
      const bool right = s.getColumn(0).getString() == fmt::format("M{:05}", i) &&
                         s.getColumn(1).getString() == fmt::format("委员{}", i) &&
                         s.getColumn(2).getString() == phone_of(i) &&
                         (s.getColumn(3).getString() != "") == (i % 4 == 0) &&
                         s.getColumn(4).getString() == expected_workplace;
      if (!right && wrong++ < 5)
        FAIL_CHECK(fmt::format("row {}: {} {} '{}' '{}' '{}'", i, s.getColumn(0).getString(),
                               s.getColumn(1).getString(), s.getColumn(2).getString(),
                               s.getColumn(3).getString(), s.getColumn(4).getString()));
    }
    CHECK(i == rows);
    CHECK(wrong == 0);
  }

  TEST_CASE("a row that cannot be read leaves nothing to the row read into it next")
  {
    ImportOffice office;
    // Every seventh row has a cell past the header's: it is rejected, and the rows read
    // into it after must neither be rejected for its reason nor keep its fields.
    std::string ledger = "编号,姓名,电话\n";
    const int rows = 2000;
    int bad = 0;
    for (int i = 0; i < rows; ++i) {
      ledger += fmt::format("M{:05},委员{},{}", i, i, phone_of(i));
      if (i % 7 == 3) {
        ledger += ",多余";
        ++bad;
      }
      ledger += "\n";
    }
    cppcc::import::Options options;
    options.skip_invalid = cppcc::import::SkipInvalid::yes;
    options.rejects = (office.dir.path / "rejects.csv").string();
    const auto summary =
        cppcc::import::import_files(office.ws, cppcc::import::kind_named("member"),
                                    {office.dir.write("members.csv", ledger).string()}, options);
    CHECK(summary.rejected == bad);
    CHECK(summary.inserted == rows - bad);
    SQLite::Statement s(office.store.db(),
                        "SELECT code, coalesce(phone, '') FROM members ORDER BY code");
    int wrong = 0;
    for (int i = 0; i < rows; ++i) {
      if (i % 7 == 3) continue;
      REQUIRE(s.executeStep());
      if (s.getColumn(0).getString() != fmt::format("M{:05}", i) ||
          s.getColumn(1).getString() != phone_of(i))
        ++wrong;
    }
    CHECK_FALSE(s.executeStep());
    CHECK(wrong == 0);
  }

  TEST_CASE("a row that held a very long cell is not kept to read into")
  {
    // Every fortieth row has a cell of 200 KB. `prepare` gets the row a record was read
    // into with the fields of the used row it was, not yet set again: the room they
    // hold is what keeping rows costs. Were rows kept whatever they held, the rows kept
    // would soon all hold the long cell's room.
    TempDir dir;
    std::string text = "code,body\n";
    const int rows = 3000;
    for (int i = 0; i < rows; ++i)
      text += fmt::format("P{:05},{}\n", i, i % 40 == 0 ? std::string(200 * 1024, 'x') : "短");
    const auto file = dir.write("ledger.csv", text);
    cppcc::io::TableOptions options;
    options.encoding = cppcc::io::Encoding::utf8;
    const auto reader = cppcc::io::open_table(file.string(), options);
    std::size_t most_kept = 0;
    long read_into_used = 0;
    cppcc::import::ReadAhead ahead(*reader, [&](cppcc::import::ReadRow& row) {
      std::size_t kept = 0;
      for (const auto& [field, value] : row.fields)
        kept += value.capacity();
      if (!row.fields.empty()) ++read_into_used;
      most_kept = std::max(most_kept, kept);
      row.fields["code"] = row.cells.at(0);
      row.fields["body"] = row.cells.at(1);
    });
    cppcc::import::ReadRow row;
    int read = 0;
    while (ahead.next(row))
      ++read;
    CHECK(read == rows + 1); // the header is a record too
    CHECK(read_into_used > rows / 2);
    CHECK(most_kept < 64 * 1024);
  }
}
