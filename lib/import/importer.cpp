#include "import/importer.hpp"

#include "error.hpp"
#include "import/proposal_rows.hpp"
#include "import/read_ahead.hpp"
#include "import/sheet_shape.hpp"
#include "io/csv.hpp"
#include "records/activities.hpp"
#include "records/articles.hpp"
#include "records/field_reader.hpp"
#include "records/opinions.hpp"
#include "records/proposals.hpp"
#include "records/studios.hpp"
#include "records/units.hpp"
#include "storage/bulk_indexes.hpp"
#include "storage/bulk_session.hpp"
#include "storage/codes.hpp"
#include "storage/proposals.hpp"
#include "storage/search.hpp"
#include "util/controls.hpp"
#include "util/messages.hpp"
#include "util/on_exit.hpp"
#include "util/text.hpp"

#include <chrono>
#include <filesystem>
#include <fmt/format.h>
#include <memory>
#include <optional>
#include <set>

namespace cppcc::import {

namespace {

// A cell an export neutralised against spreadsheet formulas ('=…) reads back as it was.
std::string_view unneutralised(std::string_view cell)
{
  if (cell.size() >= 2 && cell[0] == '\'' &&
      (cell[1] == '=' || cell[1] == '+' || cell[1] == '-' || cell[1] == '@'))
    cell.remove_prefix(1);
  return cell;
}

bool all_empty(const std::vector<std::string>& cells)
{
  for (const auto& cell : cells)
    if (!util::trim(cell).empty()) return false;
  return true;
}

// Whether a row repeats the header (two sheets pasted into one file): its cells, trimmed
// (byte order marks too), are the header's. The first cell settles most rows.
bool repeats_header(const std::vector<std::string>& header, const std::vector<std::string>& cells)
{
  if (cells.empty() || util::trimmed(cells[0]) != util::trimmed(header[0])) return false;
  for (std::size_t i = 1; i < std::max(header.size(), cells.size()); ++i)
    if (util::trimmed(i < cells.size() ? cells[i] : std::string_view()) !=
        util::trimmed(i < header.size() ? header[i] : std::string_view()))
      return false;
  return true;
}

// Rows rejected under --skip-invalid, written in the input's own encoding with a column
// saying why (k_rejects_column). A rejects file imported again has that column already:
// its rows that are still bad get their new reason there, not a second column.
class Rejects {
public:
  Rejects(std::string path, io::Detected encoding, const io::ProtectedFiles& protect)
      : m_path(std::move(path)), m_encoding(encoding), m_protect(protect)
  {
  }
  void add(const std::vector<std::string>& header, std::vector<std::string> cells,
           const std::string& reason)
  {
    const auto own = std::find_if(header.begin(), header.end(), [](const std::string& h) {
      return normalise_header(h) == k_rejects_column;
    });
    const auto at = static_cast<std::size_t>(own - header.begin());
    if (!m_writer) {
      m_writer.emplace(m_path, m_encoding.encoding, m_encoding.bom, m_protect);
      std::vector<std::string> head = header;
      if (own == header.end()) head.emplace_back(k_rejects_column);
      m_writer->write(head);
    }
    cells.resize(std::max(header.size(), at + 1));
    cells[at] = reason;
    m_writer->write(cells);
  }
  void close()
  {
    if (m_writer) m_writer->close();
  }

private:
  std::string m_path;
  io::Detected m_encoding;
  const io::ProtectedFiles& m_protect;
  std::optional<io::CsvWriter> m_writer;
};

// Closing rows (totals, signature lines) held at most, waiting for the end of the file.
constexpr std::size_t k_closing_rows_held = 64;

class Run {
public:
  Run(records::Workspace& ws, const Kind& kind, const Options& options, ProposalBulk* bulk)
      : m_ws(ws), m_kind(kind), m_options(options), m_bulk(bulk),
        m_names(ws, options.create_missing),
        m_last_id_before(storage::max_id(ws.store, table_of(kind.name)))
  {
    if (kind.name == "proposal")
      m_proposals.emplace(ProposalImport{bulk, GivenFilingNumbers(ws.store)});
    if (bulk != nullptr) m_names.read_all_members(); // before the writer has work
  }

