#include "import/proposal_rows.hpp"

#include "error.hpp"
#include "records/proposals.hpp"
#include "storage/proposals.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"
#include "workflow/definition.hpp"
#include "workflow/proposal_actions.hpp"

#include <functional>

namespace cppcc::import {

namespace {

using records::FieldReader;
using workflow::Lifecycle;
using workflow::ProposalState;

// One step a ledger row implies, applied by `apply` to a proposal in memory.
struct LedgerStep {
  std::string action;
  std::string date;   // ISO
  std::string column; // the column it comes from, for messages
  std::function<void(const Lifecycle&, ProposalState&, const io::Date&)> apply;
};

// The lifecycle columns a status needs and those it rules out.
struct StatusRule {
  std::vector<std::string> needs;
  std::vector<std::string> rules_out;
};

const std::vector<std::string> k_handling = {"assigned", "lead_units", "replied", "result",
                                             "concluded"};

StatusRule rule_for(const std::string& status)
{
  if (status == "submitted")
    return {{},
            {"filed", "filing_no", "reject_reason", "merged_into", "assigned", "lead_units",
             "replied", "result", "feedback", "concluded"}};
  if (status == "filed")
    return {{"filed"},
            {"reject_reason", "merged_into", "assigned", "lead_units", "replied", "result",
             "feedback", "concluded"}};
  if (status == "not_filed" || status == "converted")
    return {{"reject_reason"},
            {"filed", "merged_into", "filing_no", "assigned", "lead_units", "replied", "result",
             "feedback", "concluded"}};
  if (status == "merged")
    return {{"merged_into"},
            {"filed", "reject_reason", "filing_no", "assigned", "lead_units", "replied", "result",
             "feedback", "concluded"}};
  if (status == "withdrawn")
    return {{},
            {"filed", "filing_no", "merged_into", "assigned", "lead_units", "replied", "result",
             "feedback", "concluded"}};
  if (status == "assigned")
    return {{"filed", "assigned", "lead_units"}, {"replied", "result", "feedback", "concluded"}};
  if (status == "replied")
    return {{"filed", "assigned", "lead_units", "replied", "result"}, {"concluded"}};
  if (status == "rehandling")
    return {{"filed", "assigned", "lead_units", "replied", "result", "feedback"}, {"concluded"}};
  if (status == "concluded")
    return {{"filed", "assigned", "lead_units", "replied", "result", "concluded"}, {}};
  return {};
}

// The status a ledger without a status column implies by its dates.
std::string implied_status(const FieldReader& r)
{
  if (!r.blank("concluded")) return "concluded";
  if (!r.blank("replied")) return "replied";
  if (!r.blank("assigned")) return "assigned";
  if (!r.blank("merged_into")) return "merged";
  if (!r.blank("reject_reason")) return "not_filed";
  if (!r.blank("filed")) return "filed";
  return "submitted";
}

class RowReplay {
public:
  RowReplay(records::Workspace& ws, records::Resolver& names, FieldReader& r,
            ProposalImport& import)
      : m_ws(ws), m_names(names), m_r(r), m_keys(import.bulk ? &import.bulk->keys : nullptr),
        m_given(import.given), m_columns(import.columns)
  {
  }

