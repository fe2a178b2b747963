#include "config/config.hpp"

#include "error.hpp"
#include "io/encoding.hpp"
#include "util/messages.hpp"
#include "util/resources.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace cppcc::config {

YAML::Node node_at(const YAML::Node& root, std::string_view path)
{
  // reset(), not assignment: assigning a Node writes into the node it refers to,
  // and a clone would lose the line numbers that messages need.
  YAML::Node node;
  node.reset(root);
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t dot = std::min(path.find('.', start), path.size());
    const std::string key(path.substr(start, dot - start));
    const YAML::Node& current = node;
    if (!current.IsMap() || !current[key]) return YAML::Node(YAML::NodeType::Undefined);
    node.reset(current[key]);
    start = dot + 1;
  }
  return node;
}

namespace {

// How merge_into lays a node onto the base: copied, or taken over as it is when nothing
// else holds it (a file just parsed).
enum class Laid { copied, taken };

// Lays `over` onto `base`: maps merge key by key, everything else replaces.
void merge_into(YAML::Node base, const YAML::Node& over, Laid laid = Laid::copied)
{
  for (const auto& entry : over) {
    const std::string key = entry.first.as<std::string>();
    if (base[key] && base[key].IsMap() && entry.second.IsMap())
      merge_into(base[key], entry.second, laid);
    else
      base[key] = laid == Laid::copied ? YAML::Clone(entry.second) : entry.second;
  }
}

std::string node_kind(const YAML::Node& node)
{
  return node.IsMap()        ? msg::text("config.node_map")
         : node.IsSequence() ? msg::text("config.node_list")
                             : msg::text("config.node_value");
}

// Maps whose keys are the office's own: an override may add entries, which the
// reader of that part checks (scoring items need a known `source`, and each setting
// of an item is checked against its source's).
bool is_open_map(const std::string& path)
{
  return path == "scoring.items";
}

// Refuses keys the defaults do not have, and a map, list or value where the
// defaults have another kind of node: both are typos that would otherwise be ignored.
void check_shape(const YAML::Node& base, const YAML::Node& over, const std::string& path,
                 std::string_view source)
{
  for (const auto& entry : over) {
    const std::string key = entry.first.as<std::string>();
    const std::string full = path.empty() ? key : path + "." + key;
    const int line = entry.first.Mark().line + 1;
    if (!base[key]) {
      std::vector<std::string> known;
      for (const auto& b : base)
        known.push_back(b.first.as<std::string>());
      const std::string hint = util::did_you_mean(util::closest(key, known));
      throw ConfigError(hint.empty()
                            ? msg::text("config.unknown_key", source, line, full)
                            : msg::text("config.unknown_key_hint", source, line, full, hint));
    }
    const YAML::Node expected = base[key];
    const YAML::Node given = entry.second;
    if (given.IsNull())
      throw ConfigError(
          msg::text("config.key_without_value", source, line, full, node_kind(expected)));
    if (expected.Type() != given.Type())
      throw ConfigError(msg::text("config.key_of_wrong_kind", source, line, full,
                                  node_kind(expected), node_kind(given)));
    if (expected.IsMap() && !is_open_map(full)) check_shape(expected, given, full, source);
  }
}

// Reads typed values from the merged tree; a bad value is reported at its line in
// the override file when it came from there.
class Decoder {
public:
  Decoder(const YAML::Node& merged, const YAML::Node& over, std::string_view source)
      : m_merged(merged), m_over(over), m_source(source)
  {
  }

  YAML::Node at(std::string_view path) const { return node_at(m_merged, path); }
  // Whether the override file sets `path`.
  bool given(std::string_view path) const { return node_at(m_over, path).IsDefined(); }

  std::string text(std::string_view path) const
  {
    const YAML::Node node = at(path);
    if (!node.IsScalar()) fail(path, msg::text("config.expected_value"));
    return node.Scalar();
  }

