#include "records/studios.hpp"

#include "error.hpp"
#include "records/audit.hpp"
#include "storage/member_refs.hpp"
#include "storage/studios.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace cppcc::records {

namespace {

std::string score_text(const std::optional<double>& score)
{
  return score ? fmt::format("{}", *score) : std::string();
}

void read_score(FieldReader& r, model::Studio& s)
{
  const std::string text = r.text("score");
  s.score.reset();
  if (text.empty()) return;
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < 0)
    r.problem("score", msg::text("record.bad_score", text));
  else
    s.score = value;
}

void read_people(Workspace& ws, Resolver& names, FieldReader& r, model::Studio& s)
{
  if (r.has("lead")) {
    s.lead.reset();
    if (!r.blank("lead"))
      r.attempt("lead",
                [&] { s.lead = storage::member_ref(ws.store, names.member(r.text("lead")).id); });
  }
  if (r.has("members")) s.members = read_member_list(ws, names, r, "members");
}

// A member belongs to one listed studio: a listed studio may not take in a member of
// another listed one (a delisted studio keeps its members as history).
void check_single_studio(Workspace& ws, FieldReader& r, const model::Studio& s)
{
  if (s.delisted) return;
  for (const auto& member : s.members)
    if (auto other = storage::other_listed_studio(ws.store, member.id, s.id))
      r.problem("members", msg::text("record.member_in_other_studio", member.name, *other));
}

void read_studio(Workspace& ws, Resolver& names, FieldReader& r, model::Studio& s)
{
  read_people(ws, names, r, s);
  if (r.has("place")) s.place = r.text("place");
  if (r.has("brand")) s.brand = r.yes_no("brand").value_or(false);
  if (r.has("observation_point"))
    s.observation_point = r.yes_no("observation_point").value_or(false);
  if (r.has("score")) read_score(r, s);
  read_date(r, "delisted", s.delisted);
  if (r.has("delist_reason")) s.delist_reason = r.text("delist_reason");
  if (!s.delist_reason.empty() && !s.delisted && r.blank("delisted"))
    r.problem("delist_reason", msg::text("record.delist_reason_without_date"));
  check_single_studio(ws, r, s);
}

} // namespace

const std::vector<std::string>& studio_columns()
{
  static const std::vector<std::string> k_columns = {"name",  "lead",     "members",
                                                     "place", "brand",    "observation_point",
                                                     "score", "delisted", "delist_reason"};
  return k_columns;
}

std::vector<std::string> studio_values(const model::Studio& s)
{
  return {s.name,
          s.lead ? s.lead->name : std::string(),
          member_list(s.members),
          s.place,
          yes_no(s.brand),
          yes_no(s.observation_point),
          score_text(s.score),
          util::iso(s.delisted),
          s.delist_reason};
}

namespace {

Upserted upsert_studio_as(Workspace& ws, Resolver& names, const Fields& fields, Naming naming)
{
  check_fields(fields, studio_columns(), "studio");
  FieldReader r(fields, naming);
  const auto before = storage::find_studio(ws.store, r.text("name"));
  model::Studio after = before.value_or(model::Studio{});
  after.name = r.text("name");
  if (missing(r, "name", after.name)) r.problem("name", msg::text("record.name_required"));
  read_studio(ws, names, r, after);
  r.check();
  const RowSave save{"studio", studio_columns(),
                     [&] { storage::insert_studio(ws.store, after, ws.now()); },
                     [&] { storage::update_studio(ws.store, after, ws.now()); }};
  return save_row(ws, save, after.name,
                  before ? std::optional(studio_values(*before)) : std::nullopt,
                  studio_values(after));
}

// Saves `after` over `before` as `action`, auditing each changed field.
model::Studio change_studio(Workspace& ws, const model::Studio& before, const model::Studio& after,
                            std::string_view action)
{
  storage::update_studio(ws.store, after, ws.now());
  audit_change(ws, "studio", after.name, action, {},
               field_pairs(studio_columns(), studio_values(before)),
               field_pairs(studio_columns(), studio_values(after)));
  return after;
}

} // namespace

Upserted upsert_studio(Workspace& ws, Resolver& names, const Fields& fields)
{
  return upsert_studio_as(ws, names, fields, Naming::column);
}

model::Studio add_studio(Workspace& ws, const Fields& fields)
{
  const std::string name = FieldReader(fields, Naming::option).text("name");
  if (storage::find_studio(ws.store, name))
    throw DataError(msg::text("record.studio_exists", name));
  Resolver names(ws, CreateMissing::no);
  upsert_studio_as(ws, names, fields, Naming::option);
  return studio_named(ws, name);
}

model::Studio evaluate_studio(Workspace& ws, std::string_view name, double score)
{
  const model::Studio before = studio_named(ws, name);
  if (!std::isfinite(score) || score < 0) throw UsageError(msg::text("record.not_a_score", score));
  model::Studio after = before;
  after.score = score;
  return change_studio(ws, before, after, "evaluate");
}

model::Studio delist_studio(Workspace& ws, std::string_view name, const io::Date& date,
                            std::string_view reason)
{
  const model::Studio before = studio_named(ws, name);
  if (before.delisted)
    throw TransitionError(
        msg::text("record.studio_delisted_already", before.name, before.delisted));
  if (util::trim(reason).empty()) throw UsageError(msg::text("record.delist_needs_reason"));
  model::Studio after = before;
  after.delisted = date;
  after.delist_reason = util::trim(reason);
  return change_studio(ws, before, after, "delist");
}

model::Studio studio_named(Workspace& ws, std::string_view name)
{
  const std::string wanted = util::trim(name);
  if (auto studio = storage::find_studio(ws.store, wanted)) return *studio;
  throw DataError(
      msg::text("record.no_studio", wanted, suggestion(wanted, storage::studio_names(ws.store))));
}

} // namespace cppcc::records
