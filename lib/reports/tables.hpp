#pragma once
// The parts of the single-database reports' tables that the roll-up builds its own from
// (lib/reports/rollup.cpp): one way to count, rank, label and divide, whether the counts
// come from one committee or are summed over many. Defined in annual.cpp.
#include "config/config.hpp"
#include "records/workspace.hpp"
#include "render/document.hpp"
#include "storage/report_queries.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cppcc::reports {

// Where a table's labels come from: the configuration in a language. A workspace gives
// them (one database's report), or the roll-up's global configuration.
struct Words {
  const config::Config& config;
  config::Lang lang;
  Words(const config::Config& in, config::Lang language) : config(in), lang(language) {}
  Words(const records::Workspace& ws) : config(ws.config), lang(ws.lang) {} // NOLINT: implicit
  std::string label(std::string_view group, std::string_view key) const
  {
    return config.label(lang, group, key);
  }
};

// A rate: a percent with one decimal, or nothing when there is nothing to divide by.
render::Value rate(std::int64_t part, std::int64_t whole);

// A column keyed `key`, labelled report.<key>.
render::Column column(const Words& words, std::string key,
                      render::Type type = render::Type::number);

// `text` with each {key} replaced by its value in `values` (report titles: "{year}").
std::string titled(std::string text, const std::map<std::string, render::Value>& values);

// The breakdowns of report proposals (--by): status, category, type, sector, unit, result,
// satisfaction.
const std::vector<std::string>& breakdowns();
// UsageError unless `by` is one of them.
void check_breakdown(std::string_view by);

// The proposals' groups counted by their value of `by` (an id; "" for none), every value
// that occurs.
std::map<std::string, std::int64_t> counts_by(const std::vector<storage::ProposalGroup>& groups,
                                              std::string_view by);
// Such counts most first (ties in the values' order), each value as its label.
std::vector<std::pair<std::string, std::int64_t>>
labelled(const Words& words, const std::map<std::string, std::int64_t>& counts,
         std::string_view by);

// Each row's share of `total` in tenths of a percent, adding up to exactly 1000
// (largest-remainder rounding; ties to the earlier row).
std::vector<std::int64_t>
shares_in_tenths(const std::vector<std::pair<std::string, std::int64_t>>& rows, std::int64_t total);

// The handling units ranked as report units ranks them: by the share replied on time, then
// by the number handled.
void rank_units(std::vector<storage::UnitHandling>& rows);
// report units' columns, the unit's first, and a unit's row under them: its rates and its
// median computed from its own counts.
std::vector<render::Column> unit_columns(const Words& words);
render::Row unit_row(const storage::UnitHandling& unit);
// The units' counts added up as one row named `name`: the days to reply merged, so that the
// median is the median of all their replies, and the rates computed from the sums.
storage::UnitHandling sum_units(std::vector<storage::UnitHandling> rows, std::string name);

} // namespace cppcc::reports