  // The steps the row's status and dates imply, after `add`; problems go to the reader.
  std::vector<LedgerStep> steps(const model::Proposal& p, std::optional<int> stored_filing_no)
  {
    const auto& states = m_ws.config.proposal_states;
    std::string status =
        m_r.blank("status") ? implied_status(m_r) : m_r.vocabulary("status", states);
    if (status.empty()) return {};
    const StatusRule rule = rule_for(status);
    const std::size_t known_problems = m_r.problems().size();
    for (const auto& column : rule.needs)
      if (m_r.blank(column))
        m_r.problem("status", msg::text("import.status_needs_column", states.word(status),
                                        column_name(column)));
    for (const auto& column : rule.rules_out)
      if (!m_r.blank(column))
        m_r.problem(column,
                    msg::text("import.contradicts_status", m_r.text(column), states.word(status)));
    if (!m_r.blank("due") && m_r.blank("assigned"))
      m_r.problem("due", msg::text("import.due_needs_assigned", column_name("assigned")));
    if (m_r.problems().size() > known_problems)
      return {}; // the steps would only repeat the contradiction

    std::vector<LedgerStep> out;
    const std::string review = !m_r.blank("filed") ? date("filed") : p.submitted;
    if (status == "withdrawn")
      out.push_back(
          {"withdraw", review, "status", [](auto& l, auto& s, auto& d) { l.withdraw(s, d, ""); }});
    if (status == "not_filed" || status == "converted") {
      const std::string reason = m_r.text("reject_reason");
      out.push_back({"reject", review, "reject_reason",
                     [reason](auto& l, auto& s, auto& d) { l.reject(s, d, reason); }});
      if (status == "converted")
        out.push_back({"convert", review, "status",
                       [](auto& l, auto& s, auto& d) { l.convert(s, d, std::nullopt); }});
    }
    if (status == "merged") out.push_back(merge_step(review));
    if (!m_r.blank("filed")) {
      std::optional<int> filing_no = m_r.number("filing_no", 1, 1000000);
      if (filing_no && filing_no != stored_filing_no)
        if (auto holder = filing_no_holder(p.session, *filing_no))
          m_r.problem("filing_no",
                      msg::text("import.filing_no_taken", *filing_no, p.session, *holder));
      if (!filing_no) filing_no = stored_filing_no;
      // A number the import gives follows the filing dates, not the rows' order: planned
      // before the rows (GivenFilingNumbers::plan), or else handed round at the import's
      // end (order_given_filing_numbers).
      if (!filing_no && m_r.blank("filing_no")) filing_no = m_given.planned(p.code);
      if (!filing_no && m_r.blank("filing_no")) {
        const std::string session = p.session;
        filing_no =
            m_given.next(session, [&](int n) { return filing_no_holder(session, n).has_value(); });
        m_given_no = filing_no;
      }
      const int number = filing_no.value_or(0);
      out.push_back({"file", date("filed"), "filed",
                     [number](auto& l, auto& s, auto& d) { l.file(s, d, number); }});
    }
    if (p.key && !m_r.blank("filed")) {
      const std::string leader = p.key_leader; // none given: none stored
      out.push_back({"key", date("filed"), "key",
                     [leader](auto& l, auto& s, auto& d) { l.key(s, d, leader); }});
    }
    if (!m_r.blank("assigned")) out.push_back(assign_step());
    if (!m_r.blank("replied")) out.push_back(reply_step());
    const std::string satisfaction = m_r.vocabulary("feedback", m_ws.config.satisfaction);
    if (!satisfaction.empty() && (status == "concluded" || status == "rehandling")) {
      if (status == "concluded" && satisfaction == "unsatisfied")
        m_r.problem("feedback",
                    msg::text("import.unsatisfied_contradicts_concluded",
                              m_ws.config.satisfaction.word(satisfaction), states.word(status)));
      if (status == "rehandling" && satisfaction != "unsatisfied")
        m_r.problem("feedback",
                    msg::text("import.contradicts_status",
                              m_ws.config.satisfaction.word(satisfaction), states.word(status)));
      const std::string when = status == "concluded" ? date("concluded") : date("replied");
      out.push_back({"feedback", when, "feedback", [satisfaction](auto& l, auto& s, auto& d) {
                       l.feedback(s, d, "", satisfaction);
                     }});
    } else if (status == "concluded") {
      out.push_back({"conclude", date("concluded"), "concluded",
                     [](auto& l, auto& s, auto& d) { l.conclude(s, d); }});
    }
    if (status == "rehandling" && !m_r.blank("due"))
      m_rehandling_due = date("due"); // the ledger's due date of the new round
    return out;
  }

  // The filing number the import gave the row, if it did.
  std::optional<int> given_filing_no() const { return m_given_no; }

  // Loads the proposal named in merged_into (it must be stored already).
  workflow::StoredProposal* merge_target() { return m_target ? &*m_target : nullptr; }

  // A rehandling row's own due date, laid over the one the feedback step computed.
  void apply_due(ProposalState& state) const
  {
    if (m_rehandling_due.empty() || state.proposal.status != "rehandling") return;
    for (auto& a : state.assignments)
      if (a.round == state.proposal.round && a.active() && a.replied.empty())
        a.due = m_rehandling_due;
    state.proposal.due = m_rehandling_due;
  }

private:
  // A column as the row's file names it (ColumnNames).
  std::string column_name(const std::string& column) const
  {
    return m_columns ? m_columns->name(column) : field_name(m_ws.config, "proposal", column);
  }

  std::string date(std::string_view column)
  {
    auto parsed = m_r.date(column);
    return parsed ? parsed->iso() : std::string();
  }

  std::optional<std::string> filing_no_holder(const std::string& session, int filing_no)
  {
    if (m_keys && !m_keys->maybe_taken(session, filing_no)) return std::nullopt;
    return storage::filing_no_holder(m_ws.store, session, filing_no);
  }

  LedgerStep merge_step(const std::string& when)
  {
    const std::string into = m_r.text("merged_into");
    m_r.attempt("merged_into", [&] { m_target.emplace(m_ws, into); });
    return {"merge", when, "merged_into", [this](auto& l, auto& s, auto& d) {
              if (m_target) l.merge(s, d, m_target->state, Lifecycle::MergeTime::past);
            }};
  }

