#include "config/vocabulary.hpp"

#include "error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

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
  std::vector<std::string> names;
  for (const auto& entry : m_entries) {
    names.push_back(entry.id);
    if (entry.zh != entry.id) names.push_back(entry.zh);
  }
  std::string hint = util::did_you_mean(util::closest(text, names));
  if (hint.empty()) {
    std::vector<std::string> ids;
    for (const auto& entry : m_entries) {
      std::string accepted = entry.zh == entry.id ? entry.id : entry.id + "/" + entry.zh;
      for (const auto& alias : m_aliases)
        if (alias.id == entry.id) accepted += "/" + alias.text;
      ids.push_back(accepted);
    }
    hint = "expected one of: " + util::join(ids, ", ");
  }
  throw DataError(fmt::format("unknown {} '{}' ({})", m_name, text, hint));
}

std::string Vocabulary::label(std::string_view id, Lang lang) const
{
  for (const auto& entry : m_entries)
    if (entry.id == id) return entry.label(lang);
  return std::string(id);
}

bool Vocabulary::contains(std::string_view id) const
{
  for (const auto& entry : m_entries)
    if (entry.id == id) return true;
  return false;
}

} // namespace cppcc::config
