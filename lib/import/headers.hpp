#pragma once
// Where a ledger's column header becomes a canonical field: the shipped alias table
// (schemas/import.yaml), the zh/en labels, and a user's --mapping file.
#include "config/config.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::import {

// A --mapping FILE.yaml:
//   columns:            # header in the file → canonical column, or "ignore"
//     案件编号: code
//     备注: ignore
//   values:             # per canonical column: cell text → the value to import
//     status: {已办结: concluded, 办理中: assigned}
struct Mapping {
  std::map<std::string, std::string> columns;
  std::map<std::string, std::map<std::string, std::string>> values;
  std::string source;               // the file, for messages
  std::map<std::string, int> lines; // "columns.X" / "values.X" → line in the file

  // Throws ConfigError (78) naming the file and line for malformed YAML.
  static Mapping load(const std::filesystem::path& file);
  static Mapping parse(std::string_view yaml, std::string_view source);
};

// The column `--skip-invalid --rejects FILE` adds to the rows it writes back, saying what
// is wrong with each. A name no ledger uses for its data: an import recognises it as the
// tool's own and ignores it, so that the rejects file, once fixed, goes back in as it is.
inline constexpr std::string_view k_rejects_column = "导入问题";

// What each column of a file is: its canonical field, or "" when ignored.
struct HeaderPlan {
  std::vector<std::string> fields;
};

// Header text as compared: trimmed, without spaces, '*' marks, a BOM or a
// parenthesised note, ASCII lower-case. "提案号（必填）" and "* 提案号" → "提案号".
std::string normalise_header(std::string_view header);

// Resolves `header` for `kind` (whose canonical columns are `columns`). Throws
// DataError naming the file for unknown columns (with suggestions), two headers
// for one field, or a missing `key` column; ConfigError naming the mapping file and
// line for a mapping to (or values of) a column the kind does not have.
HeaderPlan plan_headers(const config::Config& config, std::string_view kind,
                        const std::vector<std::string>& columns, std::string_view key,
                        const std::vector<std::string>& header, const Mapping& mapping,
                        std::string_view file);

} // namespace cppcc::import
