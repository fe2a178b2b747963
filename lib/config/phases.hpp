#pragma once
// What a proposal state means to the program beyond its transitions: each state of
// workflows.proposal.states names its phase (`phase:`), and code that must know "being
// handled", "concluded" or "awaiting review" asks for the states of that phase instead of
// naming states. Read with the states (config/), so that every layer may ask.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cppcc::config {

enum class Phase {
  review,    // submitted, awaiting the office's review (reminders: waiting review)
  filed,     // filed, to be assigned (the bulletin's 交办 is an assignment from here)
  handling,  // with the handling units: a due date in force, overdue, reminders
  replied,   // every lead unit replied, awaiting feedback (the bulletin's 答复)
  concluded, // handled to its end (the annual and monthly 办结)
  withdrawn, // withdrawn by the proposer (not counted as submitted in member scores)
  closed,    // ended without handling: not filed, converted, merged
};
inline constexpr std::size_t k_phase_count = 7;

class Phases {
public:
  Phases() = default;
  explicit Phases(std::vector<std::pair<std::string, Phase>> states);

  // The phase of `state`; none for a state not in the workflow.
  std::optional<Phase> of(std::string_view state) const;
  bool is(std::string_view state, Phase phase) const;
  // The states of `phase`, in the order the workflow lists them.
  const std::vector<std::string>& states(Phase phase) const
  {
    return m_states[static_cast<std::size_t>(phase)];
  }

  // The phases by name, as `phase:` gives them.
  static const std::array<std::string_view, k_phase_count>& names();
  static std::optional<Phase> named(std::string_view name);
  // The phases the program cannot do without: a workflow has a state in each.
  static const std::vector<Phase>& required();

private:
  std::vector<std::pair<std::string, Phase>> m_of;
  std::array<std::vector<std::string>, k_phase_count> m_states;
};

} // namespace cppcc::config
