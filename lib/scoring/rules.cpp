#include "scoring/rules.hpp"

#include "config/config.hpp"
#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <map>
#include <yaml-cpp/yaml.h>

namespace cppcc::scoring {

namespace {

template <typename T> using Choices = std::vector<std::pair<std::string, T>>;

const Choices<Source> k_sources = {{"activity", Source::activity},
                                   {"lead_proposal", Source::lead_proposal},
                                   {"cosigned_proposal", Source::cosigned_proposal},
                                   {"opinion", Source::opinion},
                                   {"opinion_adoption", Source::opinion_adoption},
                                   {"opinion_instruction", Source::opinion_instruction},
                                   {"article", Source::article}};
const Choices<Counts> k_proposal_counts = {{"submitted", Counts::submitted},
                                           {"filed", Counts::filed},
                                           {"key", Counts::key},
                                           {"excellent", Counts::excellent}};
const Choices<Counts> k_opinion_counts = {{"submitted", Counts::submitted},
                                          {"compiled", Counts::compiled}};
const Choices<Organiser> k_organisers = {
    {"any", Organiser::any}, {"office", Organiser::office}, {"studio", Organiser::studio}};
const Choices<Share> k_shares = {
    {"equal", Share::equal}, {"full", Share::full}, {"first", Share::first}};
const Choices<AdoptionLevels> k_adoption_levels = {{"highest", AdoptionLevels::highest},
                                                   {"each", AdoptionLevels::each}};
const Choices<std::string> k_attendance = {
    {"present", "present"}, {"excused", "excused"}, {"absent", "absent"}};

// The settings an item of each source may have, besides the common ones.
std::vector<std::string> fields_of(Source source)
{
  std::vector<std::string> fields = {"source", "points", "cap", "zh", "en", "enabled"};
  auto add = [&](std::initializer_list<const char*> more) {
    fields.insert(fields.end(), more.begin(), more.end());
  };
  switch (source) {
  case Source::activity:
    add({"kinds", "except_kinds", "attendance", "organiser", "standing_only"});
    break;
  case Source::lead_proposal:
  case Source::cosigned_proposal:
  case Source::opinion:
    add({"counts"});
    break;
  case Source::opinion_adoption:
    add({"levels", "combined_fraction"});
    break;
  case Source::opinion_instruction:
    add({"levels"});
    break;
  case Source::article:
    add({"levels", "share"});
    break;
  }
  return fields;
}

std::vector<std::string> keys_of(const YAML::Node& map)
{
  std::vector<std::string> keys;
  for (const auto& entry : map)
    keys.push_back(entry.first.as<std::string>());
  return keys;
}

// Reads settings of the merged tree; a problem is reported at its line in the
// override file when the override gives that setting.
class Reader {
public:
  Reader(const YAML::Node& over, const YAML::Node& shipped, std::string_view source)
      : m_over(over), m_shipped(shipped), m_source(source)
  {
  }

  [[noreturn]] void fail(const std::string& path, const std::string& what,
                         const YAML::Node& over_node = YAML::Node()) const
  {
    const YAML::Node given = over_node.IsDefined() && !over_node.IsNull() ? over_node : find(path);
    if (given.IsDefined())
      throw ConfigError(
          msg::text("config.key_problem", m_source, given.Mark().line + 1, path, what));
    throw ConfigError(msg::text("config.default_key_problem", path, what));
  }

  [[noreturn]] void unknown(const std::string& path, const std::string& key,
                            const std::vector<std::string>& known, const std::string& more) const
  {
    const std::string hint = util::did_you_mean(util::closest(key, known));
    const YAML::Node given = find(path);
    std::string notes = more;
    if (!hint.empty())
      notes = notes.empty() ? hint : msg::text("scoring.note_and_hint", notes, hint);
    if (!given.IsDefined())
      throw ConfigError(notes.empty() ? msg::text("config.default_unknown_key", path)
                                      : msg::text("config.default_unknown_key_hint", path, notes));
    const int line = given.Mark().line + 1;
    throw ConfigError(notes.empty()
                          ? msg::text("config.unknown_key", m_source, line, path)
                          : msg::text("config.unknown_key_hint", m_source, line, path, notes));
  }

  double number(const YAML::Node& node, const std::string& path, double min, double max) const
  {
    double value = 0;
    if (!node.IsScalar() || !YAML::convert<double>::decode(node, value))
      fail(path, msg::text("scoring.expected_number", node.IsScalar() ? node.Scalar() : "?"));
    if (value < min || value > max)
      fail(path, msg::text("config.out_of_range", node.Scalar(), min, max));
    return value;
  }

