#pragma once
// Members as records' lists write them (model::MemberRef): studio members, activity
// participants, article authors.
#include "model/records.hpp"
#include "storage/store.hpp"

namespace cppcc::storage {

// SQL for how a list writes member `m`: the name, or the code when another member has
// the same name (so that an export reads back unambiguously).
inline constexpr const char* k_member_label =
    "CASE WHEN EXISTS (SELECT 1 FROM members o WHERE o.name = m.name AND o.id <> m.id) "
    "THEN m.code ELSE m.name END";

// Member `member_id` as lists write it.
model::MemberRef member_ref(Store& store, long member_id);

// The members `sql` selects (id, label) for `owner_id` (bound to ?1), in its order.
std::vector<model::MemberRef> member_refs(Store& store, const std::string& sql, long owner_id);

} // namespace cppcc::storage
