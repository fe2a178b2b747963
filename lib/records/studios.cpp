#include "records/studios.hpp"

#include "error.hpp"
#include "records/audit.hpp"
#include "records/field_columns.hpp"
#include "storage/member_refs.hpp"
#include "storage/studios.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace cppcc::records {

namespace {

struct StudioReading {
  Workspace& ws;
  Resolver& names;
  FieldReader& r;
};

using S = model::Studio;

std::string score_text(const S& s)
{
  return s.score ? fmt::format("{}", *s.score) : std::string();
}

void read_score(StudioReading& d, std::string_view key, S& s)
{
  if (!d.r.has(key)) return;
  const std::string text = d.r.text(key);
  s.score.reset();
  if (text.empty()) return;
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < 0)
    d.r.problem(key, msg::text("record.bad_score", text));
  else
    s.score = value;
}

std::string lead_name(const S& s)
{
  return s.lead ? s.lead->name : std::string();
}

void read_lead(StudioReading& d, std::string_view key, S& s)
{
  if (!d.r.has(key)) return;
  s.lead.reset();
  if (!d.r.blank(key))
    d.r.attempt(
        key, [&] { s.lead = storage::member_ref(d.ws.store, d.names.member(d.r.text(key)).id); });
}

std::string members(const S& s)
{
  return member_list(s.members);
}

void read_members(StudioReading& d, std::string_view key, S& s)
{
  if (d.r.has(key)) s.members = read_member_list(d.ws, d.names, d.r, key);
}

template <bool S::*M> std::string flag(const S& s)
{
  return yes_no(s.*M);
}

template <bool S::*M> void read_flag(StudioReading& d, std::string_view key, S& s)
{
  if (d.r.has(key)) s.*M = d.r.yes_no(key).value_or(false);
}

void read_delisted(StudioReading& d, std::string_view key, S& s)
{
  read_date(d.r, key, s.delisted);
}

// The canonical studio columns, in order; a studio is known by its name. Its score and
// delisting are set by `studio evaluate` and `studio delist` (not `add`); an import reads
// them.
const FieldTable<S, S, StudioReading>& studio_fields()
{
  static const FieldTable<S, S, StudioReading> k_table = {
      {"name", Part::key, stored_cell<&S::name>},
      {"lead", Part::description, lead_name, read_lead},
      {"members", Part::description, members, read_members},
      {"place", Part::description, stored_cell<&S::place>, read_text<&S::place, StudioReading>},
      {"brand", Part::description, flag<&S::brand>, read_flag<&S::brand>, CellKind::flag},
      {"observation_point", Part::description, flag<&S::observation_point>,
       read_flag<&S::observation_point>, CellKind::flag},
      {"score", Part::lifecycle, score_text, read_score, CellKind::number},
      {"delisted", Part::lifecycle, stored_cell<&S::delisted>, read_delisted, CellKind::date},
      {"delist_reason", Part::lifecycle, stored_cell<&S::delist_reason>,
       read_text<&S::delist_reason, StudioReading>},
  };
  return k_table;
}

// What no one column says: a reason needs a delisting date, and a member belongs to one
// listed studio — a listed studio may not take in a member of another listed one (a
// delisted studio keeps its members as history).
void check_studio(Workspace& ws, FieldReader& r, const S& s)
{
  if (!s.delist_reason.empty() && !s.delisted && r.blank("delisted"))
    r.problem("delist_reason", msg::text("record.delist_reason_without_date"));
  if (s.delisted) return;
  for (const auto& member : s.members)
    if (auto other = storage::other_listed_studio(ws.store, member.id, s.id))
      r.problem("members", msg::text("record.member_in_other_studio", member.name, *other));
}

} // namespace

const std::vector<std::string>& studio_columns()
{
  return studio_fields().keys();
}

const Columns& studio_table()
{
  return studio_fields();
}

const std::vector<std::string>& studio_add_fields()
{
  return studio_fields().given();
}

std::vector<std::string> studio_values(const model::Studio& s)
{
  return studio_fields().values(s);
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
  StudioReading reading{ws, names, r};
  studio_fields().read(reading, after);
  check_studio(ws, r, after);
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
