#pragma once
// The scoring rules of member performance (委员履职考评, docs/domain.md §3.6), read from the
// `scoring:` tree of the configuration (schemas/scoring.yaml, where each setting is
// described, with an office's cppcc.yaml laid over it).
#include "config/vocabulary.hpp"

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

namespace cppcc::scoring {

// Which records an item counts.
enum class Source {
  activity,            // one participation in an activity
  lead_proposal,       // a proposal the member leads
  cosigned_proposal,   // a proposal the member co-signs
  opinion,             // a social-opinion report the member submitted
  opinion_adoption,    // an adoption of such a report
  opinion_instruction, // a leader's instruction on such a report
  article,             // a publicity article the member wrote
};

// What a proposal (or opinion) item counts.
enum class Counts { submitted, filed, key, excellent, compiled };
enum class Organiser { any, office, studio };
// How an article's points are shared among its member authors.
enum class Share { equal, full, first };
// Which adoptions of one report score: the highest level's, or each.
enum class AdoptionLevels { highest, each };

struct Item {
  std::string id;
  std::string zh;
  std::string en;
  Source source = Source::activity;
  double points = 0;
  std::optional<double> cap; // most points (absolute) the item gives in a year
  // activity
  std::vector<std::string> kinds; // empty: any kind
  std::vector<std::string> except_kinds;
  std::string attendance = "present";
  Organiser organiser = Organiser::any;
  bool standing_only = false;
  // lead_proposal, cosigned_proposal, opinion
  Counts counts = Counts::submitted;
  // opinion_adoption, opinion_instruction, article
  std::vector<std::string> levels; // empty: any level
  double combined_fraction = 1;
  Share share = Share::equal;

  const std::string& label(config::Lang lang) const { return lang == config::Lang::zh ? zh : en; }
};

// A grade band: totals of `min` and more (the last band: any total).
struct Grade {
  std::string id;
  std::string zh;
  std::string en;
  std::optional<double> min;

  const std::string& label(config::Lang lang) const { return lang == config::Lang::zh ? zh : en; }
};

struct Rules {
  double base = 0;
  std::optional<double> max_total; // the highest total the rules allow (满分), if any
  // A total held to max_total.
  double bounded(double total) const
  {
    return max_total && total > *max_total ? *max_total : total;
  }
  AdoptionLevels adoption_levels = AdoptionLevels::highest;
  std::vector<Grade> grades;
  std::vector<Item> items; // enabled items, in the order of the YAML
  // The proposal states a withdrawn proposal is in (config::Phase::withdrawn): not counted
  // as submitted.
  std::vector<std::string> withdrawn;

  // The band `total` falls in.
  const Grade& grade(double total) const;
};

// Reads and checks `scoring` (the merged tree). `over` is the whole override tree and
// `source` its name, so that a bad setting is reported at its line there ("cppcc.yaml:7:
// key 'scoring.items.plenary.points': …"), else as "built-in defaults: …". Unknown
// settings, sources, activity kinds, levels and attendance values are ConfigError.
// `shipped` holds the shipped `scoring` tree: a list of kinds or levels equal to the
// shipped one counts as shipped, not as the office's own.
Rules read_rules(const YAML::Node& scoring, const YAML::Node& over, const YAML::Node& shipped,
                 std::string_view source, const config::Vocabulary& activity_kinds,
                 const config::Vocabulary& levels);

// The configuration's scoring rules, read from its `scoring` subtree once (Config::part).
const Rules& rules(const config::Config& config);

} // namespace cppcc::scoring
