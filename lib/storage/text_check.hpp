#pragma once
// `db check`'s scan of the stored text: every text value of every table must be UTF-8, or
// exports write invalid JSON and CSV that does not read back.
#include "storage/store.hpp"

#include <string>
#include <vector>

namespace cppcc::storage {

// One line per text value that is not valid UTF-8: "table 'members', row 12, column
// 'name': not valid UTF-8 (bad byte at offset 3)". The search index's tables are left out
// (they are rebuilt from the rows). At most `limit` lines, then one counting the rest.
std::vector<std::string> invalid_text(Store& store, std::size_t limit = 20);

} // namespace cppcc::storage