  LedgerStep assign_step()
  {
    std::vector<model::Unit> leads, joints;
    for (const auto& name : util::split_list(m_r.text("lead_units")))
      m_r.attempt("lead_units", [&] { leads.push_back(m_names.unit(name)); });
    for (const auto& name : util::split_list(m_r.text("joint_units")))
      m_r.attempt("joint_units", [&] { joints.push_back(m_names.unit(name)); });
    std::optional<io::Date> due = m_r.date("due");
    return {
        "assign", date("assigned"), "assigned",
        [leads, joints, due](auto& l, auto& s, auto& d) { l.assign(s, d, leads, joints, due); }};
  }

  LedgerStep reply_step()
  {
    const std::string result = m_r.vocabulary("result", m_ws.config.results);
    // Split handling: the ledger's one reply date and result stand for every lead unit.
    return {"reply", date("replied"), "replied", [result](auto& l, auto& s, auto& d) {
              std::vector<model::Unit> waiting;
              for (const auto* a : s.active("lead"))
                if (a->replied.empty()) waiting.push_back({a->unit_id, a->unit, "", "", ""});
              for (const auto& unit : waiting)
                l.reply(s, d, unit, result, "");
            }};
  }

  records::Workspace& m_ws;
  records::Resolver& m_names;
  FieldReader& m_r;
  const ProposalKeys* m_keys; // a large import's: see ProposalBulk
  GivenFilingNumbers& m_given;
  const ColumnNames* m_columns;
  std::optional<int> m_given_no;
  std::optional<workflow::StoredProposal> m_target;
  std::string m_rehandling_due;
};

// Applies `steps` to `state`, skipping those already in `recorded` (action, date).
void replay(const Lifecycle& life, FieldReader& r, ProposalState& state,
            const std::vector<LedgerStep>& steps,
            std::vector<std::pair<std::string, std::string>> recorded)
{
  for (const auto& step : steps) {
    auto done = std::find(recorded.begin(), recorded.end(), std::pair(step.action, step.date));
    if (done != recorded.end()) {
      recorded.erase(done);
      continue;
    }
    bool failed = false;
    r.attempt(step.column, [&] {
      try {
        step.apply(life, state, *io::from_iso(step.date));
      } catch (...) {
        failed = true;
        throw;
      }
    });
    if (failed) return; // later steps would only repeat the same complaint
  }
}

// The row as a patch over the stored record: columns the file leaves out keep their
// recorded values (docs/domain.md §4.2: every column but the key may be absent).
records::Fields effective_fields(records::Workspace& ws, const records::Fields& row,
                                 const std::optional<workflow::StoredProposal>& stored)
{
  records::Fields fields;
  if (stored) {
    const auto& s = stored->state;
    const auto values = records::proposal_values(s.proposal, s.assignments,
                                                 records::merged_into_code(ws, s.proposal));
    const auto& columns = records::proposal_columns();
    for (std::size_t i = 0; i < columns.size(); ++i)
      fields[columns[i]] = values[i];
  }
  for (const auto& [key, value] : row)
    fields[key] = value;
  return fields;
}

const std::vector<std::string> k_lifecycle_columns = {
    "filed",    "filing_no", "reject_reason", "merged_into", "lead_units", "joint_units",
    "assigned", "due",       "replied",       "result",      "feedback",   "concluded"};

// A value of a proposal's column as a message shows it: a status, result class or
// satisfaction level by its label (config::Vocabulary::word).
std::string shown_value(const config::Config& config, const std::string& column,
                        const std::string& value)
{
  if (value.empty()) return value;
  if (column == "status") return config.proposal_states.word(value);
  if (column == "result") return config.results.word(value);
  if (column == "feedback") return config.satisfaction.word(value);
  return value;
}

// The row gives `wanted` for `column`, the record's history `recorded`: refused.
DataError history_differs(const config::Config& config, const std::string& column,
                          const std::string& wanted, const std::string& recorded)
{
  return DataError(msg::text("import.ledger_differs", msg::text("import.column", column),
                             shown_value(config, column, wanted),
                             shown_value(config, column, recorded)));
}

// A lifecycle value the record already has and the ledger gives otherwise cannot be
// replayed: the history would have to change.
void refuse_rewrites(const config::Config& config, const std::vector<std::string>& recorded,
                     const std::vector<std::string>& wanted)
{
  const auto& columns = records::proposal_columns();
  const auto at = [&](std::string_view column) {
    return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), column) -
                                    columns.begin());
  };
  for (const auto& column : k_lifecycle_columns) // the ledger is behind the record
    if (!recorded[at(column)].empty() && wanted[at(column)].empty())
      throw history_differs(config, "status", wanted[at("status")], recorded[at("status")]);
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (std::find(k_lifecycle_columns.begin(), k_lifecycle_columns.end(), columns[i]) !=
            k_lifecycle_columns.end() &&
        !recorded[i].empty() && recorded[i] != wanted[i])
      throw history_differs(config, columns[i], wanted[i], recorded[i]);
}

} // namespace

