#include "config/vocabulary.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace cppcc::config {

namespace {

// ASCII case-insensitive equality without building lower-case copies (hot in imports).
bool same(std::string_view a, std::string_view b)
{
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

} // namespace

std::optional<std::string> Vocabulary::resolve(std::string_view text) const
{
  const std::string wanted = util::trim(text);
  for (const auto& entry : m_entries)
    if (same(entry.id, wanted) || same(entry.zh, wanted) || same(entry.en, wanted)) return entry.id;
  for (const auto& alias : m_aliases)
    if (same(alias.text, wanted)) return alias.id;
  return std::nullopt;
}

std::string Vocabulary::require(std::string_view text) const
{
  if (auto id = resolve(text)) return *id;
  // In Chinese, the entries by their Chinese names and aliases: ids are not the clerk's words.
  const bool zh = msg::lang() == Lang::zh;
  std::vector<std::string> names;
  for (const auto& entry : m_entries) {
    names.push_back(entry.id);
    if (entry.zh != entry.id) names.push_back(entry.zh);
  }
  std::vector<std::string> near = util::closest(text, names);
  if (zh) {
    std::vector<std::string> labels;
    for (const auto& name : near) {
      const std::string shown = label(name, Lang::zh); // an id's label; a label as it is
      if (std::find(labels.begin(), labels.end(), shown) == labels.end()) labels.push_back(shown);
    }
    near = std::move(labels);
  }
  std::string hint = util::did_you_mean(near);
  if (hint.empty()) {
    std::vector<std::string> ids;
    for (const auto& entry : m_entries) {
      std::string accepted = zh                     ? entry.zh
                             : entry.zh == entry.id ? entry.id
                                                    : entry.id + "/" + entry.zh;
      for (const auto& alias : m_aliases)
        if (alias.id == entry.id) accepted += "/" + alias.text;
      ids.push_back(accepted);
    }
    hint = msg::text("config.expected_one_of", util::join(ids, msg::text("config.list_separator")));
  }
  throw DataError(msg::text("config.unknown_entry", kind(), text, hint));
}

std::string Vocabulary::kind() const
{
  // The catalogue's name of each list the code names (config.cpp, workflow/definition.cpp).
  static const std::pair<std::string_view, std::string_view> k_kinds[] = {
      {"proposer type", "config.kind_proposer_type"},
      {"category", "config.kind_category"},
      {"result class", "config.kind_result_class"},
      {"satisfaction level", "config.kind_satisfaction_level"},
      {"contact way", "config.kind_contact_way"},
      {"rejection reason", "config.kind_rejection_reason"},
      {"gender", "config.kind_gender"},
      {"party", "config.kind_party"},
      {"sector", "config.kind_sector"},
      {"role", "config.kind_role"},
      {"member status", "config.kind_member_status"},
      {"unit kind", "config.kind_unit_kind"},
      {"level", "config.kind_level"},
      {"opinion status", "config.kind_opinion_status"},
      {"activity kind", "config.kind_activity_kind"},
      {"state", "config.kind_state"},
      {"action", "config.kind_action"},
  };
  for (const auto& [name, key] : k_kinds)
    if (name == m_name) return std::string(msg::pattern(key));
  return m_name;
}

std::string Vocabulary::label(std::string_view id, Lang lang) const
{
  for (const auto& entry : m_entries)
    if (entry.id == id) return entry.label(lang);
  return std::string(id);
}

std::string Vocabulary::word(std::string_view id) const
{
  return label(id, msg::lang());
}

bool Vocabulary::contains(std::string_view id) const
{
  for (const auto& entry : m_entries)
    if (entry.id == id) return true;
  return false;
}

} // namespace cppcc::config