  void file(const std::string& file_path, std::optional<Rejects>& rejects)
  {
    const HeaderNames names(m_ws.config, m_kind.name, m_kind.columns(), m_options.mapping);
    io::TableOptions table;
    table.encoding = m_options.encoding;
    table.sheet = m_options.sheet;
    table.is_header = [&names](const std::vector<std::string>& cells) {
      return names.is_header(cells);
    };
    const auto reader = io::open_table(file_path, table); // read once: a pipe works too
    const std::string& path = reader->name();
    const Header head = find_header(*reader, names, path);
    const std::vector<std::string>& header = head.cells;
    const HeaderPlan plan = plan_headers(m_ws.config, m_kind.name, m_kind.columns(), m_kind.key,
                                         header, m_options.mapping, path, head.line);
    note_left_out(path, head, plan);
    m_columns = std::make_shared<const ColumnNames>(m_ws.config, m_kind.name, m_kind.columns(),
                                                    plan.headers);
    if (m_options.skip_invalid == SkipInvalid::yes && m_options.dry_run == DryRun::no && !rejects)
      rejects.emplace(m_options.rejects, reader->rejects_encoding(),
                      m_options.protect); // a dry run writes nothing
    const std::uint64_t size = reader->size();
    ReadAhead rows(*reader, [&](ReadRow& read) {
      if (repeats_header(header, read.cells)) {
        read.problem = msg::text("import.row_repeats_header");
        read.fields.clear(); // not read: see take
      } else {
        fields_of(plan, read);
      }
    });
    // Totals and signature lines are left out at the end of a file only: held until a row
    // of records follows them (then they are rows like any other) or the file ends.
    std::vector<ReadRow> closing;
    ReadRow record;
    while (rows.next(record)) {
      if (is_closing_row(record.cells) && closing.size() < k_closing_rows_held) {
        closing.push_back(std::move(record));
        continue;
      }
      for (auto& held : closing)
        one_row(held, header, path, rejects);
      closing.clear();
      one_row(record, header, path, rejects);
      if (m_options.progress && m_summary.rows % 1024 == 0)
        m_options.progress(record.bytes_read, size);
    }
    if (!closing.empty()) {
      std::vector<std::string> named;
      for (const auto& row : closing)
        named.push_back(msg::text("import.row_at_line", row_caption(row.cells), row.line));
      const std::string list = util::join(named, msg::text("config.list_separator"));
      m_summary.notes.push_back(
          closing.size() > 1
              ? msg::text("import.closing_rows_left_out", path, closing.size(), list)
              : msg::text("import.closing_row_left_out", path, closing.size(), list));
    }
    if (m_options.progress) m_options.progress(size, size);
    m_summary.encodings.emplace_back(reader->describe());
  }

  // The first pass of a proposal import (GivenFilingNumbers): the rows that will want a
  // filing number and the numbers rows give themselves, read from every file before any
  // row is taken, so that the numbers follow the filing dates as the rows are written.
  // Only for files that can be read again (not standard input); the pass reads just the
  // code, session, filing date and number, and leaves every error to the rows' own pass:
  // one it meets abandons the plan (the numbers are then handed round at the end).
  void plan_filing_numbers(const std::vector<std::string>& files)
  {
    if (!m_proposals) return;
    for (const auto& file : files) {
      std::error_code error;
      if (!std::filesystem::is_regular_file(file, error)) return;
    }
    GivenFilingNumbers planning = m_proposals->given;
    bool any = false;
    try {
      for (const auto& file : files)
        any |= want_filing_numbers(file, planning);
    } catch (const std::exception&) {
      return;
    }
    if (!any) return;
    planning.plan([this](std::string_view session, int number) {
      if (m_bulk && !m_bulk->keys.maybe_taken(session, number)) return false;
      return storage::filing_no_holder(m_ws.store, session, number).has_value();
    });
    m_proposals->given = std::move(planning);
  }

  // The rows deferred (take) for a merge target not stored when they were read, once every
  // file is: each as soon as its target is stored, so a chain of merges takes a round a
  // link. A row whose target is no longer awaited is taken as it is (the target no row
  // gave, or one whose row was bad: the usual "no proposal"); rows that wait only for
  // each other merge in a circle.
  void replay_deferred(std::optional<Rejects>& rejects)
  {
    while (!m_deferred.empty()) {
      std::vector<Deferred> waiting;
      for (auto& d : m_deferred) {
        if (record_id(d.target) == 0 && m_deferred_codes.contains(d.target)) {
          waiting.push_back(std::move(d));
          continue;
        }
        m_deferred_codes.erase(m_deferred_codes.find(row_key(d.record.fields)));
        take(d.path, d.header, *d.columns, d.record, rejects, Defer::no);
      }
      if (waiting.size() == m_deferred.size()) { // no row taken: a circle
        for (auto& d : waiting) {
          d.record.problem =
              msg::text("import.merge_round", msg::text("import.column", "merged_into"), d.target);
          d.record.fields.clear();
          take(d.path, d.header, *d.columns, d.record, rejects, Defer::no);
        }
        waiting.clear();
      }
      m_deferred = std::move(waiting);
    }
  }

  // The filing numbers the import gave, moved to follow the filing dates (proposal_rows).
  void order_filing_numbers()
  {
    if (!m_proposals) return;
    m_proposals->given.forget_plan();
    order_given_filing_numbers(m_ws, *m_proposals);
  }

