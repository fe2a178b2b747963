#pragma once
// Activities (履职活动) with their participants' attendance, in the database.
#include "model/records.hpp"
#include "storage/store.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::storage {

std::optional<model::Activity> find_activity(Store& store, std::string_view code);
// The codes of the activities on `date` of `kind` titled `title`, organised by the studio
// `studio_id` (none: by the office): what an import row without a code is matched by.
std::vector<std::string> activities_matching(Store& store, const std::string& date,
                                             const std::string& kind, const std::string& title,
                                             std::optional<long> studio_id);
// Insert and update write the participants too, in their order.
long insert_activity(Store& store, const model::Activity& activity, std::string_view now);
void update_activity(Store& store, const model::Activity& activity, std::string_view now);
// Every activity with its participants, by date then code.
std::vector<model::Activity> list_activities(Store& store);

} // namespace cppcc::storage
