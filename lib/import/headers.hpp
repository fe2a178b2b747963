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
  // Headers left out because the configured list (import.ignored: 序号, 备注 …) names
  // them, as written: the summary says so.
  std::vector<std::string> ignored;
  // Each field's header as the file spells it (trimmed): filed → 立案日期. Messages name
  // a column by it (ColumnNames).
  std::map<std::string, std::string> headers;
};

// The name of a record kind in messages: "proposal", 提案.
std::string kind_name(const config::Config& config, std::string_view kind);
// The name of a field of a kind in messages, where no file names it: "filed", 立案日期.
std::string field_name(const config::Config& config, std::string_view kind, std::string_view field);

// How the messages about a file's rows name its columns: by the header the file itself
// used ("column '立案日期'", in English too), and a column the file does not have by
// field_name.
class ColumnNames {
public:
  ColumnNames(const config::Config& config, std::string_view kind,
              const std::vector<std::string>& columns,
              const std::map<std::string, std::string>& headers);

  // The column of `field`: 立案日期 (as the file's header), or field_name.
  std::string name(std::string_view field) const;
  // "column '立案日期'".
  std::string column(std::string_view field) const;
  // A problem of a row, which names the column at its start by its field ("column
  // 'filed': …", as records::FieldReader and the import write it), with the column
  // named as above; a problem naming no column is returned as it is.
  std::string in_file_terms(std::string_view problem) const;

private:
  std::map<std::string, std::string, std::less<>> m_names;
  // A column as the code names it → as the file does; the longest first.
  std::vector<std::pair<std::string, std::string>> m_renamed;
};

// The header names an import of a kind recognises: its canonical columns, their zh/en
// labels, the shipped aliases (schemas/import.yaml) and the --mapping file's columns;
// and the ones it ignores (import.ignored: row numbers, notes).
class HeaderNames {
public:
  HeaderNames(const config::Config& config, std::string_view kind,
              const std::vector<std::string>& columns, const Mapping& mapping);

  enum class Meaning { field, ignored, unnamed, unknown };
  struct Known {
    Meaning meaning;
    std::string field; // for Meaning::field
  };
  Known meaning_of(std::string_view header) const;
  // Whether a row of a sheet is its header row rather than a title above it: two cells or
  // more name columns, or one does and no other cell is an unknown name. A title row
  // (2024年提案台账), a unit and date line, or a blank row is not.
  bool is_header(const std::vector<std::string>& cells) const;
  // Every accepted name as written (for suggestions), and what it names.
  const std::vector<std::string>& shown() const { return m_shown; }
  const std::string& field_of_known(const std::string& normalised) const
  {
    return m_known.at(normalised);
  }

private:
  const Mapping& m_mapping;
  std::map<std::string, std::string> m_known; // normalised name → canonical column
  std::vector<std::string> m_shown;
  std::vector<std::string> m_ignored; // normalised
};

// Header text as compared: trimmed, without spaces, '*' marks, a BOM or a
// parenthesised note, ASCII lower-case. "提案号（必填）" and "* 提案号" → "提案号".
std::string normalise_header(std::string_view header);

// Resolves `header` (on row `line` of `file`) for `kind` (whose canonical columns are
// `columns`). Throws DataError naming the file and line for unknown columns (with suggestions), two
// headers for one field, or a missing `key` column; ConfigError naming the mapping file and line
// for a mapping to (or values of) a column the kind does not have.
HeaderPlan plan_headers(const config::Config& config, std::string_view kind,
                        const std::vector<std::string>& columns, std::string_view key,
                        const std::vector<std::string>& header, const Mapping& mapping,
                        std::string_view file, long line = 1);

} // namespace cppcc::import
