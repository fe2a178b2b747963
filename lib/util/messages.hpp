#pragma once
// The messages a clerk reads — errors, confirmations, import notes — in English and
// Chinese, from the catalogue under schemas/locale/messages/: one key per message, each
// with an `en` and a `zh` text in fmt syntax ({} in order, or {0} {1} where Chinese wants
// the values in another order). The language is the process's, set once from --lang or
// the locale (cli/main.cpp) before anything is said.
//
//   throw DataError(msg::text("record.no_member", wanted, hint));
//
// tests/unit/test_messages.cpp holds the catalogue to this: every key has both texts with
// the same values, every key the code names exists, and no message is built elsewhere.
#include "util/lang.hpp"

#include <fmt/format.h>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::msg {

void set_lang(util::Lang lang);
util::Lang lang();

// The pattern of `key` in the current language (in English when the catalogue has no
// text in it; the key itself when the catalogue has no such key, which the tests catch).
std::string_view pattern(std::string_view key);
std::string_view pattern(std::string_view key, util::Lang lang);

// The message `key` with `values` put in its placeholders.
template <class... Values> std::string text(std::string_view key, const Values&... values)
{
  return fmt::vformat(pattern(key), fmt::make_format_args(values...));
}

// The same, in a given language (for text written into a file rather than said).
template <class... Values>
std::string text_in(util::Lang lang, std::string_view key, const Values&... values)
{
  return fmt::vformat(pattern(key, lang), fmt::make_format_args(values...));
}

struct Entry {
  std::string key;
  std::string en;
  std::string zh;
  std::string file; // the catalogue file it is in, relative to schemas/
};
// Every entry of the catalogue, sorted by key (for the tests).
const std::vector<Entry>& catalogue();
// The entries of one catalogue file, in its order; std::runtime_error naming the line
// when the file leaves the catalogue's shape.
std::vector<Entry> parse_catalogue(std::string_view text, std::string_view path);

} // namespace cppcc::msg
