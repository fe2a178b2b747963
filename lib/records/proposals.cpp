#include "records/proposals.hpp"

#include "error.hpp"
#include "io/values.hpp"
#include "records/audit.hpp"
#include "records/references.hpp"
#include "storage/member_refs.hpp"
#include "storage/members.hpp"
#include "util/json.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"
#include "workflow/proposal_actions.hpp"

#include <fmt/format.h>

namespace cppcc::records {

namespace {

const std::vector<std::string> k_add_fields = {
    "code",     "title",   "body",           "type",      "proposer", "cosigners", "sector",
    "category", "session", "during_plenary", "submitted", "key",      "key_leader"};

std::string unit_list(const std::vector<model::Assignment>& assignments, int round,
                      std::string_view role)
{
  std::vector<std::string> names;
  for (const auto& a : assignments)
    if (a.round == round && a.role == role && a.active()) names.push_back(a.unit);
  return util::join(names, ";");
}

std::string yes_no(Workspace& ws, bool value)
{
  return ws.label("words", value ? "yes" : "no");
}

} // namespace

const std::vector<std::string>& proposal_columns()
{
  static const std::vector<std::string> k_columns = {
      "code",     "title",     "body",          "type",           "proposer",   "cosigners",
      "sector",   "category",  "session",       "during_plenary", "submitted",  "status",
      "filed",    "filing_no", "reject_reason", "merged_into",    "lead_units", "joint_units",
      "assigned", "due",       "replied",       "result",         "feedback",   "concluded",
      "key",      "key_leader"};
  return k_columns;
}

void read_description(Workspace& ws, Resolver& names, FieldReader& r, model::Proposal& p)
{
  const auto& c = ws.config;
  if (r.has("title")) p.title = r.text("title");
  if (p.title.empty()) r.problem("title", msg::text("record.title_required"));
  if (r.has("body")) p.body = r.raw("body");
  if (r.has("type") && !r.blank("type")) p.type = r.vocabulary("type", c.proposer_types);
  if (r.has("proposer")) {
    p.proposer = r.text("proposer");
    p.proposer_member_id.reset();
    if (p.type == "member" && !p.proposer.empty())
      r.attempt("proposer", [&] {
        const model::Member& lead = names.member(p.proposer);
        p.proposer = lead.name;
        p.proposer_member_id = lead.id;
        if (!r.has("sector") || r.blank("sector")) p.sector = lead.sector;
      });
  }
  if (p.proposer.empty()) r.problem("proposer", msg::text("record.proposer_required"));
  if (r.has("cosigners")) {
    std::vector<model::Cosigner> kept; // those carried over by a merge stay
    for (const auto& c0 : p.cosigners)
      if (c0.merged_from_id) kept.push_back(c0);
    p.cosigners.clear();
    for (const auto& name : util::split_list(r.text("cosigners")))
      r.attempt("cosigners", [&] {
        const model::Member& m = names.member(name);
        const bool seen = std::any_of(p.cosigners.begin(), p.cosigners.end(),
                                      [&](const auto& x) { return x.member_id == m.id; });
        if (p.proposer_member_id != m.id && !seen)
          p.cosigners.push_back({m.name, m.id, std::nullopt});
      });
    for (auto& k : kept)
      if (std::none_of(p.cosigners.begin(), p.cosigners.end(),
                       [&](const auto& x) { return x.name == k.name; }))
        p.cosigners.push_back(k);
  }
  if (r.has("sector") && !r.blank("sector")) p.sector = r.vocabulary("sector", c.sectors);
  if (r.has("category")) p.category = r.vocabulary("category", c.categories);
  if (r.has("session") && !r.blank("session")) p.session = r.text("session");
  if (p.session.empty()) p.session = c.session;
  if (r.has("during_plenary")) p.during_plenary = r.yes_no("during_plenary").value_or(false);
  if (r.has("submitted"))
    if (auto submitted = r.date("submitted")) p.submitted = submitted->iso();
  if (r.has("key")) p.key = r.yes_no("key").value_or(false);
  if (r.has("key_leader")) p.key_leader = r.text("key_leader");
}

model::Proposal add_proposal(Workspace& ws, const Fields& fields)
{
  for (const auto& [key, value] : fields)
    if (std::find(k_add_fields.begin(), k_add_fields.end(), key) == k_add_fields.end())
      throw UsageError(msg::text("record.proposal_add_no_field", key));
  Resolver names(ws, CreateMissing::no);
  FieldReader r(fields, Naming::option);
  model::Proposal p;
  p.submitted = ws.today.iso();
  read_description(ws, names, r, p);
  r.check();
  const io::Date submitted = *io::from_iso(p.submitted);
  p.code = !r.blank("code") ? r.text("code")
                            : storage::next_proposal_code(ws.store, ws.config.proposal_code_prefix,
                                                          submitted.year);
  if (storage::find_proposal(ws.store, p.code))
    throw DataError(msg::text("record.proposal_exists", p.code));
  workflow::StoredProposal stored(ws, std::move(p));
  workflow::lifecycle(ws).submit(stored.state);
  stored.save("add");
  return stored.state.proposal;
}

std::vector<std::string> proposal_values(const model::Proposal& p,
                                         const std::vector<model::Assignment>& assignments,
                                         const std::string& merged_into)
{
  std::vector<std::string> cosigners;
  for (const auto& c : p.cosigners)
    cosigners.push_back(c.name);
  return {p.code,
          p.title,
          p.body,
          p.type,
          p.proposer,
          util::join(cosigners, ";"),
          p.sector,
          p.category,
          p.session,
          p.during_plenary ? "yes" : "no",
          p.submitted,
          p.status,
          p.filed,
          p.filing_no ? std::to_string(*p.filing_no) : "",
          p.reject_reason,
          merged_into,
          unit_list(assignments, p.round, "lead"),
          unit_list(assignments, p.round, "joint"),
          p.assigned,
          p.due,
          p.replied,
          p.result,
          p.satisfaction,
          p.concluded,
          p.key ? "yes" : "no",
          p.key_leader};
}

std::string merged_into_code(Workspace& ws, const model::Proposal& p)
{
  if (p.merged_into_id)
    if (auto target = storage::find_proposal_by_id(ws.store, *p.merged_into_id))
      return target->code;
  return {};
}

std::vector<std::string> proposal_values(Workspace& ws, const model::Proposal& p)
{
  return proposal_values(
      p, p.id ? storage::assignments_of(ws.store, p.id) : std::vector<model::Assignment>{},
      merged_into_code(ws, p));
}

std::vector<std::string> proposal_export_values(Workspace& ws, model::Proposal p)
{
  if (p.proposer_member_id) p.proposer = storage::member_ref(ws.store, *p.proposer_member_id).name;
  for (auto& c : p.cosigners)
    if (c.member_id) c.name = storage::member_ref(ws.store, *c.member_id).name;
  return proposal_values(ws, p);
}

bool is_overdue(const model::Proposal& p, const io::Date& as_of)
{
  return (p.status == "assigned" || p.status == "rehandling") && !p.due.empty() &&
         p.due < as_of.iso();
}

render::Table proposal_table(Workspace& ws, const storage::ProposalFilter& filter)
{
  const auto& c = ws.config;
  render::Table table;
  table.key = "proposals";
  for (const char* column : {"code", "title", "proposer", "category", "submitted", "status",
                             "filing_no", "lead_units", "due", "result", "overdue"})
    table.columns.push_back(
        {column, ws.label("proposal", column),
         std::string_view(column) == "filing_no" ? render::Type::number : render::Type::text});
  for (auto& row : storage::list_proposals(ws.store, filter)) {
    model::Proposal& p = row.proposal;
    const bool overdue = is_overdue(p, ws.today);
    table.rows.push_back(
        render::row_of(std::move(p.code), std::move(p.title), std::move(p.proposer),
                       c.categories.label(p.category, ws.lang), std::move(p.submitted),
                       c.proposal_workflow.states().label(p.status, ws.lang),
                       p.filing_no ? render::Value::integer(*p.filing_no) : render::Value(),
                       std::move(row.lead_units), std::move(p.due), std::move(p.result),
                       overdue ? yes_no(ws, true) : std::string()));
  }
  return table;
}

render::Document proposal_document(Workspace& ws, std::string_view code)
{
  const model::Proposal p = proposal_coded(ws, code);
  const auto& c = ws.config;
  const auto values = proposal_values(ws, p);
  const auto& columns = proposal_columns();
  render::Document doc;
  doc.title = fmt::format("{} {}", p.code, p.title);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::string& key = columns[i];
    std::string value = values[i];
    if (key == "type")
      value = c.proposer_types.label(value, ws.lang);
    else if (key == "sector")
      value = c.sectors.label(value, ws.lang);
    else if (key == "category")
      value = c.categories.label(value, ws.lang);
    else if (key == "status")
      value = c.proposal_workflow.states().label(value, ws.lang);
    else if (key == "reject_reason")
      value = c.reject_reasons.label(value, ws.lang);
    else if (key == "result" && !value.empty())
      value = value + " " + c.results.label(value, ws.lang);
    else if (key == "feedback")
      value = c.satisfaction.label(value, ws.lang);
    else if (key == "during_plenary" || key == "key")
      value = yes_no(ws, value == "yes");
    if (key == "filing_no")
      doc.fields.push_back({key, ws.label("proposal", key),
                            p.filing_no ? render::Value::integer(*p.filing_no) : render::Value(),
                            render::Type::number});
    else
      doc.fields.push_back({key, ws.label("proposal", key), value});
  }
  std::string converted;
  if (p.converted_unit_id)
    if (auto unit = storage::find_unit_by_id(ws.store, *p.converted_unit_id))
      converted = unit->name;
  doc.fields.push_back({"converted_unit", ws.label("proposal", "converted_unit"), converted});
  doc.fields.push_back(
      {"contact", ws.label("proposal", "contact"), c.contact.label(p.contact, ws.lang)});
  doc.fields.push_back(
      {"overdue", ws.label("proposal", "overdue"), yes_no(ws, is_overdue(p, ws.today))});

