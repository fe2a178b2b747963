#pragma once
// Members (委员) and handling units (承办单位) in the database.
#include "model/records.hpp"
#include "storage/store.hpp"

#include <optional>
#include <string_view>

namespace cppcc::storage {

std::optional<model::Member> find_member(Store& store, std::string_view code);
std::optional<model::Member> find_member_by_id(Store& store, long id);
std::vector<model::Member> find_members_by_name(Store& store, std::string_view name);
// Every member's name and code, for near-miss suggestions.
std::vector<std::string> member_names_and_codes(Store& store);
long insert_member(Store& store, const model::Member& member, std::string_view now);
void update_member(Store& store, const model::Member& member, std::string_view now);
// The first free code of the form PREFIX0001.
std::string next_member_code(Store& store, std::string_view prefix);

struct MemberFilter {
  std::string sector;
  std::string party;
  std::string status;
  std::string role;
  std::string search; // in name, workplace or post
  // A day (ISO): the members then on the committee — active, or left after that day.
  std::string member_on;
};
// The day member `id` left; nothing clears it (members.left_on, not a canonical column).
void set_member_left_on(Store& store, long id, const std::optional<util::Date>& date);
std::vector<model::Member> list_members(Store& store, const MemberFilter& filter);

std::optional<model::Unit> find_unit(Store& store, std::string_view name);
std::optional<model::Unit> find_unit_by_id(Store& store, long id);
std::vector<std::string> unit_names(Store& store);
long insert_unit(Store& store, const model::Unit& unit, std::string_view now);
void update_unit(Store& store, const model::Unit& unit, std::string_view now);
std::vector<model::Unit> list_units(Store& store, std::string_view kind);

} // namespace cppcc::storage
