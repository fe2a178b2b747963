#pragma once
// A workflow read from YAML (schemas/workflow.yaml): states, and for each action the
// states it is allowed in and where it leads, and how a ledger row shows it was taken.
// The engine below interprets it, for a command and for a ledger row alike; nothing else
// in the program knows which transitions exist.
#include "config/vocabulary.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace YAML {
class Node;
}
namespace cppcc::config {
class Config;
}

namespace cppcc::workflow {

// How a ledger row (台账) shows that an action was taken (`ledger:`, docs/domain.md §4.5).
// Columns are the canonical ones of the record kind (docs/domain.md §4.2).
struct LedgerReading {
  std::string column;                // the cell showing it was taken; empty: only a status can
  std::vector<std::string> needs;    // further cells the step needs
  std::vector<std::string> date;     // the cells dating it, the first filled one counts
  std::vector<std::string> reads;    // further cells it takes (filled without it: contradiction)
  std::vector<std::string> optional; // cells it takes when filled, never a contradiction
};

struct Branch {
  std::string when;                    // a condition name
  std::string to;                      // the state reached when it holds
  std::optional<LedgerReading> ledger; // the step that ends here, if not the action's own
};

struct Action {
  std::string name;
  std::vector<std::string> from; // states the action is allowed in
  std::string to;                // empty: the state does not change
  std::string requires_;         // a condition that must hold, or empty
  std::vector<Branch> branches;  // the first whose condition holds decides `to`
  bool internal = false;         // done by the program as part of another action, not a command
  std::optional<LedgerReading> ledger; // how a ledger shows it; none: a ledger never does
};

// One step of a ledger row: `action` taken in `from`, leading to `to` (a state change).
struct LedgerStep {
  std::string action;
  std::string from;
  std::string to;
  LedgerReading reading;
  // The outcome's conditions: `when` must hold (a branch), and none of `unless` (the
  // branches not taken, each with the state it would have led to).
  std::string when;
  std::vector<Branch> unless;
  std::vector<std::size_t> dates; // reading.date as bits of Ledger::columns()
};

// An action with a ledger reading that never changes the state (key).
struct LedgerMark {
  std::string action;
  LedgerReading reading;
  std::size_t column = 0;         // reading.column as a bit of Ledger::columns()
  std::vector<std::size_t> dates; // reading.date as bits
};

// A way a ledger row can reach `state` from the initial state: its steps, in order.
// Columns are bits of Ledger::columns().
struct LedgerPath {
  std::string state;
  std::size_t state_index = 0; // its place in the states' list
  std::vector<LedgerStep> steps;
  std::vector<std::size_t> needed; // the cells the steps need, in order (each column once)
  std::uint64_t needs = 0;         // the same as bits
  std::uint64_t uses = 0;          // every cell the steps take (column, needs, reads, optional)
  std::uint64_t allowed = 0;       // the cells `state` allows without their step
  bool shown = true;               // every step has a column: a row without a status may imply it
};

// What a workflow says about ledgers, worked out once when it is read: the paths from the
// initial state to each state through the actions with a ledger reading (each state at
// most once on a path; internal actions and actions without `ledger:` left out).
// More ways than any workflow of an office has: a sign of an edited workflow gone wrong.
inline constexpr std::size_t k_max_ledger_paths = 1000;

class Ledger {
public:
  // Every column any reading names, in the order the workflow names them.
  const std::vector<std::string>& columns() const { return m_columns; }
  // Their bits in the order of their names as a row's fields keep them (records::Fields),
  // for reading a row in one pass.
  const std::vector<std::size_t>& by_name() const { return m_by_name; }
  // The bit of `column`, or none.
  std::optional<std::size_t> bit(std::string_view column) const;
  // The columns that belong to a step (column, needs, reads of every state-changing
  // action): filled on a row whose steps do not read them, a contradiction.
  std::uint64_t owned() const { return m_owned; }
  // The cells that show a state-changing action was taken (each reading's `column`, but
  // those a state allows without the step): what a row without a status is read by.
  std::uint64_t evidence() const { return m_evidence; }
  // The columns a row in `state` may fill without their step (`ledger: {allows: …}`).
  std::uint64_t allowed(std::string_view state) const;
  // The paths to `state`, in the order the actions are listed; empty when none leads there.
  const std::vector<LedgerPath>& paths(std::string_view state) const;
  // Every path, by state in the order the states are listed.
  const std::vector<LedgerPath>& all_paths() const { return m_all; }
  // Actions with a reading that never change the state (key): taken beside the path.
  const std::vector<LedgerMark>& marks() const { return m_marks; }

private:
  friend class Definition;
  struct ByState {
    std::string state;
    std::uint64_t allowed = 0;
    std::vector<LedgerPath> paths;
  };
  std::vector<std::string> m_columns;
  std::vector<std::size_t> m_by_name;
  std::uint64_t m_owned = 0;
  std::uint64_t m_evidence = 0;
  std::vector<ByState> m_states;
  std::vector<std::pair<std::string, std::string>> m_allowed_columns; // state, column
  std::vector<LedgerPath> m_all;
  std::vector<LedgerMark> m_marks;
};

class Definition {
public:
  // Throws ConfigError naming `where` (e.g. "workflows.proposal") for unknown states,
  // conditions outside `known_conditions`, and malformed entries.
  // `states`, when given, are the states (read by config/ as a vocabulary); otherwise the
  // node's own `states` list.
  // `ledger_columns`: the columns a `ledger:` reading may name, and `ledger_actions` the
  // actions it may be given to (those the import knows how to replay); none given: the
  // workflow has no ledger readings (ConfigError naming the key if it does).
  static Definition from_yaml(const YAML::Node& node, std::string_view where,
                              const std::vector<std::string>& known_conditions,
                              const config::Vocabulary* states = nullptr,
                              const std::vector<std::string>& ledger_columns = {},
                              const std::vector<std::string>& ledger_actions = {});

