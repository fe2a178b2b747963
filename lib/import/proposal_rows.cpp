#include "import/proposal_rows.hpp"

#include "error.hpp"
#include "records/proposals.hpp"
#include "storage/proposals.hpp"
#include "storage/signatures.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"
#include "workflow/definition.hpp"
#include "workflow/proposal_actions.hpp"

#include <bit>
#include <cstdint>
#include <functional>
#include <tuple>

namespace cppcc::import {

namespace {

using records::FieldReader;
using workflow::Lifecycle;
using workflow::ProposalState;

// One step a ledger row implies, applied by `apply` to a proposal in memory.
struct RowStep {
  std::string action;
  std::string date;   // ISO
  std::string column; // the column it comes from, for messages
  std::function<void(const Lifecycle&, ProposalState&, const io::Date&)> apply;
};

// How well a way through the workflow (workflow::LedgerPath) reads a row, best first:
// the fewest filled cells its steps leave unread (for a row without a status, of the
// cells showing an action was taken), then the fewest problems, then the fewest steps.
struct Fit {
  int unread = 0;
  int problems = 0;
  std::size_t steps = 0;
  bool operator<(const Fit& other) const
  {
    return std::tie(unread, problems, steps) < std::tie(other.unread, other.problems, other.steps);
  }
};

// What a row says of a workflow condition (workflow::proposal_conditions): whether it
// holds, and the cell that says so.
struct Said {
  bool holds = false;
  const char* column = "";
};

class RowReplay {
public:
  RowReplay(records::Workspace& ws, records::Resolver& names, const records::Fields& fields,
            FieldReader& r, ProposalImport& import)
      : m_ws(ws), m_names(names), m_fields(fields), m_r(r),
        m_keys(import.bulk ? &import.bulk->keys : nullptr), m_given(import.given),
        m_columns(import.columns), m_ledger(workflow::proposal_workflow(ws.config).ledger())
  {
  }

  // The steps the row's status and cells imply, after `add`; problems go to the reader.
  // They are the steps of the way through the workflow from its initial state to the
  // row's state (its status, or the state its cells show) that reads the row best
  // (docs/domain.md §4.5).
  std::vector<RowStep> steps(const model::Proposal& p, std::optional<int> stored_filing_no)
  {
    const auto& states = m_ws.config.proposal_states;
    m_filled = filled(p);
    m_satisfaction =
        m_r.blank("feedback")
            ? std::string()
            : m_ws.config.satisfaction.resolve(m_r.text("feedback")).value_or(std::string());
    const workflow::LedgerPath* path = nullptr;
    std::string status;
    if (m_r.blank("status")) {
      path = implied_path();
      status = path->state;
    } else {
      status = m_r.vocabulary("status", states);
      if (status.empty()) return {};
      path = best_path(m_ledger.paths(status));
      if (!path) {
        m_r.problem("status", msg::text("import.status_unreachable", states.word(status)));
        return {};
      }
    }
    const std::size_t known_problems = m_r.problems().size();
    const auto& columns = m_ledger.columns();
    for (const std::size_t bit : path->needed)
      if (!(m_filled & (std::uint64_t{1} << bit)))
        m_r.problem("status", msg::text("import.status_needs_column", states.word(status),
                                        column_name(columns[bit])));
    const std::uint64_t unread = unread_cells(*path);
    for (std::size_t bit = 0; bit < columns.size(); ++bit)
      if (unread & (std::uint64_t{1} << bit))
        m_r.problem(columns[bit], msg::text("import.contradicts_status", m_r.text(columns[bit]),
                                            states.word(status)));
    if (!m_r.blank("due") && m_r.blank("assigned"))
      m_r.problem("due", msg::text("import.due_needs_assigned", column_name("assigned")));
    if (m_r.problems().size() > known_problems)
      return {}; // the steps would only repeat the contradiction

    std::vector<RowStep> out;
    std::vector<const workflow::LedgerMark*> marks; // the row shows them: after their step
    for (const auto& mark : m_ledger.marks())
      if (is_filled(mark.column) && date_column(mark)) marks.push_back(&mark);
    for (const auto& step : path->steps) {
      const std::string* dated_by = date_column(step);
      if (!dated_by) { // a date column that is not needed, left blank
        m_r.problem("status", msg::text("import.status_needs_column", states.word(status),
                                        column_name(step.reading.date.front())));
        return {};
      }
      check_conditions(step, status); // e.g. unsatisfied: rehandling, not concluded
      out.push_back(row_step(step, *dated_by, p, stored_filing_no));
      for (auto& mark : marks) // taken after the (first) step dated by the same cell
        if (mark && *date_column(*mark) == *dated_by) {
          out.push_back(mark_step(*mark, date(*dated_by), p));
          mark = nullptr;
        }
    }
    // A satisfaction the steps did not take is still read: an unknown one is a problem.
    (void)m_r.vocabulary("feedback", m_ws.config.satisfaction);
    return out;
  }

