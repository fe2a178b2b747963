// lib/util/messages.hpp and the catalogue under schemas/locale/messages/: every message a
// clerk reads has its English and its Chinese, with the same values, and the code builds
// no message outside the catalogue.
#include "util/messages.hpp"
#include "util/resources.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/args.h>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace msg = cppcc::msg;
using cppcc::util::Lang;

namespace {

// How many values a pattern takes: {} counted in order, {N} by its highest index.
// -1 when the pattern mixes the two (fmt refuses that).
int values_taken(const std::string& pattern)
{
  int automatic = 0, highest = -1;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
      ++i;
      continue;
    }
    if (pattern[i] != '{') continue;
    std::size_t j = i + 1;
    std::string index;
    while (j < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[j])))
      index += pattern[j++];
    if (index.empty())
      ++automatic;
    else
      highest = std::max(highest, std::stoi(index));
  }
  if (automatic > 0 && highest >= 0) return -1;
  return automatic > 0 ? automatic : highest + 1;
}

bool has_non_ascii(const std::string& text)
{
  for (const unsigned char c : text)
    if (c >= 0x80) return true;
  return false;
}

struct Source {
  std::string path;
  std::string text;
};

std::vector<Source> sources()
{
  std::vector<Source> out;
  for (const char* dir : {"lib", "cli"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::filesystem::path(CPPCC_SOURCE_DIR) / dir)) {
      const auto ext = entry.path().extension();
      if (ext != ".cpp" && ext != ".hpp") continue;
      if (entry.path().filename() == "messages.hpp") continue; // its comment shows a call
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      out.push_back(
          {std::filesystem::relative(entry.path(), CPPCC_SOURCE_DIR).string(), text.str()});
    }
  }
  return out;
}

int line_of(const std::string& text, std::size_t at)
{
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// The number of arguments after the key in a call whose key string ends at `at`: the
// commas at the call's own level up to its closing parenthesis.
int values_given(const std::string& text, std::size_t at)
{
  int depth = 0, commas = 0;
  for (std::size_t i = at; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"' || c == '\'') { // skip a literal
      for (++i; i < text.size() && text[i] != c; ++i)
        if (text[i] == '\\') ++i;
      continue;
    }
    if (c == '(' || c == '{' || c == '[') ++depth;
    if (c == ')' || c == '}' || c == ']') {
      if (depth == 0) return commas;
      --depth;
    }
    if (c == ',' && depth == 0) ++commas;
  }
  return -1;
}

} // namespace