  const std::string& initial() const { return m_initial; }
  const Action* action(std::string_view name) const;
  // Actions allowed in `state`, in the order the YAML lists them.
  std::vector<std::string> allowed_actions(std::string_view state) const;
  const config::Vocabulary& states() const { return m_states; }
  const config::Vocabulary& action_labels() const { return m_action_labels; }
  // How ledger rows reach each state (docs/domain.md §4.5).
  const Ledger& ledger() const { return m_ledger; }

private:
  void read_ledger_states(const YAML::Node& states, std::string_view where,
                          const std::vector<std::string>& columns);
  void find_ledger_paths();

  std::string m_initial;
  config::Vocabulary m_states;
  config::Vocabulary m_action_labels;
  std::vector<Action> m_actions;
  Ledger m_ledger;
};

// What the program knows about a record when an action is asked for.
struct Facts {
  std::function<bool(std::string_view condition)> holds;
  // Why a `requires` condition does not hold, in words for the user.
  std::function<std::string(std::string_view condition)> explain;
};

struct Step {
  std::string from;
  std::string to; // equal to `from` when the state does not change
};

// Throws TransitionError unless `action` is allowed in `state`.
void ensure_allowed(const Definition& definition, std::string_view record, std::string_view state,
                    std::string_view action);
// Whether `action` is allowed in `state`.
bool is_allowed(const Definition& definition, std::string_view state, std::string_view action);

// Decides the outcome of `action` on a record in `state`. Throws TransitionError
// ("proposal 'P1' is submitted; 'reply' is not allowed (allowed: file, reject …)")
// when the action is not allowed there, or its `requires` condition does not hold.
// `record` names the record in messages.
Step decide(const Definition& definition, std::string_view record, std::string_view state,
            std::string_view action, const Facts& facts);
// The same, naming the record only for a message (an import decides millions of steps).
Step decide(const Definition& definition, const std::function<std::string()>& record,
            std::string_view state, std::string_view action, const Facts& facts);

// Conditions the proposal workflow may use (see schemas/workflow.yaml).
const std::vector<std::string>& proposal_conditions();
// The proposal actions a ledger row may show (`ledger:`): those the import can replay.
const std::vector<std::string>& proposal_ledger_actions();

// The workflows of a configuration, read from its `workflows` subtree once (Config::part):
// the proposal's over config.proposal_states, the opinion's over opinion.statuses.
const Definition& proposal_workflow(const config::Config& config);
const Definition& opinion_workflow(const config::Config& config);

} // namespace cppcc::workflow
