#include "workflow/proposal_actions.hpp"

#include "error.hpp"
#include "records/references.hpp"
#include "storage/proposals.hpp"
#include "util/text.hpp"
#include "workflow/proposal_change.hpp"

#include <fmt/format.h>

namespace cppcc::workflow {

namespace {

std::string required(std::string_view value, std::string_view what)
{
  std::string text = util::trim(value);
  if (text.empty())
    throw UsageError(fmt::format("{} is required", what));
  return text;
}

} // namespace

Outcome file_proposal(records::Workspace& ws, std::string_view code, const io::Date& date)
{
  ProposalChange change(ws, code, "file", date);
  auto& p = change.proposal();
  p.filed = date.iso();
  p.filing_no = storage::next_filing_no(ws.store, p.session);
  change.detail("filing_no", std::to_string(*p.filing_no));
  return change.finish(fmt::format("filing no {}", *p.filing_no));
}

Outcome reject_proposal(records::Workspace& ws, std::string_view code, std::string_view reason,
                        const io::Date& date)
{
  ProposalChange change(ws, code, "reject", date);
  const std::string text = required(reason, "--reason");
  change.proposal().reject_reason = ws.config.reject_reasons.resolve(text).value_or(text);
  change.detail("reason", change.proposal().reject_reason);
  return change.finish();
}

Outcome convert_proposal(records::Workspace& ws, std::string_view code, std::string_view unit,
                         const io::Date& date)
{
  ProposalChange change(ws, code, "convert", date);
  const model::Unit target = records::unit_named(ws, required(unit, "--unit"));
  change.proposal().converted_unit_id = target.id;
  change.detail("unit", target.name);
  return change.finish(fmt::format("forwarded to {}", target.name));
}

Outcome merge_proposal(records::Workspace& ws, std::string_view code, std::string_view into,
                       const io::Date& date)
{
  ProposalChange change(ws, code, "merge", date);
  auto& p = change.proposal();
  model::Proposal target = records::proposal_coded(ws, required(into, "--into"));
  if (target.id == p.id)
    throw DataError(fmt::format("proposal '{}' cannot be merged into itself", p.code));
  // The target carries the merged proposal's proposers as co-proposers.
  std::vector<model::Cosigner> carried;
  carried.push_back({p.proposer, p.proposer_member_id, p.id});
  for (const auto& c : p.cosigners)
    carried.push_back({c.name, c.member_id, p.id});
  const model::Proposal target_before = target;
  for (auto& c : carried) {
    const bool present = c.name == target.proposer ||
                         std::any_of(target.cosigners.begin(), target.cosigners.end(),
                                     [&](const auto& t) { return t.name == c.name; });
    if (!present)
      target.cosigners.push_back(c);
  }
  ProposalChange absorb(ws, target.code, "merge_in", date); // refuses a closed target
  absorb.proposal().cosigners = target.cosigners;
  absorb.detail("absorbed", p.code);
  absorb.finish();

  p.merged_into_id = target.id;
  change.detail("into", target.code);
  return change.finish(fmt::format("merged into {}", target.code));
}

Outcome withdraw_proposal(records::Workspace& ws, std::string_view code, std::string_view reason,
                          const io::Date& date)
{
  ProposalChange change(ws, code, "withdraw", date);
  if (!util::trim(reason).empty())
    change.detail("reason", util::trim(reason));
  return change.finish();
}

Outcome assign_proposal(records::Workspace& ws, std::string_view code,
                        const std::vector<std::string>& leads,
                        const std::vector<std::string>& joints, const io::Date& date)
{
  ProposalChange change(ws, code, "assign", date);
  auto& p = change.proposal();
  if (leads.empty() && change.active("lead").empty())
    throw UsageError("give at least one lead unit with --lead");
  p.round = std::max(p.round, 1);
  const auto& handling = ws.config.handling;
  const io::Date due =
      date.add_months(p.during_plenary ? handling.plenary_period_months : handling.period_months);
  std::vector<std::string> names;
  auto add = [&](const std::string& name, const std::string& role) {
    const model::Unit unit = records::unit_named(ws, name);
    for (const auto* a : change.active("lead"))
      if (a->unit_id == unit.id)
        throw DataError(fmt::format("unit '{}' already handles proposal '{}'", unit.name, p.code));
    for (const auto* a : change.active("joint"))
      if (a->unit_id == unit.id)
        throw DataError(fmt::format("unit '{}' already handles proposal '{}'", unit.name, p.code));
    change.assignments().push_back(
        {0, unit.id, unit.name, role, p.round, date.iso(), due.iso(), "", "", "", "", ""});
    names.push_back(unit.name);
  };
  for (const auto& lead : leads)
    add(util::trim(lead), "lead");
  for (const auto& joint : joints)
    add(util::trim(joint), "joint");
  if (p.assigned.empty())
    p.assigned = date.iso();
  p.due = std::max(p.due, due.iso());
  change.detail("units", util::join(names, ";"));
  change.detail("due", due.iso());
  return change.finish(fmt::format("due {}", p.due));
}

Outcome return_proposal(records::Workspace& ws, std::string_view code, std::string_view unit,
                        std::string_view reason, const io::Date& date)
{
  ProposalChange change(ws, code, "return", date);
  const model::Unit returning = records::unit_named(ws, required(unit, "--unit"));
  const std::string why = required(reason, "--reason");
  model::Assignment* held = nullptr;
  for (auto* a : change.active("lead"))
    if (a->unit_id == returning.id)
      held = a;
  for (auto* a : change.active("joint"))
    if (a->unit_id == returning.id)
      held = a;
  if (!held)
    throw DataError(fmt::format("unit '{}' does not hold proposal '{}'", returning.name,
                                change.before().code));
  const int window = ws.config.handling.return_days;
  const io::Date last_day = io::from_iso(held->assigned)->add_days(window);
  if (date > last_day)
    throw TransitionError(fmt::format("{} was assigned to '{}' on {}; it could be returned within "
                                      "{} days, until {} (proposal.handling.return_days)",
                                      change.record(), returning.name, held->assigned, window,
                                      last_day.iso()));
  held->returned = date.iso();
  held->return_reason = why;
  change.detail("unit", returning.name);
  change.detail("reason", why);
  return change.finish();
}

Outcome extend_proposal(records::Workspace& ws, std::string_view code, const io::Date& until,
                        std::string_view reason, const io::Date& date)
{
  ProposalChange change(ws, code, "extend", date);
  auto& p = change.proposal();
  const std::string why = required(reason, "--reason");
  std::string first_assigned = p.assigned;
  for (const auto* a : change.active("lead"))
    first_assigned = std::min(first_assigned, a->assigned);
  const io::Date cap = io::from_iso(first_assigned)->add_months(ws.config.handling.max_months);
  if (until.iso() <= p.due)
    throw DataError(fmt::format("{} is already due {}; --until must be later", change.record(), p.due));
  if (until > cap)
    throw DataError(fmt::format("{} cannot be extended past {} ({} months after assignment on {}, "
                                "proposal.handling.max_months)",
                                change.record(), cap.iso(), ws.config.handling.max_months,
                                first_assigned));
  for (auto& a : change.assignments())
    if (a.round == p.round && a.active() && a.replied.empty())
      a.due = until.iso();
  change.detail("from", p.due);
  change.detail("until", until.iso());
  change.detail("reason", why);
  p.due = until.iso();
  return change.finish(fmt::format("due {}", p.due));
}

Outcome reply_proposal(records::Workspace& ws, std::string_view code, std::string_view unit,
                       std::string_view result, std::string_view text, const io::Date& date)
{
  ProposalChange change(ws, code, "reply", date);
  const std::string result_id = ws.config.results.require(required(result, "--result"));
  model::Assignment* replying = nullptr;
  if (util::trim(unit).empty()) {
    std::vector<model::Assignment*> waiting;
    for (auto* a : change.active("lead"))
      if (a->replied.empty())
        waiting.push_back(a);
    if (waiting.size() != 1) {
      std::vector<std::string> names;
      for (const auto* a : waiting)
        names.push_back(a->unit);
      throw UsageError(fmt::format("{} lead units of proposal '{}' are waiting to reply ({}); "
                                   "give --unit",
                                   waiting.size(), change.before().code, util::join(names, ", ")));
    }
    replying = waiting.front();
  } else {
    const model::Unit named = records::unit_named(ws, unit);
    for (auto* role : {"lead", "joint"})
      for (auto* a : change.active(role))
        if (a->unit_id == named.id)
          replying = a;
    if (!replying)
      throw DataError(fmt::format("unit '{}' does not handle proposal '{}' now", named.name,
                                  change.before().code));
  }
  if (!replying->replied.empty())
    throw DataError(fmt::format("unit '{}' already replied to proposal '{}' on {}", replying->unit,
                                change.before().code, replying->replied));
  if (date.iso() < replying->assigned)
    throw DataError(fmt::format("reply date {} is before the assignment on {}", date.iso(),
                                replying->assigned));
  replying->replied = date.iso();
  replying->result = result_id;
  replying->reply_text = std::string(text);
  change.detail("unit", replying->unit);
  change.detail("result", result_id);
  const bool on_time = date.iso() <= replying->due;
  change.detail("on_time", on_time ? "yes" : "no");
  return change.finish(on_time ? std::string() : fmt::format("late: due {}", replying->due));
}

Outcome feedback_proposal(records::Workspace& ws, std::string_view code, std::string_view contact,
                          std::string_view satisfaction, const io::Date& date)
{
  ProposalChange change(ws, code, "feedback", date);
  auto& p = change.proposal();
  p.contact = ws.config.contact.require(required(contact, "--contact"));
  p.satisfaction = ws.config.satisfaction.require(required(satisfaction, "--satisfaction"));
  p.feedback = date.iso();
  change.detail("contact", p.contact);
  change.detail("satisfaction", p.satisfaction);
  return change.finish();
}

Outcome conclude_proposal(records::Workspace& ws, std::string_view code, const io::Date& date)
{
  ProposalChange change(ws, code, "conclude", date);
  return change.finish();
}

Outcome key_proposal(records::Workspace& ws, std::string_view code, std::string_view leader,
                     const io::Date& date)
{
  ProposalChange change(ws, code, "key", date);
  change.proposal().key = true;
  change.proposal().key_leader = required(leader, "--leader");
  change.detail("leader", change.proposal().key_leader);
  return change.finish();
}

} // namespace cppcc::workflow
