#include "records/opinions.hpp"

#include "error.hpp"
#include "records/field_columns.hpp"
#include "records/references.hpp"
#include "storage/member_refs.hpp"
#include "storage/members.hpp"
#include "storage/opinions.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace cppcc::records {

namespace {

// `wanted` keys in order, each taking the first unused item of `current` with that
// key (keeping its details), else a new item made by `make`.
template <class Item, class Key, class Make>
std::vector<Item> reconcile(const std::vector<Item>& current,
                            const std::vector<std::string>& wanted, Key key, Make make)
{
  std::vector<bool> used(current.size(), false);
  std::vector<Item> out;
  for (const auto& k : wanted) {
    std::size_t i = 0;
    while (i < current.size() && (used[i] || key(current[i]) != k))
      ++i;
    if (i < current.size()) {
      used[i] = true;
      out.push_back(current[i]);
    } else {
      out.push_back(make(k));
    }
  }
  return out;
}

// The member the submitter names, if any: a code, else a name only one member has.
std::optional<model::Member> submitting_member(Workspace& ws, const std::string& submitter)
{
  if (auto member = storage::find_member(ws.store, submitter)) return member;
  const auto named = storage::find_members_by_name(ws.store, submitter);
  if (named.size() > 1)
    throw DataError(msg::text("record.submitter_name_shared", named.size(), submitter));
  return named.empty() ? std::nullopt : std::optional(named.front());
}

struct OpinionReading {
  Workspace& ws;
  FieldReader& r;
  std::string submitter_sector; // of a submitter who is a member: the opinion's when it has none
};

using O = model::Opinion;

void read_submitter(OpinionReading& d, std::string_view key, O& o)
{
  if (!d.r.has(key)) return;
  o.submitter = util::person_name(d.r.text(key));
  o.submitter_member_id.reset();
  if (o.submitter.empty()) return;
  d.r.attempt(key, [&] {
    if (const auto member = submitting_member(d.ws, o.submitter)) {
      o.submitter = storage::member_ref(d.ws.store, member->id).name;
      o.submitter_member_id = member->id;
      d.submitter_sector = member->sector;
    }
  });
}

// One entry of `adopted_levels`: a level, optionally marked as a combined piece (综合)
// or a single one (单篇) in ASCII or full-width brackets: "市级（综合）", "city(combined)".
struct AdoptedLevel {
  std::string level;
  std::optional<bool> combined;
};

AdoptedLevel read_adopted_level(Workspace& ws, std::string_view text)
{
  static const std::pair<const char*, bool> k_marks[] = {{"（综合）", true},   {"(综合)", true},
                                                         {"(combined)", true}, {"（单篇）", false},
                                                         {"(单篇)", false},    {"(single)", false}};
  const std::string trimmed = util::trim(text);
  for (const auto& [mark, combined] : k_marks) {
    const std::string_view m = mark;
    if (trimmed.size() > m.size() && trimmed.ends_with(m))
      return {ws.config.levels.require(util::trim(trimmed.substr(0, trimmed.size() - m.size()))),
              combined};
  }
  return {ws.config.levels.require(trimmed), std::nullopt};
}

void read_adopted_levels(OpinionReading& d, std::string_view key, O& o)
{
  if (!d.r.has(key)) return;
  std::vector<AdoptedLevel> given;
  for (const auto& text : util::split_list(d.r.text(key)))
    d.r.attempt(key, [&] { given.push_back(read_adopted_level(d.ws, text)); });
  std::vector<std::string> levels;
  for (const auto& g : given)
    levels.push_back(g.level);
  o.adoptions = reconcile(
      o.adoptions, levels, [](const auto& a) { return a.level; },
      [](const std::string& level) {
        return model::Adoption{level, {}, {}, false};
      });
  for (std::size_t i = 0; i < given.size() && i < o.adoptions.size(); ++i)
    if (given[i].combined) o.adoptions[i].combined = *given[i].combined;
}

void read_instructed_by(OpinionReading& d, std::string_view key, O& o)
{
  if (d.r.has(key))
    o.instructions = reconcile(
        o.instructions, util::split_list(d.r.text(key)), [](const auto& i) { return i.leader; },
        [](const std::string& leader) {
          return model::Instruction{leader, {}, {}, {}};
        });
}

std::string adopted_levels(const O& o)
{
  std::vector<std::string> levels;
  for (const auto& a : o.adoptions)
    levels.push_back(a.combined ? a.level + "(combined)" : a.level);
  return util::join(levels, ";");
}

std::string instructed_by(const O& o)
{
  std::vector<std::string> leaders;
  for (const auto& i : o.instructions)
    leaders.push_back(i.leader);
  return util::join(leaders, ";");
}

// The adoptions as a message shows them: joined() under en, their levels' labels under zh.
std::string adopted_levels_shown(Workspace& ws, const O& o)
{
  if (msg::lang() == config::Lang::en) return adopted_levels(o);
  std::vector<std::string> levels;
  for (const auto& a : o.adoptions)
    levels.push_back(a.combined ? msg::text("record.level_combined", ws.config.levels.word(a.level))
                                : ws.config.levels.word(a.level));
  return util::join(levels, msg::text("workflow.list_separator"));
}

// Only a compiled report has an issue, a compiled date and adoptions.
void read_status(Workspace& ws, FieldReader& r, model::Opinion& o)
{
  const bool followed_up = !o.issue_no.empty() || o.compiled.has_value() || !o.adoptions.empty();
  if (!r.blank("status"))
    o.status = r.vocabulary("status", ws.config.opinion_statuses);
  else if (o.status == "received" && followed_up)
    o.status = "compiled";
  if (o.status.empty() || o.status == "compiled" || !followed_up) return;
  const std::string status = ws.config.opinion_statuses.word(o.status);
  if (!o.issue_no.empty())
    r.problem("status", msg::text("record.status_contradicts_issue", status, o.issue_no));
  else if (o.compiled)
    r.problem("status", msg::text("record.status_contradicts_compiled", status, o.compiled));
  else
    r.problem("status", msg::text("record.status_contradicts_adoptions", status,
                                  adopted_levels_shown(ws, o)));
}

void read_title(OpinionReading& d, std::string_view key, O& o)
{
  if (d.r.has(key)) o.title = d.r.text(key);
  if (missing(d.r, key, o.title)) d.r.problem(key, msg::text("record.title_required"));
}

void read_body(OpinionReading& d, std::string_view key, O& o)
{
  if (d.r.has(key)) o.body = d.r.raw(key);
}

void read_submitted(OpinionReading& d, std::string_view key, O& o)
{
  read_date(d.r, key, o.submitted);
  if (missing(d.r, key, o.submitted)) d.r.problem(key, msg::text("record.submitted_required"));
}

void read_sector(OpinionReading& d, std::string_view key, O& o)
{
  if (d.r.has(key)) o.sector = d.r.vocabulary(key, d.ws.config.sectors);
}

void read_compiled(OpinionReading& d, std::string_view key, O& o)
{
  read_date(d.r, key, o.compiled);
}

// The canonical opinion columns, in order; they are read in this order, and the status
// after them all (read_status: it follows from the issue, the compiled date and the
// adoptions). What the office does with a report (its status, issue, compilation,
// adoptions and instructions) is the opinion workflow's, not a field of `add`.
const FieldTable<O, O, OpinionReading>& opinion_fields()
{
  static const FieldTable<O, O, OpinionReading> k_table = {
      {"code", Part::key, stored_cell<&O::code>},
      {"title", Part::description, stored_cell<&O::title>, read_title},
      {"body", Part::description, stored_cell<&O::body>, read_body},
      {"submitter", Part::description, stored_cell<&O::submitter>, read_submitter},
      {"submitted", Part::description, stored_cell<&O::submitted>, read_submitted, CellKind::date},
      {"sector", Part::description, stored_cell<&O::sector>, read_sector},
      {"category", Part::description, stored_cell<&O::category>,
       read_text<&O::category, OpinionReading>},
      {"status", Part::lifecycle, stored_cell<&O::status>},
      {"issue_no", Part::lifecycle, stored_cell<&O::issue_no>,
       read_text<&O::issue_no, OpinionReading>},
      {"compiled", Part::lifecycle, stored_cell<&O::compiled>, read_compiled, CellKind::date},
      {"adopted_levels", Part::lifecycle, adopted_levels, read_adopted_levels},
      {"instructed_by", Part::lifecycle, instructed_by, read_instructed_by},
  };
  return k_table;
}

// Reads the row's columns over `o`: a submitter who is a member gives the opinion their
// sector when it has none.
void read_opinion(Workspace& ws, FieldReader& r, O& o)
{
  OpinionReading reading{ws, r, {}};
  opinion_fields().read(reading, o);
  if (o.sector.empty()) o.sector = reading.submitter_sector;
  read_status(ws, r, o);
}

} // namespace

