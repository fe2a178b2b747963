#include "workflow/definition.hpp"

#include "config/config.hpp"
#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace cppcc::workflow {

namespace {

std::string text_of(const YAML::Node& node, std::string_view where)
{
  if (!node.IsScalar())
    throw ConfigError(msg::text("workflow.config_expected_name", where, node.Mark().line + 1));
  return node.Scalar();
}

config::Vocabulary read_vocabulary(const YAML::Node& node, std::string name, std::string_view where)
{
  std::vector<config::VocabEntry> entries;
  if (!node.IsSequence()) throw ConfigError(msg::text("workflow.config_expected_list", where));
  for (const auto& item : node) {
    if (item.IsScalar()) {
      entries.push_back({item.Scalar(), item.Scalar(), item.Scalar()});
      continue;
    }
    if (!item.IsMap() || !item["id"])
      throw ConfigError(msg::text("workflow.config_entry_without_id", where, item.Mark().line + 1));
    const std::string id = item["id"].as<std::string>();
    entries.push_back({id, item["zh"] ? item["zh"].as<std::string>() : id,
                       item["en"] ? item["en"].as<std::string>() : id});
  }
  return config::Vocabulary(std::move(name), std::move(entries));
}

} // namespace

Definition Definition::from_yaml(const YAML::Node& node, std::string_view where,
                                 const std::vector<std::string>& known_conditions,
                                 const config::Vocabulary* states)
{
  if (!node.IsMap()) throw ConfigError(msg::text("workflow.config_expected_workflow", where));
  Definition def;
  def.m_states =
      states ? *states : read_vocabulary(node["states"], "state", fmt::format("{}.states", where));
  def.m_action_labels =
      node["action_labels"]
          ? read_vocabulary(node["action_labels"], "action", fmt::format("{}.action_labels", where))
          : config::Vocabulary("action", {});
  def.m_initial = text_of(node["initial"], fmt::format("{}.initial", where));

  auto check_state = [&](const std::string& state, std::string_view key) {
    if (def.m_states.contains(state)) return;
    std::vector<std::string> ids;
    for (const auto& e : def.m_states.entries())
      ids.push_back(e.id);
    const std::string hint = util::did_you_mean(util::closest(state, ids));
    if (hint.empty()) throw ConfigError(msg::text("workflow.config_unknown_state", key, state));
    throw ConfigError(msg::text("workflow.config_unknown_state_hint", key, state, hint));
  };
  auto check_condition = [&](const std::string& condition, std::string_view key) {
    if (std::find(known_conditions.begin(), known_conditions.end(), condition) ==
        known_conditions.end())
      throw ConfigError(
          msg::text("workflow.config_unknown_condition", key, condition,
                    util::join(known_conditions, msg::text("workflow.list_separator"))));
  };
  check_state(def.m_initial, fmt::format("{}.initial", where));

  const YAML::Node actions = node["actions"];
  if (!actions.IsMap()) throw ConfigError(msg::text("workflow.config_expected_actions", where));
  for (const auto& entry : actions) {
    Action action;
    action.name = entry.first.as<std::string>();
    const std::string key = fmt::format("{}.actions.{}", where, action.name);
    const YAML::Node spec = entry.second;
    if (!spec.IsMap())
      throw ConfigError(msg::text("workflow.config_expected_map", key, spec.Mark().line + 1));
    if (spec["from"]) {
      if (!spec["from"].IsSequence())
        throw ConfigError(msg::text("workflow.config_expected_states", key));
      for (const auto& state : spec["from"]) {
        action.from.push_back(text_of(state, key + ".from"));
        check_state(action.from.back(), key + ".from");
      }
    }
    if (spec["to"]) {
      action.to = text_of(spec["to"], key + ".to");
      check_state(action.to, key + ".to");
    }
    if (spec["requires"]) {
      action.requires_ = text_of(spec["requires"], key + ".requires");
      check_condition(action.requires_, key + ".requires");
    }
    action.internal = spec["internal"] && spec["internal"].as<bool>();
    if (spec["branches"])
      for (const auto& branch : spec["branches"]) {
        Branch b{text_of(branch["when"], key + ".branches.when"),
                 text_of(branch["to"], key + ".branches.to")};
        check_condition(b.when, key + ".branches.when");
        check_state(b.to, key + ".branches.to");
        action.branches.push_back(std::move(b));
      }
    def.m_actions.push_back(std::move(action));
  }
  return def;
}

