#include "records/references.hpp"

#include "error.hpp"
#include "records/audit.hpp"
#include "storage/members.hpp"
#include "storage/proposals.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace cppcc::records {

namespace {

} // namespace

std::string suggestion(std::string_view wanted, const std::vector<std::string>& known)
{
  const std::string hint = util::did_you_mean(util::closest(wanted, known));
  return hint.empty() ? std::string() : msg::text("record.suggestion", hint);
}

model::Member member_named(Workspace& ws, std::string_view name_or_code)
{
  const std::string wanted = util::person_name(name_or_code);
  if (auto member = storage::find_member(ws.store, wanted)) return *member;
  auto named = storage::find_members_by_name(ws.store, wanted);
  if (named.size() == 1) return named.front();
  if (named.size() > 1) {
    std::vector<std::string> codes;
    for (const auto& m : named)
      codes.push_back(m.code);
    throw DataError(msg::text("record.name_shared", named.size(), wanted,
                              util::join(codes, msg::text("workflow.list_separator"))));
  }
  throw DataError(msg::text("record.no_member", wanted,
                            suggestion(wanted, storage::member_names_and_codes(ws.store))));
}

model::Unit unit_named(Workspace& ws, std::string_view name)
{
  const std::string wanted = util::trim(name);
  if (auto unit = storage::find_unit(ws.store, wanted)) return *unit;
  throw DataError(
      msg::text("record.no_unit", wanted, suggestion(wanted, storage::unit_names(ws.store))));
}

model::Proposal proposal_coded(Workspace& ws, std::string_view code)
{
  const std::string wanted = util::trim(code);
  if (auto proposal = storage::find_proposal(ws.store, wanted)) return *proposal;
  throw DataError(msg::text("record.no_proposal", wanted,
                            suggestion(wanted, storage::proposal_codes(ws.store))));
}

} // namespace cppcc::records

namespace cppcc::records {

void Resolver::read_all_members()
{
  std::map<std::string, int, std::less<>> named;
  const auto all = storage::list_members(m_ws.store, {});
  for (const auto& m : all)
    ++named[m.name];
  for (const auto& m : all) {
    m_by_code.emplace(m.code, m);
    if (named[m.name] == 1) m_by_name.emplace(util::person_name(m.name), m);
  }
}

const model::Member& Resolver::member(std::string_view name_or_code)
{
  const std::string wanted = util::person_name(name_or_code);
  if (auto it = m_members.find(wanted); it != m_members.end()) return it->second;
  // As member_named: a code first, then a name only one member has.
  if (auto it = m_by_code.find(wanted); it != m_by_code.end())
    return m_members.emplace(wanted, it->second).first->second;
  if (auto it = m_by_name.find(wanted); it != m_by_name.end())
    return m_members.emplace(wanted, it->second).first->second;
  model::Member found;
  try {
    found = member_named(m_ws, wanted);
  } catch (const DataError&) {
    if (m_create == CreateMissing::no || wanted.empty() ||
        !storage::find_members_by_name(m_ws.store, wanted).empty())
      throw;
    found.name = wanted;
    found.term = m_ws.config.term;
    found.code = storage::next_member_code(m_ws.store, m_ws.config.member_code_prefix);
    found.id = storage::insert_member(m_ws.store, found, m_ws.now());
    audit_change(m_ws, "member", found.code, "add", {}, {}, {});
    ++m_members_created;
    // Its code resolves to it from now on, before a member who has that code as a name
    // (as member_named would find it), whether or not every member was read first.
    m_by_code.emplace(found.code, found);
  }
  return m_members.emplace(wanted, std::move(found)).first->second;
}

void Resolver::kept_as_text(const std::string& name)
{
  if (m_kept_seen.insert(name).second) m_kept_as_text.push_back(name);
}

const model::Unit& Resolver::unit(std::string_view name)
{
  const std::string wanted = util::trim(name);
  if (auto it = m_units.find(wanted); it != m_units.end()) return it->second;
  model::Unit found;
  try {
    found = unit_named(m_ws, wanted);
  } catch (const DataError&) {
    if (m_create == CreateMissing::no || wanted.empty()) throw;
    found.name = wanted;
    found.id = storage::insert_unit(m_ws.store, found, m_ws.now());
    audit_change(m_ws, "unit", found.name, "add", {}, {}, {});
    ++m_units_created;
  }
  return m_units.emplace(wanted, std::move(found)).first->second;
}

} // namespace cppcc::records
