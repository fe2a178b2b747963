#pragma once
// Cell and option values as offices write them: yes/no, whole numbers.
#include <optional>
#include <string_view>

namespace cppcc::io {

// yes/no, 是/否, true/false, 1/0, Y/N (any case); nothing for anything else.
std::optional<bool> parse_yes_no(std::string_view text);
// As parse_yes_no, but throws DataError naming `what`.
bool parse_yes_no_or_throw(std::string_view text, std::string_view what);
// A whole number in [min, max], else DataError naming `what`.
int parse_int_or_throw(std::string_view text, std::string_view what, int min, int max);

} // namespace cppcc::io
