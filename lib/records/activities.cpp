#include "records/activities.hpp"

#include "io/values.hpp"
#include "records/field_columns.hpp"
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

struct ActivityReading {
  Workspace& ws;
  Resolver& names;
  FieldReader& r;
};

using A = model::Activity;

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

template <std::int64_t A::*M> void read_count(ActivityReading& d, std::string_view key, A& a)
{
  read_count(d.r, key, a.*M);
}

// The three attendance columns, read together: the columns given replace that
// attendance; a member may appear once in all three.
void read_attendance(ActivityReading& d, std::string_view, A& a)
{
  std::vector<model::Participant> out;
  std::map<long, std::string> seen; // member id → the column that lists them
  for (const auto& [column, attendance] : k_attendance) {
    std::vector<model::MemberRef> members;
    if (d.r.has(column))
      members = read_member_list(d.ws, d.names, d.r, column);
    else
      for (const auto& p : a.participants)
        if (p.attendance == attendance) members.push_back(p.member);
    for (const auto& member : members) {
      if (auto [it, fresh] = seen.emplace(member.id, column); !fresh)
        d.r.problem(column, msg::text("record.listed_in_two_columns", member.name, it->second));
      out.push_back({member, attendance});
    }
  }
  a.participants = std::move(out);
}

template <const char* Attendance> std::string attending(const A& a)
{
  std::vector<model::MemberRef> members;
  for (const auto& p : a.participants)
    if (p.attendance == std::string_view(Attendance)) members.push_back(p.member);
  return member_list(members);
}
constexpr char k_present[] = "present";
constexpr char k_excused[] = "excused";
constexpr char k_absent[] = "absent";

void read_kind(ActivityReading& d, std::string_view key, A& a)
{
  if (d.r.has(key)) a.kind = d.r.vocabulary(key, d.ws.config.activity_kinds);
  if (missing(d.r, key, a.kind)) d.r.problem(key, msg::text("record.kind_required"));
}

void read_day(ActivityReading& d, std::string_view key, A& a)
{
  read_date(d.r, key, a.date);
  if (missing(d.r, key, a.date)) d.r.problem(key, msg::text("record.date_required"));
}

void read_title(ActivityReading& d, std::string_view key, A& a)
{
  if (d.r.has(key)) a.title = d.r.text(key);
  if (missing(d.r, key, a.title)) d.r.problem(key, msg::text("record.title_required"));
}

// The organising studio (empty: the office), after the date: a studio delisted before
// the activity cannot have organised it.
void read_organiser(ActivityReading& d, std::string_view key, A& a)
{
  if (!d.r.has(key)) return;
  a.studio_id.reset();
  a.studio.clear();
  if (d.r.blank(key)) return;
  d.r.attempt(key, [&] {
    const model::Studio studio = studio_named(d.ws, d.r.text(key));
    a.studio_id = studio.id;
    a.studio = studio.name;
    if (studio.delisted && a.date > studio.delisted)
      d.r.problem(key, msg::text("record.studio_delisted_before_activity", studio.name,
                                 studio.delisted, a.date));
  });
}

// The canonical activity columns, in order; descriptive ones are read in this order.
// `participants` reads the three attendance columns (excused and absent have no reader
// of their own).
const FieldTable<A, A, ActivityReading>& activity_fields()
{
  static const FieldTable<A, A, ActivityReading> k_table = {
      {"code", Part::key, stored_cell<&A::code>},
      {"kind", Part::description, stored_cell<&A::kind>, read_kind},
      {"date", Part::description, stored_cell<&A::date>, read_day, CellKind::date},
      {"title", Part::description, stored_cell<&A::title>, read_title},
      {"studio", Part::description, stored_cell<&A::studio>, read_organiser},
      {"participants", Part::description, attending<k_present>, read_attendance},
      {"excused", Part::description, attending<k_excused>},
      {"absent", Part::description, attending<k_absent>},
      {"suggestions", Part::description, stored_cell<&A::suggestions>, read_count<&A::suggestions>,
       CellKind::integer},
      {"disputes_resolved", Part::description, stored_cell<&A::disputes_resolved>,
       read_count<&A::disputes_resolved>, CellKind::integer},
      {"problems_solved", Part::description, stored_cell<&A::problems_solved>,
       read_count<&A::problems_solved>, CellKind::integer},
  };
  return k_table;
}

} // namespace

const std::vector<std::string>& activity_columns()
{
  return activity_fields().keys();
}

const Columns& activity_table()
{
  return activity_fields();
}

std::vector<std::string> activity_values(const model::Activity& a)
{
  return activity_fields().values(a);
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
  ActivityReading reading{ws, names, r};
  activity_fields().read(reading, after);
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
