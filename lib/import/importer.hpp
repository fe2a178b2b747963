#pragma once
// `cppcc KIND import FILE…`: a pipeline of small stages — bytes → UTF-8 records
// (io/table: CSV, tab-separated or UTF-16 text, .xlsx, .xls) → header plan (headers.hpp)
// → value mapping → a kind's row handler (validation, upsert, lifecycle events) — all in
// one transaction.
#include "import/headers.hpp"
#include "io/encoding.hpp"
#include "io/files.hpp"
#include "records/field_reader.hpp"
#include "records/members.hpp"
#include "records/references.hpp"
#include "storage/bulk_session.hpp"
#include "storage/store.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cppcc::import {

enum class DryRun { no, yes };
enum class SkipInvalid { no, yes };
// Whether other commands may read the database during a large import (hold_for).
enum class Concurrent { no, yes };

struct Options {
  std::optional<io::Encoding> encoding; // detected when not given
  std::string sheet; // of a workbook: a name or a 1-based number; "" = the first with a header
  DryRun dry_run = DryRun::no;
  SkipInvalid skip_invalid = SkipInvalid::no;
  std::string rejects; // with skip_invalid: bad rows go here
  // Files the rejects file may not replace (the database …); the import adds its inputs.
  io::ProtectedFiles protect;
  records::CreateMissing create_missing = records::CreateMissing::no;
  Concurrent concurrent = Concurrent::no;
  Mapping mapping;
  std::size_t max_errors = 50; // reported; the rest are counted
  // Called now and then with the bytes read so far and the file's size.
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

struct Summary {
  long rows = 0;
  long inserted = 0;
  long updated = 0;
  long unchanged = 0;
  long rejected = 0;
  int members_created = 0;
  int units_created = 0;
  // Opinions' submitters that name no member, kept as text (distinct, first seen first).
  std::vector<std::string> kept_as_text;
  long search_queued = 0; // proposals left for `db reindex`
  // Rows written on a second thread while the next ones were validated (a large proposal
  // import, see import_files), and how often validation had to wait for those writes.
  long written_behind = 0;
  long waited_for_writes = 0;
  double seconds = 0;
  // Per file, what was read: its encoding as detected or forced ("UTF-8", "GB18030, tab-
  // separated", "UTF-16, tab-separated"), or the sheet ("xlsx sheet '2024年'").
  std::vector<std::string> encodings;
  // What the import left out of a file and why, a line each: title rows above the header,
  // ignored columns (序号, 备注), 合计 rows at the end.
  std::vector<std::string> notes;
  std::vector<std::string>
      problems; // --dry-run --skip-invalid: the rows that would go to --rejects
};

struct ProposalImport; // import/proposal_rows.hpp

// A record kind as the import engine sees it.
struct Kind {
  std::string name;              // member, unit, proposal …
  const records::Columns* table; // its canonical columns, in order, with their cells' kinds
  std::string key;               // the column that must be present ("" = none)
  // `proposals` is set for a proposal import (see import_files), else nullptr.
  std::function<records::Upserted(records::Workspace&, records::Resolver&, const records::Fields&,
                                  ProposalImport* proposals)>
      upsert;
  // The tables its rows write whose secondary indexes a large import may build once at its
  // end instead of row by row (see import_files). The update of a stored record reads
  // only through primary keys, which are never dropped.
  std::vector<std::string> deferrable_tables = {};
  // A kind whose rows may come without a code (activities, articles, opinions): the row
  // with the code of the stored record its content matches, else a new code (as `add`
  // gives); `content` says what is matched, for messages: a catalogue key
  // ("import.opinion_content").
  std::function<records::Fields(records::Workspace&, const records::Fields&)> code_for = {};
  std::string content = {};

  const std::vector<std::string>& columns() const { return table->keys(); }
};

// The kind named `name`; UsageError for an unknown one.
const Kind& kind_named(std::string_view name);

// Before the import's transaction begins (the caller's): an import that will write in bulk
// — a large proposal import into a small proposals table, see import_files — takes the
// database to itself for its length: a bulk session that holds it (BulkSession::hold),
// which import_files then works in, and which the caller keeps until the transaction has
// ended (its end releases the hold). Not a dry run (it writes nothing to keep), nor with
// options.concurrent: then other commands read on meanwhile, and the import writes the
// WAL. Nothing (nullptr) when it does not take the database.
std::unique_ptr<storage::BulkSession> hold_for(storage::Store& store, const Kind& kind,
                                               const std::vector<std::string>& files,
                                               const Options& options);

// Imports `files` into the workspace's store (inside the caller's transaction), in the
// store's bulk session (hold_for's) or, without one, in a session of its own that ends
// with it. All or nothing unless skip_invalid: any bad row and nothing is written, and a
// DataError lists every problem as "file:line: column 'x': …". With dry_run,
// nothing is written either way and the summary says what would have happened.
Summary import_files(records::Workspace& ws, const Kind& kind,
                     const std::vector<std::string>& files, const Options& options);

// The line said after an import of `kind` (in the current language): "proposal: 12 rows: 10
// inserted, …; read as GB18030; created 1 member(s) and 0 unit(s) …". The notes follow it,
// a line each (Summary::notes).
std::string summary_line(const config::Config& config, std::string_view kind,
                         const Summary& summary, DryRun dry_run);

} // namespace cppcc::import
