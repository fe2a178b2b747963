#pragma once
// The annual report's figures as data (schemas/reports.yaml: report.annual.figures):
// each names its records and what to count; lib/reports/annual.cpp evaluates them on
// the aggregates of lib/storage/report_queries.
#include "config/vocabulary.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace YAML {
class Node;
}

namespace cppcc::config {
class Config;
}

namespace cppcc::reports {

enum class FigureSource { proposals, activities, studios, articles, members, opinions };

struct FigureRule {
  std::string key;
  FigureSource source = FigureSource::proposals;
  std::string measure;             // per source, see schemas/reports.yaml
  std::string organiser = "any";   // activities: office | studio | any
  std::vector<std::string> kinds;  // activities: kind ids (empty: all)
  std::vector<std::string> levels; // articles: level ids (empty: all)
  std::string role;                // members
  bool rate() const { return measure.ends_with("_rate"); }
};

struct Vocabularies {
  const config::Vocabulary& activity_kinds;
  const config::Vocabulary& levels;
  const config::Vocabulary& roles;
};

// Reads and checks the list; ConfigError naming `source`, the line and the entry for an
// unknown source, measure, kind, level or role, or a key given twice. With
// `check_ids` false (the shipped list, when an office replaced the vocabularies) kinds,
// levels and roles the office no longer has are kept: they count nothing.
std::vector<FigureRule> read_figures(const YAML::Node& list, std::string_view source,
                                     const Vocabularies& vocabularies, bool check_ids = true);

// The annual report's settings (report.annual): its figures and its summary sentences
// per language, read once per configuration (Config::part).
struct AnnualSettings {
  std::vector<FigureRule> figures;
  std::vector<std::string> summary_zh, summary_en;
};
const AnnualSettings& annual_settings(const config::Config& config);

} // namespace cppcc::reports
