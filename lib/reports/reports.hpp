#pragma once
// The reports of docs/domain.md §3 as render models: the annual summary (工作综述), the
// monthly bulletin (月通报), proposal breakdowns and unit handling performance. Every
// number comes from the aggregate queries of lib/storage/report_queries; labels and
// sentences from the configuration (schemas/reports.yaml, schemas/locale/).
#include "records/workspace.hpp"
#include "render/document.hpp"
#include "storage/member_year.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::reports {

// The year in figures: every figure of report.annual.figures, the summary sentences,
// breakdowns of the year's proposals, handling units, last year's class-B proposals,
// opinions by level, the top ten members, studios by activity, and charts.
render::Report annual_report(records::Workspace& ws, int year);

// One figure of the annual report as the counts it is made of: a count, or a rate as its
// part (`count`) of `whole`, so that the figures of several committees add up and their
// rates are computed again from the sums (rollup_annual), not averaged.
struct AnnualFigure {
  std::string key;
  bool is_rate = false;
  std::int64_t count = 0; // the count, or a rate's part
  std::int64_t whole = 0; // a rate's whole (what it divides by)
  render::Value value() const;
};

// The annual report's figures alone (report.annual.figures, in their order): the passes
// they need, without the rest of the report.
std::vector<AnnualFigure> annual_figures(records::Workspace& ws, int year);

// What happened in the month (submitted, filed, assigned, replied, concluded;
// activities and articles), what is overdue at its end and what falls due next month.
render::Report monthly_report(records::Workspace& ws, int year, int month);

// Proposals submitted in `period` counted by `by`: status, category, type, sector,
// unit, result or satisfaction (UsageError otherwise).
render::Table proposals_by(records::Workspace& ws, const storage::Period& period,
                           std::string_view by);

// Handling performance per unit for proposals submitted in `period`, ranked by the
// share replied on time, then by the number handled.
render::Table units_table(records::Workspace& ws, const storage::Period& period);

} // namespace cppcc::reports

namespace cppcc::reports {

// The year's near-duplicate proposals (查重, docs/similar.md): groups of proposals scoring
// at least `threshold` with one another (the configuration's similar.threshold when 0),
// each with the suggested target of a merge (the earliest filed, else the earliest
// submitted); with `against_previous`, the year's proposals that repeat one of an earlier
// year, each with its most similar earlier proposal.
enum class AgainstPrevious { no, yes };
render::Report duplicates_report(records::Workspace& ws, int year, double threshold,
                                 AgainstPrevious against_previous);

} // namespace cppcc::reports