  Summary& summary() { return m_summary; }
  const std::vector<std::string>& errors() const { return m_errors; }
  records::Resolver& names() { return m_names; }

private:
  // A file's header row and the rows above it.
  struct Header {
    std::vector<std::string> cells;
    long line = 1;
    std::vector<std::string> above; // captions of the title rows left out
  };

  // The header: the first of the first k_header_search_rows non-blank rows that names the
  // kind's columns (HeaderNames::is_header); the title rows above it are left out. When
  // none does, the first row is planned as the header, for its error.
  static Header find_header(io::TableReader& reader, const HeaderNames& names,
                            const std::string& path)
  {
    Header head;
    std::optional<Header> first;
    io::CsvRecord record;
    for (int seen = 0; seen < k_header_search_rows && reader.next(record);) {
      if (all_empty(record.fields)) continue;
      ++seen;
      if (names.is_header(record.fields)) {
        head.cells = std::move(record.fields);
        head.line = record.line;
        return head;
      }
      if (!first) first = Header{record.fields, record.line, {}};
      head.above.push_back(
          msg::text("import.row_at_line", row_caption(record.fields), record.line));
    }
    if (!first) throw DataError(msg::text("import.empty_file", path));
    return *first; // its plan fails (unknown columns), or it has none of the kind's columns
  }

  // One file's rows for plan_filing_numbers; false when it has no filing date column.
  bool want_filing_numbers(const std::string& file, GivenFilingNumbers& planning)
  {
    const HeaderNames names(m_ws.config, m_kind.name, m_kind.columns(), m_options.mapping);
    io::TableOptions table;
    table.encoding = m_options.encoding;
    table.sheet = m_options.sheet;
    table.is_header = [&names](const std::vector<std::string>& cells) {
      return names.is_header(cells);
    };
    const auto reader = io::open_table(file, table);
    const Header head = find_header(*reader, names, reader->name());
    HeaderPlan plan = plan_headers(m_ws.config, m_kind.name, m_kind.columns(), m_kind.key,
                                   head.cells, m_options.mapping, reader->name(), head.line);
    bool filed = false;
    for (auto& field : plan.fields) {
      filed |= field == "filed";
      if (field != "code" && field != "session" && field != "filed" && field != "filing_no")
        field.clear(); // not read
    }
    if (!filed) return false;
    io::CsvRecord record;
    ReadRow row;
    while (reader->next(record)) {
      if (all_empty(record.fields) || repeats_header(head.cells, record.fields)) continue;
      row.cells = std::move(record.fields);
      row.problem.clear();
      fields_of(plan, row);
      records::FieldReader r(row.fields, records::Naming::column);
      const auto filed_on = r.date("filed");
      const std::string code = r.text("code");
      if (!filed_on || code.empty()) continue;
      const std::string session = r.blank("session") ? m_ws.config.session : r.text("session");
      if (!r.blank("filing_no")) {
        if (const auto number = r.number("filing_no", 1, 1000000)) planning.own(session, *number);
      } else if (!stored_with_filing_no(code)) {
        planning.want(session, filed_on->iso(), code);
      }
    }
    return true;
  }

  // Whether the proposal of `code` is stored with a filing number (which a row leaving the
  // cell empty keeps).
  bool stored_with_filing_no(const std::string& code)
  {
    if (m_bulk && !m_bulk->keys.maybe_stored(code)) return false;
    const auto stored = storage::find_proposal(m_ws.store, code);
    return stored && stored->filing_no;
  }

  void note_left_out(const std::string& path, const Header& head, const HeaderPlan& plan)
  {
    const std::string separator = msg::text("config.list_separator");
    if (!head.above.empty()) {
      const std::string rows = util::join(head.above, separator);
      m_summary.notes.push_back(
          head.above.size() > 1
              ? msg::text("import.title_rows_left_out", path, head.line, head.above.size(), rows)
              : msg::text("import.title_row_left_out", path, head.line, head.above.size(), rows));
    }
    if (!plan.ignored.empty()) {
      const std::string columns = util::join(plan.ignored, separator);
      m_summary.notes.push_back(plan.ignored.size() > 1
                                    ? msg::text("import.ignored_columns_left_out", path, columns)
                                    : msg::text("import.ignored_column_left_out", path, columns));
    }
  }

  void one_row(ReadRow& record, const std::vector<std::string>& header, const std::string& path,
               std::optional<Rejects>& rejects)
  {
    ++m_summary.rows;
    take(path, header, *m_columns, record, rejects, Defer::yes);
  }

