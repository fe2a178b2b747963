// cppcc remind: proposals overdue or falling due, by handling unit (docs/domain.md §3.7).
#include "reports/remind.hpp"
#include "commands/commands.hpp"
#include "commands/options.hpp"

#include <cstdio>
#include <fmt/format.h>

namespace cppcc::cli {

namespace {

struct RemindOptions {
  int within = 7;
  std::string out_dir;
};

} // namespace

void within_option(CLI::App* command, int& within)
{
  command->add_option("--within", within)
      ->type_name("DAYS")
      ->check(CLI::Range(0, 3650))
      ->capture_default_str();
}

void register_remind(CLI::App& app, Context& ctx)
{
  CLI::App* remind = app.add_subcommand("remind");
  auto o = std::make_shared<RemindOptions>();
  within_option(remind, o->within);
  remind->add_option("--out-dir", o->out_dir)->type_name("DIR");
  example(remind, "cppcc remind --as-of 2024-03-01 --within 14 --out-dir 催办通知");
  example(remind, "cppcc remind --as-of 2024-03-01 --out-dir 催办通知 --format docx");
  ctx.run(remind, Need::read, [&ctx, o](records::Workspace& ws) {
    const reports::Reminders due = reports::collect_reminders(ws, o->within);
    // Notices first, so that one refused (exit 73) has printed nothing; a directory used
    // before loses the notices of units with nothing due now, even when nothing is.
    std::vector<std::filesystem::path> written;
    if (!o->out_dir.empty()) {
      const config::Lang lang = ctx.options.lang == "en" ? config::Lang::en : config::Lang::zh;
      // --format docx: the notices are Word documents; what is printed stays the table.
      const bool word = ctx.options.format == "docx";
      if (word) ctx.options.format.clear();
      written = reports::write_notices(ws.config, lang, due, o->out_dir, ctx.protected_files(),
                                       word ? reports::NoticeFormat::word
                                            : reports::NoticeFormat::markdown);
    }
    if (due.empty()) return; // silence: cron mails only when there is something to say
    // Scripts get one flat table (CSV: that table alone); people a table per unit.
    const std::string& format = ctx.options.format;
    const bool flat = format == "csv" || format == "json";
    const render::Document document = reports::reminder_document(
        ws, due, flat ? reports::Layout::flat : reports::Layout::by_unit);
    if (format == "csv")
      ctx.print(document.tables.front());
    else
      ctx.print(document);
    if (!ctx.options.quiet && !written.empty()) {
      std::fflush(stdout);
      fmt::print(stderr, "{}\n",
                 msg::text(written.size() == 1 ? "cli.wrote_notice" : "cli.wrote_notices",
                           written.size(), o->out_dir));
    }
  });
}

} // namespace cppcc::cli
