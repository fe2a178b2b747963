#pragma once
// Terminal control characters in text: C0 (U+0000..U+001F), DEL (U+007F) and C1
// (U+0080..U+009F). Printed raw they move the cursor, recolour or clear a clerk's terminal,
// so imports and options refuse them and the table renderer shows them.
#include <string>
#include <string_view>

namespace cppcc::util {

// Whether tab, LF and CR count as control characters: `allowed` in long texts (a body).
enum class Breaks { refused, allowed };

// The offset of the first control character in UTF-8 `text` (with Breaks::allowed, other
// than tab, LF and CR); npos if none. Eight bytes at a time while there is none.
std::size_t find_control(std::string_view text, Breaks breaks);

// The control character at `text[at]` (as find_control found it) as "U+001B".
std::string control_name(std::string_view text, std::size_t at);

// `text` with its control characters other than tab, LF and CR made visible: C0 and DEL as
// their Unicode control pictures (ESC as ␛, BEL as ␇, DEL as ␡), C1 as "<U+0085>".
std::string show_controls(std::string_view text);

} // namespace cppcc::util
