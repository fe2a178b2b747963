#pragma once
// Minimal JSON text building: quoting and a flat object writer for event details
// and audit changes. Output documents are built by lib/render/.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cppcc::util {

// A JSON string literal for `text` (quotes included), escaping per RFC 8259.
std::string json_quote(std::string_view text);
// The same, appended to `out`.
void append_quoted(std::string& out, std::string_view text);

// {"k": "v", …} from pairs; values are quoted as strings.
std::string json_object(const std::vector<std::pair<std::string, std::string>>& fields);

// Reads back a flat object of string values written by json_object (or by SQLite's
// json functions); anything else yields an empty list.
std::vector<std::pair<std::string, std::string>> json_parse_flat(std::string_view text);

} // namespace cppcc::util
