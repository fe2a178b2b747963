// lib/reports roll-up: what a source is (by name and first bytes), list files and repeats,
// the committee's name from the cppcc.yaml beside it, and the sums: a units total's
// rate and median from the summed counts, a breakdown's shares of the total.
#include "config/config.hpp"
#include "error.hpp"
#include "reports/rollup.hpp"
#include "reports/rollup_sources.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

namespace cfg = cppcc::config;
namespace reports = cppcc::reports;
namespace storage = cppcc::storage;
namespace fs = std::filesystem;

namespace {

const std::string k_sqlite_header("SQLite format 3\0", 16);

std::vector<std::string> listed(const std::vector<std::string>& sources,
                                std::vector<std::string>* warnings = nullptr)
{
  std::vector<std::string> out;
  for (const auto& s : reports::list_sources(sources, [&](const std::string& w) {
         if (warnings) warnings->push_back(w);
       })) {
    if (s.fault) {
      try {
        std::rethrow_exception(s.fault);
      } catch (const cppcc::Error& e) {
        out.push_back(std::string("fault: ") + e.what());
      }
      continue;
    }
    out.push_back(s.path.lexically_normal().string());
  }
  return out;
}

} // namespace

TEST_SUITE("rollup")
{
  TEST_CASE("a source is told by its name and its first bytes")
  {
    TempDir dir;
    CHECK(reports::source_kind(dir.path) == reports::SourceKind::directory);
    CHECK(reports::source_kind(dir.write("a.db", "not a database")) ==
          reports::SourceKind::database); // named .db: a damaged database, named as one
    CHECK(reports::source_kind(dir.write("a.DB", "")) == reports::SourceKind::database);
    CHECK(reports::source_kind(dir.write("county", k_sqlite_header + "rest")) ==
          reports::SourceKind::database);
    CHECK(reports::source_kind(dir.write("county.zip", "PK\3\4rest")) ==
          reports::SourceKind::bundle);
    CHECK(reports::source_kind(dir.write("counties.txt", "a.db\n")) == reports::SourceKind::list);
    CHECK(reports::source_kind(dir.path / "missing") == reports::SourceKind::database);
  }

  TEST_CASE("a list names paths relative to itself, skips comments and reads each file once")
  {
    TempDir dir;
    fs::create_directories(dir.path / "c");
    dir.write("c/b.db", k_sqlite_header);
    dir.write("c/a.db", k_sqlite_header);
    dir.write("c/notes.txt", "not listed by the directory");
    const fs::path list =
        dir.write("c/list.txt", "\xEF\xBB\xBF# counties\n\n  a.db  \r\n#b.db\n../c/a.db\n");
    std::vector<std::string> warnings;
    const std::string c = (dir.path / "c").string();
    CHECK(listed({list.string(), c}, &warnings) ==
          std::vector<std::string>{c + "/a.db", c + "/b.db"});
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].find("read once") != std::string::npos);
    SUBCASE("a list naming itself is a fault where it is listed")
    {
      const fs::path loop = dir.write("loop.txt", "c/a.db\nloop.txt\n");
      const auto out = listed({loop.string()});
      REQUIRE(out.size() == 2);
      CHECK(out[1].find("names itself") != std::string::npos);
    }
    SUBCASE("binary content is not a list")
    {
      const fs::path blob = dir.write("blob", std::string("\0\1\2", 3));
      const auto out = listed({blob.string()});
      REQUIRE(out.size() == 1);
      CHECK(out[0].find("fault: ") == 0);
    }
    SUBCASE("a directory without databases is a fault, not an empty roll-up")
    {
      fs::create_directories(dir.path / "empty");
      const auto out = listed({(dir.path / "empty").string()});
      REQUIRE(out.size() == 1);
      CHECK(out[0].find("fault: ") == 0);
    }
  }

  TEST_CASE("a committee is named by the cppcc.yaml beside its database, else by the file")
  {
    TempDir dir;
    const fs::path db = dir.path / "north.db";
    storage::Store::create(db);
    reports::Naming en{cfg::Lang::en, "CPPCC Committee", {}};
    const cfg::Config config = cfg::Config::from_text("", "o.yaml");
    const reports::RollupRun run{config, cfg::Lang::en, {}, false, {}};
    CHECK(reports::open_committee(db, en, run).name == "north");
    dir.write("cppcc.yaml", "committee:\n  name: CPPCC Committee\n");
    CHECK(reports::open_committee(db, en, run).name == "north"); // the shipped default names none
    dir.write("cppcc.yaml", "committee:\n  name: 北川县政协\n");
    CHECK(reports::open_committee(db, en, run).name == "北川县政协");
    dir.write("cppcc.yaml", "committee:\n  name: 北川县政协\n  name_en: Beichuan County\n");
    CHECK(reports::open_committee(db, en, run).name == "Beichuan County");
    CHECK_THROWS_AS(reports::open_committee(dir.path / "gone.db", en, run), cppcc::InputError);
    // a directory of several of the roll-up's databases: its one cppcc.yaml names none
    en.shared_directories.insert(fs::absolute(db).lexically_normal().parent_path());
    CHECK(reports::open_committee(db, en, run).name == "north");
  }

  TEST_CASE("a units total is computed from the summed counts, not averaged")
  {
    const cfg::Config config = cfg::Config::from_text("", "o.yaml");
    storage::UnitHandling a{"区水利局", 1, 0, 1, 1, 0, {{10, 1}}, {{"A", 1}}, {}};
    storage::UnitHandling b{"区住建局", 3, 1, 3, 0, 0, {{20, 2}, {40, 1}}, {{"B", 3}}, {}};
    const auto table =
        reports::rollup_units({config, cfg::Lang::en}, {{"north", {a}}, {"south", {b}}});
    REQUIRE(table.rows.size() == 5); // a unit and its committee's total each, then all
    const auto& total = table.rows.back();
    CHECK(total[table.column("committee")].text() == "total");
    CHECK(total[table.column("assigned")] == cppcc::render::Value::integer(4));
    // 1 of 4 on time: 25.0, not the average of 100.0 and 0.0
    CHECK(total[table.column("on_time_rate")].number() == doctest::Approx(25.0));
    // the replies 10, 20, 20, 40: the median 20, not the mean of the medians 10 and 20
    CHECK(total[table.column("median_days")].number() == doctest::Approx(20.0));
  }

  TEST_CASE("a breakdown's counts are summed and shared out of the total")
  {
    const cfg::Config config = cfg::Config::from_text("", "o.yaml");
    const auto table = reports::rollup_proposals(
        {config, cfg::Lang::en}, "status",
        {{"north", {{"concluded", 2}, {"filed", 1}}}, {"south", {{"filed", 3}}}});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0][table.column("status")].text() ==
          config.proposal_states.label("filed", cfg::Lang::en));
    CHECK(table.rows[0][table.column("north")] == cppcc::render::Value::integer(1));
    CHECK(table.rows[0][table.column("total")] == cppcc::render::Value::integer(4));
    CHECK(table.rows[0][table.column("share")].number() == doctest::Approx(66.7));
    CHECK(table.rows[1][table.column("south")] == cppcc::render::Value::integer(0));
  }

  TEST_CASE("names that repeat are numbered")
  {
    std::vector<std::string> names = {"汉江区政协", "county", "汉江区政协"};
    reports::number_repeated({&names[0], &names[1], &names[2]});
    CHECK(names == std::vector<std::string>{"汉江区政协", "county", "汉江区政协 (2)"});
    std::vector<std::string> like_keys = {"total", "key", "north"}; // a table's own columns
    reports::number_repeated({&like_keys[0], &like_keys[1], &like_keys[2]});
    CHECK(like_keys == std::vector<std::string>{"total (2)", "key (2)", "north"});
  }
}
