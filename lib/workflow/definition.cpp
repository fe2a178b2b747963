#include "workflow/definition.hpp"

#include "config/config.hpp"
#include "error.hpp"
#include "records/field_reader.hpp"
#include "records/proposals.hpp"
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

// Throws ConfigError unless `column` is one of `columns`.
void check_column(const std::string& column, const std::vector<std::string>& columns,
                  std::string_view key)
{
  if (std::find(columns.begin(), columns.end(), column) != columns.end()) return;
  const std::string hint = util::did_you_mean(util::closest(column, columns));
  if (hint.empty()) throw ConfigError(msg::text("workflow.config_unknown_column", key, column));
  throw ConfigError(msg::text("workflow.config_unknown_column_hint", key, column, hint));
}

// A column, or a list of them.
std::vector<std::string> columns_of(const YAML::Node& node, const std::vector<std::string>& columns,
                                    const std::string& key)
{
  std::vector<std::string> out;
  if (node.IsSequence()) {
    for (const auto& item : node)
      out.push_back(text_of(item, key));
  } else {
    out.push_back(text_of(node, key));
  }
  for (const auto& column : out)
    check_column(column, columns, key);
  return out;
}

// A `ledger:` reading at `key`.
LedgerReading read_ledger(const YAML::Node& node, const std::vector<std::string>& columns,
                          const std::string& key)
{
  if (!node.IsMap())
    throw ConfigError(msg::text("workflow.config_expected_map", key, node.Mark().line + 1));
  static const std::vector<std::string> k_keys = {"column", "needs", "date", "reads", "optional"};
  LedgerReading reading;
  for (const auto& entry : node) {
    const std::string name = entry.first.as<std::string>();
    const std::string at = key + "." + name;
    if (std::find(k_keys.begin(), k_keys.end(), name) == k_keys.end())
      throw ConfigError(msg::text("workflow.config_unknown_key", at,
                                  util::join(k_keys, msg::text("workflow.list_separator"))));
    if (name == "column") {
      reading.column = text_of(entry.second, at);
      check_column(reading.column, columns, at);
    } else {
      auto& list = name == "needs"   ? reading.needs
                   : name == "date"  ? reading.date
                   : name == "reads" ? reading.reads
                                     : reading.optional;
      list = columns_of(entry.second, columns, at);
    }
  }
  if (reading.date.empty() && !reading.column.empty()) reading.date.push_back(reading.column);
  if (reading.date.empty()) throw ConfigError(msg::text("workflow.config_ledger_undated", key));
  return reading;
}

} // namespace

Definition Definition::from_yaml(const YAML::Node& node, std::string_view where,
                                 const std::vector<std::string>& known_conditions,
                                 const config::Vocabulary* states,
                                 const std::vector<std::string>& ledger_columns,
                                 const std::vector<std::string>& ledger_actions)
{
  if (!node.IsMap()) throw ConfigError(msg::text("workflow.config_expected_workflow", where));
  if (ledger_columns.size() > 64) // a bit each (workflow::Ledger)
    throw ConfigError(msg::text("workflow.config_ledger_too_many_columns"));
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
    // A ledger reading only for an action the import can replay.
    auto ledger_at = [&](const YAML::Node& reading, const std::string& at) {
      if (std::find(ledger_actions.begin(), ledger_actions.end(), action.name) ==
          ledger_actions.end())
        throw ConfigError(
            msg::text("workflow.config_no_ledger", at, action.name,
                      util::join(ledger_actions, msg::text("workflow.list_separator"))));
      return read_ledger(reading, ledger_columns, at);
    };
    if (spec["branches"])
      for (const auto& branch : spec["branches"]) {
        Branch b{text_of(branch["when"], key + ".branches.when"),
                 text_of(branch["to"], key + ".branches.to"), std::nullopt};
        check_condition(b.when, key + ".branches.when");
        check_state(b.to, key + ".branches.to");
        if (branch["ledger"]) b.ledger = ledger_at(branch["ledger"], key + ".branches.ledger");
        action.branches.push_back(std::move(b));
      }
    if (spec["ledger"]) {
      action.ledger = ledger_at(spec["ledger"], key + ".ledger");
      if (action.to.empty() && action.branches.empty() && action.ledger->column.empty())
        throw ConfigError(msg::text("workflow.config_mark_without_column", key + ".ledger"));
    }
    def.m_actions.push_back(std::move(action));
  }
  def.read_ledger_states(node["states"], where, ledger_columns);
  def.find_ledger_paths();
  return def;
}