  int number(std::string_view path, int min, int max) const
  {
    const YAML::Node node = at(path);
    int value = 0;
    if (!node.IsScalar() || !YAML::convert<int>::decode(node, value))
      fail(path, msg::text("config.expected_whole_number", node.IsScalar() ? node.Scalar() : "?"));
    if (value < min || value > max) fail(path, msg::text("config.out_of_range", value, min, max));
    return value;
  }

  double decimal(std::string_view path, double min, double max) const
  {
    const YAML::Node node = at(path);
    double value = 0;
    if (!node.IsScalar() || !YAML::convert<double>::decode(node, value))
      fail(path, msg::text("config.expected_decimal", node.IsScalar() ? node.Scalar() : "?"));
    if (!(value >= min && value <= max))
      fail(path, msg::text("config.out_of_range", node.Scalar(), min, max));
    return value;
  }

  bool yes_no(std::string_view path) const
  {
    const YAML::Node node = at(path);
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
      fail(path, msg::text("config.expected_yes_no", node.IsScalar() ? node.Scalar() : "?"));
    return value;
  }

  std::vector<std::string> texts(std::string_view path) const
  {
    const YAML::Node node = at(path);
    if (!node.IsSequence()) fail(path, msg::text("config.expected_list"));
    std::vector<std::string> out;
    for (const auto& item : node) {
      if (!item.IsScalar()) fail(path, msg::text("config.expected_list"));
      out.push_back(item.Scalar());
    }
    return out;
  }

  Vocabulary vocabulary(std::string_view path, std::string name) const
  {
    const YAML::Node node = at(path);
    if (!node.IsSequence()) fail(path, msg::text("config.expected_list"));
    std::vector<VocabEntry> entries;
    std::vector<VocabAlias> aliases;
    for (const auto& item : node) {
      if (item.IsScalar()) {
        entries.push_back({item.Scalar(), item.Scalar(), item.Scalar()});
      } else if (item.IsMap() && item["id"] && item["id"].IsScalar()) {
        const std::string id = item["id"].Scalar();
        auto label = [&](const char* key) {
          return item[key] && item[key].IsScalar() ? item[key].Scalar() : id;
        };
        entries.push_back({id, label("zh"), label("en")});
        read_aliases(path, item["aliases"], id, aliases);
      } else {
        fail(path, msg::text("config.vocabulary_entry"));
      }
    }
    return Vocabulary(std::move(name), std::move(entries), std::move(aliases));
  }

  // As vocabulary, for a list whose ids the code and the database rely on: labels and
  // aliases may change, the ids may not.
  Vocabulary fixed_vocabulary(std::string_view path, std::string name,
                              const std::vector<std::string>& ids) const
  {
    Vocabulary vocabulary = this->vocabulary(path, std::move(name));
    std::vector<std::string> given;
    for (const auto& entry : vocabulary.entries())
      given.push_back(entry.id);
    if (given != ids)
      fail(path,
           msg::text("config.fixed_ids", util::join(ids, msg::text("config.list_separator"))));
    return vocabulary;
  }

  void read_aliases(std::string_view path, const YAML::Node& node, const std::string& id,
                    std::vector<VocabAlias>& into) const
  {
    if (!node) return;
    if (!node.IsSequence()) fail(path, msg::text("config.aliases_not_a_list", id));
    for (const auto& alias : node) {
      if (!alias.IsScalar()) fail(path, msg::text("config.aliases_not_a_list", id));
      into.push_back({alias.Scalar(), id});
    }
  }

