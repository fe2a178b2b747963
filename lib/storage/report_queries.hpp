#pragma once
// The aggregate queries behind the reports (docs/domain.md §3): each reads a period's
// records in one or two passes and returns counts; lib/reports/ turns them into
// figures, rates and tables.
#include "model/records.hpp"
#include "storage/member_year.hpp"
#include "storage/store.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace cppcc::storage {

// Proposals submitted in a period, counted by the values that reports break them down
// by. One row per combination that occurs.
struct ProposalGroup {
  std::string status, category, type, sector, result, satisfaction, contact;
  bool filed = false;   // has a filing date
  bool replied = false; // has a reply date
  bool on_time = false; // replied on or before the due date in force
  std::int64_t count = 0;
};
std::vector<ProposalGroup> proposal_groups(Store& store, const Period& period);

// A handling unit's lead assignments in force (the final round, not returned) on
// proposals submitted in the period.
struct UnitHandling {
  std::string unit;
  std::int64_t assigned = 0;
  std::int64_t joint = 0; // joint (会办) assignments in force
  std::int64_t replied = 0;
  std::int64_t on_time = 0;
  std::int64_t overdue = 0;                           // not replied and past due on `today`
  std::map<std::int64_t, std::int64_t> days_to_reply; // days from assignment to reply → count
  std::map<std::string, std::int64_t> results;        // A/B/C/D → count
  std::map<std::string, std::int64_t> feedback;       // the proposals' satisfaction → count
};
// `handling`: the states in which a proposal is with its units (config::Phase::handling),
// here and below: bound as parameters or compared in C++, never named.
std::vector<UnitHandling> unit_handling(Store& store, const Period& period,
                                        const std::string& today,
                                        const std::vector<std::string>& handling);

// What the annual report reads of a period's proposals, in one pass over the covering
// index proposals_by_submitted: their groups, their count by month ("YYYY-MM"), and
// what unit handling needs of each, by id.
struct HandledProposal {
  long id = 0;
  long round = 0;
  bool open = false;            // being handled: unreplied and past due is overdue
  std::size_t satisfaction = 0; // in ProposalYear::satisfactions
};
struct ProposalYear {
  std::vector<ProposalGroup> groups;
  std::map<std::string, std::int64_t> by_month;
  std::vector<HandledProposal> handled;
  std::vector<std::string> satisfactions; // "" for none
  TalliedProposals tallied;               // for the member scores (member_year_tally)
};
ProposalYear proposal_year(Store& store, const Period& period,
                           const std::vector<std::string>& handling);
// Unit handling of the year's proposals, or of part `part` (from 0) of `parts` equal
// shares of them, so that two threads can share the pass; merge_unit_handling adds the
// parts' counts up by unit.
std::vector<UnitHandling> unit_handling(Store& store, const ProposalYear& year,
                                        const std::string& today, std::size_t part = 0,
                                        std::size_t parts = 1);
std::vector<UnitHandling> merge_unit_handling(std::vector<UnitHandling> a,
                                              std::vector<UnitHandling> b);

// Activities dated in the period, counted by kind and organiser.
struct ActivityGroup {
  std::string kind;
  bool by_studio = false;
  std::int64_t count = 0;
  std::int64_t suggestions = 0;
  std::int64_t disputes_resolved = 0;
  std::int64_t problems_solved = 0;
};
std::vector<ActivityGroup> activity_groups(Store& store, const Period& period);

// Articles dated in the period by level ("" for none).
std::map<std::string, std::int64_t> articles_by_level(Store& store, const Period& period);

// Opinions submitted in the period: received, and those adopted at least once.
struct OpinionCounts {
  std::int64_t received = 0;
  std::int64_t compiled = 0;
  std::int64_t adopted = 0;
  std::int64_t instructed = 0;
  std::map<std::string, std::int64_t> adopted_at; // level → opinions adopted at that level
};
OpinionCounts opinion_counts(Store& store, const Period& period);

// Brand studios listed at the end of the period (not delisted by `period.last`).
std::int64_t brand_studios(Store& store, const Period& period);
// Active members with `role`.
std::int64_t members_with_role(Store& store, std::string_view role);

// Each studio's activities in the period.
struct StudioYear {
  std::string name;
  bool brand = false;
  std::string delisted;
  std::optional<double> score;
  std::int64_t activities = 0;
  std::int64_t consultations = 0; // visits and micro-consultations
  std::int64_t disputes_resolved = 0;
  std::int64_t problems_solved = 0;
};
std::vector<StudioYear> studio_years(Store& store, const Period& period);

// Proposals submitted in the period whose result is `result`, with their lead units
// and where they stand now (回头看).
struct LookBack {
  std::string code, title, units, replied, status, concluded;
};
std::vector<LookBack> proposals_with_result(Store& store, const Period& period,
                                            std::string_view result);

// Proposals whose `column` (submitted, filed, assigned, replied or concluded) falls in
// the period, by that date.
struct DatedProposal {
  std::string code, title, proposer, date, status;
};
std::vector<DatedProposal> proposals_dated(Store& store, std::string_view column,
                                           const Period& period);

// Handling: an assignment in force (final round, not returned, not replied).
struct OpenAssignment {
  std::string code, title, unit;
  model::Role role = model::Role::lead;
  std::string due;
};

// As they stood at a past day, from the event log and the assignments' dates, so that a
// bulletin for a past month comes out the same whenever it is run:
// - proposals_stepped: the proposals whose step (submitted, filed, assigned, replied,
//   concluded) was recorded in the period, by its date, with their state at the period's
//   end;
//   `states` are those of the step's phase: for assigned, the states an assignment starts
//   the handling from (config::Phase::filed); for replied and concluded, the states the
//   step enters (config::Phase::replied, concluded); unused for submitted and filed;
// - open_assignments_then: the handling in force at the end of `as_of` whose due date
//   then falls in `due`, by due date.
std::vector<DatedProposal> proposals_stepped(Store& store, std::string_view column,
                                             const Period& period,
                                             const std::vector<std::string>& states);
std::vector<OpenAssignment> open_assignments_then(Store& store, const std::string& as_of,
                                                  const Period& due,
                                                  const std::vector<std::string>& handling);

// Activities and articles dated in the period, by date.
struct DatedActivity {
  std::string code, kind, date, title, studio;
  std::int64_t suggestions = 0, disputes_resolved = 0, problems_solved = 0;
};
std::vector<DatedActivity> activities_in(Store& store, const Period& period);
struct DatedArticle {
  std::string code, title, outlet, level, date;
};
std::vector<DatedArticle> articles_in(Store& store, const Period& period);

} // namespace cppcc::storage
