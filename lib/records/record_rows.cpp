#include "records/record_rows.hpp"

#include "error.hpp"
#include "io/dates.hpp"
#include "records/audit.hpp"
#include "storage/codes.hpp"
#include "storage/member_refs.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace cppcc::records {

void check_fields(const Fields& fields, const std::vector<std::string>& columns,
                  std::string_view kind)
{
  for (const auto& [key, value] : fields)
    if (std::find(columns.begin(), columns.end(), key) == columns.end())
      throw UsageError(fmt::format("{} has no field '{}'", kind, key));
}

std::vector<model::MemberRef> read_member_list(Workspace& ws, Resolver& names, FieldReader& r,
                                               std::string_view field)
{
  std::vector<model::MemberRef> out;
  for (const auto& name : util::split_list(r.text(field))) {
    std::optional<model::Member> member;
    r.attempt(field, [&] { member = names.member(name); });
    if (!member) continue;
    if (std::any_of(out.begin(), out.end(), [&](const auto& m) { return m.id == member->id; }))
      r.problem(field, fmt::format("'{}' is listed twice", name));
    else
      out.push_back(storage::member_ref(ws.store, member->id));
  }
  return out;
}

std::string member_list(const std::vector<model::MemberRef>& members)
{
  std::vector<std::string> names;
  for (const auto& m : members)
    names.push_back(m.name);
  return util::join(names, ";");
}

void read_date(FieldReader& r, std::string_view field, std::string& iso)
{
  if (!r.has(field)) return;
  if (const auto date = r.date(field))
    iso = date->iso();
  else if (r.blank(field))
    iso.clear();
}

void require(FieldReader& r, std::string_view field, const std::string& value,
             std::string_view what)
{
  if (value.empty() && r.blank(field)) r.problem(field, fmt::format("{} is required", what));
}

std::string yes_no(bool value)
{
  return value ? "yes" : "no";
}

Fields with_new_code(Workspace& ws, Fields fields, std::string_view kind, std::string_view table,
                     std::string_view prefix, std::string_view date_field,
                     const std::function<bool(const std::string&)>& exists)
{
  FieldReader r(fields, Naming::option);
  const std::string code = r.text("code");
  if (!code.empty()) {
    if (exists(code))
      throw DataError(fmt::format("{} '{}' already exists; change it with 'cppcc {} import' of "
                                  "an edited row",
                                  kind, code, kind));
    return fields;
  }
  // An unreadable date is reported with the record's other problems.
  const int year = r.date(date_field).value_or(ws.today).year;
  fields["code"] = storage::next_code(ws.store, table, fmt::format("{}{}-", prefix, year));
  return fields;
}

Fields with_code_by_content(Workspace& ws, Fields fields, std::string_view table,
                            std::string_view prefix, std::string_view date_field,
                            std::string_view content, const std::vector<std::string>& matching)
{
  if (matching.size() > 1)
    throw DataError(fmt::format("{} {} have this row's {} ({}): give the code of the one it is "
                                "in a code column",
                                matching.size(), table, content, util::join(matching, ", ")));
  if (matching.size() == 1) {
    fields["code"] = matching.front();
    return fields;
  }
  const FieldReader r(fields, Naming::column);
  const auto date = io::parse_date(r.text(date_field)); // unreadable: the row says so later
  const int year = date ? date->year : ws.today.year;
  fields["code"] = storage::next_code(ws.store, table, fmt::format("{}{}-", prefix, year));
  return fields;
}

Upserted save_row(Workspace& ws, const RowSave& save, const std::string& key,
                  const std::optional<std::vector<std::string>>& before,
                  const std::vector<std::string>& after)
{
  if (!before) {
    save.insert();
    audit_change(ws, save.kind, key, "add", {}, {}, {});
    return Upserted::inserted;
  }
  if (*before == after) return Upserted::unchanged;
  save.update();
  audit_change(ws, save.kind, key, "import", {}, field_pairs(save.columns, *before),
               field_pairs(save.columns, after));
  return Upserted::updated;
}

} // namespace cppcc::records