  [[noreturn]] void fail(std::string_view path, const std::string& what) const
  {
    const YAML::Node given = node_at(m_over, path);
    if (given)
      throw ConfigError(
          msg::text("config.key_problem", m_source, given.Mark().line + 1, path, what));
    throw ConfigError(msg::text("config.default_key_problem", path, what));
  }

private:
  YAML::Node m_merged;
  YAML::Node m_over;
  std::string m_source;
};

// The near-duplicate method of `similar:` (schemas/similar.yaml, docs/similar.md).
similar::Method read_similarity(const Decoder& d)
{
  similar::Method m;
  m.ngram = d.number("similar.ngram", 1, 8);
  m.bands = d.number("similar.bands", 1, 512);
  m.rows = d.number("similar.rows", 1, 16);
  m.threshold = d.decimal("similar.threshold", 0.01, 1);
  m.notice = d.decimal("similar.notice", 0.01, 1);
  m.shown_from = d.decimal("similar.shown_from", 0, 1);
  m.notice_up_to = d.number("similar.notice_up_to", 0, 1000000000);
  m.notice_lines = d.number("similar.notice_lines", 0, 1000000000);
  m.containment_ratio = d.decimal("similar.containment_ratio", 0, 1);
  m.containment_min = d.number("similar.containment_min", 1, 100000);
  m.passage_min = d.number("similar.passage_min", 2, 1000);
  m.margin = d.decimal("similar.margin", 0, 1);
  m.keep_signatures = d.yes_no("similar.keep_signatures");
  m.set_stock_phrases(d.texts("similar.stock_phrases"));
  return m;
}

// The phase of each state of the list at `path` (`phase:`): one of Phases::names() for
// every state, and a state in every phase the program needs.
Phases read_phases(const Decoder& d, std::string_view path)
{
  std::vector<std::string> names(Phases::names().begin(), Phases::names().end());
  const std::string known = util::join(names, msg::text("config.list_separator"));
  std::vector<std::pair<std::string, Phase>> states;
  for (const auto& item : d.at(path)) {
    const std::string id = item.IsScalar() ? item.Scalar() : item["id"].Scalar();
    const YAML::Node phase = item.IsMap() ? item["phase"] : YAML::Node();
    if (!phase || !phase.IsScalar())
      d.fail(path, msg::text("config.state_without_phase", id, known));
    const auto named = Phases::named(phase.Scalar());
    if (!named) d.fail(path, msg::text("config.unknown_phase", id, phase.Scalar(), known));
    states.emplace_back(id, *named);
  }
  Phases phases(std::move(states));
  for (const Phase required : Phases::required())
    if (phases.states(required).empty())
      d.fail(path, msg::text("config.phase_without_state",
                             Phases::names()[static_cast<std::size_t>(required)]));
  return phases;
}

YAML::Node parse(std::string_view text, std::string_view source)
{
  if (const auto bad = io::first_bad_utf8(text))
    throw ConfigError(msg::text("config.not_utf8", source, bad->line, bad->offset));
  try {
    YAML::Node node = YAML::Load(std::string(text));
    if (node.IsNull()) return YAML::Node(YAML::NodeType::Map);
    if (!node.IsMap())
      throw ConfigError(msg::text("config.expected_map_at_top", source, node.Mark().line + 1));
    return node;
  } catch (const YAML::Exception& e) {
    throw ConfigError(msg::text("config.yaml_error", source, e.mark.line + 1, e.msg));
  }
}

} // namespace

bool same_yaml(const YAML::Node& a, const YAML::Node& b)
{
  if (a.Type() != b.Type()) return false;
  if (a.IsScalar()) return a.Scalar() == b.Scalar();
  if (a.IsSequence() || a.IsMap()) {
    if (a.size() != b.size()) return false;
    if (a.IsSequence()) {
      for (std::size_t i = 0; i < a.size(); ++i)
        if (!same_yaml(a[i], b[i])) return false;
      return true;
    }
    for (const auto& entry : a) {
      const YAML::Node other = b[entry.first.Scalar()];
      if (!other.IsDefined() || !same_yaml(entry.second, other)) return false;
    }
  }
  return true;
}

namespace {

// A shipped file with its comment lines blanked (kept as empty lines, so line numbers
// hold): they document the defaults for people, and yaml-cpp would read every character
// of them on every command (docs/performance.md, "Settings"). No shipped block scalar holds a line
// starting with '#' (test_config compares the result with the file as written).
std::string without_comment_lines(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    end = end == std::string_view::npos ? text.size() : end + 1;
    const std::string_view line = text.substr(at, end - at);
    const std::size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line[first] == '#')
      out += line.back() == '\n' ? "\n" : "";
    else
      out += line;
    at = end;
  }
  return out;
}

} // namespace

