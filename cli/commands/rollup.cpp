// cppcc rollup SOURCE… report annual|units|proposals, member score, remind (issue 25): a
// city's or province's roll-up of its committees, each committee's file read read-only,
// one at a time (lib/reports/rollup_sources), the reports built from the single-database
// reports' parts (lib/reports/rollup).
#include "reports/rollup.hpp"
#include "commands/commands.hpp"
#include "commands/options.hpp"
#include "error.hpp"
#include "io/dates.hpp"
#include "reports/rollup_sources.hpp"
#include "scoring/report.hpp"

#include <cstdio>
#include <fmt/format.h>

namespace cppcc::cli {

namespace {

struct Rollup {
  std::vector<std::string> sources;
  bool skip_bad = false;
};

reports::RollupRun run_of(Context& ctx, const Rollup& o, std::optional<storage::Period> period)
{
  // The configuration first: a bad one is exit 78 before any committee is read.
  return {ctx.config(),
          ctx.lang(),
          ctx.today(),
          o.skip_bad,
          [](const std::string& warning) {
            std::fflush(stdout);
            fmt::print(stderr, "cppcc: {}\n", warning);
          },
          std::move(period)};
}

// Reads every committee with `read` (the command reading the dates of `period`, none for
// what is open today), then heads the office's files the command writes.
template <class Read>
auto read_all(Context& ctx, const Rollup& o, std::optional<storage::Period> period, Read read)
{
  auto committees = reports::read_each(o.sources, run_of(ctx, o, std::move(period)), read);
  ctx.head_documents_with(reports::rollup_heading(ctx.config(), ctx.lang(), committees.size()));
  return committees;
}

void register_reports(CLI::App* rollup, Context& ctx, const std::shared_ptr<Rollup>& o)
{
  CLI::App* report = rollup->add_subcommand("report");
  report->require_subcommand(1);

  CLI::App* annual = report->add_subcommand("annual");
  auto year = std::make_shared<int>(0);
  annual->add_option("--year", *year)->check(CLI::Range(io::k_first_year, io::k_last_year));
  example(annual, "cppcc rollup cppcc.db report annual --year 2023 --format json");
  ctx.run_plain(annual, [&ctx, o, year] {
    const int y = *year ? *year : ctx.today().year;
    const auto committees = read_all(ctx, *o, storage::year_period(y), [y](records::Workspace& ws) {
      return reports::annual_figures(ws, y);
    });
    ctx.print(reports::rollup_annual({ctx.config(), ctx.lang()}, y, committees, ctx.printing()));
  });

  CLI::App* units = report->add_subcommand("units");
  auto units_span = std::make_shared<Span>();
  span_options(units, units_span);
  example(units, "cppcc rollup cppcc.db report units --year 2023");
  ctx.run_plain(units, [&ctx, o, units_span] {
    const storage::Period period = period_of(ctx, *units_span);
    const auto committees = read_all(ctx, *o, period, [&](records::Workspace& ws) {
      return reports::unit_handling(ws, period);
    });
    ctx.print(reports::rollup_units({ctx.config(), ctx.lang()}, committees));
  });

  CLI::App* proposals = report->add_subcommand("proposals");
  auto by = std::make_shared<std::string>("status");
  auto proposals_span = std::make_shared<Span>();
  proposals->add_option("--by", *by);
  span_options(proposals, proposals_span);
  example(proposals, "cppcc rollup cppcc.db report proposals --by category --year 2023");
  ctx.run_plain(proposals, [&ctx, o, by, proposals_span] {
    reports::check_breakdown(*by); // before any committee is read
    const storage::Period period = period_of(ctx, *proposals_span);
    const reports::Words words{ctx.config(), ctx.lang()};
    if (*by == "unit") {
      const auto committees = read_all(ctx, *o, period, [&](records::Workspace& ws) {
        return reports::unit_handling(ws, period);
      });
      ctx.print(reports::rollup_units(words, committees));
      return;
    }
    const auto committees = read_all(ctx, *o, period, [&](records::Workspace& ws) {
      return reports::proposal_counts(ws, period, *by);
    });
    ctx.print(reports::rollup_proposals(words, *by, committees));
  });
}

void register_member_score(CLI::App* rollup, Context& ctx, const std::shared_ptr<Rollup>& o)
{
  CLI::App* member = rollup->add_subcommand("member");
  member->require_subcommand(1);
  CLI::App* score = member->add_subcommand("score");
  struct Options {
    int year = 0;
    std::string sector;
  };
  auto s = std::make_shared<Options>();
  add_year(score, s->year);
  score->add_option("--sector", s->sector);
  example(score, "cppcc rollup cppcc.db member score --year 2023 --format csv");
  ctx.run_plain(score, [&ctx, o, s] {
    const int year = s->year ? s->year : ctx.today().year;
    // The sector is the roll-up's configuration's, checked before any committee is read.
    const std::string sector = s->sector.empty() ? "" : ctx.config().sectors.require(s->sector);
    const auto committees =
        read_all(ctx, *o, storage::year_period(year),
                 [&](records::Workspace& ws) { return scoring::score_table(ws, year, sector); });
    ctx.print(reports::rollup_stacked({ctx.config(), ctx.lang()}, committees));
  });
}

void register_rollup_remind(CLI::App* rollup, Context& ctx, const std::shared_ptr<Rollup>& o)
{
  CLI::App* remind = rollup->add_subcommand("remind");
  auto within = std::make_shared<int>(7);
  within_option(remind, *within);
  example(remind, "cppcc rollup . remind --as-of 2024-03-01 --within 14");
  ctx.run_plain(remind, [&ctx, o, within] {
    const auto committees = read_all(ctx, *o, std::nullopt, [&](records::Workspace& ws) {
      return reports::collect_reminders(ws, *within);
    });
    if (reports::nothing_due(committees)) return; // silence, as remind's: for cron
    // Scripts get one flat table (CSV: that table alone); people the overview.
    const std::string& format = ctx.options.format;
    const bool flat = format == "csv" || format == "json";
    const render::Document document =
        reports::rollup_reminders({ctx.config(), ctx.lang()}, committees,
                                  flat ? reports::Layout::flat : reports::Layout::by_unit);
    if (format == "csv")
      ctx.print(document.tables.front());
    else
      ctx.print(document);
  });
}

} // namespace

void register_rollup(CLI::App& app, Context& ctx)
{
  CLI::App* rollup = app.add_subcommand("rollup");
  rollup->require_subcommand(1);
  auto o = std::make_shared<Rollup>();
  // Not required() for CLI11: a required positional takes the command's own words
  // (`rollup report annual` would read "report" as a database); checked when it runs.
  rollup->add_option("SOURCE", o->sources);
  rollup->add_flag("--skip-bad", o->skip_bad);
  example(rollup, "cppcc rollup . report annual --year 2023 --skip-bad");
  register_reports(rollup, ctx, o);
  register_member_score(rollup, ctx, o);
  register_rollup_remind(rollup, ctx, o);
}

} // namespace cppcc::cli