  // The row's fields by canonical column, values mapped, and what is wrong with its cells
  // (one problem a line; the fields are read all the same, so that the row's other
  // problems are listed with them). Runs on the reading thread (ReadAhead): it reads only
  // the plan and the options.
  void fields_of(const HeaderPlan& plan, ReadRow& row) const
  {
    const auto& cells = row.cells;
    auto add_problem = [&](const std::string& problem) {
      if (!row.problem.empty()) row.problem += '\n';
      row.problem += problem;
    };
    if (cells.size() > plan.fields.size() &&
        !all_empty({cells.begin() + static_cast<long>(plan.fields.size()), cells.end()}))
      add_problem(msg::text("import.row_longer_than_header", cells.size(), plan.fields.size()));
    // A row read into a used one (ReadAhead) has that row's fields, all of this plan's:
    // each is set again in place, keeping its string's room.
    for (std::size_t i = 0; i < plan.fields.size(); ++i) {
      const std::string& field = plan.fields[i];
      if (field.empty()) continue;
      std::string_view cell = i < cells.size() ? unneutralised(cells[i]) : std::string_view();
      // A one-line field's cell without the spaces and line breaks a wrapped sheet cell
      // has (util::trimmed is what every reader of a field reads anyway).
      std::string folded;
      if (field != "body") {
        cell = util::trimmed(cell);
        if (cell.find_first_of("\r\n") != std::string_view::npos) {
          folded = fold_line_breaks(cell, is_list_column(field) ? ListCell::yes : ListCell::no);
          cell = folded;
        }
      }
      if (auto values = m_options.mapping.values.find(field);
          values != m_options.mapping.values.end())
        if (auto mapped = values->second.find(util::trim(cell)); mapped != values->second.end())
          cell = mapped->second;
      // No terminal control characters (ESC…); tab and line breaks only in a body.
      const auto breaks = field == "body" ? util::Breaks::allowed : util::Breaks::refused;
      if (const std::size_t at = util::find_control(cell, breaks); at != std::string_view::npos)
        add_problem(msg::text("import.control_character", msg::text("import.column", field),
                              util::control_name(cell, at), at + 1));
      row.fields.try_emplace(field).first->second.assign(cell);
    }
  }

  // Whether a row may wait for the rows after it (see Deferred).
  enum class Defer { no, yes };

  // One row of a file: written, deferred, or rejected with every problem it has (a line
  // each: in the error, or in the rejects file's reason cell), its columns named as the
  // file names them (`columns`).
  void take(const std::string& path, const std::vector<std::string>& header,
            const ColumnNames& columns, ReadRow& record, std::optional<Rejects>& rejects,
            Defer defer)
  {
    try {
      if (!record.problem.empty() && record.fields.empty()) throw DataError(record.problem);
      if (defer == Defer::yes && record.problem.empty())
        if (std::string target = forward_reference(record.fields); !target.empty()) {
          m_deferred.push_back({path, header, m_columns, std::move(record), std::move(target)});
          m_deferred_codes.insert(row_key(m_deferred.back().record.fields));
          return;
        }
      if (m_proposals) m_proposals->columns = &columns;
      row(record.fields, record.problem);
    } catch (const Error& e) {
      if (e.status() != Exit::data && e.status() != Exit::illegal_transition &&
          e.status() != Exit::usage)
        throw;
      untouch_failed();
      ++m_summary.rejected;
      const std::string what = e.what();
      std::vector<std::string> problems; // a line each
      for (std::size_t start = 0; start <= what.size();) {
        const std::size_t end = std::min(what.find('\n', start), what.size());
        problems.push_back(
            columns.in_file_terms(std::string_view(what).substr(start, end - start)));
        start = end + 1;
      }
      if (rejects)
        rejects->add(header, std::move(record.cells),
                     util::join(problems, msg::text("import.problems_separator")));
      for (std::size_t i = 0; i < problems.size() && !rejects; ++i)
        if (m_errors.size() < m_options.max_errors)
          m_errors.push_back(msg::text("import.row_problem", path, record.line, problems[i]));
    }
  }

  // A proposal row merged into (并案) a proposal that is not stored: the code it names, if
  // that may be a row further on in the import; "" otherwise.
  std::string forward_reference(const records::Fields& fields)
  {
    if (m_kind.name != "proposal") return {};
    const auto into = fields.find("merged_into");
    if (into == fields.end()) return {};
    std::string target = util::trim(into->second);
    if (target.empty() || target == row_key(fields) || record_id(target) > 0) return {};
    return target;
  }

