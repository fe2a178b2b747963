#pragma once
// The proposal lifecycle of docs/domain.md §2 applied to a proposal held in memory. Each
// action checks the YAML workflow (TransitionError) and the chronology (DataError),
// changes the proposal and its assignments, and appends an event. Loading and saving
// are the caller's: the commands (proposal_actions.hpp) and the ledger import share
// this one implementation.
#include "config/config.hpp"
#include "io/dates.hpp"
#include "model/records.hpp"
#include "workflow/definition.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cppcc::workflow {

struct ProposalState {
  model::Proposal proposal;
  std::vector<model::Assignment> assignments; // every round; id 0 = not stored yet
  std::optional<io::Date> last_date;          // of the last event, stored or new
  std::string last_action;                    // and its action
  std::vector<model::Event> events;           // new events, oldest first

  // Active (not returned) assignments of the current round with `role`.
  std::vector<model::Assignment*> active(model::Role role);
};

// The return reason of a joint unit released because every lead unit of its round
// returned the proposal (the proposal is filed again).
inline constexpr const char* k_released_with_leads = "主办单位均已退回，随之解除";

struct Outcome {
  std::string code;
  std::string action;
  std::string from;
  std::string to;
  std::string note; // e.g. "filing no 12", "due 2024-05-10"
};

class Lifecycle {
public:
  // `op` and `now` are recorded in every event.
  Lifecycle(const config::Config& config, std::string op, std::string now)
      : m_config(config), m_op(std::move(op)), m_now(std::move(now))
  {
  }

  // A new proposal: sets the initial state and records its submission.
  void submit(ProposalState& s) const;
  Outcome file(ProposalState& s, const io::Date& date, int filing_no) const;
  // `reason`: a configured rejection reason (id or label) or free text.
  Outcome reject(ProposalState& s, const io::Date& date, std::string_view reason) const;
  // `unit`: where it was forwarded, when known (a ledger may not say).
  Outcome convert(ProposalState& s, const io::Date& date,
                  const std::optional<model::Unit>& unit) const;
  // `s` is merged into `target`, which gains its proposer and co-signers.
  // `when` says whether the merge happens now (the target must be open) or is a ledger's
  // record of the past (the target may since have been concluded, after `date`).
  enum class MergeTime { now, past };
  Outcome merge(ProposalState& s, const io::Date& date, ProposalState& target,
                MergeTime when = MergeTime::now) const;
  Outcome withdraw(ProposalState& s, const io::Date& date, std::string_view reason) const;
  // Due date: `due` if given (a ledger's), else from the configured handling period.
  Outcome assign(ProposalState& s, const io::Date& date, const std::vector<model::Unit>& leads,
                 const std::vector<model::Unit>& joints,
                 std::optional<io::Date> due = std::nullopt) const;
  Outcome return_unit(ProposalState& s, const io::Date& date, const model::Unit& unit,
                      std::string_view reason) const;
  Outcome extend(ProposalState& s, const io::Date& date, const io::Date& until,
                 std::string_view reason) const;
  // `unit` may be empty when exactly one unit of the round (lead or joint) has not
  // replied. A joint unit may reply after the leads (state replied).
  Outcome reply(ProposalState& s, const io::Date& date, const std::optional<model::Unit>& unit,
                std::string_view result, std::string_view text) const;
  // `contact` may be empty when not known (a ledger's 满意度 without 见面 column).
  Outcome feedback(ProposalState& s, const io::Date& date, std::string_view contact,
                   std::string_view satisfaction) const;
  Outcome conclude(ProposalState& s, const io::Date& date) const;
  // `leader` may be empty (a ledger's key proposal without a 督办领导 column).
  Outcome key(ProposalState& s, const io::Date& date, std::string_view leader) const;

private:
  using Details = std::vector<std::pair<std::string, std::string>>;
  void begin(ProposalState& s, std::string_view action, const io::Date& date) const;
  Outcome finish(ProposalState& s, std::string_view action, const io::Date& date, Details details,
                 std::string note = {}) const;
  void enter(ProposalState& s, const std::string& from, const std::string& to, const io::Date& date,
             Details& details) const;

  const config::Config& m_config;
  std::string m_op;
  std::string m_now;
};

} // namespace cppcc::workflow