  bool yes_no(const YAML::Node& node, const std::string& path) const
  {
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
      fail(path, msg::text("scoring.expected_yes_no"));
    return value;
  }

  std::string text(const YAML::Node& node, const std::string& path) const
  {
    if (!node.IsScalar()) fail(path, msg::text("config.expected_value"));
    return node.Scalar();
  }

  template <typename T>
  T choice(const YAML::Node& node, const std::string& path, const Choices<T>& choices) const
  {
    const std::string given = text(node, path);
    std::vector<std::string> names;
    for (const auto& [name, value] : choices) {
      if (name == given) return value;
      names.push_back(name);
    }
    const std::string hint = util::did_you_mean(util::closest(given, names));
    fail(path,
         msg::text("scoring.unknown_value", given,
                   hint.empty() ? msg::text("scoring.expected_values",
                                            util::join(names, msg::text("config.list_separator")))
                                : hint));
  }

  // A list of ids of `vocabulary`. Ids the office's own file gives must be known; the
  // shipped rules may name kinds an office has replaced (they then count nothing), also
  // when its file repeats them as `config show` prints them.
  std::vector<std::string> ids(const YAML::Node& node, const std::string& path,
                               const config::Vocabulary& vocabulary) const
  {
    const YAML::Node given = find(path);
    const bool own =
        given.IsDefined() && !config::same_yaml(given, config::node_at(m_shipped, path));
    if (!node.IsSequence()) fail(path, msg::text("config.expected_ids", vocabulary.kind()));
    std::vector<std::string> known;
    for (const auto& entry : vocabulary.entries())
      known.push_back(entry.id);
    std::vector<std::string> out;
    for (const auto& item : node) {
      const std::string id = text(item, path);
      if (own && !vocabulary.contains(id)) {
        const std::string hint = util::did_you_mean(util::closest(id, known));
        fail(path, msg::text("config.unknown_entry", vocabulary.kind(), id,
                             hint.empty()
                                 ? msg::text("scoring.expected_ids_of",
                                             util::join(known, msg::text("config.list_separator")))
                                 : hint));
      }
      out.push_back(id);
    }
    return out;
  }

