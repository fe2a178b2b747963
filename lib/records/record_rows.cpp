#include "records/record_rows.hpp"

#include "error.hpp"
#include "io/dates.hpp"
#include "records/audit.hpp"
#include "storage/codes.hpp"
#include "storage/member_refs.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace cppcc::records {

std::string kind_name(std::string_view kind)
{
  if (kind == "member") return msg::text("record.kind_member");
  if (kind == "unit") return msg::text("record.kind_unit");
  if (kind == "opinion") return msg::text("record.kind_opinion");
  if (kind == "studio") return msg::text("record.kind_studio");
  if (kind == "activity") return msg::text("record.kind_activity");
  if (kind == "article") return msg::text("record.kind_article");
  return std::string(kind);
}

void check_fields(const Fields& fields, const std::vector<std::string>& columns,
                  std::string_view kind)
{
  for (const auto& [key, value] : fields)
    if (std::find(columns.begin(), columns.end(), key) == columns.end())
      throw UsageError(msg::text("record.no_such_field", kind_name(kind), key));
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
      r.problem(field, msg::text("record.listed_twice", name));
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

void read_date(FieldReader& r, std::string_view field, std::optional<util::Date>& date)
{
  if (!r.has(field)) return;
  if (auto read = r.date(field))
    date = read;
  else if (r.blank(field))
    date.reset();
}

bool missing(const FieldReader& r, std::string_view field, const std::string& value)
{
  return value.empty() && r.blank(field);
}

bool missing(const FieldReader& r, std::string_view field, const std::optional<util::Date>& value)
{
  return !value && r.blank(field);
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
    if (exists(code)) throw DataError(msg::text("record.code_exists", kind_name(kind), code, kind));
    return fields;
  }
  // An unreadable date is reported with the record's other problems.
  const int year = r.date(date_field).value_or(ws.today).year;
  fields["code"] = storage::next_code(ws.store, table, fmt::format("{}{}-", prefix, year));
  return fields;
}

namespace {

// What "the same content" is for `table`'s records, and what they are called, for a
// message: "date and title", "articles".
std::string content_of(std::string_view table)
{
  if (table == "opinions") return msg::text("record.opinion_content");
  if (table == "activities") return msg::text("record.activity_content");
  return msg::text("record.article_content");
}

std::string records_called(std::string_view table)
{
  if (table == "opinions") return msg::text("record.kinds_opinions");
  if (table == "activities") return msg::text("record.kinds_activities");
  return msg::text("record.kinds_articles");
}

} // namespace

Fields with_code_by_content(Workspace& ws, Fields fields, std::string_view table,
                            std::string_view prefix, std::string_view date_field,
                            const std::vector<std::string>& matching)
{
  if (matching.size() > 1)
    throw DataError(msg::text("record.same_content", matching.size(), records_called(table),
                              content_of(table),
                              util::join(matching, msg::text("workflow.list_separator"))));
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
