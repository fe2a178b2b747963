#pragma once
// A committee's bundle (issue 25, docs/bundles.md): one year of a committee's records as
// the canonical CSVs `KIND export` writes, zipped with a manifest (committee, year,
// schema, counts, checksums), so that a county sends its year by mail and a city rolls it
// up (`cppcc rollup`) as it would the county's database — without its members' phone
// numbers unless asked.
#include "config/config.hpp"
#include "io/dates.hpp"
#include "io/files.hpp"
#include "records/workspace.hpp"
#include "storage/store.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace cppcc::import {

// One file of a bundle as its manifest lists it.
struct BundleFile {
  std::string name;   // units.csv …
  std::string kind;   // unit …
  long records = 0;   // data rows
  std::string sha256; // of the file's bytes, 64 lowercase hex digits
};

// What manifest.json says.
struct Manifest {
  int format = 1; // the bundle's own format (k_bundle_format)
  std::string committee;
  std::string committee_en;
  int year = 0;
  int schema_version = 0;
  std::string cppcc_version;
  std::string created; // UTC, 2024-03-01T09:00:00Z
  bool personal = false;
  std::vector<BundleFile> files;
};

inline constexpr int k_bundle_format = 1;
inline constexpr const char* k_manifest_name = "manifest.json";

// Writes the bundle of `year` of the workspace's store to `out` (which must not exist:
// OutputError, 73, as for every output; written whole under a temporary name, then
// renamed), the personal columns left empty unless `personal`. `version` is cppcc's.
// Returns its manifest.
Manifest write_bundle(records::Workspace& ws, int year, const std::filesystem::path& out,
                      bool personal, const std::string& version, const io::ProtectedFiles& protect);

// The manifest as written: JSON, keys in a fixed order, two-space indents.
std::string manifest_json(const Manifest& manifest);

// Whether `path` is a bundle rather than a database: its name ends in .zip, or its first
// bytes are a zip's (PK\3\4).
bool is_bundle(const std::filesystem::path& path);

// A bundle read: its manifest, and its records loaded into a new database in memory.
struct Bundle {
  Manifest manifest;
  storage::Store store;
};

// Reads and checks the bundle at `path`: a zip holding manifest.json, of a bundle format
// and a database schema this cppcc reads, every file it lists present with its checksum;
// then imports the files through the import (KIND import), in the order records refer to
// each other, into a database in memory, each file's rows the manifest's count. The
// workspace's settings (`config`, `today`, `lang`) are the reader's. A missing file is an
// InputError (66); anything else wrong a DataError (65), one line naming the bundle and
// the member of it.
Bundle read_bundle(const std::filesystem::path& path, const config::Config& config,
                   const io::Date& today, config::Lang lang);

} // namespace cppcc::import
