// lib/import/bundle.hpp: which records a year's bundle holds (docs/bundles.md), its
// personal columns, and reading it back — checked, counted, loaded through the import.
#include "import/bundle.hpp"
#include "io/files.hpp"
#include "storage/proposals.hpp"

#include "import_office.hpp"
#include <doctest/doctest.h>
#include <fstream>
#include <set>
#include <string>

namespace import = cppcc::import;
namespace storage = cppcc::storage;

namespace {

const char* k_members = "code,name,phone\n"
                        "W0001,张明,13800000001\n"
                        "W0002,李华,13800000002\n";
const char* k_units = "name,kind\n区水利局,government\n";
// 2022: one concluded with result B (the look back), one concluded with result A; 2023:
// two; 2024: one still being handled (reminders) and one concluded.
const char* k_proposals =
    "code,title,proposer,submitted,status,filed,assigned,lead_units,due,replied,result,concluded\n"
    "P2022-0001,关于甲的建议,张明,2022-02-01,concluded,2022-02-10,2022-02-20,区水利局,2022-05-20,"
    "2022-04-01,B,2022-05-01\n"
    "P2022-0002,关于乙的建议,张明,2022-02-02,concluded,2022-02-10,2022-02-20,区水利局,2022-05-20,"
    "2022-04-01,A,2022-05-01\n"
    "P2023-0001,关于丙的建议,李华,2023-02-01,submitted,,,,,,,\n"
    "P2023-0002,关于丁的建议,李华,2023-12-30,concluded,2024-01-02,2024-01-03,区水利局,2024-02-03,"
    "2024-01-20,A,2024-02-25\n"
    "P2024-0001,关于戊的建议,张明,2024-01-05,assigned,2024-01-08,2024-01-10,区水利局,2024-04-10,,,"
    "\n"
    "P2024-0002,关于己的建议,张明,2024-01-06,concluded,2024-01-08,2024-01-10,区水利局,2024-02-10,"
    "2024-01-20,A,2024-02-25\n";
const char* k_activities = "code,kind,date,title,participants\n"
                           "A2022-0001,research,2022-12-31,调研一,张明\n"
                           "A2023-0001,research,2023-01-01,调研二,张明;李华\n"
                           "A2024-0001,research,2024-01-01,调研三,李华\n";

struct Office : ImportOffice {
  Office()
  {
    import("unit", "units.csv", k_units);
    import("member", "members.csv", k_members);
    import("proposal", "proposals.csv", k_proposals);
    import("activity", "activities.csv", k_activities);
  }
  import::Manifest write(const std::string& name, bool personal) {
    return import::write_bundle(ws, 2023, dir.path / name, personal, "9.9.9", {});
} import::Bundle read(const std::string& name)
{
  return import::read_bundle(dir.path / name, config, ws.today, ws.lang);
}
}; // namespace

std::set<std::string> codes_of_proposals(storage::Store& store)
{
  std::set<std::string> out;
  for (const auto& row : storage::list_proposals(store, {}))
    out.insert(row.proposal.code);
  return out;
}

long records_of(const import::Manifest& m, const std::string& kind)
{
  for (const auto& f : m.files)
    if (f.kind == kind) return f.records;
  return -1;
}

} // namespace

TEST_SUITE("bundle")
{
  TEST_CASE("a year's bundle holds the year's records, the look back's and the open ones")
  {
    Office office;
    const import::Manifest m = office.write("2023.zip", false);
    CHECK(m.year == 2023);
    CHECK(m.schema_version == storage::Store::latest_version());
    CHECK(m.cppcc_version == "9.9.9");
    CHECK_FALSE(m.personal);
    CHECK(records_of(m, "member") == 2);
    CHECK(records_of(m, "unit") == 1);
    CHECK(records_of(m, "proposal") == 4);
    CHECK(records_of(m, "activity") == 1);
    import::Bundle bundle = office.read("2023.zip");
    CHECK(bundle.manifest.year == 2023);
    // Not P2022-0002 (A: no look back) nor P2024-0002 (concluded, of another year).
    CHECK(codes_of_proposals(bundle.store) ==
          std::set<std::string>{"P2022-0001", "P2023-0001", "P2023-0002", "P2024-0001"});
    CHECK(count_rows(bundle.store, "activities") == 1);
    CHECK(count_rows(bundle.store, "members") == 2);
  }

  TEST_CASE("personal columns are left empty unless asked")
  {
    Office office;
    office.write("plain.zip", false);
    office.write("personal.zip", true);
    import::Bundle plain = office.read("plain.zip");
    CHECK(count_rows(plain.store, "members WHERE phone <> ''") == 0);
    import::Bundle personal = office.read("personal.zip");
    CHECK(personal.manifest.personal);
    CHECK(count_rows(personal.store, "members WHERE phone = '13800000001'") == 1);
  }

  TEST_CASE("an existing output is refused and left as it was")
  {
    Office office;
    office.dir.write("taken.zip", "mine");
    CHECK_THROWS_AS(office.write("taken.zip", false), cppcc::OutputError);
    std::ifstream in(office.dir.path / "taken.zip");
    std::string kept;
    std::getline(in, kept);
    CHECK(kept == "mine");
  }

  TEST_CASE("a bundle is known by its name or its first bytes")
  {
    TempDir dir;
    CHECK(import::is_bundle(dir.path / "none.zip"));
    CHECK(import::is_bundle(dir.write("county", std::string("PK\3\4rest", 8))));
    CHECK_FALSE(import::is_bundle(dir.write("county.db", "SQLite format 3")));
  }

  TEST_CASE("a bad bundle is refused naming it and its member")
  {
    Office office;
    office.dir.write("text.zip", "not a zip\n");
    CHECK_THROWS_AS(office.read("text.zip"), cppcc::DataError);
    CHECK_THROWS_AS(office.read("missing.zip"), cppcc::InputError);
    const import::Manifest m = office.write("good.zip", false);
    // The manifest read back as written.
    std::string json = import::manifest_json(m);
    CHECK(json.find("\"sha256\": \"" + m.files.front().sha256 + "\"") != std::string::npos);
    try {
      (void)office.read("good.zip");
    } catch (const cppcc::Error& e) {
      FAIL(e.what());
    }
  }
}
