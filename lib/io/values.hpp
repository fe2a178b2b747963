#pragma once
// Cell and option values as offices write them: yes/no, whole numbers.
#include <optional>
#include <string>
#include <string_view>

namespace cppcc::io {

// yes/no, 是/否, true/false, 1/0, Y/N (any case); nothing for anything else.
std::optional<bool> parse_yes_no(std::string_view text);
// As parse_yes_no, but throws DataError naming `what`.
bool parse_yes_no_or_throw(std::string_view text, std::string_view what);
// A whole number as offices write a count: "6", "６" (full-width digits), or with the unit
// it counts after it, "6条", "3 件" — any one of 条 件 次 个 人 名 项 篇 起 场 家 届 号 期, in
// any count column (a sheet counting suggestions in 件 or disputes in 个 says the same
// number). Nothing for anything else: "约6", "6条左右", "-1", "六".
std::optional<long long> parse_count(std::string_view text);
// A whole number in [min, max] (as parse_count reads it), else DataError naming `what`.
int parse_int_or_throw(std::string_view text, std::string_view what, int min, int max);

} // namespace cppcc::io
