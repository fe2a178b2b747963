#pragma once
// Social-opinion reports (社情民意信息) with their adoptions and leader instructions,
// in the database.
#include "model/records.hpp"
#include "storage/store.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::storage {

std::optional<model::Opinion> find_opinion(Store& store, std::string_view code);
// The codes of the opinions submitted on `submitted` titled `title` by the member
// `member_id`, or (none) by `submitter` as text: what an import row without a code is
// matched by.
std::vector<std::string> opinions_matching(Store& store, const std::string& submitted,
                                           const std::string& title, const std::string& submitter,
                                           std::optional<long> member_id);
// Insert and update write the adoptions and instructions too, in their order.
long insert_opinion(Store& store, const model::Opinion& opinion, std::string_view now);
void update_opinion(Store& store, const model::Opinion& opinion, std::string_view now);
// Every opinion with its adoptions and instructions, by code.
std::vector<model::Opinion> list_opinions(Store& store);

} // namespace cppcc::storage
