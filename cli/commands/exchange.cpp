// `cppcc KIND import FILE…` and `cppcc KIND export`, the same for every record kind.
#include "commands/exchange.hpp"
#include "help.hpp"

#include "error.hpp"
#include "import/exporter.hpp"
#include "import/importer.hpp"
#include "io/csv.hpp"
#include "io/files.hpp"
#include "io/xlsx_writer.hpp"
#include "records/near_duplicates.hpp"
#include "render/document.hpp"
#include "storage/signatures.hpp"
#include "util/messages.hpp"

#include <chrono>
#include <cstdio>
#include <fmt/format.h>
#include <unistd.h>

namespace cppcc::cli {

namespace {

struct ImportOptions {
  std::vector<std::string> files;
  std::string encoding, mapping, rejects, sheet;
  bool dry_run = false, skip_invalid = false, create_missing = false, concurrent = false;
};

// The options that need no file read or checked: enough to decide on holding the database.
cppcc::import::Options plain_options(const ImportOptions& o)
{
  import::Options options;
  options.dry_run = o.dry_run ? import::DryRun::yes : import::DryRun::no;
  options.skip_invalid = o.skip_invalid ? import::SkipInvalid::yes : import::SkipInvalid::no;
  options.rejects = o.rejects;
  options.sheet = o.sheet;
  options.create_missing =
      o.create_missing ? records::CreateMissing::yes : records::CreateMissing::no;
  options.concurrent = o.concurrent ? import::Concurrent::yes : import::Concurrent::no;
  return options;
}

// "\rimporting  45%" on a terminal, for files over a few megabytes.
std::function<void(std::uint64_t, std::uint64_t)> progress_bar(const Context& ctx)
{
  if (ctx.options.quiet || !isatty(STDERR_FILENO)) return {};
  return [](std::uint64_t done, std::uint64_t total) {
    if (total < (4u << 20)) return;
    fmt::print(stderr, "\r{}{}",
               msg::text("cli.importing",
                         static_cast<int>(done * 100 / std::max<std::uint64_t>(total, 1))),
               done >= total ? "\n" : "");
  };
}

struct ExportOptions {
  std::string out;
  bool bom = false;
};

void export_csv(records::Workspace& ws, const std::string& kind, const import::ExportFilter& filter,
                const ExportOptions& o, const io::ProtectedFiles& protect)
{
  (void)import::export_csv(ws, kind, filter, o.out.empty() ? "-" : o.out, o.bom, protect);
}

// A workbook is a zip archive, written by seeking back: never to standard output.
void export_xlsx(records::Workspace& ws, const std::string& kind,
                 const import::ExportFilter& filter, const ExportOptions& o,
                 const io::ProtectedFiles& protect)
{
  if (o.out.empty() || o.out == "-") throw UsageError(msg::text("cli.xlsx_needs_out"));
  if (o.bom) throw UsageError(msg::text("cli.xlsx_no_bom"));
  io::XlsxWriter writer(o.out, protect);
  writer.start_sheet(import::export_sheet_name(ws.config, kind),
                     import::export_sheet_columns(ws.config, kind));
  cppcc::import::export_rows(ws, kind, filter,
                             [&](const std::vector<std::string>& row) { writer.write_row(row); });
  writer.close();
}

void export_rendered(records::Workspace& ws, const std::string& kind,
                     const import::ExportFilter& filter, const ExportOptions& o,
                     const io::ProtectedFiles& protect, const std::string& format)
{
  render::Table table;
  table.key = kind + "s";
  const auto columns = import::export_columns(kind);
  const auto sheet = import::export_sheet_columns(ws.config, kind);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const bool number =
        sheet[i].type == io::CellType::integer || sheet[i].type == io::CellType::number;
    table.columns.push_back(
        {columns[i], columns[i], number ? render::Type::number : render::Type::text});
  }
  cppcc::import::export_rows(ws, kind, filter, [&](const std::vector<std::string>& row) {
    table.rows.emplace_back(row.begin(), row.end());
  });
  const render::Format chosen = format == "json" ? render::Format::json
                                : format == "md" ? render::Format::md
                                                 : render::Format::table;
  const std::string text = render::render(table, chosen);
  if (o.out.empty()) {
    write_stdout(text);
    return;
  }
  io::write_private_file(o.out, text, protect);
}

} // namespace

