#include "util/messages.hpp"

#include "util/resources.hpp"

#include <algorithm>
#include <atomic>
#include <yaml-cpp/yaml.h>

namespace cppcc::msg {
namespace {

std::atomic<util::Lang> g_lang{util::Lang::en};

std::vector<Entry> load()
{
  std::vector<Entry> entries;
  for (const util::Resource& file : util::resources_under("locale/messages/")) {
    const YAML::Node root = YAML::Load(std::string(file.text));
    for (const auto& item : root) {
      Entry e;
      e.key = item.first.as<std::string>();
      e.en = item.second["en"].as<std::string>("");
      e.zh = item.second["zh"].as<std::string>("");
      e.file = std::string(file.path);
      entries.push_back(std::move(e));
    }
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });
  return entries;
}

const Entry* find(std::string_view key)
{
  const auto& all = catalogue();
  const auto at = std::lower_bound(all.begin(), all.end(), key,
                                   [](const Entry& e, std::string_view k) { return e.key < k; });
  return at != all.end() && at->key == key ? &*at : nullptr;
}

} // namespace

void set_lang(util::Lang lang)
{
  g_lang = lang;
}
util::Lang lang()
{
  return g_lang;
}

const std::vector<Entry>& catalogue()
{
  static const std::vector<Entry> entries = load();
  return entries;
}

std::string_view pattern(std::string_view key, util::Lang lang)
{
  const Entry* e = find(key);
  if (e == nullptr) return key;
  if (lang == util::Lang::zh && !e->zh.empty()) return e->zh;
  return e->en;
}

std::string_view pattern(std::string_view key)
{
  return pattern(key, g_lang);
}

} // namespace cppcc::msg