const std::vector<std::string>& opinion_columns()
{
  return opinion_fields().keys();
}

const Columns& opinion_table()
{
  return opinion_fields();
}

const std::vector<std::string>& opinion_add_fields()
{
  return opinion_fields().given();
}

std::vector<std::string> opinion_values(const model::Opinion& o)
{
  return opinion_fields().values(o);
}

std::vector<std::string> opinion_export_values(Workspace& ws, model::Opinion o)
{
  if (o.submitter_member_id)
    o.submitter = storage::member_ref(ws.store, *o.submitter_member_id).name;
  return opinion_values(o);
}

namespace {

Upserted upsert_opinion_as(Workspace& ws, Resolver& names, const Fields& fields, Naming naming)
{
  check_fields(fields, opinion_columns(), "opinion");
  FieldReader r(fields, naming);
  const auto before = storage::find_opinion(ws.store, r.text("code"));
  model::Opinion after = before.value_or(model::Opinion{});
  after.code = r.text("code");
  if (missing(r, "code", after.code)) r.problem("code", msg::text("record.code_required"));
  read_opinion(ws, r, after);
  r.check();
  if (!after.submitter.empty() && !after.submitter_member_id) names.kept_as_text(after.submitter);
  const RowSave save{"opinion", opinion_columns(),
                     [&] { storage::insert_opinion(ws.store, after, ws.now()); },
                     [&] { storage::update_opinion(ws.store, after, ws.now()); }};
  return save_row(ws, save, after.code,
                  before ? std::optional(opinion_values(*before)) : std::nullopt,
                  opinion_values(after));
}

} // namespace