  // `problems` (one a line) are the row's already, from reading its cells: the row is
  // still checked, for the rest of its problems, but not written (its savepoint, or the
  // import, is rolled back).
  void row(const records::Fields& given, const std::string& problems)
  {
    // A row without a code of a kind matched by its content (records::*_code_for) gets
    // the code of the record it matches, or a new one.
    std::optional<records::Fields> coded;
    if (m_kind.code_for && row_key(given).empty()) coded = m_kind.code_for(m_ws, given);
    const records::Fields& fields = coded ? *coded : given;
    // A second row with the same key would silently overwrite the first (and make a
    // re-import report changes): refused. One bit per record id keeps memory flat.
    const std::string key = row_key(fields);
    const long id = record_id(key);
    std::string known = problems;
    if (id > 0 && touched(id)) {
      if (!known.empty()) known += '\n';
      const std::string kind = kind_name(m_ws.config, m_kind.name);
      known += coded
                   ? msg::text("import.same_content_earlier", msg::pattern(m_kind.content), kind,
                               key, kind)
                   : msg::text("import.same_key_earlier", msg::text("import.column", key_column()),
                               key, field_name(m_ws.config, m_kind.name, key_column()));
    }
    // Rows are validated before they are written, so a bad row normally writes
    // nothing; where good rows must stay (--skip-invalid) a savepoint makes sure.
    if (id == 0) // until it is written: see untouch_failed
      m_pending =
          Pending{key, key.empty() ? storage::max_id(m_ws.store, table_of(m_kind.name)) : 0};
    std::optional<storage::Savepoint> one;
    if (m_options.skip_invalid == SkipInvalid::yes) one.emplace(m_ws.store, "import_row");
    records::Upserted upserted{};
    // A row that fails keeps no filing number given: its proposal is not written.
    const std::size_t numbers_given = m_proposals ? m_proposals->given.count() : 0;
    auto forget_given = [&] {
      if (m_proposals) m_proposals->given.forget_after(numbers_given);
    };
    try {
      upserted = m_kind.upsert(m_ws, m_names, fields, m_proposals ? &*m_proposals : nullptr);
    } catch (const Error& e) {
      forget_given();
      if (known.empty() || (e.status() != Exit::data && e.status() != Exit::illegal_transition &&
                            e.status() != Exit::usage))
        throw;
      throw DataError(known + '\n' + e.what());
    }
    // Without --skip-invalid a bad row fails the whole import: what it wrote goes with it.
    if (!known.empty()) {
      forget_given();
      throw DataError(known);
    }
    switch (upserted) {
    case records::Upserted::inserted:
      ++m_summary.inserted;
      break;
    case records::Upserted::updated:
      ++m_summary.updated;
      break;
    case records::Upserted::unchanged:
      ++m_summary.unchanged;
      break;
    }
    if (one) one->release();
    if (m_pending && m_pending->key.empty()) mark_new_keyless_rows_untouched();
    m_pending.reset();
    // A record this row inserted has an id past m_last_id_before: touched without a mark.
    if (id > 0) mark(m_touched, id);
  }

  // Whether an earlier row of this import wrote the record: one that existed before the
  // import when it is marked, one inserted since unless untouch_failed says otherwise.
  bool touched(long id) const
  {
    return id > m_last_id_before ? !marked(m_untouched, id) : marked(m_touched, id);
  }

  // A record left by a row that failed after inserting it (no savepoint took it back)
  // was not written by that row as far as later rows are concerned.
  // Rows that inserted records no later row's key can be checked against as touched:
  // a row that failed after inserting (no savepoint took it back), and a row without a
  // key (its code generated), which a later row may name.
  void untouch_failed()
  {
    if (!m_pending) return;
    if (!m_pending->key.empty()) {
      if (const long id = record_id(m_pending->key); id > m_last_id_before) mark(m_untouched, id);
    } else {
      mark_new_keyless_rows_untouched();
    }
    m_pending.reset();
  }

  void mark_new_keyless_rows_untouched()
  {
    const long last = storage::max_id(m_ws.store, table_of(m_kind.name));
    for (long id = std::max(m_pending->last_id, m_last_id_before) + 1; id <= last; ++id)
      mark(m_untouched, id);
  }

  static void mark(std::vector<bool>& bits, long id)
  {
    if (static_cast<std::size_t>(id) >= bits.size())
      bits.resize(static_cast<std::size_t>(id) * 2 + 64);
    bits[static_cast<std::size_t>(id)] = true;
  }

  static bool marked(const std::vector<bool>& bits, long id)
  {
    return static_cast<std::size_t>(id) < bits.size() && bits[static_cast<std::size_t>(id)];
  }

  std::string key_column() const { return m_kind.key.empty() ? "code" : m_kind.key; }

  std::string row_key(const records::Fields& fields) const
  {
    const auto key_cell = fields.find(key_column());
    return key_cell == fields.end() ? "" : util::trim(key_cell->second);
  }

  // The id of the record with this key, 0 when there is none (yet).
  long record_id(const std::string& key)
  {
    if (key.empty() || (m_bulk && !m_bulk->keys.maybe_stored(key))) return 0;
    return storage::id_with_key(m_ws.store, table_of(m_kind.name), key_column(), key);
  }

  static std::string table_of(const std::string& kind)
  {
    return kind == "activity" ? "activities" : kind + "s"; // names from kinds(), not the user
  }

