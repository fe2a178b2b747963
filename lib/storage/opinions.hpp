#pragma once
// Social-opinion reports (社情民意信息) with their adoptions and leader instructions,
// in the database.
#include "model/records.hpp"
#include "storage/store.hpp"

#include <optional>
#include <string_view>

namespace cppcc::storage {

std::optional<model::Opinion> find_opinion(Store& store, std::string_view code);
// Insert and update write the adoptions and instructions too, in their order.
long insert_opinion(Store& store, const model::Opinion& opinion, std::string_view now);
void update_opinion(Store& store, const model::Opinion& opinion, std::string_view now);
// Every opinion with its adoptions and instructions, by code.
std::vector<model::Opinion> list_opinions(Store& store);

} // namespace cppcc::storage
