#pragma once
// The merged configuration: the shipped defaults under schemas/ with an office's
// cppcc.yaml laid over them (maps merge key by key, lists and scalars replace).
#include "config/phases.hpp"
#include "config/vocabulary.hpp"
#include "similar/similar.hpp"

#include <array>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <yaml-cpp/yaml.h>

namespace cppcc::config {

// The node at a dotted `path` ("proposal.handling") below `root`, keeping line marks;
// an undefined node when a key on the way is missing.
YAML::Node node_at(const YAML::Node& root, std::string_view path);

struct Handling {
  int period_months = 3;
  int plenary_period_months = 3;
  int max_months = 6;
  int return_days = 10;
  int rehandling_months = 3;
  int conclude_without_feedback_days = 30;
  int review_days = 15;
};

class Config {
public:
  // The defaults with `override_file` laid over them, if given. Throws ConfigError
  // (exit 78) naming the file, line and key for malformed YAML, unknown keys and
  // values of the wrong type; InputError if the file cannot be read.
  static Config load(const std::optional<std::filesystem::path>& override_file);
  // As load, from text; `source` names it in messages.
  static Config from_text(std::string_view override_yaml, std::string_view source);

  std::string committee_name;
  std::string committee_name_en;
  // The committee's name as a report in `lang` writes it (name_en in English, if set).
  const std::string& committee(Lang lang) const
  {
    return lang == Lang::en && !committee_name_en.empty() ? committee_name_en : committee_name;
  }
  int term = 0;
  std::string session;
  std::string proposal_code_prefix;
  std::string member_code_prefix;
  Handling handling;

  Vocabulary proposer_types, categories, results, satisfaction, contact, reject_reasons;
  Vocabulary genders, parties, sectors, roles, member_statuses, unit_kinds;
  // Levels (district … national) and opinion states have fixed ids; activity kinds
  // are the office's own.
  Vocabulary levels, opinion_statuses, activity_kinds;
  // The proposal's states (workflows.proposal.states); its transitions are the workflow
  // module's part (workflow::proposal_workflow).
  Vocabulary proposal_states;
  // Their phases (workflows.proposal.states[].phase): what code asks instead of naming
  // states ("being handled", "concluded").
  Phases proposal_phases;

  // Other names of a kind's canonical columns in ledger headers (schemas/import.yaml).
  std::vector<std::string> header_aliases(std::string_view kind, std::string_view column) const;
  // Ledger columns an import leaves out unless a --mapping names them: row numbers (序号)
  // and notes (备注) (import.ignored).
  std::vector<std::string> ignored_headers() const;
  // Imports writing more proposals than this queue them for the search index.
  int index_at_once_up_to = 5000;
  // How near-duplicate proposals are found (`similar:`, docs/similar.md).
  similar::Method similarity;

  // Label of a field or word: labels.<lang>.<group>.<key>, else the key itself.
  std::string label(Lang lang, std::string_view group, std::string_view key) const;
  // The merged tree as YAML text, for `config show`.
  std::string dump() const;
  // Where the configuration came from: "built-in defaults" and the override file.
  const std::vector<std::string>& sources() const { return m_sources; }

  // The subtrees a module above this layer reads itself (docs/architecture.md): the
  // workflows (workflow/), the scoring rules (scoring/), the annual report's figures
  // (reports/), the layout of the office's files (documents/).
  // The merged tree's node at a dotted path; undefined when missing.
  YAML::Node node(std::string_view path) const { return node_at(m_tree, path); }
  // Whether the office's file gives `path`.
  bool given(std::string_view path) const;
  // The office's file as read (an empty map without one).
  const YAML::Node& overrides() const { return m_over; }
  // The shipped node at `path`, as it was before the office's file was laid over it
  // (kept for scoring and report.annual.figures).
  YAML::Node shipped(std::string_view path) const { return node_at(m_shipped, path); }
  // The file a message about the office's own settings names: the override file, else
  // the built-in defaults.
  const std::string& source() const { return m_sources.back(); }
  // A ConfigError about a subtree: `message` said of the file the settings came from.
  [[noreturn]] void fail(std::string_view message) const;
  // A ConfigError about the setting at `path`: at its line in the office's file when it
  // comes from there, else as a built-in default's.
  [[noreturn]] void fail_at(std::string_view path, std::string_view what) const;

  // The slots a module's reading of its subtree is kept in.
  enum class Part { proposal_workflow, opinion_workflow, scoring, annual_report, documents, count };
  // The module's reading of its subtree: `read` runs once per configuration (its copies
  // share it), on first use; a ConfigError it throws is thrown again at the next use.
  // The command line reads every part when it loads the configuration, so a fault in any
  // of them is exit 78 before a command starts.
  template <class T> const T& part(Part which, T (*read)(const Config&)) const
  {
    Slot& slot = m_parts->slots[static_cast<std::size_t>(which)];
    std::lock_guard lock(slot.mutex);
    if (!slot.value) slot.value = std::make_shared<const T>(read(*this));
    return *static_cast<const T*>(slot.value.get());
  }

private:
  static Config build(YAML::Node override_tree, std::string_view source);
  struct Slot {
    std::mutex mutex;
    std::shared_ptr<const void> value;
  };
  struct Parts {
    std::array<Slot, static_cast<std::size_t>(Part::count)> slots;
  };
  YAML::Node m_tree;
  YAML::Node m_over;
  YAML::Node m_shipped;
  std::vector<std::string> m_sources;
  std::shared_ptr<Parts> m_parts = std::make_shared<Parts>();
};

// The committee's names an office's file gives (committee.name, committee.name_en), read
// alone: without the defaults merged in or the rest of the file checked. How a roll-up
// names a committee whose configuration it does not otherwise use. Empty when not given;
// InputError when the file cannot be read, ConfigError when it is not YAML.
struct CommitteeNames {
  std::string name, name_en;
  // As Config::committee: name_en in English when given, else name.
  const std::string& in(Lang lang) const
  {
    return lang == Lang::en && !name_en.empty() ? name_en : name;
  }
};
CommitteeNames committee_names(const std::filesystem::path& file);

// The same content: scalars, lists and maps equal element by element (however written).
bool same_yaml(const YAML::Node& a, const YAML::Node& b);

// The message catalogue (locale/messages/, read by util/messages) is not configuration.
bool is_message_catalogue(std::string_view path);

// The shipped defaults as one tree (every YAML file under schemas/ merged).
YAML::Node default_tree();

} // namespace cppcc::config
