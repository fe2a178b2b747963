#include "workflow/opinion_actions.hpp"

#include "error.hpp"
#include "records/audit.hpp"
#include "records/opinions.hpp"
#include "storage/opinions.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"
#include "workflow/definition.hpp"

#include <fmt/format.h>

namespace cppcc::workflow {

using records::audit_change;
using records::field_pairs;
using records::FieldPairs;
using records::opinion_coded;
using records::opinion_columns;
using records::opinion_values;
using records::Workspace;

namespace {

// No condition of the opinion workflow needs facts.
workflow::Facts no_facts()
{
  return {[](std::string_view) { return false; }, [](std::string_view) { return std::string(); }};
}

// Loads `code`, checks `action` against the workflow, lets `change` alter it, and saves
// it with an audit entry; `extra` names what the columns do not show.
template <class Change>
model::Opinion act(Workspace& ws, std::string_view code, std::string_view action, Change change)
{
  const model::Opinion before = opinion_coded(ws, code);
  const workflow::Step step = workflow::decide(workflow::opinion_workflow(ws.config),
                                               msg::text("record.opinion_named", before.code),
                                               before.status, action, no_facts());
  model::Opinion after = before;
  after.status = step.to;
  FieldPairs extra = change(after);
  storage::update_opinion(ws.store, after, ws.now());
  audit_change(ws, "opinion", after.code, action, extra,
               field_pairs(opinion_columns(), opinion_values(before)),
               field_pairs(opinion_columns(), opinion_values(after)));
  return after;
}

std::string level_of(Workspace& ws, const std::string& text)
{
  if (util::trim(text).empty()) throw UsageError(msg::text("record.level_required"));
  return ws.config.levels.require(text);
}

} // namespace

model::Opinion compile_opinion(Workspace& ws, std::string_view code, std::string_view issue_no,
                               const io::Date& date)
{
  const std::string issue = util::trim(issue_no);
  if (issue.empty()) throw UsageError(msg::text("record.issue_required"));
  return act(ws, code, "compile", [&](model::Opinion& o) {
    if (o.submitted && date < *o.submitted)
      throw DataError(msg::text("record.date_before_submitted", date.iso(), o.submitted));
    o.issue_no = issue;
    o.compiled = date;
    return FieldPairs{};
  });
}

model::Opinion reject_opinion(Workspace& ws, std::string_view code, const io::Date& date)
{
  return act(ws, code, "reject", [&](model::Opinion&) { return FieldPairs{{"date", date.iso()}}; });
}

model::Opinion adopt_opinion(Workspace& ws, std::string_view code, const Adopting& adopting,
                             const io::Date& date)
{
  const std::string level = level_of(ws, adopting.level);
  return act(ws, code, "adopt", [&](model::Opinion& o) {
    if (o.compiled && date < *o.compiled)
      throw DataError(msg::text("record.date_before_compiled", date.iso(), o.compiled));
    const std::string body = util::trim(adopting.body);
    for (const auto& a : o.adoptions) {
      if (a.level != level || a.body != body) continue;
      const std::string at = ws.config.levels.word(level);
      if (body.empty()) throw DataError(msg::text("record.adopted_already", o.code, at));
      throw DataError(msg::text("record.adopted_already_by", o.code, at, body));
    }
    o.adoptions.push_back({level, date, body, adopting.combined});
    return FieldPairs{{"adoption", fmt::format("{} {} {}{}", level, date.iso(), body,
                                               adopting.combined ? " (combined)" : "")}};
  });
}

model::Opinion instruct_opinion(Workspace& ws, std::string_view code,
                                const Instructing& instructing, const io::Date& date)
{
  const std::string leader = util::trim(instructing.leader);
  if (leader.empty()) throw UsageError(msg::text("record.instruction_leader_required"));
  const std::string level = level_of(ws, instructing.level);
  return act(ws, code, "instruct", [&](model::Opinion& o) {
    o.instructions.push_back({leader, level, date, util::trim(instructing.text)});
    return FieldPairs{{"instruction", fmt::format("{} ({}) {}", leader, level, date.iso())}};
  });
}

} // namespace cppcc::workflow