void Definition::read_ledger_states(const YAML::Node& states, std::string_view where,
                                    const std::vector<std::string>& columns)
{
  for (const auto& entry : m_states.entries())
    m_ledger.m_states.push_back({entry.id, 0, {}});
  if (!states || !states.IsSequence()) return;
  for (const auto& item : states) {
    if (!item.IsMap() || !item["ledger"]) continue;
    const std::string id = item["id"].as<std::string>();
    const std::string key = fmt::format("{}.states.{}.ledger", where, id);
    const YAML::Node ledger = item["ledger"];
    if (!ledger.IsMap())
      throw ConfigError(msg::text("workflow.config_expected_map", key, ledger.Mark().line + 1));
    for (const auto& entry : ledger)
      if (entry.first.as<std::string>() != "allows")
        throw ConfigError(msg::text("workflow.config_unknown_key",
                                    key + "." + entry.first.as<std::string>(), "allows"));
    if (columns.empty()) throw ConfigError(msg::text("workflow.config_no_ledger", key, id, ""));
    for (const auto& column : columns_of(ledger["allows"], columns, key + ".allows"))
      m_ledger.m_allowed_columns.emplace_back(id, column);
  }
}

namespace {

// Adds `column` to `columns` if it is not there; its bit.
std::size_t column_bit(std::vector<std::string>& columns, const std::string& column)
{
  const auto at = std::find(columns.begin(), columns.end(), column);
  if (at != columns.end()) return static_cast<std::size_t>(at - columns.begin());
  columns.push_back(column);
  return columns.size() - 1;
}

} // namespace

void Definition::find_ledger_paths()
{
  Ledger& ledger = m_ledger;
  auto& columns = ledger.m_columns;
  auto bits = [&](const std::vector<std::string>& list) {
    std::uint64_t out = 0;
    for (const auto& column : list)
      out |= std::uint64_t{1} << column_bit(columns, column);
    return out;
  };
  // A reading's cells: those of its step (column, needs, reads), with the optional ones
  // the cells it takes; the date cells only date it (a filing date dates a rejection only
  // on a row that may fill it).
  auto date_bits = [&](const LedgerReading& r) {
    std::vector<std::size_t> out;
    for (const auto& column : r.date)
      out.push_back(column_bit(columns, column));
    return out;
  };
  auto reading_bits = [&](const LedgerReading& r, bool owned_only) {
    std::uint64_t out = r.column.empty() ? 0 : bits({r.column});
    out |= bits(r.needs) | bits(r.reads);
    if (!owned_only) out |= bits(r.optional);
    (void)bits(r.date);
    return out;
  };

  // The edges, in the order the actions are listed; the marks.
  std::vector<LedgerStep> edges; // of the state graph a ledger row can travel
  for (const Action& a : m_actions) {
    if (a.internal) continue;
    if (a.ledger && a.to.empty() && a.branches.empty()) {
      (void)reading_bits(*a.ledger, false);
      ledger.m_marks.push_back(
          {a.name, *a.ledger, column_bit(columns, a.ledger->column), date_bits(*a.ledger)});
      continue;
    }
    for (const auto& from : a.from) {
      auto add = [&](const std::string& to, const std::optional<LedgerReading>& reading,
                     std::string when, std::vector<Branch> unless) {
        if (!reading || to.empty() || to == from) return;
        ledger.m_owned |= reading_bits(*reading, true);
        if (!reading->column.empty()) ledger.m_evidence |= bits({reading->column});
        (void)reading_bits(*reading, false);
        edges.push_back(
            {a.name, from, to, *reading, std::move(when), std::move(unless), date_bits(*reading)});
      };
      add(a.to, a.ledger, "", a.branches);
      for (std::size_t b = 0; b < a.branches.size(); ++b) {
        const Branch& branch = a.branches[b];
        add(branch.to, branch.ledger ? branch.ledger : a.ledger, branch.when,
            std::vector<Branch>(a.branches.begin(), a.branches.begin() + static_cast<long>(b)));
      }
    }
  }
  for (const auto& [state, column] : ledger.m_allowed_columns)
    for (auto& by_state : ledger.m_states)
      if (by_state.state == state) {
        by_state.allowed |= bits({column});
        ledger.m_evidence &= ~bits({column}); // a cell a state may hold without its step
      }
  // Every path from the initial state visiting each state at most once.
  std::vector<LedgerStep> path;
  std::vector<std::string> visited{m_initial};
  std::size_t found = 0;
  std::function<void(const std::string&)> walk = [&](const std::string& state) {
    if (++found > k_max_ledger_paths)
      throw ConfigError(msg::text("workflow.config_ledger_too_many_paths", k_max_ledger_paths));
    LedgerPath p;
    p.state = state;
    p.steps = path;
    for (const auto& step : path) {
      const LedgerReading& r = step.reading;
      if (r.column.empty()) p.shown = false;
      std::vector<std::string> needed;
      if (!r.column.empty()) needed.push_back(r.column);
      needed.insert(needed.end(), r.needs.begin(), r.needs.end());
      for (const auto& column : needed) {
        const std::size_t bit = column_bit(columns, column);
        if (!(p.needs & (std::uint64_t{1} << bit))) p.needed.push_back(bit);
        p.needs |= std::uint64_t{1} << bit;
      }
      p.uses |= reading_bits(r, false);
    }
    for (std::size_t i = 0; i < ledger.m_states.size(); ++i)
      if (ledger.m_states[i].state == state) {
        p.state_index = i;
        p.allowed = ledger.m_states[i].allowed;
        ledger.m_states[i].paths.push_back(p);
      }
    for (const auto& edge : edges) {
      if (edge.from != state || std::find(visited.begin(), visited.end(), edge.to) != visited.end())
        continue;
      path.push_back(edge);
      visited.push_back(edge.to);
      walk(edge.to);
      visited.pop_back();
      path.pop_back();
    }
  };
  walk(m_initial);
  for (std::size_t bit = 0; bit < columns.size(); ++bit)
    ledger.m_by_name.push_back(bit);
  std::sort(ledger.m_by_name.begin(), ledger.m_by_name.end(), [&](std::size_t a, std::size_t b) {
    return records::FieldOrder()(columns[a], columns[b]);
  });
  for (const auto& by_state : ledger.m_states)
    ledger.m_all.insert(ledger.m_all.end(), by_state.paths.begin(), by_state.paths.end());
}