Upserted upsert_opinion(Workspace& ws, Resolver& names, const Fields& fields)
{
  return upsert_opinion_as(ws, names, fields, Naming::column);
}

Fields opinion_code_for(Workspace& ws, const Fields& fields)
{
  const FieldReader r(fields, Naming::column);
  std::vector<std::string> matching;
  const auto submitted = io::parse_date(r.text("submitted"));
  const std::string submitter = r.text("submitter");
  std::optional<model::Member> member;
  bool readable = submitted.has_value();
  try {
    if (!submitter.empty()) member = submitting_member(ws, submitter);
  } catch (const DataError&) { // a name several members have: the row says so later
    readable = false;
  }
  if (readable)
    matching = storage::opinions_matching(ws.store, submitted->iso(), r.text("title"), submitter,
                                          member ? std::optional(member->id) : std::nullopt);
  return with_code_by_content(ws, fields, "opinions", "S", "submitted", matching);
}

model::Opinion add_opinion(Workspace& ws, const Fields& given)
{
  const Fields fields = with_new_code(
      ws, given, "opinion", "opinions", "S", "submitted",
      [&](const std::string& code) { return storage::find_opinion(ws.store, code).has_value(); });
  Resolver names(ws, CreateMissing::no);
  upsert_opinion_as(ws, names, fields, Naming::option);
  return *storage::find_opinion(ws.store, fields.at("code"));
}

model::Opinion opinion_coded(Workspace& ws, std::string_view code)
{
  const std::string wanted = util::trim(code);
  if (auto found = storage::find_opinion(ws.store, wanted)) return *found;
  std::vector<std::string> codes;
  for (const auto& o : storage::list_opinions(ws.store))
    codes.push_back(o.code);
  throw DataError(msg::text("record.no_opinion", wanted, suggestion(wanted, codes)));
}

} // namespace cppcc::records
