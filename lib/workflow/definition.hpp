#pragma once
// A workflow read from YAML (schemas/workflow.yaml): states, and for each action the
// states it is allowed in and where it leads. The engine below interprets it; nothing
// else in the program knows which transitions exist.
#include "config/vocabulary.hpp"

#include <functional>
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

struct Branch {
  std::string when; // a condition name
  std::string to;   // the state reached when it holds
};

struct Action {
  std::string name;
  std::vector<std::string> from; // states the action is allowed in
  std::string to;                // empty: the state does not change
  std::string requires_;         // a condition that must hold, or empty
  std::vector<Branch> branches;  // the first whose condition holds decides `to`
  bool internal = false;         // done by the program as part of another action, not a command
};

class Definition {
public:
  // Throws ConfigError naming `where` (e.g. "workflows.proposal") for unknown states,
  // conditions outside `known_conditions`, and malformed entries.
  // `states`, when given, are the states (read by config/ as a vocabulary); otherwise the
  // node's own `states` list.
  static Definition from_yaml(const YAML::Node& node, std::string_view where,
                              const std::vector<std::string>& known_conditions,
                              const config::Vocabulary* states = nullptr);

  const std::string& initial() const { return m_initial; }
  const Action* action(std::string_view name) const;
  // Actions allowed in `state`, in the order the YAML lists them.
  std::vector<std::string> allowed_actions(std::string_view state) const;
  const config::Vocabulary& states() const { return m_states; }
  const config::Vocabulary& action_labels() const { return m_action_labels; }

private:
  std::string m_initial;
  config::Vocabulary m_states;
  config::Vocabulary m_action_labels;
  std::vector<Action> m_actions;
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

// The workflows of a configuration, read from its `workflows` subtree once (Config::part):
// the proposal's over config.proposal_states, the opinion's over opinion.statuses.
const Definition& proposal_workflow(const config::Config& config);
const Definition& opinion_workflow(const config::Config& config);

} // namespace cppcc::workflow
