#include "reports/rollup_sources.hpp"

#include "error.hpp"
#include "import/bundle.hpp"
#include "io/encoding.hpp"
#include "reports/tables.hpp"
#include "util/messages.hpp"

#include <SQLiteCpp/Exception.h>
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <fstream>
#include <set>
#include <sstream>

namespace cppcc::reports {

namespace fs = std::filesystem;

namespace {

// The first bytes of `path`, as many as `n` (fewer for a shorter file, none for one that
// cannot be read).
std::string first_bytes(const fs::path& path, std::size_t n)
{
  std::ifstream in(path, std::ios::binary);
  std::string bytes(n, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(n));
  bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return bytes;
}

bool ends_with(const fs::path& path, std::string_view suffix)
{
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == suffix;
}
bool ends_with_db(const fs::path& path)
{
  return ends_with(path, ".db");
}

// A path as it is compared for repeats: canonical, so that one file named twice (by a
// directory and by name, relatively and absolutely, through a link) is one.
fs::path identity(const fs::path& path)
{
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  return ec ? fs::absolute(path).lexically_normal() : canonical;
}

class Lister {
public:
  explicit Lister(const std::function<void(const std::string&)>& warn) : m_warn(warn) {}

  void add(const fs::path& path)
  {
    try {
      switch (source_kind(path)) {
      case SourceKind::directory:
        return add_directory(path);
      case SourceKind::list:
        return add_list(path);
      case SourceKind::database:
      case SourceKind::bundle:
        return add_file(path);
      }
    } catch (const Error&) {
      m_out.push_back({path, std::current_exception()});
    }
  }

  std::vector<Source> take() { return std::move(m_out); }

private:
  void add_file(const fs::path& path)
  {
    const auto [at, added] = m_seen.try_emplace(identity(path), path);
    if (added)
      m_out.push_back({path, nullptr});
    else if (path == at->second)
      m_warn(msg::text("rollup.named_twice", path.string()));
    else
      m_warn(msg::text("rollup.counted_once", path.string(), at->second.string()));
  }

  void add_directory(const fs::path& dir)
  {
    std::error_code ec;
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if ((ends_with_db(entry.path()) || ends_with(entry.path(), ".zip")) && !entry.is_directory())
        found.push_back(entry.path());
    if (ec) throw InputError(msg::text("rollup.cannot_list", dir.string(), ec.message()));
    if (found.empty()) throw InputError(msg::text("rollup.no_databases", dir.string()));
    std::sort(found.begin(), found.end());
    for (const auto& path : found)
      add_file(path);
  }

  void add_list(const fs::path& list)
  {
    const fs::path key = identity(list);
    if (std::find(m_open_lists.begin(), m_open_lists.end(), key) != m_open_lists.end())
      throw InputError(msg::text("rollup.list_names_itself", list.string()));
    std::ifstream in(list, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) throw InputError(msg::text("rollup.cannot_read_list", list.string()));
    std::string content = text.str();
    if (content.starts_with("\xEF\xBB\xBF")) content.erase(0, 3);
    if (content.find('\0') != std::string::npos || io::first_bad_utf8(content))
      throw InputError(msg::text("rollup.not_a_source", list.string()));
    m_open_lists.push_back(key);
    std::istringstream lines(content);
    for (std::string line; std::getline(lines, line);) {
      const auto first = line.find_first_not_of(" \t\r");
      if (first == std::string::npos || line[first] == '#') continue;
      const auto last = line.find_last_not_of(" \t\r");
      const fs::path entry = line.substr(first, last - first + 1);
      add(entry.is_absolute() ? entry : list.parent_path() / entry);
    }
    m_open_lists.pop_back();
  }