bool is_message_catalogue(std::string_view path)
{
  return path.starts_with("locale/messages/");
}

YAML::Node default_tree()
{
  YAML::Node tree(YAML::NodeType::Map);
  for (const auto& resource : util::resources())
    if (resource.path.ends_with(".yaml") && !is_message_catalogue(resource.path))
      merge_into(
          tree,
          parse(without_comment_lines(resource.text), fmt::format("schemas/{}", resource.path)),
          Laid::taken);
  return tree;
}

Config Config::load(const std::optional<std::filesystem::path>& override_file)
{
  if (!override_file) return build(YAML::Node(YAML::NodeType::Map), "");
  std::ifstream in(*override_file, std::ios::binary);
  std::error_code ec; // a directory opens, and reads as empty
  if (!in || std::filesystem::is_directory(*override_file, ec))
    throw InputError(msg::text("config.cannot_read", override_file->string()));
  std::stringstream text;
  text << in.rdbuf();
  return from_text(text.str(), override_file->string());
}

CommitteeNames committee_names(const std::filesystem::path& file)
{
  std::ifstream in(file, std::ios::binary);
  std::error_code ec;
  if (!in || std::filesystem::is_directory(file, ec))
    throw InputError(msg::text("config.cannot_read", file.string()));
  std::stringstream text;
  text << in.rdbuf();
  const YAML::Node tree = parse(text.str(), file.string());
  const auto scalar = [&](std::string_view path) {
    const YAML::Node node = node_at(tree, path);
    return node && node.IsScalar() ? node.Scalar() : std::string();
  };
  return {scalar("committee.name"), scalar("committee.name_en")};
}

Config Config::from_text(std::string_view override_yaml, std::string_view source)
{
  return build(parse(override_yaml, source), source);
}