  render::Table handling;
  handling.key = "assignments";
  handling.title = ws.label("proposal", "lead_units") + " / " + ws.label("proposal", "joint_units");
  for (const char* column : {"unit", "role", "round", "assigned", "due", "returned",
                             "return_reason", "replied", "result"})
    handling.columns.push_back(
        {column, ws.label("assignment", column),
         std::string_view(column) == "round" ? render::Type::number : render::Type::text});
  for (const auto& a : storage::assignments_of(ws.store, p.id))
    handling.rows.push_back({a.unit, ws.label("words", a.role), render::Value::integer(a.round),
                             a.assigned, a.due, a.returned, a.return_reason, a.replied, a.result});
  if (!handling.rows.empty()) doc.tables.push_back(std::move(handling));
  return doc;
}

render::Table proposal_history(Workspace& ws, std::string_view code)
{
  const model::Proposal p = proposal_coded(ws, code);
  const auto& states = ws.config.proposal_workflow.states();
  const auto& actions = ws.config.proposal_workflow.action_labels();
  render::Table table;
  table.key = "events";
  table.title = fmt::format("{} {}", p.code, p.title);
  for (const char* column :
       {"seq", "date", "action", "from", "to", "operator", "recorded", "details"})
    table.columns.push_back(
        {column, ws.label("event", column),
         std::string_view(column) == "seq" ? render::Type::number : render::Type::text});
  int seq = 0; // the step's number (proposal amend --event): its place in the history
  for (const auto& e : storage::events_of(ws.store, p.id)) {
    std::vector<std::string> details;
    for (const auto& [key, value] : util::json_parse_flat(e.details))
      details.push_back(key + "=" + value);
    table.rows.push_back({render::Value::integer(++seq), e.date, actions.label(e.action, ws.lang),
                          e.from_state.empty() ? "" : states.label(e.from_state, ws.lang),
                          states.label(e.to_state, ws.lang), e.op,
                          io::local_timestamp(e.recorded_at), util::join(details, "; ")});
  }
  return table;
}

} // namespace cppcc::records
