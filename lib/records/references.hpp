#pragma once
// Records named by the user: members by name or code, units and proposals by their
// keys. An unknown name is a DataError that suggests the closest known ones.
#include "model/records.hpp"
#include "records/workspace.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace cppcc::records {

// A member by code, else by name; a name shared by several members must be given
// as a code.
model::Member member_named(Workspace& ws, std::string_view name_or_code);
model::Unit unit_named(Workspace& ws, std::string_view name);
model::Proposal proposal_coded(Workspace& ws, std::string_view code);
// " (did you mean 'x'?)" after "no studio 'y'", in the message language: the closest of
// `known` to `wanted`, or "" when none is close.
std::string suggestion(std::string_view wanted, const std::vector<std::string>& known);

} // namespace cppcc::records

namespace cppcc::records {

enum class CreateMissing { no, yes };

// Resolves names for a batch of rows, remembering what it found; with
// CreateMissing::yes an unknown member or unit is created (name only) and counted.
class Resolver {
public:
  Resolver(Workspace& ws, CreateMissing create) : m_ws(ws), m_create(create) {}
  // Reads every member once, so that names resolve without a query each. A large import
  // does this before its first row: a query from the thread that validates rows waits
  // until the writing thread has caught up (how often the first rows' lookups made it
  // wait: docs/performance.md, "Settings"). What the members say does not resolve (an
  // unknown or shared name) still goes to the database, for the error and its suggestions.
  void read_all_members();
  const model::Member& member(std::string_view name_or_code);
  const model::Unit& unit(std::string_view name);
  int members_created() const { return m_members_created; }
  int units_created() const { return m_units_created; }
  // A name kept as text because it is no member's (an opinion's submitter who is not a
  // member), noted for the summary; the distinct names, in the order first noted.
  void kept_as_text(const std::string& name);
  const std::vector<std::string>& names_kept_as_text() const { return m_kept_as_text; }

private:
  Workspace& m_ws;
  CreateMissing m_create;
  std::map<std::string, model::Member, std::less<>> m_members; // by the name or code asked
  std::map<std::string, model::Member, std::less<>> m_by_code; // read_all_members's
  std::map<std::string, model::Member, std::less<>> m_by_name; // ... of names one member has
  std::map<std::string, model::Unit, std::less<>> m_units;
  int m_members_created = 0;
  int m_units_created = 0;
  std::vector<std::string> m_kept_as_text;
  std::set<std::string, std::less<>> m_kept_seen;
};

} // namespace cppcc::records