  const std::function<void(const std::string&)>& m_warn;
  std::vector<Source> m_out;
  std::map<fs::path, fs::path> m_seen; // canonical → as first named
  std::vector<fs::path> m_open_lists;  // the lists being read, outermost first
};

// The directory `path` is in, as the roll-up compares directories.
fs::path directory_of(const fs::path& path)
{
  return fs::absolute(path).lexically_normal().parent_path();
}

// committee.name of the cppcc.yaml beside `db`, when it names one other than the shipped
// default and names no other database of the roll-up, else the file's stem.
std::string committee_name(const fs::path& db, const Naming& naming)
{
  const fs::path beside = db.parent_path() / "cppcc.yaml";
  std::error_code ec;
  if (!naming.shared_directories.contains(directory_of(db)) && fs::exists(beside, ec)) {
    const std::string name = config::committee_names(beside).in(naming.lang);
    if (!name.empty() && name != naming.shipped_name) return name;
  }
  return db.stem().string();
}

storage::Store open_database(const fs::path& db)
{
  std::error_code ec;
  if (!fs::exists(db, ec)) throw InputError(msg::text("rollup.missing", db.string()));
  try {
    return storage::Store::open(db, storage::Access::read);
  } catch (const storage::SchemaError& e) {
    throw DataError(msg::text("rollup.other_schema", db.string(), e.found, e.expected));
  } catch (const SQLite::Exception& e) { // a file damaged past its first page
    throw InputError(msg::text("storage.cannot_open_database", db.string(), e.what()));
  }
}

// A committee's bundle, checked and loaded into a database in memory, named from its
// manifest; refused when the command reads dates outside its year.
OpenCommittee open_bundle(const fs::path& path, const Naming& naming, const RollupRun& run)
{
  import::Bundle bundle = import::read_bundle(path, run.config, run.today, naming.lang);
  const int year = bundle.manifest.year;
  const storage::Period held = storage::year_period(year);
  if (run.period && !(run.period->first >= held.first && run.period->last <= held.last)) {
    const int asked = std::stoi(run.period->first.substr(0, 4));
    const storage::Period whole = storage::year_period(asked);
    if (run.period->first == whole.first && run.period->last == whole.last) // a year: say which
      throw DataError(msg::text("bundle.year_mismatch", path.string(), year, asked));
    throw DataError(
        msg::text("bundle.outside_year", path.string(), year, run.period->first, run.period->last));
  }
  const auto& m = bundle.manifest;
  std::string name =
      naming.lang == config::Lang::en && !m.committee_en.empty() ? m.committee_en : m.committee;
  if (name.empty() || name == naming.shipped_name) name = path.stem().string();
  return {std::move(name), std::move(bundle.store)};
}

} // namespace

SourceKind source_kind(const fs::path& path)
{
  std::error_code ec;
  if (fs::is_directory(path, ec)) return SourceKind::directory;
  if (ends_with(path, ".zip")) return SourceKind::bundle; // a missing one is "no bundle"
  if (ends_with_db(path) || !fs::exists(path, ec)) return SourceKind::database;
  const std::string head = first_bytes(path, 16);
  if (head == std::string_view("SQLite format 3\0", 16)) return SourceKind::database;
  if (head.starts_with(std::string_view("PK\3\4", 4))) return SourceKind::bundle;
  return SourceKind::list;
}

std::vector<Source> list_sources(const std::vector<std::string>& sources,
                                 const std::function<void(const std::string&)>& warn)
{
  Lister lister(warn);
  for (const auto& source : sources)
    lister.add(source);
  return lister.take();
}

Naming naming(config::Lang lang)
{
  return {lang, config::Config::load(std::nullopt).committee(lang), {}};
}

OpenCommittee open_committee(const fs::path& path, const Naming& naming, const RollupRun& run)
{
  switch (source_kind(path)) {
  case SourceKind::bundle:
    return open_bundle(path, naming, run);
  case SourceKind::directory:
  case SourceKind::list: // listed by list_sources, never opened as one committee
    throw InputError(msg::text("rollup.not_a_source", path.string()));
  case SourceKind::database:
    break;
  }
  storage::Store store = open_database(path);
  return {committee_name(path, naming), std::move(store)};
}

std::size_t read_committees(const std::vector<std::string>& sources, const RollupRun& run,
                            const std::function<void(records::Workspace&, std::string)>& read)
{
  if (sources.empty()) throw UsageError(msg::text("rollup.no_source"));
  Naming names = naming(run.lang); // the shipped defaults read once, not per committee
  const std::vector<Source> listed = list_sources(sources, run.warn);
  std::map<fs::path, int> databases; // by directory
  for (const Source& source : listed)
    if (!source.fault && source_kind(source.path) == SourceKind::database &&
        ++databases[directory_of(source.path)] == 2)
      names.shared_directories.insert(directory_of(source.path));
  std::size_t done = 0;
  for (const Source& source : listed) {
    try {
      if (source.fault) std::rethrow_exception(source.fault);
      try {
        OpenCommittee committee = open_committee(source.path, names, run);
        storage::ReadTransaction snapshot(committee.store);
        records::Workspace ws{committee.store, run.config, "", run.today, run.lang};
        read(ws, std::move(committee.name));
      } catch (const SQLite::Exception& e) { // damaged where a query read it
        throw InputError(msg::text("storage.cannot_open_database", source.path.string(), e.what()));
      }
      ++done;
    } catch (const UsageError&) { // the command's, not the source's: no committee is spared
      throw;
    } catch (const Error& e) {
      if (!run.skip_bad) throw;
      run.warn(msg::text("rollup.left_out", e.what()));
    }
  }
  if (done == 0) throw InputError(msg::text("rollup.nothing_read"));
  return done;
}

void number_repeated(std::vector<std::string*> names)
{
  // The keys of the roll-up tables' own columns (rollup.cpp), beside which the committees'
  // columns stand: a committee named like one is numbered, so that no key is written twice.
  std::map<std::string, int> seen = {
      {"key", 1}, {"figure", 1}, {"total", 1}, {"share", 1}, {"committee", 1}};
  for (const auto& by : breakdowns()) // report proposals --by's first column
    seen[by] = 1;
  for (std::string* name : names) {
    const int n = ++seen[*name];
    if (n > 1) *name = fmt::format("{} ({})", *name, n);
  }
}

} // namespace cppcc::reports
