#include "import/bundle.hpp"

#include "error.hpp"
#include "import/exporter.hpp"
#include "import/importer.hpp"
#include "io/zip.hpp"
#include "storage/activities.hpp"
#include "storage/articles.hpp"
#include "storage/opinions.hpp"
#include "storage/proposals.hpp"
#include "util/json.hpp"
#include "util/messages.hpp"
#include "util/sha256.hpp"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <map>
#include <optional>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

namespace cppcc::import {

namespace fs = std::filesystem;

namespace {

// The files of a bundle, in the order they are loaded: what a record names is loaded
// before it (a member's studio is the studios' own list, see load()).
struct Member {
  const char* kind;
  const char* file;
};
constexpr Member k_members[] = {
    {"unit", "units.csv"},         {"member", "members.csv"},   {"studio", "studios.csv"},
    {"proposal", "proposals.csv"}, {"opinion", "opinions.csv"}, {"activity", "activities.csv"},
    {"article", "articles.csv"},
};

constexpr std::uint64_t k_member_limit = 1024ull * 1024 * 1024; // a CSV of a year: far less

bool in_year(const std::optional<io::Date>& date, int year)
{
  return date && date->year == year;
}

// --- which records are the year's (docs/bundles.md) ----------------------------------------

// Proposals: those submitted in the year; those of the year before with result B (the
// annual report's look back); every one still open, of any year (reminders read them);
// and, through merges, each one's target and those merged into it (a merge carries
// co-signers over).
std::set<long> year_proposals(records::Workspace& ws, int year)
{
  const auto rows = storage::list_proposals(ws.store, {});
  const config::Phases& phases = ws.config.proposal_phases;
  std::map<long, const model::Proposal*> by_id;
  std::multimap<long, long> merged_into; // target → merged
  for (const auto& row : rows) {
    by_id.emplace(row.proposal.id, &row.proposal);
    if (row.proposal.merged_into_id)
      merged_into.emplace(*row.proposal.merged_into_id, row.proposal.id);
  }
  std::set<long> out;
  std::vector<long> todo;
  const auto take = [&](long id) {
    if (out.insert(id).second) todo.push_back(id);
  };
  for (const auto& row : rows) {
    const model::Proposal& p = row.proposal;
    const auto phase = phases.of(p.status);
    const bool open =
        phase && (*phase == config::Phase::review || *phase == config::Phase::filed ||
                  *phase == config::Phase::handling || *phase == config::Phase::replied);
    if (in_year(p.submitted, year) || (in_year(p.submitted, year - 1) && p.result == "B") || open)
      take(p.id);
  }
  while (!todo.empty()) {
    const long id = todo.back();
    todo.pop_back();
    if (const auto it = by_id.find(id); it != by_id.end() && it->second->merged_into_id)
      take(*it->second->merged_into_id);
    const auto [from, to] = merged_into.equal_range(id);
    for (auto it = from; it != to; ++it)
      take(it->second);
  }
  return out;
}

// Opinions submitted or compiled in the year, or adopted or instructed on in it (a
// member's score counts those by their own date).
std::set<long> year_opinions(records::Workspace& ws, int year)
{
  std::set<long> out;
  for (const auto& o : storage::list_opinions(ws.store)) {
    bool wanted = in_year(o.submitted, year) || in_year(o.compiled, year);
    for (const auto& a : o.adoptions)
      wanted = wanted || in_year(a.date, year);
    for (const auto& i : o.instructions)
      wanted = wanted || in_year(i.date, year);
    if (wanted) out.insert(o.id);
  }
  return out;
}

template <class Record> std::set<long> dated_in(const std::vector<Record>& records, int year)
{
  std::set<long> out;
  for (const auto& r : records)
    if (in_year(r.date, year)) out.insert(r.id);
  return out;
}

// The filter of the year's records of `kind`: units, members and studios all of them.
ExportFilter year_filter(records::Workspace& ws, std::string_view kind, int year, bool personal)
{
  ExportFilter filter;
  filter.personal = personal ? records::Personal::yes : records::Personal::no;
  if (kind == "proposal") filter.only = year_proposals(ws, year);
  if (kind == "opinion") filter.only = year_opinions(ws, year);
  if (kind == "activity") filter.only = dated_in(storage::list_activities(ws.store), year);
  if (kind == "article") filter.only = dated_in(storage::list_articles(ws.store), year);
  return filter;
}

// --- the manifest ----------------------------------------------------------------------------

[[noreturn]] void bad(const fs::path& bundle, std::string_view member, const std::string& what)
{
  throw DataError(msg::text("bundle.bad", bundle.string(), member, what));
}

Manifest parse_manifest(const fs::path& bundle, const std::string& text)
{
  Manifest m;
  try {
    const YAML::Node root = YAML::Load(text);
    if (!root.IsMap()) throw YAML::Exception(YAML::Mark::null_mark(), "not an object");
    m.format = root["format"].as<int>();
    if (m.format > k_bundle_format)
      bad(bundle, k_manifest_name, msg::text("bundle.newer_format", m.format, k_bundle_format));
    m.committee = root["committee"]["name"].as<std::string>("");
    m.committee_en = root["committee"]["name_en"].as<std::string>("");
    m.year = root["year"].as<int>();
    m.schema_version = root["schema_version"].as<int>();
    m.cppcc_version = root["cppcc_version"].as<std::string>("");
    m.created = root["created"].as<std::string>("");
    m.personal = root["personal"].as<bool>(false);
    for (const auto& f : root["files"]) {
      BundleFile file;
      file.name = f["name"].as<std::string>();
      file.kind = f["kind"].as<std::string>();
      file.records = f["records"].as<long>();
      file.sha256 = f["sha256"].as<std::string>();
      m.files.push_back(std::move(file));
    }
  } catch (const YAML::Exception& e) {
    bad(bundle, k_manifest_name, msg::text("bundle.manifest_unreadable", e.what()));
  }
  return m;
}

// The bytes of one member of the archive; a missing one is a DataError naming it.
std::string member_bytes(const fs::path& bundle, const io::ZipArchive& archive,
                         const std::string& name, const char* missing_key)
{
  if (!archive.has(name)) bad(bundle, name, msg::text(missing_key));
  io::ZipPart part(archive, name, k_member_limit);
  return part.read_all();
}

// `text` with every occurrence of `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to)
{
  for (std::size_t at = 0; !from.empty() && (at = text.find(from, at)) != std::string::npos;
       at += to.size())
    text.replace(at, from.size(), to);
  return text;
}

} // namespace

std::string manifest_json(const Manifest& m)
{
  using util::json_quote;
  std::string out = "{\n";
  fmt::format_to(std::back_inserter(out), "  \"format\": {},\n", m.format);
  fmt::format_to(std::back_inserter(out), "  \"committee\": {{\"name\": {}, \"name_en\": {}}},\n",
                 json_quote(m.committee), json_quote(m.committee_en));
  fmt::format_to(std::back_inserter(out), "  \"year\": {},\n", m.year);
  fmt::format_to(std::back_inserter(out), "  \"schema_version\": {},\n", m.schema_version);
  fmt::format_to(std::back_inserter(out), "  \"cppcc_version\": {},\n",
                 json_quote(m.cppcc_version));
  fmt::format_to(std::back_inserter(out), "  \"created\": {},\n", json_quote(m.created));
  fmt::format_to(std::back_inserter(out), "  \"personal\": {},\n", m.personal ? "true" : "false");
  out += "  \"files\": [";
  for (std::size_t i = 0; i < m.files.size(); ++i) {
    const BundleFile& f = m.files[i];
    fmt::format_to(std::back_inserter(out),
                   "{}\n    {{\"name\": {}, \"kind\": {}, \"records\": {}, \"sha256\": {}}}",
                   i == 0 ? "" : ",", json_quote(f.name), json_quote(f.kind), f.records,
                   json_quote(f.sha256));
  }
  out += "\n  ]\n}\n";
  return out;
}

Manifest write_bundle(records::Workspace& ws, int year, const fs::path& out, bool personal,
                      const std::string& version, const io::ProtectedFiles& protect)
{
  // Refused before anything is read when the output exists or is protected (73); written
  // whole, then renamed into place (never over a file that appeared meanwhile).
  io::PrivateFile file(out, protect, io::Existing::refuse);

  Manifest m;
  m.committee = ws.config.committee_name;
  m.committee_en = ws.config.committee_name_en;
  m.year = year;
  m.schema_version = ws.store.schema_version();
  m.cppcc_version = version;
  m.created = ws.now();
  m.personal = personal;
  std::vector<std::string> contents; // each file's bytes, alive until the zip is written
  contents.reserve(std::size(k_members));
  for (const Member& member : k_members) {
    io::ScratchFile scratch;
    const long count = export_csv(ws, member.kind, year_filter(ws, member.kind, year, personal),
                                  scratch.path(), false, protect);
    contents.push_back(scratch.read());
    m.files.push_back({member.file, member.kind, count, util::sha256_hex(contents.back())});
  }
  const std::string manifest = manifest_json(m);
  io::ZipWriter zip(std::time(nullptr));
  zip.add(k_manifest_name, manifest);
  for (std::size_t i = 0; i < m.files.size(); ++i)
    zip.add(m.files[i].name.c_str(), contents[i]);
  file.write(zip.bytes());
  file.commit();
  return m;
}

bool is_bundle(const fs::path& path)
{
  if (path.extension() == ".zip") return true;
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  return in.read(magic, sizeof magic) && std::memcmp(magic, "PK\3\4", 4) == 0;
}

Bundle read_bundle(const fs::path& path, const config::Config& config, const io::Date& today,
                   config::Lang lang)
{
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) throw InputError(msg::text("bundle.missing", path.string()));
    throw InputError(msg::text("bundle.unreadable", path.string(), std::strerror(errno)));
  }
  const io::ZipArchive archive(fd, path.string()); // not a zip: a DataError naming it
  Manifest m =
      parse_manifest(path, member_bytes(path, archive, k_manifest_name, "bundle.no_manifest"));
  if (m.schema_version > storage::Store::latest_version())
    bad(path, k_manifest_name,
        msg::text("bundle.newer_schema", m.schema_version, storage::Store::latest_version()));

  // Every file the manifest lists, whole and unchanged, before anything is loaded.
  std::map<std::string, std::string> contents; // kind → bytes
  for (const BundleFile& f : m.files) {
    if (f.kind == "unit" || f.kind == "member" || f.kind == "studio" || f.kind == "proposal" ||
        f.kind == "opinion" || f.kind == "activity" || f.kind == "article") {
      if (contents.contains(f.kind)) bad(path, f.name, msg::text("bundle.kind_twice", f.kind));
    } else {
      bad(path, f.name, msg::text("bundle.unknown_kind", f.kind));
    }
    std::string bytes = member_bytes(path, archive, f.name, "bundle.listed_missing");
    if (util::sha256_hex(bytes) != f.sha256) bad(path, f.name, msg::text("bundle.checksum"));
    contents.emplace(f.kind, std::move(bytes));
  }

  Bundle bundle{std::move(m), storage::Store::create(":memory:")};
  records::Workspace ws{bundle.store, config, "bundle", today, lang};
  storage::WriteTransaction transaction(bundle.store);
  for (const Member& member : k_members) {
    const auto it = contents.find(member.kind);
    if (it == contents.end()) continue;
    const BundleFile& file =
        *std::find_if(bundle.manifest.files.begin(), bundle.manifest.files.end(),
                      [&](const BundleFile& f) { return f.kind == member.kind; });
    io::ScratchFile scratch;
    {
      std::ofstream out(scratch.path(), std::ios::binary | std::ios::trunc);
      out.write(it->second.data(), static_cast<std::streamsize>(it->second.size()));
      if (!out.flush())
        throw OutputError(msg::text("bundle.scratch_failed", scratch.path(), std::strerror(errno)));
    }
    Options options;
    options.encoding = io::Encoding::utf8;
    // A member's studio is the studios' own list, loaded next: the members first without
    // it (a studio names its members, which must exist before it).
    if (std::string_view(member.kind) == "member")
      options.mapping = Mapping::parse("columns:\n  studio: ignore\n", k_manifest_name);
    const std::string where = fmt::format("{}:{}", path.string(), file.name);
    try {
      const Summary summary = import_files(ws, kind_named(member.kind), {scratch.path()}, options);
      if (summary.rows != file.records)
        bad(path, file.name, msg::text("bundle.count", summary.rows, file.records));
    } catch (const DataError& e) {
      throw DataError(replaced(e.what(), scratch.path(), where));
    } catch (const InputError& e) {
      throw DataError(replaced(e.what(), scratch.path(), where));
    }
  }
  transaction.commit();
  return bundle;
}

} // namespace cppcc::import