  YAML::Node find(std::string_view path) const { return config::node_at(m_over, path); }

private:
  YAML::Node m_over;
  YAML::Node m_shipped;
  std::string m_source;
};

struct Vocabularies {
  const config::Vocabulary& kinds;
  const config::Vocabulary& levels;
};

void read_source_settings(const Reader& r, const YAML::Node& spec, const std::string& path,
                          const Vocabularies& v, Item& item)
{
  auto has = [&](const char* key) { return spec[key].IsDefined(); };
  auto at = [&](const char* key) { return path + "." + key; };
  if (has("kinds")) item.kinds = r.ids(spec["kinds"], at("kinds"), v.kinds);
  if (has("except_kinds"))
    item.except_kinds = r.ids(spec["except_kinds"], at("except_kinds"), v.kinds);
  if (has("attendance"))
    item.attendance = r.choice(spec["attendance"], at("attendance"), k_attendance);
  if (has("organiser")) item.organiser = r.choice(spec["organiser"], at("organiser"), k_organisers);
  if (has("standing_only"))
    item.standing_only = r.yes_no(spec["standing_only"], at("standing_only"));
  if (has("levels")) item.levels = r.ids(spec["levels"], at("levels"), v.levels);
  if (has("combined_fraction"))
    item.combined_fraction = r.number(spec["combined_fraction"], at("combined_fraction"), 0, 1);
  if (has("share")) item.share = r.choice(spec["share"], at("share"), k_shares);
  const bool proposal =
      item.source == Source::lead_proposal || item.source == Source::cosigned_proposal;
  if (proposal || item.source == Source::opinion) {
    if (!has("counts"))
      r.fail(path, msg::text("scoring.item_needs_counts", spec["source"].Scalar()));
    item.counts =
        r.choice(spec["counts"], at("counts"), proposal ? k_proposal_counts : k_opinion_counts);
  }
}

// One item; std::nullopt when it is disabled.
std::optional<Item> read_item(const Reader& r, const std::string& id, const YAML::Node& spec,
                              const std::vector<std::string>& all_ids, const Vocabularies& v)
{
  const std::string path = "scoring.items." + id;
  if (!spec.IsMap()) r.fail(path, msg::text("scoring.expected_item_map"));
  if (!spec["source"]) {
    std::vector<std::string> others;
    for (const auto& other : all_ids)
      if (other != id) others.push_back(other);
    r.unknown(path, id, others, msg::text("scoring.new_item_needs_source"));
  }
  Item item;
  item.id = id;
  item.source = r.choice(spec["source"], path + ".source", k_sources);
  const std::vector<std::string> allowed = fields_of(item.source);
  for (const auto& key : keys_of(spec))
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      r.unknown(path + "." + key, key, allowed,
                msg::text("scoring.not_a_setting_of_source", spec["source"].Scalar()));
  if (!spec["points"]) r.fail(path, msg::text("scoring.item_needs_points"));
  item.points = r.number(spec["points"], path + ".points", -1000, 1000);
  if (spec["cap"]) item.cap = r.number(spec["cap"], path + ".cap", 0, 100000);
  item.zh = spec["zh"] ? r.text(spec["zh"], path + ".zh") : id;
  item.en = spec["en"] ? r.text(spec["en"], path + ".en") : id;
  read_source_settings(r, spec, path, v, item);
  if (spec["enabled"] && !r.yes_no(spec["enabled"], path + ".enabled")) return std::nullopt;
  return item;
}

std::vector<Grade> read_grades(const Reader& r, const YAML::Node& node)
{
  const std::string path = "scoring.grades";
  if (!node.IsSequence() || node.size() == 0) r.fail(path, msg::text("scoring.expected_grades"));
  const YAML::Node over = r.find(path);
  std::vector<Grade> grades;
  for (std::size_t i = 0; i < node.size(); ++i) {
    const YAML::Node spec = node[i];
    const YAML::Node over_spec = over.IsSequence() && i < over.size() ? over[i] : YAML::Node();
    if (!spec.IsMap() || !spec["id"]) r.fail(path, msg::text("scoring.band_shape"), over_spec);
    for (const auto& key : keys_of(spec))
      if (key != "id" && key != "min" && key != "zh" && key != "en")
        r.fail(path, msg::text("scoring.band_unknown_key", key, spec["id"].Scalar()), over_spec);
    Grade grade;
    grade.id = r.text(spec["id"], path);
    grade.zh = spec["zh"] ? r.text(spec["zh"], path) : grade.id;
    grade.en = spec["en"] ? r.text(spec["en"], path) : grade.id;
    const bool last = i + 1 == node.size();
    if (spec["min"]) grade.min = r.number(spec["min"], path, -100000, 100000);
    if (last && grade.min) r.fail(path, msg::text("scoring.last_band_min", grade.id), over_spec);
    if (!last && !grade.min) r.fail(path, msg::text("scoring.band_needs_min", grade.id), over_spec);
    if (!grades.empty() && grade.min && *grade.min >= *grades.back().min)
      r.fail(path,
             msg::text("scoring.bands_out_of_order", grade.id, *grade.min, grades.back().id,
                       *grades.back().min),
             over_spec);
    grades.push_back(grade);
  }
  return grades;
}

} // namespace

const Grade& Rules::grade(double total) const
{
  for (const auto& band : grades)
    if (!band.min || total >= *band.min) return band;
  return grades.back();
}

Rules read_rules(const YAML::Node& scoring, const YAML::Node& over, const YAML::Node& shipped,
                 std::string_view source, const config::Vocabulary& activity_kinds,
                 const config::Vocabulary& levels)
{
  const Reader r(over, shipped, source);
  if (!scoring.IsMap()) r.fail("scoring", msg::text("scoring.expected_scoring_map"));
  Rules rules;
  rules.base = r.number(scoring["base"], "scoring.base", -100000, 100000);
  if (const YAML::Node max = scoring["max_total"];
      max && !max.IsNull() && !(max.IsScalar() && max.Scalar() == "none"))
    rules.max_total = r.number(max, "scoring.max_total", -100000, 100000);
  rules.adoption_levels =
      r.choice(scoring["adoption_levels"], "scoring.adoption_levels", k_adoption_levels);
  rules.grades = read_grades(r, scoring["grades"]);
  const YAML::Node items = scoring["items"];
  if (!items.IsMap()) r.fail("scoring.items", msg::text("scoring.expected_items_map"));
  const std::vector<std::string> ids = keys_of(items);
  const Vocabularies v{activity_kinds, levels};
  for (const auto& id : ids)
    if (auto item = read_item(r, id, items[id], ids, v)) rules.items.push_back(std::move(*item));
  return rules;
}

const Rules& rules(const config::Config& config)
{
  return config.part<Rules>(config::Config::Part::scoring, [](const config::Config& c) {
    YAML::Node shipped(YAML::NodeType::Map);
    shipped["scoring"] = c.shipped("scoring");
    Rules read = read_rules(c.node("scoring"), c.overrides(), shipped, c.source(), c.activity_kinds,
                            c.levels);
    read.withdrawn = c.proposal_phases.states(config::Phase::withdrawn);
    return read;
  });
}

} // namespace cppcc::scoring
