#pragma once
// The merged configuration: the shipped defaults under schemas/ with an office's
// cppcc.yaml laid over them (maps merge key by key, lists and scalars replace).
#include "config/vocabulary.hpp"
#include "reports/figures.hpp"
#include "scoring/rules.hpp"
#include "workflow/definition.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <yaml-cpp/yaml.h>

namespace cppcc::config {

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
  workflow::Definition proposal_workflow;
  // States from opinion.statuses, actions from workflows.opinion.
  workflow::Definition opinion_workflow;
  // Member performance scores (schemas/scoring.yaml).
  scoring::Rules scoring;
  // The annual report's figures (schemas/reports.yaml) and its summary sentences.
  std::vector<reports::FigureRule> annual_figures;
  std::vector<std::string> annual_summary_zh, annual_summary_en;

  // Other names of a kind's canonical columns in ledger headers (schemas/import.yaml).
  std::vector<std::string> header_aliases(std::string_view kind, std::string_view column) const;
  // Ledger columns an import leaves out unless a --mapping names them: row numbers (序号)
  // and notes (备注) (import.ignored).
  std::vector<std::string> ignored_headers() const;
  // Imports writing more proposals than this queue them for the search index.
  int index_at_once_up_to = 5000;

  // Label of a field or word: labels.<lang>.<group>.<key>, else the key itself.
  std::string label(Lang lang, std::string_view group, std::string_view key) const;
  // The merged tree as YAML text, for `config show`.
  std::string dump() const;
  // Where the configuration came from: "built-in defaults" and the override file.
  const std::vector<std::string>& sources() const { return m_sources; }

private:
  static Config build(YAML::Node override_tree, std::string_view source);
  YAML::Node m_tree;
  std::vector<std::string> m_sources;
};

// The node at a dotted `path` ("proposal.handling") below `root`, keeping line marks;
// an undefined node when a key on the way is missing.
YAML::Node node_at(const YAML::Node& root, std::string_view path);
// The same content: scalars, lists and maps equal element by element (however written).
bool same_yaml(const YAML::Node& a, const YAML::Node& b);

// The message catalogue (locale/messages/, read by util/messages) is not configuration.
bool is_message_catalogue(std::string_view path);

// The shipped defaults as one tree (every YAML file under schemas/ merged).
YAML::Node default_tree();

} // namespace cppcc::config
