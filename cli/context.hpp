#pragma once
// What every command shares: the global options, the configuration, and the one
// place that opens the database in the mode a command declared.
#include "config/config.hpp"
#include "documents/chart_painter.hpp"
#include "io/files.hpp"
#include "records/field_reader.hpp"
#include "records/workspace.hpp"
#include "render/document.hpp"
#include "storage/bulk_session.hpp"
#include "storage/store.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cppcc::cli {

struct GlobalOptions {
  std::string db;
  std::string config;
  std::string format;
  std::string lang;
  std::string op;
  std::string as_of;
  bool quiet = false;
  bool bom = false;    // CSV output starts with the UTF-8 byte order mark
  bool no_bom = false; // not even by default (zh, standard output a file)
};

// What a command needs of the database; commands that need only the configuration
// (or manage the database file themselves) use run_plain.
enum class Need { read, write };

class Context {
public:
  GlobalOptions options;

  // Registers `handler` as the callback of `command`: opens what `need` asks for
  // (a write runs in one transaction, committed only if the handler returns).
  void run(CLI::App* command, Need need, std::function<void(records::Workspace&)> handler);
  // The same for a write whose `before` runs on the store before its transaction begins;
  // the bulk session it may return (a large import's hold, storage::BulkSession) is kept
  // until the transaction has ended.
  using Before = std::function<std::unique_ptr<storage::BulkSession>(storage::Store&)>;
  void run(CLI::App* command, Before before, std::function<void(records::Workspace&)> handler);
  // For commands that need no open database (config show, db init, migrate …).
  void run_plain(CLI::App* command, std::function<void()> handler);

  std::filesystem::path db_path() const;
  // The files no output of this command may replace: the database (with its -wal,
  // -journal and -shm) and the configuration file read.
  io::ProtectedFiles protected_files() const;
  const config::Config& config();
  config::Lang lang() const;
  // --as-of, else today.
  io::Date today() const;
  // An option's date, or today (--as-of) when empty.
  io::Date date_or_today(const std::string& text, std::string_view option) const;
  // The date of a recorded step (--date), or today: a date after today (--as-of) is
  // refused (DataError) unless `allow_future` (--allow-future): a step is recorded once
  // it has happened, and a mistyped year would otherwise count in next year's reports.
  io::Date step_date(const std::string& text, bool allow_future) const;

  // Whether the output is a printed document (--format docx, html or pdf), which a person
  // reads by its labels: a table's id columns are left out of it.
  bool printing() const;
  // Lists: an aligned table on a terminal, else CSV, unless --format says.
  void print(const render::Table& table);
  // Records and reports: a table on a terminal and by default, unless --format says.
  void print(const render::Document& document);
  // Reports: Markdown unless --format says.
  void print(const render::Report& report);
  // Called by a command whose report has charts before it reads the database: for a Word
  // document (--format docx), drawing them starts loading its library and fonts now.
  void expect_charts();
  // The name the office's files this command writes are headed and signed with, instead of
  // the configuration's committee (a roll-up's, cppcc rollup).
  void head_documents_with(std::string committee) { m_committee = std::move(committee); }
  // A one-line confirmation on stdout, silenced by -q.
  void say(const std::string& line);
  // Runs `then` once the write command's transaction has committed (after the output
  // held until then); never if it fails.
  void after_commit(std::function<void()> then);

private:
  // --config, else cppcc.yaml beside the database when there is one.
  std::optional<std::filesystem::path> config_file() const;
  void run(CLI::App* command, Need need, Before before,
           std::function<void(records::Workspace&)> handler);
  render::Format format_or(render::Format fallback) const;
  // Renders in the chosen format (CSV headers as labels under zh, the BOM) and emits.
  template <class Shown> void print_as(const Shown& shown, render::Format fallback);
  // What a write command prints is held until its transaction commits: a command whose
  // commit fails has said nothing it did (only the error).
  void emit(const std::string& text);
  std::optional<config::Config> m_config;
  std::optional<std::string> m_held; // set while a write command runs
  std::vector<std::function<void()>> m_after_commit;
  std::unique_ptr<documents::ChartPainter> m_painter;
  std::string m_committee; // head_documents_with
};

// Writes `text` to standard output and flushes it; OutputError (73) when it cannot (a full
// disk, a closed pipe), so that a command never exits 0 having printed only part of its
// output.
void write_stdout(std::string_view text);

// Whether standard output is a file on disk (not a terminal, pipe or socket).
bool standard_output_is_file();

} // namespace cppcc::cli

namespace cppcc::cli {

// Adds `--<field>` for each of `fields` to `command`; given values land in `into`
// (canonical field → text), so that only the fields the user named are changed.
// The `required` ones must be given (exit 2 otherwise).
void field_options(CLI::App* command, const std::vector<std::string>& fields,
                   std::shared_ptr<records::Fields> into,
                   const std::vector<std::string>& required = {});

} // namespace cppcc::cli
