#pragma once
// Generated record codes: the next free "<stem>NNNN" (e.g. A2023-0001) of a table.
#include "storage/store.hpp"

#include <string>
#include <string_view>

namespace cppcc::storage {

// The first free code after the count of codes starting with `stem` in `table` (a
// table with a `code` column: activities, articles, opinions).
std::string next_code(Store& store, std::string_view table, std::string_view stem);

} // namespace cppcc::storage
