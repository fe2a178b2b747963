#pragma once
// Corrections of a proposal's recorded steps (docs/domain.md §2.8): `undo` takes back the last
// step, `amend` changes the date, unit or result of one. Either way the proposal is replayed from
// its event log through the same Lifecycle the commands and imports use, with the step changed or
// left out, so every later step is checked again: a correction that a later step depends on (a
// reply dated after the feedback that followed it, a unit that replied but would no longer hold the
// proposal) is refused, and nothing changes. What a correction changed is kept: an `undo` or
// `amend` event in the history with the step as it was, and an audit entry with each field's old
// and new value. Reports read the corrected state and events, so every report reflects it.
#include "records/workspace.hpp"
#include "workflow/proposal_lifecycle.hpp"

#include <optional>
#include <string>

namespace cppcc::workflow {

struct Amendment {
  std::optional<io::Date> date;
  // The unit in place of the step's (reply, return, an assignment of one unit), or
  // "OLD=NEW" for one unit of an assignment of several.
  std::optional<std::string> unit;
  std::optional<std::string> result;  // a reply's result class
  std::optional<std::string> contact; // how a feedback's proposer was met (proposal.contact)
};

struct Correction {
  std::string code;
  long event = 0;       // the step taken back or amended (its number in the history)
  std::string action;   // that step's action
  std::string from, to; // the proposal's state before and after the correction
  std::string was, is;  // the step before and after, as a message names it (the action in
                        // the message language, the details as the history prints them)
};

// Takes back the last step of proposal `code` (not its submission, nor a merge, which
// changed another proposal too). `today` dates the correction's own event.
Correction undo_step(records::Workspace& ws, std::string_view code, const io::Date& today);
// Changes step `event` of proposal `code`.
Correction amend_step(records::Workspace& ws, std::string_view code, long event,
                      const Amendment& amendment, const io::Date& today);

} // namespace cppcc::workflow