  records::Workspace& m_ws;
  const Kind& m_kind;
  const Options& m_options;
  ProposalBulk* m_bulk;
  std::optional<ProposalImport> m_proposals; // a proposal import's
  records::Resolver m_names;
  std::shared_ptr<const ColumnNames> m_columns; // the file's being read
  Summary m_summary;
  std::vector<std::string> m_errors;
  long m_last_id_before;         // the kind's highest record id when the import began
  std::vector<bool> m_touched;   // by id, up to m_last_id_before: written by an earlier row
  std::vector<bool> m_untouched; // by id, past m_last_id_before: see untouch_failed
  struct Pending {
    std::string key; // of the row being written, which had no record before
    long last_id;    // for a row without a key: the highest id before it
  };
  std::optional<Pending> m_pending;
  // Rows that name a proposal further on in the import (take, replay_deferred): the only
  // rows kept in memory.
  struct Deferred {
    std::string path;
    std::vector<std::string> header; // for the rejects file
    std::shared_ptr<const ColumnNames> columns;
    ReadRow record;
    std::string target; // the code it waits for
  };
  std::vector<Deferred> m_deferred;
  std::multiset<std::string> m_deferred_codes; // the deferred rows' own codes
};

template <records::Upserted (*upsert)(records::Workspace&, records::Resolver&,
                                      const records::Fields&)>
records::Upserted without_bulk(records::Workspace& ws, records::Resolver& names,
                               const records::Fields& fields, ProposalImport*)
{
  return upsert(ws, names, fields);
}

const std::vector<Kind>& kinds()
{
  static const std::vector<Kind> k_kinds = {
      {"member", &records::member_table(), "",
       [](auto& ws, auto&, const auto& fields, auto*) {
         return records::upsert_member(ws, fields);
       }},
      {"unit", &records::unit_table(), "name",
       [](auto& ws, auto&, const auto& fields, auto*) { return records::upsert_unit(ws, fields); }},
      {"proposal",
       &records::proposal_table(),
       "code",
       [](auto& ws, auto& names, const auto& fields, ProposalImport* proposals) {
         return upsert_proposal_row(ws, names, fields, *proposals);
       },
       {"proposals", "proposal_cosigners", "assignments", "proposal_events", "audit_log"}},
      {"opinion",
       &records::opinion_table(),
       "",
       without_bulk<records::upsert_opinion>,
       {},
       records::opinion_code_for,
       "import.opinion_content"},
      {"studio", &records::studio_table(), "name", without_bulk<records::upsert_studio>},
      {"activity",
       &records::activity_table(),
       "",
       without_bulk<records::upsert_activity>,
       {},
       records::activity_code_for,
       "import.activity_content"},
      {"article",
       &records::article_table(),
       "",
       without_bulk<records::upsert_article>,
       {},
       records::article_code_for,
       "import.article_content"},
  };
  return k_kinds;
}

// Whether to build a table's secondary indexes once at the end of the import rather than
// row by row. Row by row, each index costs a B-tree insert per row, most of them at
// scattered places (statuses, dates, member ids) that fall out of the page cache as the
// index grows; built at the end, an index costs one pass over the whole table and a sort:
// O(rows in the table after the import), however few the import added. So deferring pays
// when a table is small for what the import adds, and the rule is: defer a table's
// indexes when it holds fewer than 1/k_held_per_added of the rows the files are expected
// to add, estimated as their size over k_bytes_per_row; not for files of fewer than
// k_defer_from_rows rows (nothing to win). k_held_per_added keeps a margin on the winning
// side of the measured break-even: docs/performance.md, "Settings".
constexpr std::uintmax_t k_bytes_per_row = 2048; // more than most ledger rows: rows underestimated
constexpr long k_held_per_added = 8;
constexpr long k_defer_from_rows = 1000;

// The rows `files` are expected to add: their size over k_bytes_per_row.
long expected_rows(const std::vector<std::string>& files)
{
  std::uintmax_t bytes = 0;
  for (const auto& file : files) { // standard input or a pipe: no size, no estimate
    std::error_code ec;
    if (std::filesystem::is_regular_file(file, ec))
      if (const auto size = std::filesystem::file_size(file, ec); !ec) bytes += size;
  }
  return static_cast<long>(bytes / k_bytes_per_row);
}

std::vector<std::string> tables_to_defer(storage::Store& store, const Kind& kind, long expected)
{
  if (kind.deferrable_tables.empty()) return {};
  if (expected < k_defer_from_rows) return {};
  const long small = expected / k_held_per_added; // a table holding fewer rows is small
  std::vector<std::string> tables;
  for (const auto& table : kind.deferrable_tables)
    if (storage::rows_up_to(store, table, small) < small) tables.push_back(table);
  return tables;
}

// Whether the import writes in bulk: a large proposal import into a small proposals table
// (`deferred`: the tables whose indexes it builds at the end) writes its new proposals on a
// second thread while it validates the next rows. Not with --skip-invalid: each row's
// savepoint would wait for the writes before it anyway.
bool writes_in_bulk(const Kind& kind, const Options& options,
                    const std::vector<std::string>& deferred)
{
  return kind.name == "proposal" && options.skip_invalid == SkipInvalid::no &&
         std::find(deferred.begin(), deferred.end(), "proposals") != deferred.end();
}

} // namespace

std::unique_ptr<storage::BulkSession> hold_for(storage::Store& store, const Kind& kind,
                                               const std::vector<std::string>& files,
                                               const Options& options)
{
  if (options.dry_run == DryRun::yes || options.concurrent == Concurrent::yes) return nullptr;
  if (!writes_in_bulk(kind, options, tables_to_defer(store, kind, expected_rows(files))))
    return nullptr;
  auto session = std::make_unique<storage::BulkSession>(store);
  if (!session->hold()) return nullptr;
  return session;
}

const Kind& kind_named(std::string_view name)
{
  for (const auto& kind : kinds())
    if (kind.name == name) return kind;
  throw UsageError(msg::text("import.no_record_kind", name));
}

namespace {

// A large proposal import's writer thread (the session's, while this lives) and what the
// rows are checked against while it writes (ProposalBulk).
class Bulk {
public:
  Bulk(records::Workspace& ws, storage::BulkSession& session, long expected)
      : m_session(session),
        m_writer(started(ws, session)), m_rows{ProposalKeys(ws.store, expected), m_writer}
  {
  }
  ~Bulk() { m_session.stop_writer(); } // an import that failed: its transaction rolls back
  Bulk(const Bulk&) = delete;
  Bulk& operator=(const Bulk&) = delete;

