#include "records/activities.hpp"

#include "io/values.hpp"
#include "records/studios.hpp"
#include "storage/activities.hpp"
#include "storage/studios.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <charconv>
#include <cstdint>
#include <fmt/format.h>
#include <map>

namespace cppcc::records {

namespace {

struct AttendanceColumn {
  const char* column;
  const char* attendance;
};
constexpr AttendanceColumn k_attendance[] = {
    {"participants", "present"}, {"excused", "excused"}, {"absent", "absent"}};

// A count is 0 … k_max_count: stored and summed as std::int64_t, so that no total of
// them can overflow (it would take 4 billion records).
constexpr std::int64_t k_max_count = 2'147'483'647;

void read_count(FieldReader& r, std::string_view field, std::int64_t& count)
{
  if (!r.has(field)) return;
  const std::string text = r.text(field);
  const auto value = io::parse_count(text); // "6", or "6条" with its unit
  if (text.empty())
    count = 0;
  else if (!value || *value > k_max_count)
    r.problem(field, msg::text("record.bad_count", text, k_max_count));
  else
    count = *value;
}

// The columns given replace that attendance; a member may appear once in all three.
void read_attendance(Workspace& ws, Resolver& names, FieldReader& r, model::Activity& a)
{
  std::vector<model::Participant> out;
  std::map<long, std::string> seen; // member id → the column that lists them
  for (const auto& [column, attendance] : k_attendance) {
    std::vector<model::MemberRef> members;
    if (r.has(column))
      members = read_member_list(ws, names, r, column);
    else
      for (const auto& p : a.participants)
        if (p.attendance == attendance) members.push_back(p.member);
    for (const auto& member : members) {
      if (auto [it, fresh] = seen.emplace(member.id, column); !fresh)
        r.problem(column, msg::text("record.listed_in_two_columns", member.name, it->second));
      out.push_back({member, attendance});
    }
  }
  a.participants = std::move(out);
}

void read_organiser(Workspace& ws, FieldReader& r, model::Activity& a)
{
  a.studio_id.reset();
  a.studio.clear();
  if (r.blank("studio")) return;
  r.attempt("studio", [&] {
    const model::Studio studio = studio_named(ws, r.text("studio"));
    a.studio_id = studio.id;
    a.studio = studio.name;
    if (studio.delisted && a.date > studio.delisted)
      r.problem("studio", msg::text("record.studio_delisted_before_activity", studio.name,
                                    studio.delisted, a.date));
  });
}

void read_activity(Workspace& ws, Resolver& names, FieldReader& r, model::Activity& a)
{
  if (r.has("kind")) a.kind = r.vocabulary("kind", ws.config.activity_kinds);
  if (missing(r, "kind", a.kind)) r.problem("kind", msg::text("record.kind_required"));
  read_date(r, "date", a.date);
  if (missing(r, "date", a.date)) r.problem("date", msg::text("record.date_required"));
  if (r.has("title")) a.title = r.text("title");
  if (missing(r, "title", a.title)) r.problem("title", msg::text("record.title_required"));
  if (r.has("studio")) read_organiser(ws, r, a);
  read_attendance(ws, names, r, a);
  read_count(r, "suggestions", a.suggestions);
  read_count(r, "disputes_resolved", a.disputes_resolved);
  read_count(r, "problems_solved", a.problems_solved);
}

std::string attending(const model::Activity& a, std::string_view attendance)
{
  std::vector<model::MemberRef> members;
  for (const auto& p : a.participants)
    if (p.attendance == attendance) members.push_back(p.member);
  return member_list(members);
}

} // namespace

const std::vector<std::string>& activity_columns()
{
  static const std::vector<std::string> k_columns = {
      "code",           "kind",    "date",   "title",       "studio",
      "participants",   "excused", "absent", "suggestions", "disputes_resolved",
      "problems_solved"};
  return k_columns;
}

std::vector<std::string> activity_values(const model::Activity& a)
{
  return {a.code,
          a.kind,
          util::iso(a.date),
          a.title,
          a.studio,
          attending(a, "present"),
          attending(a, "excused"),
          attending(a, "absent"),
          std::to_string(a.suggestions),
          std::to_string(a.disputes_resolved),
          std::to_string(a.problems_solved)};
}

namespace {

Upserted upsert_activity_as(Workspace& ws, Resolver& names, const Fields& fields, Naming naming)
{
  check_fields(fields, activity_columns(), "activity");
  FieldReader r(fields, naming);
  const auto before = storage::find_activity(ws.store, r.text("code"));
  model::Activity after = before.value_or(model::Activity{});
  after.code = r.text("code");
  if (missing(r, "code", after.code)) r.problem("code", msg::text("record.code_required"));
  read_activity(ws, names, r, after);
  r.check();
  const RowSave save{"activity", activity_columns(),
                     [&] { storage::insert_activity(ws.store, after, ws.now()); },
                     [&] { storage::update_activity(ws.store, after, ws.now()); }};
  return save_row(ws, save, after.code,
                  before ? std::optional(activity_values(*before)) : std::nullopt,
                  activity_values(after));
}

} // namespace

Upserted upsert_activity(Workspace& ws, Resolver& names, const Fields& fields)
{
  return upsert_activity_as(ws, names, fields, Naming::column);
}

Fields activity_code_for(Workspace& ws, const Fields& fields)
{
  const FieldReader r(fields, Naming::column);
  std::vector<std::string> matching;
  const auto date = io::parse_date(r.text("date"));
  const auto kind = ws.config.activity_kinds.resolve(r.text("kind"));
  const auto studio =
      r.blank("studio") ? std::nullopt : storage::find_studio(ws.store, r.text("studio"));
  if (date && kind && (r.blank("studio") || studio))
    matching = storage::activities_matching(ws.store, date->iso(), *kind, r.text("title"),
                                            studio ? std::optional(studio->id) : std::nullopt);
  return with_code_by_content(ws, fields, "activities", "A", "date", matching);
}

model::Activity add_activity(Workspace& ws, const Fields& given)
{
  const Fields fields =
      with_new_code(ws, given, "activity", "activities", "A", "date", [&](const std::string& code) {
        return storage::find_activity(ws.store, code).has_value();
      });
  Resolver names(ws, CreateMissing::no);
  upsert_activity_as(ws, names, fields, Naming::option);
  return *storage::find_activity(ws.store, fields.at("code"));
}

} // namespace cppcc::records