std::optional<std::size_t> Ledger::bit(std::string_view column) const
{
  const auto at = std::find(m_columns.begin(), m_columns.end(), column);
  if (at == m_columns.end()) return std::nullopt;
  return static_cast<std::size_t>(at - m_columns.begin());
}

std::uint64_t Ledger::allowed(std::string_view state) const
{
  for (const auto& by_state : m_states)
    if (by_state.state == state) return by_state.allowed;
  return 0;
}

const std::vector<LedgerPath>& Ledger::paths(std::string_view state) const
{
  static const std::vector<LedgerPath> k_none;
  for (const auto& by_state : m_states)
    if (by_state.state == state) return by_state.paths;
  return k_none;
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

const std::vector<std::string>& proposal_ledger_actions()
{
  static const std::vector<std::string> k_actions = {"file",     "reject", "convert", "merge",
                                                     "withdraw", "assign", "reply",   "feedback",
                                                     "conclude", "key"};
  return k_actions;
}

namespace {

// The columns of a proposal ledger a reading may name: every canonical one but the key and
// the status, which the paths are found for.
std::vector<std::string> ledger_columns()
{
  std::vector<std::string> out;
  for (const auto& column : records::proposal_columns())
    if (column != "code" && column != "status") out.push_back(column);
  return out;
}

// A fault of a workflow, said of the file the settings came from.
Definition read_workflow(const config::Config& config, std::string_view where,
                         const std::vector<std::string>& conditions,
                         const config::Vocabulary& states,
                         const std::vector<std::string>& ledger_columns = {},
                         const std::vector<std::string>& ledger_actions = {})
{
  try {
    return Definition::from_yaml(config.node(where), where, conditions, &states, ledger_columns,
                                 ledger_actions);
  } catch (const ConfigError& e) {
    config.fail(e.what());
  }
}

} // namespace

const Definition& proposal_workflow(const config::Config& config)
{
  return config.part<Definition>(config::Config::Part::proposal_workflow, [](const auto& c) {
    return read_workflow(c, "workflows.proposal", proposal_conditions(), c.proposal_states,
                         ledger_columns(), proposal_ledger_actions());
  });
}

const Definition& opinion_workflow(const config::Config& config)
{
  return config.part<Definition>(config::Config::Part::opinion_workflow, [](const auto& c) {
    return read_workflow(c, "workflows.opinion", {}, c.opinion_statuses);
  });
}

} // namespace cppcc::workflow