Config Config::build(YAML::Node over, std::string_view source)
{
  YAML::Node tree = default_tree();
  // The shipped rules, to tell an office's own from the shipped ones given again;
  // copied only where the override is laid over them in place.
  YAML::Node shipped(YAML::NodeType::Map);
  shipped["scoring"] =
      node_at(over, "scoring") ? YAML::Clone(tree["scoring"]) : YAML::Node(tree["scoring"]);
  shipped["report"]["annual"]["figures"] = node_at(over, "report.annual.figures")
                                               ? YAML::Clone(node_at(tree, "report.annual.figures"))
                                               : node_at(tree, "report.annual.figures");
  check_shape(tree, over, "", source);
  merge_into(tree, over);
  const Decoder d(tree, over, source);

  Config c;
  c.m_tree = tree;
  c.m_over = over;
  c.m_shipped = shipped;
  const std::string defaults = msg::text("config.builtin_defaults");
  c.m_sources.push_back(defaults);
  if (!source.empty()) c.m_sources.emplace_back(source);
  c.committee_name = d.text("committee.name");
  c.committee_name_en = d.text("committee.name_en");
  c.term = d.number("committee.term", 1, 99);
  c.session = d.text("committee.session");
  c.proposal_code_prefix = d.text("proposal.code_prefix");
  c.member_code_prefix = d.text("member.code_prefix");

  c.handling.period_months = d.number("proposal.handling.period_months", 1, 24);
  c.handling.plenary_period_months = d.number("proposal.handling.plenary_period_months", 1, 24);
  c.handling.max_months = d.number("proposal.handling.max_months", 1, 36);
  c.handling.return_days = d.number("proposal.handling.return_days", 0, 365);
  c.handling.rehandling_months = d.number("proposal.handling.rehandling_months", 1, 24);
  c.handling.conclude_without_feedback_days =
      d.number("proposal.handling.conclude_without_feedback_days", 0, 3650);
  c.handling.review_days = d.number("proposal.handling.review_days", 0, 3650);
  for (const char* period : {"period_months", "plenary_period_months"}) {
    const std::string key = fmt::format("proposal.handling.{}", period);
    const int months = d.number(key, 1, 24);
    if (months > c.handling.max_months) // blame the setting the user wrote
      d.fail(d.given(key) ? key : "proposal.handling.max_months",
             msg::text("config.period_over_cap", months, c.handling.max_months));
  }

  c.index_at_once_up_to = d.number("import.index_at_once_up_to", 0, 1000000000);
  c.similarity = read_similarity(d);
  c.proposer_types = d.vocabulary("proposal.proposer_types", "proposer type");
  c.categories = d.vocabulary("proposal.categories", "category");
  c.results = d.vocabulary("proposal.results", "result class");
  c.satisfaction = d.vocabulary("proposal.satisfaction", "satisfaction level");
  c.contact = d.vocabulary("proposal.contact", "contact way");
  c.reject_reasons = d.vocabulary("proposal.reject_reasons", "rejection reason");
  c.genders = d.vocabulary("member.genders", "gender");
  c.parties = d.vocabulary("member.parties", "party");
  c.sectors = d.vocabulary("member.sectors", "sector");
  c.roles = d.vocabulary("member.roles", "role");
  c.member_statuses = d.vocabulary("member.statuses", "member status");
  c.unit_kinds = d.vocabulary("unit.kinds", "unit kind");
  c.levels = d.fixed_vocabulary("levels", "level", {"district", "city", "province", "national"});
  c.opinion_statuses = d.fixed_vocabulary("opinion.statuses", "opinion status",
                                          {"received", "compiled", "not_used"});
  c.activity_kinds = d.vocabulary("activity.kinds", "activity kind");
  for (const char* required : {"satisfied", "basic", "unsatisfied"})
    if (!c.satisfaction.contains(required))
      d.fail("proposal.satisfaction", msg::text("config.must_keep_id", required));

  c.proposal_states = d.vocabulary("workflows.proposal.states", "state");
  c.proposal_phases = read_phases(d, "workflows.proposal.states");
  return c;
}

bool Config::given(std::string_view path) const
{
  return node_at(m_over, path).IsDefined();
}

void Config::fail(std::string_view message) const
{
  throw ConfigError(msg::text("config.in_file", source(), message));
}

void Config::fail_at(std::string_view path, std::string_view what) const
{
  const YAML::Node given = node_at(m_over, path);
  if (given)
    throw ConfigError(msg::text("config.key_problem", source(), given.Mark().line + 1, path, what));
  throw ConfigError(msg::text("config.default_key_problem", path, what));
}

std::vector<std::string> Config::header_aliases(std::string_view kind,
                                                std::string_view column) const
{
  std::vector<std::string> out;
  const YAML::Node list = m_tree["import"]["aliases"][std::string(kind)][std::string(column)];
  if (list && list.IsSequence())
    for (const auto& alias : list)
      if (alias.IsScalar()) out.push_back(alias.Scalar());
  return out;
}

std::vector<std::string> Config::ignored_headers() const
{
  std::vector<std::string> out;
  const YAML::Node list = m_tree["import"]["ignored"];
  if (list && list.IsSequence())
    for (const auto& name : list)
      if (name.IsScalar()) out.push_back(name.Scalar());
  return out;
}

std::string Config::label(Lang lang, std::string_view group, std::string_view key) const
{
  const YAML::Node labels = m_tree["labels"][lang == Lang::zh ? "zh" : "en"];
  if (labels && labels[std::string(group)] && labels[std::string(group)][std::string(key)])
    return labels[std::string(group)][std::string(key)].as<std::string>();
  return std::string(key);
}

std::string Config::dump() const
{
  YAML::Emitter out;
  out.SetIndent(2);
  out << m_tree;
  return std::string(out.c_str()) + "\n";
}

} // namespace cppcc::config
