#include "records/proposals.hpp"

#include "error.hpp"
#include "io/values.hpp"
#include "records/audit.hpp"
#include "records/field_columns.hpp"
#include "records/references.hpp"
#include "storage/member_refs.hpp"
#include "storage/members.hpp"
#include "util/json.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace cppcc::records {

namespace {

std::string unit_list(const std::vector<model::Assignment>& assignments, int round,
                      model::Role role)
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

// What a proposal's canonical values are written from.
struct ProposalSource {
  const model::Proposal& proposal;
  const std::vector<model::Assignment>& assignments;
  const std::string& merged_into;
};

// What its descriptive fields are read with.
struct Description {
  Workspace& ws;
  Resolver& names;
  FieldReader& r;
};

using P = model::Proposal;

// A stored field as its cell.
template <auto M> std::string stored(const ProposalSource& s)
{
  return cell(s.proposal.*M);
}

// A descriptive field of plain text: the trimmed cell.
template <auto M> void read_text(Description& d, std::string_view key, P& p)
{
  if (d.r.has(key)) p.*M = d.r.text(key);
}

// A plain text field that describes the proposal: stored as given, written as stored.
template <auto M> FieldColumn<ProposalSource, P, Description> described_text(const char* key)
{
  return {key, Part::description, stored<M>, read_text<M>, cell_kind<M>};
}
template <auto M> FieldColumn<ProposalSource, P, Description> lifecycle(const char* key)
{
  return {key, Part::lifecycle, stored<M>, nullptr, cell_kind<M>};
}

void read_title(Description& d, std::string_view key, P& p)
{
  if (d.r.has(key)) p.title = d.r.text(key);
  if (p.title.empty()) d.r.problem(key, msg::text("record.title_required"));
}

void read_body(Description& d, std::string_view key, P& p)
{
  if (d.r.has(key)) p.body = d.r.raw(key);
}

void read_type(Description& d, std::string_view key, P& p)
{
  if (d.r.has(key) && !d.r.blank(key)) p.type = d.r.vocabulary(key, d.ws.config.proposer_types);
}

void read_proposer(Description& d, std::string_view key, P& p)
{
  FieldReader& r = d.r;
  if (r.has(key)) {
    p.proposer = r.text(key);
    p.proposer_member_id.reset();
    if (p.type == "member" && !p.proposer.empty())
      r.attempt(key, [&] {
        const model::Member& lead = d.names.member(p.proposer);
        p.proposer = lead.name;
        p.proposer_member_id = lead.id;
        if (!r.has("sector") || r.blank("sector")) p.sector = lead.sector;
      });
  }
  if (p.proposer.empty()) r.problem(key, msg::text("record.proposer_required"));
}

void read_cosigners(Description& d, std::string_view key, P& p)
{
  FieldReader& r = d.r;
  if (!r.has(key)) return;
  std::vector<model::Cosigner> kept; // those carried over by a merge stay
  for (const auto& c0 : p.cosigners)
    if (c0.merged_from_id) kept.push_back(c0);
  p.cosigners.clear();
  for (const auto& name : util::split_list(r.text(key)))
    r.attempt(key, [&] {
      const model::Member& m = d.names.member(name);
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

std::string cosigner_names(const ProposalSource& s)
{
  std::vector<std::string> names;
  for (const auto& c : s.proposal.cosigners)
    names.push_back(c.name);
  return util::join(names, ";");
}

void read_sector(Description& d, std::string_view key, P& p)
{
  if (d.r.has(key) && !d.r.blank(key)) p.sector = d.r.vocabulary(key, d.ws.config.sectors);
}

void read_category(Description& d, std::string_view key, P& p)
{
  if (d.r.has(key)) p.category = d.r.vocabulary(key, d.ws.config.categories);
}

void read_session(Description& d, std::string_view key, P& p)
{
  if (d.r.has(key) && !d.r.blank(key)) p.session = d.r.text(key);
  if (p.session.empty()) p.session = d.ws.config.session;
}

template <auto M> void read_yes_no(Description& d, std::string_view key, P& p)
{
  if (d.r.has(key)) p.*M = d.r.yes_no(key).value_or(false);
}

void read_submitted(Description& d, std::string_view key, P& p)
{
  if (d.r.has(key))
    if (auto submitted = d.r.date(key)) p.submitted = submitted;
}

std::string merged_into(const ProposalSource& s)
{
  return s.merged_into;
}

template <model::Role Role> std::string units(const ProposalSource& s)
{
  return unit_list(s.assignments, s.proposal.round, Role);
}

// The canonical proposal columns (docs/domain.md §4.2), in order. Descriptive columns
// are read in this order: the proposer before the co-signers, and so on.
const FieldTable<ProposalSource, P, Description>& proposal_fields()
{
  static const FieldTable<ProposalSource, P, Description> k_table = {
      {"code", Part::key, stored<&P::code>},
      {"title", Part::description, stored<&P::title>, read_title},
      {"body", Part::description, stored<&P::body>, read_body},
      {"type", Part::description, stored<&P::type>, read_type},
      {"proposer", Part::description, stored<&P::proposer>, read_proposer},
      {"cosigners", Part::description, cosigner_names, read_cosigners},
      {"sector", Part::description, stored<&P::sector>, read_sector},
      {"category", Part::description, stored<&P::category>, read_category},
      {"session", Part::description, stored<&P::session>, read_session},
      {"during_plenary", Part::description, stored<&P::during_plenary>,
       read_yes_no<&P::during_plenary>, CellKind::flag},
      {"submitted", Part::description, stored<&P::submitted>, read_submitted, CellKind::date},
      {"status", Part::lifecycle, stored<&P::status>},
      lifecycle<&P::filed>("filed"),
      lifecycle<&P::filing_no>("filing_no"),
      lifecycle<&P::reject_reason>("reject_reason"),
      {"merged_into", Part::lifecycle, merged_into},
      {"lead_units", Part::lifecycle, units<model::Role::lead>},
      {"joint_units", Part::lifecycle, units<model::Role::joint>},
      lifecycle<&P::assigned>("assigned"),
      lifecycle<&P::due>("due"),
      lifecycle<&P::replied>("replied"),
      lifecycle<&P::result>("result"),
      lifecycle<&P::satisfaction>("feedback"), // the level: the column names the step
      lifecycle<&P::contact>("contact"),       // how the unit met the proposer: the feedback's
      lifecycle<&P::concluded>("concluded"),
      {"key", Part::description, stored<&P::key>, read_yes_no<&P::key>, CellKind::flag},
      described_text<&P::key_leader>("key_leader"),
      // 优秀提案: the year's assessment's, given by a ledger's column (or `add`), not a step
      {"excellent", Part::description, stored<&P::excellent>, read_yes_no<&P::excellent>,
       CellKind::flag},
  };
  return k_table;
}

} // namespace

const std::vector<std::string>& proposal_columns()
{
  return proposal_fields().keys();
}

const Columns& proposal_table()
{
  return proposal_fields();
}

const std::vector<std::string>& proposal_add_fields()
{
  return proposal_fields().given();
}

const std::vector<std::string>& proposal_step_columns()
{
  static const std::vector<std::string> k_columns = [] {
    std::vector<std::string> out;
    for (const auto& c : proposal_fields().columns())
      if (c.part == Part::lifecycle && std::string_view(c.key) != "status") out.emplace_back(c.key);
    return out;
  }();
  return k_columns;
}

void read_description(Workspace& ws, Resolver& names, FieldReader& r, model::Proposal& p)
{
  Description d{ws, names, r};
  proposal_fields().read(d, p);
}

model::Proposal new_proposal(Workspace& ws, const Fields& fields)
{
  const auto& add_fields = proposal_add_fields();
  for (const auto& [key, value] : fields)
    if (std::find(add_fields.begin(), add_fields.end(), key) == add_fields.end())
      throw UsageError(msg::text("record.proposal_add_no_field", key));
  Resolver names(ws, CreateMissing::no);
  FieldReader r(fields, Naming::option);
  model::Proposal p;
  p.submitted = ws.today;
  read_description(ws, names, r, p);
  r.check();
  const io::Date submitted = p.submitted.value_or(ws.today);
  p.code = !r.blank("code") ? r.text("code")
                            : storage::next_proposal_code(ws.store, ws.config.proposal_code_prefix,
                                                          submitted.year);
  if (storage::find_proposal(ws.store, p.code))
    throw DataError(msg::text("record.proposal_exists", p.code));
  return p;
}

std::vector<std::string> proposal_values(const model::Proposal& p,
                                         const std::vector<model::Assignment>& assignments,
                                         const std::string& merged_into)
{
  return proposal_fields().values(ProposalSource{p, assignments, merged_into});
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

bool is_overdue(const config::Config& config, const model::Proposal& p, const io::Date& as_of)
{
  return config.proposal_phases.is(p.status, config::Phase::handling) && p.due && *p.due < as_of;
}

namespace {

// The proposal's columns that hold a date (a spreadsheet shows them as dates).
bool is_date(std::string_view column)
{
  for (std::string_view c : {"submitted", "filed", "assigned", "due", "replied", "concluded"})
    if (column == c) return true;
  return false;
}

} // namespace

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
    const bool overdue = is_overdue(c, p, ws.today);
    table.rows.push_back(render::row_of(
        std::move(p.code), std::move(p.title), std::move(p.proposer),
        c.categories.label(p.category, ws.lang), render::Value::date(std::move(p.submitted)),
        c.proposal_states.label(p.status, ws.lang),
        p.filing_no ? render::Value::integer(*p.filing_no) : render::Value(),
        std::move(row.lead_units), render::Value::date(std::move(p.due)), std::move(p.result),
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
      value = c.proposal_states.label(value, ws.lang);
    else if (key == "reject_reason")
      value = c.reject_reasons.label(value, ws.lang);
    else if (key == "result" && !value.empty())
      value = value + " " + c.results.label(value, ws.lang);
    else if (key == "feedback")
      value = c.satisfaction.label(value, ws.lang);
    else if (key == "contact")
      value = c.contact.label(value, ws.lang);
    else if (key == "during_plenary" || key == "key" || key == "excellent")
      value = yes_no(ws, value == "yes");
    if (key == "filing_no")
      doc.fields.push_back({key, ws.label("proposal", key),
                            p.filing_no ? render::Value::integer(*p.filing_no) : render::Value(),
                            render::Type::number});
    else if (is_date(key))
      doc.fields.push_back({key, ws.label("proposal", key), render::Value::date(value)});
    else
      doc.fields.push_back({key, ws.label("proposal", key), value});
  }
  std::string converted;
  if (p.converted_unit_id)
    if (auto unit = storage::find_unit_by_id(ws.store, *p.converted_unit_id))
      converted = unit->name;
  doc.fields.push_back({"converted_unit", ws.label("proposal", "converted_unit"), converted});
  doc.fields.push_back(
      {"overdue", ws.label("proposal", "overdue"), yes_no(ws, is_overdue(c, p, ws.today))});

  render::Table handling;
  handling.key = "assignments";
  handling.title = ws.label("proposal", "lead_units") + " / " + ws.label("proposal", "joint_units");
  for (const char* column : {"unit", "role", "round", "assigned", "due", "returned",
                             "return_reason", "replied", "result"})
    handling.columns.push_back(
        {column, ws.label("assignment", column),
         std::string_view(column) == "round" ? render::Type::number : render::Type::text});
  for (const auto& a : storage::assignments_of(ws.store, p.id))
    handling.rows.push_back({a.unit, ws.label("words", model::role_id(a.role)),
                             render::Value::integer(a.round), render::Value::date(a.assigned),
                             render::Value::date(a.due), render::Value::date(a.returned),
                             a.return_reason, render::Value::date(a.replied), a.result});
  if (!handling.rows.empty()) doc.tables.push_back(std::move(handling));
  return doc;
}

} // namespace cppcc::records