  // The filing number the import gave the row, if it did.
  std::optional<int> given_filing_no() const { return m_given_no; }

  // Loads the proposal named in merged_into (it must be stored already).
  workflow::StoredProposal* merge_target() { return m_target ? &*m_target : nullptr; }

  // A new round's due date the row gives (rehandling), laid over the one the feedback
  // step computed.
  void apply_due(ProposalState& state) const
  {
    if (!m_round_due || state.proposal.status != m_round_state) return;
    for (auto& a : state.assignments)
      if (a.round == state.proposal.round && a.active() && !a.replied) a.due = m_round_due;
    state.proposal.due = m_round_due;
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

  // The ledger's columns the row fills, as bits of workflow::Ledger::columns(), read in
  // one pass over the row's fields (both in records::FieldOrder); a yes/no cell (key,
  // 重点提案) when it says yes.
  std::uint64_t filled(const model::Proposal& p) const
  {
    std::uint64_t out = 0;
    const auto& columns = m_ledger.columns();
    const records::FieldOrder before;
    auto field = m_fields.begin();
    for (const std::size_t bit : m_ledger.by_name()) {
      const std::string& column = columns[bit];
      while (field != m_fields.end() && before(field->first, column))
        ++field;
      const bool given = field != m_fields.end() && field->first == column;
      if (column == "key" ? p.key : given && !util::trimmed(field->second).empty())
        out |= std::uint64_t{1} << bit;
    }
    return out;
  }

  bool is_filled(std::size_t bit) const { return (m_filled >> bit) & 1U; }

  // The cells the row fills that belong to steps `path` does not take.
  std::uint64_t unread_cells(const workflow::LedgerPath& path) const
  {
    return m_filled & m_ledger.owned() & ~path.uses & ~path.allowed;
  }

  // The first filled cell dating a step (or a mark), or none.
  template <class Step> const std::string* date_column(const Step& step) const
  {
    for (std::size_t i = 0; i < step.dates.size(); ++i)
      if (is_filled(step.dates[i])) return &step.reading.date[i];
    return nullptr;
  }

  // What the row says of `condition`: the satisfaction given (read once a row, quietly:
  // an unknown one is the problem of the step reading it) says whether it is
  // `unsatisfied`. The others it leaves to the replay: all_leads_replied holds (the
  // ledger's one reply stands for every lead unit), feedback_window_passed is the
  // engine's to check, no_leads_left concerns a return, which a ledger does not show.
  std::optional<Said> says(std::string_view condition) const
  {
    if (condition != "unsatisfied" || m_satisfaction.empty()) return std::nullopt;
    return Said{m_satisfaction == "unsatisfied", "feedback"};
  }

  // How many conditions of `step`'s outcome the row contradicts; each is a problem
  // (`status`: the row's state) unless `status` is empty.
  int check_conditions(const workflow::LedgerStep& step, const std::string& status)
  {
    const bool quiet = status.empty();
    const auto& states = m_ws.config.proposal_states;
    const auto shown = [&](const Said& said) { // as the cell's own reading would say it
      (void)m_r.vocabulary(said.column, m_ws.config.satisfaction);
      return m_ws.config.satisfaction.word(m_satisfaction);
    };
    int contradicted = 0;
    if (!step.when.empty())
      if (const auto said = says(step.when); said && !said->holds) {
        ++contradicted;
        if (!quiet)
          m_r.problem(said->column,
                      msg::text("import.contradicts_status", shown(*said), states.word(status)));
      }
    for (const auto& branch : step.unless)
      if (const auto said = says(branch.when); said && said->holds) {
        ++contradicted;
        if (!quiet)
          m_r.problem(said->column, msg::text("import.contradicts_status_means", shown(*said),
                                              states.word(status), states.word(branch.to)));
      }
    return contradicted;
  }

  // `shown`: only the cells showing an action was taken count as unread (a row without a
  // status is read by those).
  Fit fit(const workflow::LedgerPath& path, std::uint64_t shown = ~std::uint64_t{0})
  {
    Fit f;
    const std::uint64_t unread = unread_cells(path);
    f.unread = std::popcount(unread & shown);
    f.problems = std::popcount(unread) + std::popcount(path.needs & ~m_filled);
    for (const auto& step : path.steps)
      f.problems += check_conditions(step, "");
    f.steps = path.steps.size();
    return f;
  }

  // Of the ways to the row's state, the one that reads the row best (the first of equals).
  const workflow::LedgerPath* best_path(const std::vector<workflow::LedgerPath>& paths)
  {
    if (paths.size() == 1) return &paths.front(); // most states: one way there
    const workflow::LedgerPath* best = nullptr;
    Fit best_fit;
    for (const auto& path : paths)
      if (const Fit f = fit(path); !best || f < best_fit) {
        best = &path;
        best_fit = f;
      }
    return best;
  }

  // A row without a status: the state its cells show, by the way through the workflow
  // that reads them best, each step shown by a cell of its own (withdrawn, converted need
  // the status); of equals, the state listed last.
  const workflow::LedgerPath* implied_path()
  {
    const workflow::LedgerPath* best = nullptr;
    Fit best_fit;
    for (const auto& path : m_ledger.all_paths()) {
      if (!path.shown) continue;
      const Fit f = fit(path, m_ledger.evidence());
      if (!best || f < best_fit || (!(best_fit < f) && path.state_index > best->state_index)) {
        best = &path;
        best_fit = f;
      }
    }
    return best;
  }

  // The step `step` of the row, dated by the cell `dated_by`: the row's cells the action
  // takes (docs/domain.md §4.5), read in the order their problems are listed. The
  // workflow chose the action; this reads its values.
  RowStep row_step(const workflow::LedgerStep& step, const std::string& dated_by,
                   const model::Proposal& p, std::optional<int> stored_filing_no)
  {
    const std::string& action = step.action;
    const std::string column = step.reading.column.empty() ? "status" : step.reading.column;
    if (action == "file") return file_step(date(dated_by), column, p, stored_filing_no);
    if (action == "assign") return assign_step(dated_by, column);
    if (action == "reply") return reply_step(dated_by, column);
    if (action == "feedback") return feedback_step(step, dated_by, column);
    const std::string when = date(dated_by);
    if (action == "reject") {
      const std::string reason = m_r.text("reject_reason");
      return {action, when, column,
              [reason](auto& l, auto& s, auto& d) { l.reject(s, d, reason); }};
    }
    if (action == "convert") // the ledger does not say to whom
      return {action, when, column,
              [](auto& l, auto& s, auto& d) { l.convert(s, d, std::nullopt); }};
    if (action == "merge") return merge_step(when, column);
    if (action == "withdraw")
      return {action, when, column, [](auto& l, auto& s, auto& d) { l.withdraw(s, d, ""); }};
    if (action == "conclude")
      return {action, when, column, [](auto& l, auto& s, auto& d) { l.conclude(s, d); }};
    // workflow::proposal_ledger_actions() names only the actions above.
    throw Error(msg::text("import.ledger_action_unknown", action));
  }

  // An action beside the path (key: 重点提案, with its supervising leader if the row names one).
  RowStep mark_step(const workflow::LedgerMark& mark, const std::string& when,
                    const model::Proposal& p)
  {
    if (mark.action != "key") throw Error(msg::text("import.ledger_action_unknown", mark.action));
    const std::string leader = p.key_leader; // none given: none stored
    return {mark.action, when, mark.reading.column,
            [leader](auto& l, auto& s, auto& d) { l.key(s, d, leader); }};
  }

  RowStep file_step(const std::string& when, const std::string& column, const model::Proposal& p,
                    std::optional<int> stored_filing_no)
  {
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
    return {"file", when, column, [number](auto& l, auto& s, auto& d) { l.file(s, d, number); }};
  }

  std::optional<std::string> filing_no_holder(const std::string& session, int filing_no)
  {
    if (m_keys && !m_keys->maybe_taken(session, filing_no)) return std::nullopt;
    return storage::filing_no_holder(m_ws.store, session, filing_no);
  }

  RowStep merge_step(const std::string& when, const std::string& column)
  {
    const std::string into = m_r.text("merged_into");
    m_r.attempt("merged_into", [&] { m_target.emplace(m_ws, into); });
    return {"merge", when, column, [this](auto& l, auto& s, auto& d) {
              if (m_target) l.merge(s, d, m_target->state, Lifecycle::MergeTime::past);
            }};
  }

  RowStep assign_step(const std::string& dated_by, const std::string& column)
  {
    std::vector<model::Unit> leads, joints;
    for (const auto& name : util::split_list(m_r.text("lead_units")))
      m_r.attempt("lead_units", [&] { leads.push_back(m_names.unit(name)); });
    for (const auto& name : util::split_list(m_r.text("joint_units")))
      m_r.attempt("joint_units", [&] { joints.push_back(m_names.unit(name)); });
    std::optional<io::Date> due = m_r.date("due");
    return {"assign", date(dated_by), column, [leads, joints, due](auto& l, auto& s, auto& d) {
              l.assign(s, d, leads, joints, due);
            }};
  }

  RowStep reply_step(const std::string& dated_by, const std::string& column)
  {
    const std::string result = m_r.vocabulary("result", m_ws.config.results);
    // Split handling: the ledger's one reply date and result stand for every lead unit.
    return {"reply", date(dated_by), column, [result](auto& l, auto& s, auto& d) {
              std::vector<model::Unit> waiting;
              for (const auto* a : s.active(model::Role::lead))
                if (!a->replied) waiting.push_back({a->unit_id, a->unit, "", "", ""});
              for (const auto& unit : waiting)
                l.reply(s, d, unit, result, "");
            }};
  }

  // The proposer's satisfaction, and how the unit met them when the row says (its
  // contact cell; blank: not known). Back to the units (rehandling): the row's due date is
  // the new round's.
  RowStep feedback_step(const workflow::LedgerStep& step, const std::string& dated_by,
                        const std::string& column)
  {
    const std::string satisfaction = m_r.vocabulary("feedback", m_ws.config.satisfaction);
    const std::string contact = m_r.vocabulary("contact", m_ws.config.contact);
    if (m_ws.config.proposal_phases.is(step.to, config::Phase::handling) && !m_r.blank("due")) {
      m_round_due = io::from_iso(date("due"));
      m_round_state = step.to;
    }
    return {"feedback", date(dated_by), column, [satisfaction, contact](auto& l, auto& s, auto& d) {
              l.feedback(s, d, contact, satisfaction);
            }};
  }

  records::Workspace& m_ws;
  records::Resolver& m_names;
  const records::Fields& m_fields; // the row's, which m_r reads
  FieldReader& m_r;
  const ProposalKeys* m_keys; // a large import's: see ProposalBulk
  GivenFilingNumbers& m_given;
  const ColumnNames* m_columns;
  const workflow::Ledger& m_ledger;
  std::uint64_t m_filled = 0; // the row's cells, as bits of m_ledger.columns()
  std::string m_satisfaction; // the row's feedback, if known
  std::optional<int> m_given_no;
  std::optional<workflow::StoredProposal> m_target;
  std::optional<io::Date> m_round_due; // a new round's due date the row gives
  std::string m_round_state;           // and the state that round is handled in
};

// Applies `steps` to `state`, skipping those already in `recorded` (action, date).
void replay(const Lifecycle& life, FieldReader& r, ProposalState& state,
            const std::vector<RowStep>& steps,
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

// A value of a proposal's column as a message shows it: a status, result class or
// satisfaction level or contact way by its label (config::Vocabulary::word).
std::string shown_value(const config::Config& config, const std::string& column,
                        const std::string& value)
{
  if (value.empty()) return value;
  if (column == "status") return config.proposal_states.word(value);
  if (column == "result") return config.results.word(value);
  if (column == "feedback") return config.satisfaction.word(value);
  if (column == "contact") return config.contact.word(value);
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
  const auto& steps = records::proposal_step_columns();
  for (const auto& column : steps) // the ledger is behind the record
    if (!recorded[at(column)].empty() && wanted[at(column)].empty())
      throw history_differs(config, "status", wanted[at("status")], recorded[at("status")]);
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (std::find(steps.begin(), steps.end(), columns[i]) != steps.end() && !recorded[i].empty() &&
        recorded[i] != wanted[i])
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
  RowReplay implied(ws, names, fields, r, import);
  const std::size_t described_problems = r.problems().size();
  const auto steps =
      implied.steps(described, stored ? stored->state.proposal.filing_no : std::nullopt);
  // The steps are replayed for their own problems after those of the description (an
  // unknown proposer, a bad category): all of a row's problems are listed at once. Not
  // after a problem of the steps or of the submission date, which they start from.
  if (r.problems().size() > described_problems || !described.submitted) r.check();

  const Lifecycle life = workflow::lifecycle(ws);
  workflow::StoredProposal fresh(ws, std::move(described));
  life.submit(fresh.state);
  replay(life, r, fresh.state, steps, {});
  r.check();
  implied.apply_due(fresh.state);
  const std::string merged_into =
      implied.merge_target() ? implied.merge_target()->state.proposal.code : std::string();

  if (const auto given = implied.given_filing_no())
    import.given.saved(fresh.state.proposal.session, util::iso(fresh.state.proposal.filed), code,
                       *given);
  if (!stored) {
    if (bulk) bulk->keys.inserted(fresh.state.proposal);
    if (bulk && !implied.merge_target()) { // written while the next rows are read
      // Signed here, on the reading thread: the writing thread is the import's bottleneck.
      auto signature =
          storage::presign(ws.store, fresh.state.proposal.title, fresh.state.proposal.body);
      bulk->writer.submit([fresh = std::move(fresh), signature = std::move(signature)]() mutable {
        fresh.save("import", signature);
      });
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
    recorded_steps.emplace_back(event.action, util::iso(event.date));
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
