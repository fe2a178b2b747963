#pragma once
// The social-opinion lifecycle (docs/domain.md §2.9) as commands: compile into an issue of the
// bulletin, reject, adopt at a level, record a leader's instruction. Which action is
// allowed in which state is schemas/workflow.yaml's `workflows.opinion`, decided by the
// same engine as the proposals'; every action is audited with the fields it changed.
#include "model/records.hpp"
#include "records/workspace.hpp"

#include <string>

namespace cppcc::workflow {

using records::Workspace;

struct Adopting {
  std::string level; // any form the levels vocabulary reads: city, 市, 市级 …
  std::string body;  // the adopting body, e.g. 市委办公室
  bool combined = false;
};

struct Instructing {
  std::string leader;
  std::string level;
  std::string text;
};

model::Opinion compile_opinion(Workspace& ws, std::string_view code, std::string_view issue_no,
                               const io::Date& date);
model::Opinion reject_opinion(Workspace& ws, std::string_view code, const io::Date& date);
// A second adoption at the same level by the same body is refused (DataError).
model::Opinion adopt_opinion(Workspace& ws, std::string_view code, const Adopting& adopting,
                             const io::Date& date);
model::Opinion instruct_opinion(Workspace& ws, std::string_view code,
                                const Instructing& instructing, const io::Date& date);

} // namespace cppcc::workflow
