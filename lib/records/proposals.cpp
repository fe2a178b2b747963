#include "records/proposals.hpp"

#include "error.hpp"
#include "io/values.hpp"
#include "records/audit.hpp"
#include "records/references.hpp"
#include "storage/members.hpp"
#include "util/json.hpp"
#include "util/text.hpp"
#include "workflow/proposal_actions.hpp"

#include <fmt/format.h>

namespace cppcc::records {

namespace {

const std::vector<std::string> k_add_fields = {
    "code",     "title",   "body",           "type",      "proposer", "cosigners", "sector",
    "category", "session", "during_plenary", "submitted", "key",      "key_leader"};

std::string field(const Fields& fields, std::string_view key)
{
  auto it = fields.find(key);
  return it == fields.end() ? std::string() : util::trim(it->second);
}

// Resolves the co-signers to members, in order, without repeats or the lead.
std::vector<model::Cosigner> cosigners_of(Workspace& ws, const std::string& cell,
                                          const model::Proposal& p)
{
  std::vector<model::Cosigner> out;
  for (const auto& name : util::split_list(cell)) {
    const model::Member m = member_named(ws, name);
    if (p.proposer_member_id == m.id) continue;
    bool seen = false;
    for (const auto& c : out)
      seen = seen || c.member_id == m.id;
    if (!seen) out.push_back({m.name, m.id, std::nullopt});
  }
  return out;
}

std::string unit_list(Workspace& ws, long proposal_id, int round, std::string_view role)
{
  std::vector<std::string> names;
  for (const auto& a : storage::assignments_of(ws.store, proposal_id))
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

model::Proposal add_proposal(Workspace& ws, const Fields& fields)
{
  for (const auto& [key, value] : fields)
    if (std::find(k_add_fields.begin(), k_add_fields.end(), key) == k_add_fields.end())
      throw UsageError(fmt::format("proposal add takes no field '{}'", key));
  const auto& c = ws.config;
  model::Proposal p;
  p.title = field(fields, "title");
  if (p.title.empty()) throw DataError("proposal: 'title' is required");
  p.body = fields.contains("body") ? fields.find("body")->second : std::string();
  p.type = fields.contains("type") ? c.proposer_types.require(field(fields, "type")) : "member";
  p.proposer = field(fields, "proposer");
  if (p.proposer.empty()) throw DataError("proposal: 'proposer' is required");
  if (p.type == "member") {
    const model::Member lead = member_named(ws, p.proposer);
    p.proposer = lead.name;
    p.proposer_member_id = lead.id;
    p.sector = lead.sector;
  }
  p.cosigners = cosigners_of(ws, field(fields, "cosigners"), p);
  if (!field(fields, "sector").empty()) p.sector = c.sectors.require(field(fields, "sector"));
  if (!field(fields, "category").empty())
    p.category = c.categories.require(field(fields, "category"));
  p.session = field(fields, "session").empty() ? c.session : field(fields, "session");
  if (!field(fields, "during_plenary").empty())
    p.during_plenary = io::parse_yes_no_or_throw(field(fields, "during_plenary"), "during_plenary");
  const io::Date submitted = field(fields, "submitted").empty()
                                 ? ws.today
                                 : io::parse_date_or_throw(field(fields, "submitted"), "submitted");
  p.submitted = submitted.iso();
  if (!field(fields, "key").empty()) p.key = io::parse_yes_no_or_throw(field(fields, "key"), "key");
  p.key_leader = field(fields, "key_leader");
  p.code = field(fields, "code").empty()
               ? storage::next_proposal_code(ws.store, c.proposal_code_prefix, submitted.year)
               : field(fields, "code");
  if (storage::find_proposal(ws.store, p.code))
    throw DataError(fmt::format("proposal '{}' already exists", p.code));
  workflow::StoredProposal stored(ws, std::move(p));
  workflow::lifecycle(ws).submit(stored.state);
  stored.save("add");
  p = stored.state.proposal;
  return p;
}

std::vector<std::string> proposal_values(Workspace& ws, const model::Proposal& p)
{
  std::vector<std::string> cosigners;
  for (const auto& c : p.cosigners)
    cosigners.push_back(c.name);
  std::string merged_into;
  if (p.merged_into_id)
    if (auto target = storage::find_proposal_by_id(ws.store, *p.merged_into_id))
      merged_into = target->code;
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
          p.id ? unit_list(ws, p.id, p.round, "lead") : "",
          p.id ? unit_list(ws, p.id, p.round, "joint") : "",
          p.assigned,
          p.due,
          p.replied,
          p.result,
          p.satisfaction,
          p.concluded,
          p.key ? "yes" : "no",
          p.key_leader};
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
  for (const auto& row : storage::list_proposals(ws.store, filter)) {
    const model::Proposal& p = row.proposal;
    table.rows.push_back({p.code, p.title, p.proposer, c.categories.label(p.category, ws.lang),
                          p.submitted, c.proposal_workflow.states().label(p.status, ws.lang),
                          p.filing_no ? std::to_string(*p.filing_no) : "", row.lead_units, p.due,
                          p.result, is_overdue(p, ws.today) ? yes_no(ws, true) : ""});
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
    doc.fields.push_back({key, ws.label("proposal", key), value,
                          key == "filing_no" ? render::Type::number : render::Type::text});
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
    handling.rows.push_back({a.unit, ws.label("words", a.role), std::to_string(a.round), a.assigned,
                             a.due, a.returned, a.return_reason, a.replied, a.result});
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
  int seq = 0;
  for (const auto& e : storage::events_of(ws.store, p.id)) {
    std::vector<std::string> details;
    for (const auto& [key, value] : util::json_parse_flat(e.details))
      details.push_back(key + "=" + value);
    table.rows.push_back({std::to_string(++seq), e.date, actions.label(e.action, ws.lang),
                          e.from_state.empty() ? "" : states.label(e.from_state, ws.lang),
                          states.label(e.to_state, ws.lang), e.op, e.recorded_at,
                          util::join(details, "; ")});
  }
  return table;
}

} // namespace cppcc::records
