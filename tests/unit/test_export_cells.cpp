// lib/records/field_columns.hpp and lib/import/exporter: what a canonical column's cells
// hold comes from the kind's column table, and a workbook types its cells by it — numbers
// as numbers, dates as dates, everything else (flags, codes, phone numbers) as text.
#include "config/config.hpp"
#include "import/exporter.hpp"
#include "io/dates.hpp"
#include "records/activities.hpp"
#include "records/articles.hpp"
#include "records/members.hpp"
#include "records/opinions.hpp"
#include "records/proposals.hpp"
#include "records/studios.hpp"
#include "records/units.hpp"
#include "storage/store.hpp"
#include "workflow/proposal_actions.hpp"

#include <charconv>
#include <doctest/doctest.h>
#include <map>
#include <string>
#include <vector>

namespace cfg = cppcc::config;
namespace import = cppcc::import;
namespace io = cppcc::io;
namespace model = cppcc::model;
namespace records = cppcc::records;
namespace storage = cppcc::storage;
using records::CellKind;

namespace {

const char* const k_kinds[] = {"member", "unit",     "proposal", "opinion",
                               "studio", "activity", "article"};

// Whether `text` is what a cell of `kind` writes (an empty cell is none of them).
bool reads_as(CellKind kind, const std::string& text)
{
  const char* end = text.data() + text.size();
  switch (kind) {
  case CellKind::integer: {
    long long value = 0;
    const auto [at, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && at == end;
  }
  case CellKind::number: {
    double value = 0;
    const auto [at, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && at == end;
  }
  case CellKind::date:
    return io::from_iso(text).has_value() && text.size() == 10;
  case CellKind::flag:
    return text == "yes" || text == "no";
  case CellKind::text:
    return true;
  }
  return false;
}

// An office with one record of each kind, every typed column filled where it can be.
struct Office {
  Office()
      : store(storage::Store::create(":memory:")),
        config(cfg::Config::from_text("", "test")), ws{store, config, "tester",
                                                       io::Date{2024, 3, 1}, cfg::Lang::en}
  {
    records::add_member(ws, {{"code", "W001"},
                             {"name", "张明"},
                             {"term", "16"},
                             {"standing", "yes"},
                             {"phone", "013900000005"}});
    records::add_unit(ws, {{"name", "区住建局"}, {"phone", "0915-3210001"}});
    cppcc::workflow::add_proposal(ws, {{"code", "P2024-0001"},
                                       {"title", "关于停车难的建议"},
                                       {"proposer", "张明"},
                                       {"submitted", "2024-01-10"}});
    records::add_studio(ws, {{"name", "江北工作室"}, {"lead", "张明"}, {"brand", "yes"}});
    records::evaluate_studio(ws, "江北工作室", 85.5);
    records::delist_studio(ws, "江北工作室", io::Date{2024, 2, 1}, "合并");
    records::add_opinion(ws, {{"code", "S2024-0001"},
                              {"title", "关于农村饮水安全的建议"},
                              {"submitter", "张明"},
                              {"submitted", "2024-01-12"}});
    records::add_activity(ws, {{"code", "A2024-0001"},
                               {"kind", "micro_consultation"},
                               {"date", "2024-01-05"},
                               {"title", "加装电梯微协商"},
                               {"participants", "张明"},
                               {"suggestions", "5"}});
    records::add_article(ws, {{"code", "X2024-0001"},
                              {"title", "政协委员走进社区"},
                              {"level", "city"},
                              {"date", "2024-02-01"},
                              {"authors", "张明"}});
  }

  storage::Store store;
  cfg::Config config;
  records::Workspace ws;
};

} // namespace

TEST_SUITE("export")
{
  TEST_CASE("a workbook types a column's cells as its table says")
  {
    const cfg::Config config = cfg::Config::from_text("", "test");
    // The columns whose cells are not text; every other column is.
    const std::map<std::string, std::map<std::string, io::CellType>> k_typed = {
        {"member", {{"term", io::CellType::integer}, {"left_on", io::CellType::date}}},
        {"unit", {}},
        {"proposal",
         {{"submitted", io::CellType::date},
          {"filed", io::CellType::date},
          {"filing_no", io::CellType::integer},
          {"assigned", io::CellType::date},
          {"due", io::CellType::date},
          {"replied", io::CellType::date},
          {"concluded", io::CellType::date}}},
        {"opinion", {{"submitted", io::CellType::date}, {"compiled", io::CellType::date}}},
        {"studio", {{"score", io::CellType::number}, {"delisted", io::CellType::date}}},
        {"activity",
         {{"date", io::CellType::date},
          {"suggestions", io::CellType::integer},
          {"disputes_resolved", io::CellType::integer},
          {"problems_solved", io::CellType::integer}}},
        {"article", {{"date", io::CellType::date}}},
    };
    for (const char* kind : k_kinds) {
      CAPTURE(kind);
      const auto keys = import::export_columns(kind);
      const auto sheet = import::export_sheet_columns(config, kind);
      REQUIRE(sheet.size() == keys.size());
      const auto& typed = k_typed.at(kind);
      for (std::size_t i = 0; i < keys.size(); ++i) {
        CAPTURE(keys[i]);
        const auto it = typed.find(keys[i]);
        CHECK(sheet[i].type == (it == typed.end() ? io::CellType::text : it->second));
        CHECK(sheet[i].label == config.label(cfg::Lang::zh, kind, keys[i]));
      }
    }
  }

  TEST_CASE("a flag is text in a workbook, as the import reads it back")
  {
    CHECK(import::cell_type(CellKind::flag) == io::CellType::text);
    CHECK(import::cell_type(CellKind::text) == io::CellType::text);
    CHECK(import::cell_type(CellKind::integer) == io::CellType::integer);
    CHECK(import::cell_type(CellKind::number) == io::CellType::number);
    CHECK(import::cell_type(CellKind::date) == io::CellType::date);
  }

  TEST_CASE("a stored member's cells are of its type's kind")
  {
    CHECK(records::cell_kind<&model::Proposal::filed> == CellKind::date);
    CHECK(records::cell_kind<&model::Proposal::filing_no> == CellKind::integer);
    CHECK(records::cell_kind<&model::Proposal::key> == CellKind::flag);
    CHECK(records::cell_kind<&model::Proposal::result> == CellKind::text);
    CHECK(records::cell_kind<&model::Studio::score> == CellKind::number);
    CHECK(records::cell_kind<&model::Activity::suggestions> == CellKind::integer);
  }

  TEST_CASE("every exported cell reads as its column's kind")
  {
    Office office;
    const std::map<std::string, const records::Columns*> tables = {
        {"member", &records::member_table()},     {"unit", &records::unit_table()},
        {"proposal", &records::proposal_table()}, {"opinion", &records::opinion_table()},
        {"studio", &records::studio_table()},     {"activity", &records::activity_table()},
        {"article", &records::article_table()}};
    std::map<CellKind, int> filled; // typed cells seen, by kind: the office fills each kind
    for (const char* kind : k_kinds) {
      CAPTURE(kind);
      const records::Columns& table = *tables.at(kind);
      CHECK(table.keys() == import::export_columns(kind));
      REQUIRE(table.cells().size() == table.keys().size());
      int rows = 0;
      import::export_rows(office.ws, kind, {}, [&](const std::vector<std::string>& row) {
        ++rows;
      REQUIRE(row.size() == table.keys().size());
      for (std::size_t i = 0; i < row.size(); ++i) {
        CAPTURE(table.keys()[i]);
        CAPTURE(row[i]);
        if (row[i].empty()) continue;
        CHECK(reads_as(table.cells()[i], row[i]));
        ++filled[table.cells()[i]];
      }
    });
    CHECK(rows == 1);
  }
  // term, filing number absent (not filed), the activity's three counts
  CHECK(filled[CellKind::integer] == 4);
  CHECK(filled[CellKind::number] == 1); // the studio's score
  // submitted ×2, the studio's delisting, the activity's and the article's dates
  CHECK(filled[CellKind::date] == 5);
  // standing, during_plenary, key, excellent (no), brand, observation_point
  CHECK(filled[CellKind::flag] == 6);
}
}
