#pragma once
// What shell completion offers from the database (`cppcc __complete`): the keys and names
// stored, those starting with what was typed, read through each table's unique index.
#include "storage/store.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cppcc::storage {

enum class Stored {
  member_name,
  member_code,
  unit_name,
  proposal_code,
  opinion_code,
  studio_name,
  activity_code,
  article_code
};

// The values of `what` starting with `prefix` (bytes: a Chinese name completes from its
// first characters), sorted, at most `limit`.
std::vector<std::string> stored_values(Store& store, Stored what, std::string_view prefix,
                                       int limit);

} // namespace cppcc::storage
