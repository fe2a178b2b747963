#pragma once
// Member performance scores for a year (委员履职考评): every member's points by item
// from the year's records and the rules of schemas/scoring.yaml, the total, grade and
// rank, and the derivation — which record earned which points — for the member file.
#include "model/records.hpp"
#include "render/value.hpp"
#include "scoring/rules.hpp"
#include "storage/member_year.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cppcc::scoring {

// The kind of record a derivation line comes from.
enum class RecordKind { activity, proposal, opinion, article };

// One record's contribution to one item.
struct Line {
  std::string item; // the item's id
  RecordKind kind = RecordKind::activity;
  std::string code;
  std::string title;
  std::optional<util::Date> date; // the date that put the record in the year
  // What about the record counted: the activity's kind and the attendance; the
  // proposal's role and status; the opinion's issue; the adoption's level, body and
  // whether combined; the instruction's leader and level; the article's level and
  // outlet, and among how many authors it is shared.
  std::string kind_id;
  std::string attendance;
  std::string role;
  std::string status;
  std::string level;
  std::string note;
  bool combined = false;
  int shared_by = 1;
  double points = 0;  // what the rule gives the record
  double counted = 0; // what it adds to the total: less once the item's cap is reached
};

struct ItemScore {
  const Item* item = nullptr;
  std::int64_t count = 0; // records that earned the item (past the cap too)
  double points = 0;      // after the cap
  bool capped = false;
};

struct MemberScore {
  model::Member member;
  std::vector<ItemScore> items; // one per rule item, in the rules' order
  double total = 0;             // base + the items' points, to two decimals
  const Grade* grade = nullptr;
  int rank = 0;            // 1 for the highest total, ties share; 0: not ranked
  std::vector<Line> lines; // by item, then date
};

struct YearScores {
  int year = 0;
  double base = 0;
  std::vector<MemberScore> members; // by rank, then code
};

// Scores `members` for `year` from `records` (storage::member_year of that year) and
// ranks them among themselves. `rules` must outlive the result.
YearScores score_members(const Rules& rules, int year, const std::vector<model::Member>& members,
                         const storage::MemberYear& records);

// The score for `year` of every member on the committee at its end (active, or left after
// it), ranked, from the store: the items and
// totals without the lines (score_members of one member gives those).
// `proposals`, if given, hands over the year's proposals (see member_year_tally).
YearScores score_year(storage::Store& store, const Rules& rules, int year,
                      const storage::ProposalsOfPeriod& proposals = {});

// Points as the tables hold them: a number of two decimals at most, shown 3, -3, 1.5, 0.67.
render::Value points(double points);
// The same as text (render::plain of points()).
std::string points_text(double points);

} // namespace cppcc::scoring