TEST_SUITE("messages")
{
  TEST_CASE("every message has an English and a Chinese text taking the same values")
  {
    REQUIRE(!msg::catalogue().empty());
    std::set<std::string> keys;
    for (const msg::Entry& e : msg::catalogue()) {
      INFO(e.file, ": ", e.key);
      CHECK(keys.insert(e.key).second); // one key, once
      CHECK(!e.en.empty());
      CHECK(!e.zh.empty());
      CHECK(has_non_ascii(e.zh)); // Chinese, not the English copied
      CHECK(values_taken(e.en) >= 0);
      CHECK(values_taken(e.zh) == values_taken(e.en));
      // Both format with that many values (fmt would throw on a bad pattern).
      std::vector<std::string> values(static_cast<std::size_t>(std::max(0, values_taken(e.en))),
                                      "x");
      fmt::dynamic_format_arg_store<fmt::format_context> args;
      for (const auto& v : values)
        args.push_back(v);
      CHECK_NOTHROW((void)fmt::vformat(e.en, args));
      CHECK_NOTHROW((void)fmt::vformat(e.zh, args));
    }
  }

  TEST_CASE("the catalogue's own reader reads every shipped file as YAML does")
  {
    int files = 0;
    for (const auto& file : cppcc::util::resources_under("locale/messages/")) {
      INFO(file.path);
      ++files;
      const auto entries = msg::parse_catalogue(file.text, file.path);
      const YAML::Node root = YAML::Load(std::string(file.text));
      REQUIRE(entries.size() == root.size());
      std::size_t i = 0;
      for (const auto& item : root) {
        CHECK(entries[i].key == item.first.as<std::string>());
        CHECK(entries[i].en == item.second["en"].as<std::string>(""));
        CHECK(entries[i].zh == item.second["zh"].as<std::string>(""));
        CHECK(item.second.size() == 2); // en and zh, nothing the reader would skip
        ++i;
      }
    }
    CHECK(files >= 5);
    // Its escapes, and a file that leaves the shape, named by line.
    const auto one = msg::parse_catalogue(
        "# c\nk.x:\n  en: \"a \\\"b\\\" \\u4e2d\\n\"\n  zh: \"中\"\n", "t.yaml");
    REQUIRE(one.size() == 1);
    CHECK(one[0].en == "a \"b\" 中\n");
    CHECK(one[0].zh == "中");
    CHECK_THROWS_WITH_AS(msg::parse_catalogue("k.x:\n  en: plain\n", "t.yaml"),
                         "t.yaml:2: a value must be in double quotes", std::runtime_error);
    CHECK_THROWS_WITH_AS(msg::parse_catalogue("k.x:\n  fr: \"x\"\n", "t.yaml"),
                         doctest::Contains("t.yaml:2: expected"), std::runtime_error);
  }

  TEST_CASE("the language chooses the text; English stands in for a missing one")
  {
    const msg::Entry& any = msg::catalogue().front();
    CHECK(msg::pattern(any.key, Lang::en) == any.en);
    CHECK(msg::pattern(any.key, Lang::zh) == any.zh);
    CHECK(msg::pattern("no.such.key", Lang::zh) == "no.such.key");
    msg::set_lang(Lang::zh);
    CHECK(msg::pattern(any.key) == any.zh);
    msg::set_lang(Lang::en);
    CHECK(msg::pattern(any.key) == any.en);
  }

  TEST_CASE("the code names only keys the catalogue has, with the values they take, and "
            "every key is used")
  {
    std::map<std::string, int> taken;
    for (const msg::Entry& e : msg::catalogue())
      taken[e.key] = values_taken(e.en);
    std::set<std::string> used;
    const std::regex call(R"re(msg::text(?:_in)?\((?:[^,()"]*,\s*)?"([a-z0-9_.\-]+)")re");
    for (const Source& s : sources()) {
      for (auto it = std::sregex_iterator(s.text.begin(), s.text.end(), call);
           it != std::sregex_iterator(); ++it) {
        const std::string key = (*it)[1];
        const auto at = static_cast<std::size_t>(it->position(0) + it->length(0));
        INFO(s.path, ":", line_of(s.text, at), ": ", key);
        used.insert(key);
        REQUIRE(taken.count(key) == 1);
        CHECK(values_given(s.text, at) == taken[key]);
      }
    }
    // A key is also used when the code names it as a string (a table of keys).
    for (const auto& [key, n] : taken) {
      if (used.count(key)) continue;
      if (key == "help" || key.starts_with("help.")) continue; // cli_help.catalogue holds these
      bool named = false;
      for (const Source& s : sources())
        if (s.text.find('"' + key + '"') != std::string::npos) named = true;
      INFO("a catalogue key no code uses: ", key);
      CHECK(named);
    }
  }

  TEST_CASE("no message is written in the code: errors and confirmations come from the catalogue")
  {
    // An error thrown with a literal, or a confirmation said with one, is English only.
    const std::regex literal(
        R"re((throw\s+\w*Error\s*\(|ctx\.say\s*\(|fail\s*\(\s*Exit::\w+,)\s*(fmt::format\s*\(\s*)?")re");
    for (const Source& s : sources()) {
      for (auto it = std::sregex_iterator(s.text.begin(), s.text.end(), literal);
           it != std::sregex_iterator(); ++it) {
        INFO(s.path, ":", line_of(s.text, static_cast<std::size_t>(it->position(0))), ": ",
             it->str(0));
        CHECK(false);
      }
    }
  }
}