const Action* Definition::action(std::string_view name) const
{
  for (const auto& action : m_actions)
    if (action.name == name) return &action;
  return nullptr;
}

std::vector<std::string> Definition::allowed_actions(std::string_view state) const
{
  std::vector<std::string> out;
  for (const auto& action : m_actions)
    if (!action.internal &&
        std::find(action.from.begin(), action.from.end(), state) != action.from.end())
      out.push_back(action.name);
  return out;
}

bool is_allowed(const Definition& definition, std::string_view state, std::string_view action_name)
{
  const Action* action = definition.action(action_name);
  return action && std::find(action->from.begin(), action->from.end(), state) != action->from.end();
}

void ensure_allowed(const Definition& definition, std::string_view record, std::string_view state,
                    std::string_view action_name)
{
  if (!is_allowed(definition, state, action_name)) {
    std::vector<std::string> others;
    for (const auto& other : definition.allowed_actions(state))
      others.push_back(definition.action_labels().word(other));
    const std::string now = definition.states().word(state);
    const std::string asked = definition.action_labels().word(action_name);
    if (others.empty())
      throw TransitionError(msg::text("workflow.not_allowed_at_all", record, now, asked));
    throw TransitionError(msg::text("workflow.not_allowed", record, now, asked,
                                    util::join(others, msg::text("workflow.list_separator"))));
  }
}

Step decide(const Definition& definition, std::string_view record, std::string_view state,
            std::string_view action_name, const Facts& facts)
{
  return decide(
      definition, [record] { return std::string(record); }, state, action_name, facts);
}

Step decide(const Definition& definition, const std::function<std::string()>& record,
            std::string_view state, std::string_view action_name, const Facts& facts)
{
  if (!is_allowed(definition, state, action_name))
    ensure_allowed(definition, record(), state, action_name);
  const Action* action = definition.action(action_name);
  if (!action->requires_.empty() && !facts.holds(action->requires_))
    throw TransitionError(
        msg::text("workflow.not_allowed_yet", record(), definition.states().word(state),
                  definition.action_labels().word(action_name), facts.explain(action->requires_)));
  Step step{std::string(state), action->to.empty() ? std::string(state) : action->to};
  for (const auto& branch : action->branches)
    if (facts.holds(branch.when)) {
      step.to = branch.to;
      break;
    }
  return step;
}

const std::vector<std::string>& proposal_conditions()
{
  static const std::vector<std::string> k_conditions = {"all_leads_replied", "no_leads_left",
                                                        "unsatisfied", "feedback_window_passed"};
  return k_conditions;
}

namespace {

// A fault of a workflow, said of the file the settings came from.
Definition read_workflow(const config::Config& config, std::string_view where,
                         const std::vector<std::string>& conditions,
                         const config::Vocabulary& states)
{
  try {
    return Definition::from_yaml(config.node(where), where, conditions, &states);
  } catch (const ConfigError& e) {
    config.fail(e.what());
  }
}

} // namespace

const Definition& proposal_workflow(const config::Config& config)
{
  return config.part<Definition>(config::Config::Part::proposal_workflow, [](const auto& c) {
    return read_workflow(c, "workflows.proposal", proposal_conditions(), c.proposal_states);
  });
}

const Definition& opinion_workflow(const config::Config& config)
{
  return config.part<Definition>(config::Config::Part::opinion_workflow, [](const auto& c) {
    return read_workflow(c, "workflows.opinion", {}, c.opinion_statuses);
  });
}

} // namespace cppcc::workflow
