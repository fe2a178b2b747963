#pragma once
// Options that more than one command group takes the same way: the single-database
// commands and their roll-up (cppcc rollup) share them, so that both read them alike.
#include "context.hpp"
#include "storage/member_year.hpp"

#include <memory>
#include <string>

namespace cppcc::cli {

// `--year`, or `--from`/`--to`: the period of report proposals and report units.
struct Span {
  int year = 0;
  std::string from, to;
};
void span_options(CLI::App* command, const std::shared_ptr<Span>& span);
// The period the options name: the year (default: today's), or from … to.
storage::Period period_of(Context& ctx, const Span& span);

// `--year`: a year a committee could have records of (member score, show).
CLI::Option* add_year(CLI::App* command, int& year);

// remind's `--within DAYS` (default 7).
void within_option(CLI::App* command, int& within);

} // namespace cppcc::cli