void add_import(CLI::App* group, Context& ctx, const std::string& kind,
                const std::string& example_line)
{
  CLI::App* command = group->add_subcommand("import");
  auto o = std::make_shared<ImportOptions>();
  command->add_option("FILE", o->files)->required(); // a missing file is exit 66, from the reader
  command->add_option("--encoding", o->encoding);
  command->add_option("--sheet", o->sheet);
  command->add_option("--mapping", o->mapping);
  command->add_flag("--dry-run", o->dry_run);
  CLI::Option* skip = command->add_flag("--skip-invalid", o->skip_invalid);
  command->add_option("--rejects", o->rejects)->needs(skip);
  skip->needs("--rejects");
  command->add_flag("--create-missing", o->create_missing);
  command->add_flag("--concurrent", o->concurrent);
  example(command, example_line);
  auto hold = [o, kind](storage::Store& store) {
    return import::hold_for(store, import::kind_named(kind), o->files, plain_options(*o));
  };
  ctx.run(command, hold, [&ctx, o, kind](records::Workspace& ws) {
    import::Options options = plain_options(*o);
    options.protect = ctx.protected_files(); // the importer adds its input files
    options.protect.add_input(o->mapping, msg::text("cli.the_mapping_file"));
    if (!o->encoding.empty()) {
      options.encoding = io::parse_encoding_name(o->encoding);
      if (!options.encoding) throw UsageError(msg::text("cli.unknown_encoding", o->encoding));
    }
    if (!o->mapping.empty()) options.mapping = import::Mapping::load(o->mapping);
    options.progress = progress_bar(ctx);
    const auto started = std::chrono::steady_clock::now();
    const bool notices = kind == "proposal" && !ctx.options.quiet && !o->dry_run;
    const long before = notices ? storage::last_proposal_id(ws.store) : 0;
    auto summary = import::import_files(ws, import::kind_named(kind), o->files, options);
    const std::vector<std::string> similar =
        notices ? records::notice_lines(ws, storage::proposal_ids_after(ws.store, before))
                : std::vector<std::string>{};
    for (const auto& problem : summary.problems)
      std::fprintf(stderr, "cppcc: %s\n", problem.c_str());
    // Said once the rows are committed, with the seconds the commit took too (through the
    // WAL, its checkpoint is a large part of a large import: docs/performance.md).
    ctx.after_commit([&ctx, kind, summary, started, similar, dry_run = o->dry_run]() mutable {
      summary.seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      ctx.say(import::summary_line(ctx.config(), kind, summary,
                                   dry_run ? import::DryRun::yes : import::DryRun::no));
      for (const auto& note : summary.notes)
        ctx.say(note);
      for (const auto& line : similar)
        ctx.say(line);
    });
  });
}

CLI::App* add_export(CLI::App* group, Context& ctx, const std::string& kind,
                     std::function<import::ExportFilter(records::Workspace&)> filter,
                     const std::string& example_line)
{
  CLI::App* command = group->add_subcommand("export");
  auto o = std::make_shared<ExportOptions>();
  command->add_option("--out", o->out);
  command->add_flag("--bom", o->bom);
  example(command, example_line);
  ctx.run(command, Need::read, [&ctx, o, kind, filter](records::Workspace& ws) {
    const import::ExportFilter chosen_filter = filter ? filter(ws) : import::ExportFilter{};
    const std::string format = ctx.options.format.empty() ? "csv" : ctx.options.format;
    // The BOM: asked for (here or before the command), or by default for a Chinese office's
    // CSV written to a file, which Excel would otherwise read in the system's code page.
    ExportOptions chosen = *o;
    chosen.bom = o->bom || ctx.options.bom;
    if (format == "csv" && ws.lang == config::Lang::zh && !ctx.options.no_bom &&
        (o->out.empty() ? standard_output_is_file() : o->out != "-"))
      chosen.bom = true;
    if (ctx.options.no_bom) chosen.bom = false;
    if (format == "csv")
      export_csv(ws, kind, chosen_filter, chosen, ctx.protected_files());
    else if (format == "xlsx")
      export_xlsx(ws, kind, chosen_filter, chosen, ctx.protected_files());
    else
      export_rendered(ws, kind, chosen_filter, chosen, ctx.protected_files(), format);
  });
  return command;
}

} // namespace cppcc::cli
