// cppcc rollup SOURCE… report annual (issue 25): a city's or province's roll-up of its
// committees' databases: each opened read-only and read in one snapshot, the annual
// figures side by side, one column per committee, and their total.
#include "commands/commands.hpp"
#include "error.hpp"
#include "import/bundle.hpp"
#include "io/dates.hpp"
#include "reports/reports.hpp"

#include <SQLiteCpp/Exception.h>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>

namespace cppcc::cli {

namespace {

namespace fs = std::filesystem;

struct Rollup {
  std::vector<std::string> sources;
  bool skip_bad = false;
  int year = 0;
};

// The databases the sources name: a file itself (checked when it is opened), a
// directory's *.db files in name order.
std::vector<fs::path> databases(const std::vector<std::string>& sources)
{
  std::vector<fs::path> out;
  for (const auto& source : sources) {
    std::error_code ec;
    if (!fs::is_directory(source, ec)) {
      out.emplace_back(source);
      continue;
    }
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(source, ec))
      if ((entry.path().extension() == ".db" || entry.path().extension() == ".zip") &&
          !entry.is_directory())
        found.push_back(entry.path());
    if (ec) throw InputError(msg::text("rollup.cannot_list", source, ec.message()));
    if (found.empty()) throw InputError(msg::text("rollup.no_databases", source));
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

// The committee's name as its column is headed: committee.name of the cppcc.yaml beside
// the database (the configuration its own commands read, Context::config_file) when that
// names one, else the file's stem.
std::string committee_name(const fs::path& db, config::Lang lang)
{
  const fs::path beside = db.parent_path() / "cppcc.yaml";
  std::error_code ec;
  if (fs::exists(beside, ec)) {
    const std::string name = config::Config::load(beside).committee(lang);
    if (!name.empty() && name != config::Config::load(std::nullopt).committee(lang)) return name;
  }
  return db.stem().string();
}

// A committee's bundle (docs/bundles.md): checked, loaded into a database in memory, and
// read as its database would be; the column named from its manifest. A bundle holds one
// year: another is refused (65).
reports::CommitteeFigures read_bundle(Context& ctx, const fs::path& path, int year)
{
  import::Bundle bundle = import::read_bundle(path, ctx.config(), ctx.today(), ctx.lang());
  if (bundle.manifest.year != year)
    throw DataError(msg::text("bundle.year_mismatch", path.string(), bundle.manifest.year, year));
  const auto& m = bundle.manifest;
  std::string name =
      ctx.lang() == config::Lang::en && !m.committee_en.empty() ? m.committee_en : m.committee;
  if (name.empty() || name == config::Config::load(std::nullopt).committee(ctx.lang()))
    name = path.stem().string();
  storage::ReadTransaction snapshot(bundle.store);
  records::Workspace ws{bundle.store, ctx.config(), "", ctx.today(), ctx.lang()};
  return {std::move(name), reports::annual_figures(ws, year)};
}

// One committee's annual figures, read in one snapshot of a database opened read-only.
// A schema other than this binary's is refused (DataError, 65): a roll-up reads no old
// schema through guesses, and changes no database to migrate it.
reports::CommitteeFigures read_committee(Context& ctx, const fs::path& db, int year)
{
  if (import::is_bundle(db)) return read_bundle(ctx, db, year);
  try {
    storage::Store store = [&] {
      try {
        return storage::Store::open(db, storage::Access::read);
      } catch (const storage::SchemaError& e) {
        throw DataError(msg::text("rollup.other_schema", db.string(), e.found, e.expected));
      }
    }();
    storage::ReadTransaction snapshot(store);
    records::Workspace ws{store, ctx.config(), "", ctx.today(), ctx.lang()};
    return {committee_name(db, ctx.lang()), reports::annual_figures(ws, year)};
  } catch (const SQLite::Exception& e) { // a file damaged past its first page
    throw InputError(msg::text("storage.cannot_open_database", db.string(), e.what()));
  }
}

} // namespace

void register_rollup(CLI::App& app, Context& ctx)
{
  CLI::App* rollup = app.add_subcommand("rollup");
  rollup->require_subcommand(1);
  auto o = std::make_shared<Rollup>();
  // Not required() for CLI11: a required positional takes the command's own words
  // (`rollup report annual` would read "report" as a database); checked when it runs.
  rollup->add_option("SOURCE", o->sources);
  rollup->add_flag("--skip-bad", o->skip_bad);
  example(rollup, "cppcc rollup . report annual --year 2023 --skip-bad");

  CLI::App* report = rollup->add_subcommand("report");
  report->require_subcommand(1);
  CLI::App* annual = report->add_subcommand("annual");
  annual->add_option("--year", o->year)->check(CLI::Range(io::k_first_year, io::k_last_year));
  example(annual, "cppcc rollup cppcc.db report annual --year 2023 --format json");
  ctx.run_plain(annual, [&ctx, o] {
    const int year = o->year ? o->year : ctx.today().year;
    if (o->sources.empty()) throw UsageError(msg::text("rollup.no_source"));
    (void)ctx.config(); // a bad configuration is exit 78 before any database is read
    std::vector<reports::CommitteeFigures> committees;
    for (const auto& db : databases(o->sources)) {
      try {
        committees.push_back(read_committee(ctx, db, year));
      } catch (const Error& e) {
        if (!o->skip_bad) throw;
        std::fprintf(stderr, "cppcc: %s\n", msg::text("rollup.left_out", e.what()).c_str());
      }
    }
    if (committees.empty()) throw InputError(msg::text("rollup.nothing_read"));
    ctx.print(reports::rollup_annual(ctx.config(), ctx.lang(), year, committees));
  });
}

} // namespace cppcc::cli
