#pragma once
// Member studios (委员工作室) and who belongs to them, in the database.
#include "model/records.hpp"
#include "storage/store.hpp"

#include <optional>
#include <string_view>

namespace cppcc::storage {

std::optional<model::Studio> find_studio(Store& store, std::string_view name);
std::optional<model::Studio> find_studio_by_id(Store& store, long id);
// Every studio's name, for near-miss suggestions.
std::vector<std::string> studio_names(Store& store);
// Insert and update write the studio's member list too, in its order.
long insert_studio(Store& store, const model::Studio& studio, std::string_view now);
void update_studio(Store& store, const model::Studio& studio, std::string_view now);
std::vector<model::Studio> list_studios(Store& store);

// The listed (not delisted) studio other than `except_studio_id` that the member
// belongs to, by name.
std::optional<std::string> other_listed_studio(Store& store, long member_id, long except_studio_id);
// Makes `studio` (a listed studio's name, "" for none) the member's listed studio:
// the member leaves any other listed studio and, if new there, joins the end of its
// list. Delisted studios keep the member as history.
void set_member_studio(Store& store, long member_id, std::string_view studio);

} // namespace cppcc::storage
