#pragma once
// A proposal ledger row: its descriptive fields, and the lifecycle steps its status
// and dates imply, replayed through the same Lifecycle as the commands.
#include "records/field_reader.hpp"
#include "records/members.hpp"
#include "records/references.hpp"

namespace cppcc::import {

// Inserts the row's proposal with every step its status and dates imply; re-importing
// the same row changes nothing; a changed row updates its fields and adds the steps
// it implies beyond the recorded history. Throws DataError listing every problem,
// including a status that contradicts the dates ("status 'assigned' needs column
// 'assigned'") and a row that contradicts the recorded history.
records::Upserted upsert_proposal_row(records::Workspace& ws, records::Resolver& names,
                                      const records::Fields& fields);

} // namespace cppcc::import