records::Upserted upsert_proposal_row(records::Workspace& ws, records::Resolver& names,
                                      const records::Fields& row, ProposalImport& import)
{
  ProposalBulk* bulk = import.bulk;
  const std::string code = FieldReader(row, records::Naming::column).text("code");
  std::optional<workflow::StoredProposal> stored =
      !code.empty() && (!bulk || bulk->keys.maybe_stored(code))
          ? workflow::StoredProposal::find(ws, code)
          : std::nullopt;
  records::Fields patched; // a new proposal is the row as it is
  if (stored) patched = effective_fields(ws, row, stored);
  const records::Fields& fields = stored ? patched : row;
  FieldReader r(fields, records::Naming::column);
  if (code.empty()) r.problem("code", msg::text("import.code_required")); // with the row's others

  // The row as a proposal of its own, built from nothing through the lifecycle.
  model::Proposal described;
  described.code = code;
  if (stored) // co-signers a merge carried over are the record's, not the ledger's
    for (const auto& c : stored->state.proposal.cosigners)
      if (c.merged_from_id) described.cosigners.push_back(c);
  records::read_description(ws, names, r, described);
  if (r.blank("submitted")) r.problem("submitted", msg::text("import.submitted_required"));
  RowReplay implied(ws, names, r, import);
  const std::size_t described_problems = r.problems().size();
  const auto steps =
      implied.steps(described, stored ? stored->state.proposal.filing_no : std::nullopt);
  // The steps are replayed for their own problems after those of the description (an
  // unknown proposer, a bad category): all of a row's problems are listed at once. Not
  // after a problem of the steps or of the submission date, which they start from.
  if (r.problems().size() > described_problems || described.submitted.empty()) r.check();

  const Lifecycle life = workflow::lifecycle(ws);
  workflow::StoredProposal fresh(ws, std::move(described));
  life.submit(fresh.state);
  replay(life, r, fresh.state, steps, {});
  r.check();
  implied.apply_due(fresh.state);
  const std::string merged_into =
      implied.merge_target() ? implied.merge_target()->state.proposal.code : std::string();

  if (const auto given = implied.given_filing_no())
    import.given.saved(fresh.state.proposal.session, fresh.state.proposal.filed, code, *given);
  if (!stored) {
    if (bulk) bulk->keys.inserted(fresh.state.proposal);
    if (bulk && !implied.merge_target()) { // written while the next rows are read
      bulk->writer.submit([fresh = std::move(fresh)]() mutable { fresh.save("import"); });
      return records::Upserted::inserted;
    }
    fresh.save("import");
    if (auto* target = implied.merge_target()) {
      for (auto& c : target->state.proposal.cosigners) // carried over before it had an id
        if (c.merged_from_id == 0) c.merged_from_id = fresh.state.proposal.id;
      target->save("merge_in");
    }
    return records::Upserted::inserted;
  }
  const auto wanted =
      records::proposal_values(fresh.state.proposal, fresh.state.assignments, merged_into);
  ProposalState& state = stored->state;
  const auto recorded = records::proposal_values(state.proposal, state.assignments,
                                                 records::merged_into_code(ws, state.proposal));
  if (recorded == wanted) return records::Upserted::unchanged;
  refuse_rewrites(ws.config, recorded, wanted);

  // Changed: the descriptive fields are laid over the record, then the steps the row
  // implies beyond its recorded history are added.
  FieldReader again(fields, records::Naming::column);
  records::read_description(ws, names, again, state.proposal);
  std::vector<std::pair<std::string, std::string>> recorded_steps;
  for (const auto& event : storage::events_of(ws.store, state.proposal.id))
    recorded_steps.emplace_back(event.action, event.date);
  if (implied.merge_target()) // reload: the fresh replay changed it in memory
    implied.merge_target()->state = workflow::StoredProposal(ws, merged_into).state;
  replay(life, again, state, steps, recorded_steps);
  again.check();
  implied.apply_due(state);
  const auto now = records::proposal_values(
      state.proposal, state.assignments,
      implied.merge_target() ? merged_into : records::merged_into_code(ws, state.proposal));
  const auto& columns = records::proposal_columns();
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (now[i] != wanted[i]) throw history_differs(ws.config, columns[i], wanted[i], now[i]);
  stored->save("import");
  if (auto* target = implied.merge_target()) target->save("merge_in");
  if (bulk) bulk->keys.updated();
  return records::Upserted::updated;
}

void order_given_filing_numbers(records::Workspace& ws, const ProposalImport& import)
{
  for (const auto& [session, moves] : import.given.ordered())
    storage::move_filing_numbers(ws.store, session, moves);
}

} // namespace cppcc::import
