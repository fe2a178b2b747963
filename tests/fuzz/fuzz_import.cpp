// A whole `cppcc KIND import` of any bytes into an in-memory database, through the
// library entry the command uses (import::import_files). The first byte chooses the
// record kind, the second the options (bit 0 --dry-run, bit 1 --skip-invalid with a
// rejects file, bit 2 --create-missing, bits 3–4 --encoding: detected, utf-8, gb18030,
// cp936); the rest is the file. The database holds three members and four units.
// Properties: bad input is a cppcc::Error (a DataError, or a UsageError/TransitionError
// for a row), never another exception; a failed import or a dry run leaves every table as
// it was; a database after a successful import passes `db check`. Each input runs in a
// transaction rolled back afterwards, so inputs do not see each other.
#include "error.hpp"
#include "fuzz_support.hpp"
#include "import/importer.hpp"
#include "records/members.hpp"
#include "records/units.hpp"
#include "storage/store.hpp"

#include <cstdint>

namespace cfg = cppcc::config;
namespace import = cppcc::import;
namespace io = cppcc::io;
namespace records = cppcc::records;
namespace storage = cppcc::storage;

namespace {

const char* const k_kinds[] = {"proposal", "member",   "unit",   "opinion",
                               "studio",   "activity", "article"};

struct Office {
  Office()
      : store(storage::Store::create(":memory:")),
        config(cfg::Config::from_text("", "defaults")), ws{store, config, "fuzz",
                                                           io::Date{2024, 12, 31}, cfg::Lang::en}
  {
    ws.clock = "2024-12-31 09:00:00";
    storage::WriteTransaction setup(store);
    records::add_member(ws, {{"code", "W0001"}, {"name", "张明"}, {"sector", "教育界"}});
    records::add_member(ws, {{"code", "W0002"}, {"name", "李华"}});
    records::add_member(ws, {{"code", "W0003"}, {"name", "王玮"}});
    for (const char* unit : {"区水利局", "区住建局", "区教体局", "区城管局"})
      records::add_unit(ws, {{"name", unit}});
    setup.commit();
    baseline = store.table_counts();
  }

  storage::Store store;
  cfg::Config config;
  records::Workspace ws;
  std::vector<std::pair<std::string, long>> baseline;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  if (size < 2) return 0;
  static Office office;
  static cppcc::fuzz::ScratchFile file("import-in"), rejects("import-rejects");
  const import::Kind& kind = import::kind_named(k_kinds[data[0] % std::size(k_kinds)]);
  const std::uint8_t flags = data[1];
  import::Options options;
  options.dry_run = flags & 1 ? import::DryRun::yes : import::DryRun::no;
  if (flags & 2) {
    options.skip_invalid = import::SkipInvalid::yes;
    options.rejects = rejects.path();
  }
  options.create_missing = flags & 4 ? records::CreateMissing::yes : records::CreateMissing::no;
  constexpr io::Encoding k_encodings[] = {io::Encoding::utf8, io::Encoding::utf8,
                                          io::Encoding::gb18030, io::Encoding::cp936};
  if ((flags >> 3) & 3) options.encoding = k_encodings[(flags >> 3) & 3];
  file.write(std::string_view(reinterpret_cast<const char*>(data) + 2, size - 2));

  storage::Store& store = office.store;
  {
    storage::WriteTransaction input(store); // never committed
    bool imported = false;
    try {
      import::import_files(office.ws, kind, {file.path()}, options);
      imported = true;
    } catch (const cppcc::Error&) {
    }
    if (!imported || options.dry_run == import::DryRun::yes)
      FUZZ_CHECK(store.table_counts() == office.baseline);
    else
      FUZZ_CHECK(store.check().empty());
  }
  FUZZ_CHECK(store.bulk_session() == nullptr); // the import's session ended with it
  FUZZ_CHECK(store.table_counts() == office.baseline);
  return 0;
}
