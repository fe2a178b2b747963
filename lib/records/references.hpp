#pragma once
// Records named by the user: members by name or code, units and proposals by their
// keys. An unknown name is a DataError that suggests the closest known ones.
#include "model/records.hpp"
#include "records/workspace.hpp"

#include <map>

namespace cppcc::records {

// A member by code, else by name; a name shared by several members must be given
// as a code.
model::Member member_named(Workspace& ws, std::string_view name_or_code);
model::Unit unit_named(Workspace& ws, std::string_view name);
model::Proposal proposal_coded(Workspace& ws, std::string_view code);

} // namespace cppcc::records

namespace cppcc::records {

enum class CreateMissing { no, yes };

// Resolves names for a batch of rows, remembering what it found; with
// CreateMissing::yes an unknown member or unit is created (name only) and counted.
class Resolver {
public:
  Resolver(Workspace& ws, CreateMissing create) : m_ws(ws), m_create(create) {}
  model::Member member(std::string_view name_or_code);
  model::Unit unit(std::string_view name);
  int members_created() const { return m_members_created; }
  int units_created() const { return m_units_created; }

private:
  Workspace& m_ws;
  CreateMissing m_create;
  std::map<std::string, model::Member, std::less<>> m_members;
  std::map<std::string, model::Unit, std::less<>> m_units;
  int m_members_created = 0;
  int m_units_created = 0;
};

} // namespace cppcc::records
