#pragma once
// A city's or province's roll-up of its committees (cppcc rollup, docs/reports.md): what
// each committee's database gives, read one committee at a time (rollup_sources.hpp), and
// the tables of all of them together, built from the single-database reports' parts
// (tables.hpp) under the roll-up's one configuration: counts summed, rates computed again
// from the summed counts, never averaged.
#include "config/config.hpp"
#include "render/document.hpp"
#include "reports/remind.hpp"
#include "reports/reports.hpp"
#include "reports/tables.hpp"
#include "storage/report_queries.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::reports {

// What was read of one committee: its name (its column's or its rows' heading) and its part.
template <class Part> struct Committee {
  std::string name;
  Part part;
};

// The name a roll-up's office files are headed and signed with: the configuration's
// committee when its file names one (a city's cppcc.yaml given with --config), else
// "N committees".
std::string rollup_heading(const config::Config& config, config::Lang lang, std::size_t committees);

// The annual figures: a row per figure (key and label), a column per committee, then the
// total: counts summed, rates computed from the summed parts and wholes. (Committees of
// the same name come numbered: read_each, rollup_sources.hpp.) `printed`: for a printed
// document (docx, html, pdf), whose reader reads the label, without the key column.
render::Table rollup_annual(const Words& words, int year,
                            const std::vector<Committee<std::vector<AnnualFigure>>>& committees,
                            bool printed = false);

// One committee's unit handling of the proposals submitted in `period` (what report units
// reads).
std::vector<storage::UnitHandling> unit_handling(records::Workspace& ws,
                                                 const storage::Period& period);
// report units over the committees: a committee column, then report units' columns; each
// committee's units ranked as report units ranks them, then the committee's total row,
// and last the total of all (rates and medians from the summed counts and merged days).
render::Table
rollup_units(const Words& words,
             const std::vector<Committee<std::vector<storage::UnitHandling>>>& committees);

// One committee's proposals submitted in `period` counted by `by` (not unit: that is
// rollup_units), by value id.
std::map<std::string, std::int64_t>
proposal_counts(records::Workspace& ws, const storage::Period& period, std::string_view by);
// report proposals --by over the committees: a row per value (most first in the total), a
// column per committee, the total and the total's share.
render::Table
rollup_proposals(const Words& words, std::string_view by,
                 const std::vector<Committee<std::map<std::string, std::int64_t>>>& committees);

// Tables of the same columns, one per committee (member score's), as one: a committee column
// first, then each committee's rows in its own order (its members ranked within it).
render::Table rollup_stacked(const Words& words,
                             const std::vector<Committee<render::Table>>& committees);

// The city's overview of its committees' reminders (what is overdue where), every
// committee's collected on the same day. by_unit (for people): the counts summed, then a
// table of the committees (proposals overdue, due soon, waiting for review, units with
// anything overdue) with their total, one of the units with anything due, and one of the
// overdue assignments. flat (for scripts): the counts, then one table of every committee's
// reminders (remind's flat rows, a committee column first).
render::Document rollup_reminders(const Words& words,
                                  const std::vector<Committee<Reminders>>& committees,
                                  Layout layout);
// Whether no committee has anything due (remind then prints nothing, for cron).
bool nothing_due(const std::vector<Committee<Reminders>>& committees);

} // namespace cppcc::reports
