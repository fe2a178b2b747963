#pragma once
// The committees a roll-up reads (cppcc rollup SOURCE…, docs/reports.md): what each SOURCE
// names, opening one committee's file, and reading the committees one at a time — each
// opened read-only, read in one snapshot and closed before the next is opened.
#include "config/config.hpp"
#include "io/dates.hpp"
#include "records/workspace.hpp"
#include "reports/rollup.hpp"
#include "storage/member_year.hpp"
#include "storage/store.hpp"

#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace cppcc::reports {

// What a file given as a source holds, told by its name and its first bytes: a directory
// (its *.db and *.zip files); a database (a name ending .db, whatever it holds — a damaged
// one is then named as a database —, or a file starting "SQLite format 3\0", or a path
// that does not exist); a committee's export bundle (a name ending .zip, or a zip's first
// bytes "PK\3\4"; docs/bundles.md); otherwise a list of sources.
enum class SourceKind { directory, database, bundle, list };
SourceKind source_kind(const std::filesystem::path& path);

// One committee's file as the sources name it, or why it could not be listed (a list
// file that cannot be read, a directory without databases): a fault the roll-up reports
// where the file would have been read, so that --skip-bad leaves it out like a bad database.
struct Source {
  std::filesystem::path path;
  std::exception_ptr fault;
};

// The committees' files `sources` name, in order: a database or a bundle itself; a
// directory's *.db and *.zip files in name order; a list file's lines in order (UTF-8 text, one
// path a line, relative to the list file's directory; blank lines and lines starting with #
// ignored; a list may name lists, not itself). A file named twice (the same file by its
// canonical path: through a directory and by name, or a link) is read once; `warn` is
// told of each repeat.
std::vector<Source> list_sources(const std::vector<std::string>& sources,
                                 const std::function<void(const std::string&)>& warn);

// How committees are named: the roll-up's language, the shipped committee name (a
// cppcc.yaml beside a database that gives only that does not name the committee), and the
// directories holding more than one of the roll-up's databases (one cppcc.yaml beside them
// names none of them: each is named by its file).
struct Naming {
  config::Lang lang = config::Lang::zh;
  std::string shipped_name;
  std::set<std::filesystem::path> shared_directories;
};
Naming naming(config::Lang lang);

// A committee's file opened for reading: its name and its store. The one place a source
// is opened; each kind of source it reads is a case of its own.
// - A database is opened read-only (storage::Access::read). Missing, or damaged: InputError
//   (66) naming it; of another schema version, older or newer: DataError (65) naming it and
//   both versions (a roll-up neither migrates a committee's file nor reads an old schema).
// - Its name is committee.name (name_en in English) of the cppcc.yaml beside it (the
//   configuration its own commands read) when that names one and the directory holds no
//   other database of the roll-up, else the file's stem.
// - A bundle (import::read_bundle) is checked and loaded into a database in memory, read
//   with the roll-up's configuration; it is named from its manifest (else the file's stem).
//   It holds one year: when the command reads a period outside it, DataError (65).
struct RollupRun;
struct OpenCommittee {
  std::string name;
  storage::Store store;
};
OpenCommittee open_committee(const std::filesystem::path& path, const Naming& naming,
                             const RollupRun& run);

// How a roll-up runs: its configuration and language, "today" (--as-of), the dates the
// command reads (none for remind, which reads what is open on `today`), whether a bad
// source is left out (with a warning) rather than failing the roll-up, and where warnings go.
struct RollupRun {
  const config::Config& config;
  config::Lang lang = config::Lang::zh;
  io::Date today;
  bool skip_bad = false;
  std::function<void(const std::string&)> warn;
  std::optional<storage::Period> period = std::nullopt;
};

// Reads every committee `sources` name, one at a time: opens it (open_committee), runs
// `read` on a workspace over it in one read transaction, and closes it before the next.
// A bad source fails the roll-up with its error, or with `skip_bad` is left out with a
// warning; InputError (66) when no committee is left. Returns how many were read.
std::size_t read_committees(const std::vector<std::string>& sources, const RollupRun& run,
                            const std::function<void(records::Workspace&, std::string)>& read);

// Numbers names that repeat (two files of one office: "汉江区政协 (2)"), and names that are
// the key of a roll-up table's own column ("total (2)").
void number_repeated(std::vector<std::string*> names);

// read_committees, each committee's part as `read` returns it, its name unique.
template <class Read>
auto read_each(const std::vector<std::string>& sources, const RollupRun& run, Read read)
{
  using Part = decltype(read(std::declval<records::Workspace&>()));
  std::vector<Committee<Part>> out;
  read_committees(sources, run, [&](records::Workspace& ws, std::string name) {
    out.push_back({std::move(name), read(ws)});
  });
  std::vector<std::string*> names;
  for (auto& c : out)
    names.push_back(&c.name);
  number_repeated(names);
  return out;
}

} // namespace cppcc::reports