  ProposalBulk* rows() { return &m_rows; }
  // Returns when every row has been written; throws WriteBehind::Failed if one was not.
  void wait(Summary& summary)
  {
    m_writer.wait();
    summary.written_behind = m_writer.jobs_run();
    summary.waited_for_writes = m_writer.waits();
  }
  // Runs `job` on the writer's thread and returns when it has.
  void run(std::function<void()> job)
  {
    m_writer.submit(std::move(job));
    m_writer.wait();
  }
  // Ends the writer: the store is this thread's alone again.
  void finish() { m_session.finish_writer(); }

private:
  static storage::WriteBehind& started(records::Workspace& ws, storage::BulkSession& session)
  {
    (void)ws.now(); // read once here: the writer's saves only read it
    return session.start_writer();
  }
  storage::BulkSession& m_session;
  storage::WriteBehind& m_writer;
  ProposalBulk m_rows;
};

Summary import_all(records::Workspace& ws, const Kind& kind, const std::vector<std::string>& files,
                   const Options& options)
{
  const auto start = std::chrono::steady_clock::now();
  // The session hold_for began before the transaction (its caller ends it after), else one
  // of this import's own.
  std::optional<storage::BulkSession> own;
  storage::BulkSession& session =
      ws.store.bulk_session() != nullptr ? *ws.store.bulk_session() : own.emplace(ws.store);
  // The large cache until the rows are written (below), and not after the import however
  // it ends.
  session.use_bulk_cache(true);
  util::OnExit bulk_cache([&] { session.use_bulk_cache(false); });
  storage::Savepoint whole(ws.store, "import");
  // Search indexing deferred until the rows are in, and again not after the import,
  // however it ends (the store may be used on: a library caller, the tests).
  session.defer_search_index(true);
  util::OnExit search_deferred([&] { session.defer_search_index(false); });
  // Dropped inside `whole`: a failed import or a dry run (rolled back) leaves them as
  // they were; one that commits has them built again below.
  std::optional<storage::DeferredIndexes> deferred;
  const long expected = expected_rows(files);
  const auto tables = tables_to_defer(ws.store, kind, expected);
  if (!tables.empty()) deferred.emplace(ws.store, tables);
  std::optional<Bulk> bulk;
  if (writes_in_bulk(kind, options, tables)) bulk.emplace(ws, session, expected);
  Run run(ws, kind, options, bulk ? bulk->rows() : nullptr);
  std::optional<Rejects> rejects;
  run.plan_filing_numbers(files);
  for (const auto& file : files)
    run.file(file, rejects);
  run.replay_deferred(rejects);
  Summary& summary = run.summary();
  if (bulk) bulk->wait(summary);
  if (rejects) rejects->close();
  if (options.skip_invalid == SkipInvalid::yes && options.dry_run == DryRun::yes)
    summary.problems = run.errors(); // no rejects file in a dry run: say which rows
  if (options.skip_invalid == SkipInvalid::no && summary.rejected > 0) {
    std::string message = util::join(run.errors(), "\n");
    if (static_cast<std::size_t>(summary.rejected) > run.errors().size())
      message += "\n" + msg::text("import.more_problems",
                                  summary.rejected - static_cast<long>(run.errors().size()));
    throw DataError(msg::text("import.rows_bad", message, summary.rejected, summary.rows));
  }
  // Held alone, the rows were written without their foreign keys looked up (hold_for): the
  // references are checked here, once, before anything commits. The import resolved each
  // itself, so a broken one is a fault of cppcc's, not of the ledger's — or one the
  // database held already (the check is of every table), from a tool that wrote it with
  // foreign keys off.
  std::vector<std::string> broken;
  auto check_and_index = [&] {
    // The filing numbers the import gave, in order of filing date (proposal_rows): before
    // the indexes are built again, which the moves would otherwise keep up to date.
    run.order_filing_numbers();
    broken = session.check_references();
    if (deferred) deferred->rebuild();
  };
  // With a writer, on its thread: the memory allocator gives each thread its own arena, and
  // the writer's holds the page cache that the check fills and the rebuild shrinks to sort
  // with; either on this thread would add its memory to that (docs/performance.md, "Settings").
  if (options.dry_run == DryRun::no) {
    if (bulk)
      bulk->run(check_and_index);
    else
      check_and_index();
  }
  if (bulk) bulk->finish();
  if (!broken.empty())
    throw Error(msg::text("import.broken_references", broken.size(), broken.front()),
                Exit::internal);
  session.defer_search_index(false);
  // Only proposals are searched: other kinds neither queue nor report the queue. A queue
  // small enough is indexed now, with the large cache: shrinking it frees pages into the
  // writer thread's allocator arena, which this thread's indexing cannot reuse. A larger
  // one is counted once the cache is given back: a full count fills the cache again with
  // the queue's pages (docs/performance.md, "Settings").
  const long at_once = ws.config.index_at_once_up_to;
  const long queued =
      kind.name == "proposal" ? storage::rows_up_to(ws.store, "search_pending", at_once + 1) : 0;
  if (queued > 0 && queued <= at_once) storage::reindex_pending(ws.store);
  bulk_cache.now();
  if (queued > at_once) summary.search_queued = storage::pending_count(ws.store);
  summary.members_created = run.names().members_created();
  summary.units_created = run.names().units_created();
  summary.kept_as_text = run.names().names_kept_as_text();
  if (options.dry_run == DryRun::yes)
    whole.rollback();
  else
    whole.release();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

// import_all, with the failure of a write behind rethrown as itself.
Summary import_files_checked(records::Workspace& ws, const Kind& kind,
                             const std::vector<std::string>& files, const Options& options)
{
  try {
    return import_all(ws, kind, files, options);
  } catch (const storage::WriteBehind::Failed& failed) {
    std::rethrow_exception(failed.cause); // as the write would have failed inline
  }
}

} // namespace

Summary import_files(records::Workspace& ws, const Kind& kind,
                     const std::vector<std::string>& files, const Options& options)
{
  if (options.rejects.empty()) return import_files_checked(ws, kind, files, options);
  // The rejects file is refused before a row is read (a dry run too, which writes none).
  Options guarded = options;
  for (const auto& file : files)
    guarded.protect.add_input(file);
  guarded.protect.refuse(options.rejects);
  return import_files_checked(ws, kind, files, guarded);
}

std::string summary_line(const config::Config& config, std::string_view kind, const Summary& s,
                         DryRun dry_run)
{
  const std::string seconds = fmt::format("{:.2f}", s.seconds);
  const std::string name = kind_name(config, kind);
  std::string line = dry_run == DryRun::yes
                         ? msg::text("import.summary_dry_run", name, s.rows, s.inserted, s.updated,
                                     s.unchanged, s.rejected, seconds)
                         : msg::text("import.summary", name, s.rows, s.inserted, s.updated,
                                     s.unchanged, s.rejected, seconds);
  const std::string separator = msg::text("config.list_separator");
  // Say so when a file was not UTF-8 CSV: its encoding, or the sheet of a workbook read.
  std::vector<std::string> converted;
  for (const auto& encoding : s.encodings)
    if (encoding != "UTF-8" &&
        std::find(converted.begin(), converted.end(), encoding) == converted.end())
      converted.push_back(encoding);
  if (!converted.empty())
    line += msg::text("import.summary_read_as", util::join(converted, separator));
  if (s.members_created || s.units_created)
    line += msg::text("import.summary_created", s.members_created, s.units_created);
  if (!s.kept_as_text.empty()) { // named, so that a misspelt member is seen, never silently
    constexpr std::size_t k_named = 5;
    const std::size_t n = s.kept_as_text.size();
    const std::vector<std::string> named(
        s.kept_as_text.begin(), s.kept_as_text.begin() + static_cast<long>(std::min(n, k_named)));
    const std::string more = n > k_named ? msg::text("import.summary_more_names") : "";
    line +=
        n == 1 ? msg::text("import.summary_kept_as_text_one", n, util::join(named, separator), more)
               : msg::text("import.summary_kept_as_text", n, util::join(named, separator), more);
  }
  if (s.search_queued) line += msg::text("import.summary_search_queued", s.search_queued);
  return line;
}

} // namespace cppcc::import
