#include "config/phases.hpp"

#include <algorithm>

namespace cppcc::config {

Phases::Phases(std::vector<std::pair<std::string, Phase>> states) : m_of(std::move(states))
{
  for (const auto& [state, phase] : m_of)
    m_states[static_cast<std::size_t>(phase)].push_back(state);
}

std::optional<Phase> Phases::of(std::string_view state) const
{
  for (const auto& [id, phase] : m_of)
    if (id == state) return phase;
  return std::nullopt;
}

bool Phases::is(std::string_view state, Phase phase) const
{
  const auto& list = states(phase);
  return std::find(list.begin(), list.end(), state) != list.end();
}

const std::array<std::string_view, k_phase_count>& Phases::names()
{
  static constexpr std::array<std::string_view, k_phase_count> k_names = {
      "review", "filed", "handling", "replied", "concluded", "withdrawn", "closed"};
  return k_names;
}

std::optional<Phase> Phases::named(std::string_view name)
{
  const auto& all = names();
  const auto at = std::find(all.begin(), all.end(), name);
  if (at == all.end()) return std::nullopt;
  return static_cast<Phase>(at - all.begin());
}

const std::vector<Phase>& Phases::required()
{
  static const std::vector<Phase> k_required = {Phase::review, Phase::filed, Phase::handling,
                                                Phase::replied, Phase::concluded};
  return k_required;
}

} // namespace cppcc::config
