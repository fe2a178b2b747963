#pragma once
// Records named by the user: members by name or code, units and proposals by their
// keys. An unknown name is a DataError that suggests the closest known ones.
#include "model/records.hpp"
#include "records/workspace.hpp"

namespace cppcc::records {

// A member by code, else by name; a name shared by several members must be given
// as a code.
model::Member member_named(Workspace& ws, std::string_view name_or_code);
model::Unit unit_named(Workspace& ws, std::string_view name);
model::Proposal proposal_coded(Workspace& ws, std::string_view code);

} // namespace cppcc::records
