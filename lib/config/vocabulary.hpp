#pragma once
// A configured list of identifiers with Chinese and English labels: categories,
// result classes, satisfaction levels, sectors, states… Records store the id; input
// may give the id or either label.
#include "util/lang.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::config {

using Lang = util::Lang;

struct VocabEntry {
  std::string id;
  std::string zh;
  std::string en;
  const std::string& label(Lang lang) const { return lang == Lang::zh ? zh : en; }
};

// Another name input may give for an entry: 区 for district (区级).
struct VocabAlias {
  std::string text;
  std::string id;
};

class Vocabulary {
public:
  Vocabulary() = default;
  Vocabulary(std::string name, std::vector<VocabEntry> entries,
             std::vector<VocabAlias> aliases = {})
      : m_name(std::move(name)), m_entries(std::move(entries)), m_aliases(std::move(aliases))
  {
  }

  // The id whose id, label or alias equals `text` (ASCII case-insensitive), if any.
  std::optional<std::string> resolve(std::string_view text) const;
  // As resolve, but throws DataError "unknown <name> 'x' (did you mean …? / expected one of …)".
  std::string require(std::string_view text) const;
  // The label of `id`; an id not in the list is returned as it is.
  std::string label(std::string_view id, Lang lang) const;
  // How a message names the entry `id` (a state, an action, a level…): its label in the
  // message language ("is not filed", 不予立案), never the id it is stored as.
  std::string word(std::string_view id) const;
  bool contains(std::string_view id) const;
  const std::vector<VocabEntry>& entries() const { return m_entries; }
  const std::string& name() const { return m_name; }
  // What the list is in the current language (msg::lang), for messages: "category", 类别.
  std::string kind() const;

private:
  std::string m_name; // what the list is, for messages: "category", "result class"
  std::vector<VocabEntry> m_entries;
  std::vector<VocabAlias> m_aliases;
};

} // namespace cppcc::config
