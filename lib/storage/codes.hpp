#pragma once
// Record keys: the next free generated code "<stem>NNNN" (e.g. A2023-0001) of a table,
// and the record a key names.
#include "storage/store.hpp"

#include <string>
#include <string_view>

namespace cppcc::storage {

// The first free code after the count of codes starting with `stem` in `table` (a
// table with a `code` column: activities, articles, opinions).
std::string next_code(Store& store, std::string_view table, std::string_view stem);

// The id of the record of `table` (a record kind's table: members, units, proposals,
// opinions, studios, activities, articles) whose key `column` (code or name) is `key`;
// 0 when there is none.
long id_with_key(Store& store, std::string_view table, std::string_view column,
                 const std::string& key);
// The highest id of `table` (the same tables), 0 when it is empty: a record inserted
// afterwards has a higher one.
long max_id(Store& store, std::string_view table);

} // namespace cppcc::storage
