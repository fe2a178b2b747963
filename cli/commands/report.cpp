// cppcc report annual|monthly|proposals|units|members (docs/domain.md §3): thin calls into
// lib/reports/, printed by the shared renderers (Markdown by default).
#include "scoring/report.hpp"
#include "commands/commands.hpp"
#include "commands/options.hpp"
#include "error.hpp"
#include "io/dates.hpp"
#include "reports/reports.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

void span_options(CLI::App* command, const std::shared_ptr<Span>& span)
{
  command->add_option("--year", span->year)->check(CLI::Range(io::k_first_year, io::k_last_year));
  command->add_option("--from", span->from);
  command->add_option("--to", span->to);
}

storage::Period period_of(Context& ctx, const Span& span)
{
  if (!span.from.empty() || !span.to.empty()) {
    if (span.year) throw UsageError(msg::text("cli.year_or_span"));
    const io::Date first = ctx.date_or_today(span.from, "--from");
    const io::Date last = ctx.date_or_today(span.to, "--to");
    if (last.iso() < first.iso())
      throw UsageError(msg::text("cli.to_before_from", last.iso(), first.iso()));
    return {first.iso(), last.iso()};
  }
  const int year = span.year ? span.year : ctx.today().year;
  return storage::year_period(year);
}

void register_report(CLI::App& app, Context& ctx)
{
  CLI::App* report = app.add_subcommand("report");
  report->require_subcommand(1);
  example(report, "cppcc --lang zh report annual --year 2023 > 2023年工作综述.md");

  CLI::App* annual = report->add_subcommand("annual");
  auto annual_year = std::make_shared<int>(0);
  annual->add_option("--year", *annual_year)->check(CLI::Range(io::k_first_year, io::k_last_year));
  example(annual, "cppcc report annual --year 2023 --format json");
  ctx.run(annual, Need::read, [&ctx, annual_year](records::Workspace& ws) {
    ctx.expect_charts();
    ctx.print(reports::annual_report(ws, *annual_year ? *annual_year : ctx.today().year));
  });

  CLI::App* monthly = report->add_subcommand("monthly");
  auto month = std::make_shared<std::string>();
  monthly->add_option("--month", *month);
  example(monthly, "cppcc report monthly --month 2023-06");
  ctx.run(monthly, Need::read, [&ctx, month](records::Workspace& ws) {
    int y = ctx.today().year, m = ctx.today().month;
    if (!month->empty()) {
      const auto date = io::parse_month(*month);
      if (!date) throw UsageError(msg::text("cli.bad_month", *month));
      y = date->year;
      m = date->month;
    }
    ctx.print(reports::monthly_report(ws, y, m));
  });

  CLI::App* proposals = report->add_subcommand("proposals");
  auto by = std::make_shared<std::string>("status");
  auto proposals_span = std::make_shared<Span>();
  proposals->add_option("--by", *by);
  span_options(proposals, proposals_span);
  example(proposals, "cppcc report proposals --by category --year 2023 --format md");
  ctx.run(proposals, Need::read, [&ctx, by, proposals_span](records::Workspace& ws) {
    ctx.print(reports::proposals_by(ws, period_of(ctx, *proposals_span), *by));
  });

  CLI::App* units = report->add_subcommand("units");
  auto units_span = std::make_shared<Span>();
  span_options(units, units_span);
  example(units, "cppcc report units --year 2023");
  ctx.run(units, Need::read, [&ctx, units_span](records::Workspace& ws) {
    ctx.print(reports::units_table(ws, period_of(ctx, *units_span)));
  });

  CLI::App* members = report->add_subcommand("members");
  auto members_year = std::make_shared<int>(0);
  members->add_option("--year", *members_year)
      ->check(CLI::Range(io::k_first_year, io::k_last_year));
  example(members, "cppcc report members --year 2023 --format csv");
  ctx.run(members, Need::read, [&ctx, members_year](records::Workspace& ws) {
    ctx.print(scoring::score_table(ws, *members_year ? *members_year : ctx.today().year, ""));
  });

  CLI::App* duplicates = report->add_subcommand("duplicates");
  struct DuplicatesOptions {
    int year = 0;
    double threshold = 0;
    bool against_previous = false;
  };
  auto d = std::make_shared<DuplicatesOptions>();
  duplicates->add_option("--year", d->year)->check(CLI::Range(io::k_first_year, io::k_last_year));
  duplicates->add_option("--threshold", d->threshold)->check(CLI::Range(0.01, 1.0));
  duplicates->add_flag("--against-previous", d->against_previous);
  example(duplicates, "cppcc report duplicates --year 2023 --against-previous");
  ctx.run(duplicates, Need::read, [&ctx, d](records::Workspace& ws) {
    ctx.print(reports::duplicates_report(ws, d->year ? d->year : ctx.today().year, d->threshold,
                                         d->against_previous ? reports::AgainstPrevious::yes
                                                             : reports::AgainstPrevious::no));
  });
}

} // namespace cppcc::cli
