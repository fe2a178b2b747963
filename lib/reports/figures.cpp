#include "reports/figures.hpp"

#include "config/config.hpp"
#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <yaml-cpp/yaml.h>

namespace cppcc::reports {

namespace {

const std::map<std::string, FigureSource>& sources()
{
  static const std::map<std::string, FigureSource> k = {
      {"proposals", FigureSource::proposals}, {"activities", FigureSource::activities},
      {"studios", FigureSource::studios},     {"articles", FigureSource::articles},
      {"members", FigureSource::members},     {"opinions", FigureSource::opinions}};
  return k;
}

// The measures each source knows, the default first.
const std::vector<std::string>& measures(FigureSource source)
{
  static const std::map<FigureSource, std::vector<std::string>> k = {
      {FigureSource::proposals,
       {"received", "filed", "concluded", "on_time", "replied", "filing_rate", "reply_rate",
        "on_time_rate", "meeting_rate", "satisfaction_rate", "adoption_rate"}},
      {FigureSource::activities, {"count", "suggestions", "disputes_resolved", "problems_solved"}},
      {FigureSource::studios, {"brand"}},
      {FigureSource::articles, {"count"}},
      {FigureSource::members, {"count"}},
      {FigureSource::opinions, {"received", "compiled", "adopted", "instructed"}}};
  return k.at(source);
}

class Reader {
public:
  explicit Reader(std::string_view source) : m_source(source) {}

  [[noreturn]] void fail(const YAML::Node& node, const std::string& where,
                         const std::string& what) const
  {
    throw ConfigError(
        msg::text("report.figure_problem", m_source, node.Mark().line + 1, where, what));
  }

  std::string text(const YAML::Node& node, const std::string& where) const
  {
    if (!node.IsScalar()) fail(node, where, msg::text("config.expected_value"));
    return node.Scalar();
  }

  std::vector<std::string> ids(const YAML::Node& node, const std::string& where,
                               const config::Vocabulary& vocabulary, bool check) const
  {
    std::vector<std::string> out;
    if (!node) return out;
    if (!node.IsSequence()) fail(node, where, msg::text("config.expected_ids", vocabulary.kind()));
    for (const auto& item : node) {
      const std::string id = text(item, where);
      if (check && !vocabulary.contains(id)) {
        std::vector<std::string> known;
        for (const auto& e : vocabulary.entries())
          known.push_back(e.id);
        fail(item, where,
             msg::text("report.unknown_id", vocabulary.kind(), id,
                       util::join(known, msg::text("config.list_separator"))));
      }
      out.push_back(id);
    }
    return out;
  }

private:
  std::string m_source;
};

FigureRule read_one(const Reader& r, const YAML::Node& spec, const std::string& where,
                    const Vocabularies& v, bool check_ids)
{
  if (!spec.IsMap()) r.fail(spec, where, msg::text("report.expected_figure_map"));
  static const std::vector<std::string> k_settings = {"key",   "source", "measure", "organiser",
                                                      "kinds", "levels", "role"};
  for (const auto& entry : spec) {
    const std::string name = entry.first.Scalar();
    if (std::find(k_settings.begin(), k_settings.end(), name) == k_settings.end()) {
      const std::string hint = util::did_you_mean(util::closest(name, k_settings));
      r.fail(entry.first, where,
             hint.empty() ? msg::text("report.unknown_setting", name)
                          : msg::text("report.unknown_setting_hint", name, hint));
    }
  }
  FigureRule rule;
  rule.key = r.text(spec["key"], where + ".key");
  const std::string source = r.text(spec["source"], where + ".source");
  const auto found = sources().find(source);
  if (found == sources().end())
    r.fail(spec["source"], where, msg::text("report.unknown_source", source));
  rule.source = found->second;
  const auto& known = measures(rule.source);
  rule.measure = spec["measure"] ? r.text(spec["measure"], where + ".measure") : known.front();
  if (std::find(known.begin(), known.end(), rule.measure) == known.end())
    r.fail(spec["measure"], where,
           msg::text("report.no_such_measure", source, rule.measure,
                     util::join(known, msg::text("config.list_separator"))));
  const bool activities = rule.source == FigureSource::activities;
  if (!activities && (spec["organiser"] || spec["kinds"]))
    r.fail(spec, where, msg::text("report.settings_of_activities"));
  if (rule.source != FigureSource::articles && spec["levels"])
    r.fail(spec["levels"], where, msg::text("report.setting_of_articles"));
  if ((rule.source == FigureSource::members) != static_cast<bool>(spec["role"]))
    r.fail(spec, where, msg::text("report.role_of_members"));
  if (spec["organiser"]) {
    rule.organiser = r.text(spec["organiser"], where + ".organiser");
    if (rule.organiser != "office" && rule.organiser != "studio" && rule.organiser != "any")
      r.fail(spec["organiser"], where, msg::text("report.unknown_organiser", rule.organiser));
  }
  rule.kinds = r.ids(spec["kinds"], where + ".kinds", v.activity_kinds, check_ids);
  rule.levels = r.ids(spec["levels"], where + ".levels", v.levels, check_ids);
  if (spec["role"]) {
    rule.role = r.text(spec["role"], where + ".role");
    if (check_ids && !v.roles.contains(rule.role))
      r.fail(spec["role"], where, msg::text("report.unknown_role", rule.role));
  }
  return rule;
}

} // namespace

std::vector<FigureRule> read_figures(const YAML::Node& list, std::string_view source,
                                     const Vocabularies& vocabularies, bool check_ids)
{
  const Reader r(source);
  if (!list.IsSequence())
    r.fail(list, "report.annual.figures", msg::text("report.expected_figures"));
  std::vector<FigureRule> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    FigureRule rule =
        read_one(r, list[i], fmt::format("report.annual.figures[{}]", i), vocabularies, check_ids);
    if (std::any_of(out.begin(), out.end(), [&](const auto& f) { return f.key == rule.key; }))
      r.fail(list[i], "report.annual.figures", msg::text("report.key_given_twice", rule.key));
    out.push_back(std::move(rule));
  }
  return out;
}

namespace {

AnnualSettings read_annual(const config::Config& c)
{
  AnnualSettings out;
  // Figures an office gives must name its own kinds; the shipped ones, given again as
  // `config show` prints them, are still the shipped ones.
  const char* figures = "report.annual.figures";
  const bool own = c.given(figures) &&
                   !config::same_yaml(config::node_at(c.overrides(), figures), c.shipped(figures));
  const std::string defaults = msg::text("config.builtin_defaults");
  out.figures = read_figures(c.node(figures), own ? c.source() : defaults,
                             {c.activity_kinds, c.levels, c.roles}, own);
  for (const auto& [lang, into] :
       {std::pair{"zh", &out.summary_zh}, std::pair{"en", &out.summary_en}}) {
    const std::string path = std::string("report.annual.summary.") + lang;
    const YAML::Node sentences = c.node(path);
    if (!sentences.IsSequence()) c.fail_at(path, msg::text("config.expected_sentences"));
    for (const auto& sentence : sentences) {
      if (!sentence.IsScalar()) c.fail_at(path, msg::text("config.expected_sentences"));
      into->push_back(sentence.Scalar());
    }
  }
  return out;
}

} // namespace

const AnnualSettings& annual_settings(const config::Config& config)
{
  return config.part<AnnualSettings>(config::Config::Part::annual_report, read_annual);
}

} // namespace cppcc::reports
