#pragma once
// What members did in a period, read for performance scores and the member file
// (履职档案): activities they attended, proposals they led or co-signed, their
// social-opinion reports and the articles they wrote.
#include "model/records.hpp"
#include "storage/store.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cppcc::storage {

// From `first` to `last`, both included, ISO dates.
struct Period {
  std::string first;
  std::string last;
};
// 1 January to 31 December of `year`.
Period year_period(int year);

enum class ProposalRole { lead, cosigner };

// A member's part in a proposal submitted in the period.
struct ProposalPart {
  long member_id = 0;
  ProposalRole role = ProposalRole::lead;
  std::string code;
  std::string title;
  std::string proposer; // the lead proposer as recorded
  std::string status;
  std::optional<util::Date> submitted;
  std::optional<util::Date> filed;
  bool key = false;
  bool excellent = false;
};

struct MemberYear {
  // Dated in the period, with their participants (and the studio's name, if a
  // studio organised them), by date then code.
  std::vector<model::Activity> activities;
  // Submitted in the period: one part per member and role, by submitted date then code.
  std::vector<ProposalPart> proposals;
  // Submitted by members, with every adoption and instruction, when submitted,
  // compiled, adopted or instructed in the period (an adoption or instruction
  // without a date counts at the compiled, else submitted date), by submitted date
  // then code. Bodies are left out.
  std::vector<model::Opinion> opinions;
  // Dated in the period, with their authors, by date then code.
  std::vector<model::Article> articles;
};

// The period's records of every member, or of `member_id` only (then only records
// they took part in, each still with all its participants or authors).
MemberYear member_year(Store& store, const Period& period,
                       std::optional<long> member_id = std::nullopt);

// The same records reduced to what the scoring rules look at, counted by SQL: a
// year's scores for every member need the counts, not a line per record (a million
// proposals are a few thousand tallies). Opinions stay whole: their adoptions and
// instructions carry their own dates.
struct ActivityTally {
  long member_id = 0;
  std::string kind;
  std::string attendance;
  bool by_studio = false;
  std::int64_t count = 0;
};
struct ProposalTally {
  long member_id = 0;
  ProposalRole role = ProposalRole::lead;
  std::string status;
  bool filed = false;
  bool key = false;
  bool excellent = false;
  std::int64_t count = 0;
};
struct ArticleTally {
  long member_id = 0;
  std::string level;
  bool first = false; // the first-named author
  int authors = 1;    // how many members wrote it
  std::int64_t count = 0;
};
struct MemberYearTally {
  std::vector<ActivityTally> activities;
  std::vector<ProposalTally> proposals;
  std::vector<model::Opinion> opinions; // as in MemberYear
  std::vector<ArticleTally> articles;
};

// A period's proposal as the tallies count it, for a caller that reads the period's
// proposals anyway (report annual's proposal_year) and hands them over instead of
// member_year_tally reading them a second time.
struct TalliedProposal {
  long id = 0;
  long proposer = 0;      // the lead proposer's member id, 0 for none
  std::size_t status = 0; // in TalliedProposals::statuses
  bool filed = false, key = false, excellent = false;
};
struct TalliedProposals {
  std::vector<TalliedProposal> proposals; // sorted by id
  std::vector<std::string> statuses;
};
TalliedProposals tallied_proposals(Store& store, const Period& period);
// Gives the period's proposals when called (it may wait for them); empty: read here.
using ProposalsOfPeriod = std::function<const TalliedProposals&()>;

MemberYearTally member_year_tally(Store& store, const Period& period,
                                  const ProposalsOfPeriod& proposals = {});

} // namespace cppcc::storage
