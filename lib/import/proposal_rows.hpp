#pragma once
// A proposal ledger row: its descriptive fields, and the lifecycle steps its status
// and dates imply, replayed through the same Lifecycle as the commands.
#include "import/headers.hpp"
#include "import/proposal_keys.hpp"
#include "records/field_reader.hpp"
#include "records/members.hpp"
#include "records/references.hpp"
#include "storage/write_behind.hpp"

namespace cppcc::import {

// Inserts the row's proposal with every step its status and dates imply — the
// workflow's own way from its initial state to the row's state (workflow::Ledger,
// docs/domain.md §4.5); re-importing the same row changes nothing; a changed row updates
// its fields and adds the steps it implies beyond the recorded history. Throws DataError
// listing every problem, including a status that contradicts the cells (a cell the steps
// need left blank, a cell of a step they do not take filled) and a row that contradicts
// the recorded history.
//
// `bulk` (a large import, see import_files) lets the row be checked against what the
// import keeps in memory instead of the database where that is certain, and hands a new
// proposal to its writer: the next row is validated while this one is written.
struct ProposalBulk {
  ProposalKeys keys;
  storage::WriteBehind& writer;
};
// What a proposal import keeps from row to row: the large import's (nullptr for another),
// and the filing numbers it gave, ordered by filing date at its end (GivenFilingNumbers).
struct ProposalImport {
  ProposalBulk* bulk = nullptr;
  GivenFilingNumbers given;
  // How the row's file names its columns, for messages that name another column than
  // their own ("'concluded' needs column '办结日期'"); set for each row (the importer).
  const ColumnNames* columns = nullptr;
};
records::Upserted upsert_proposal_row(records::Workspace& ws, records::Resolver& names,
                                      const records::Fields& fields, ProposalImport& import);
// At the end of the import: the numbers it gave, moved to follow the filing dates.
void order_given_filing_numbers(records::Workspace& ws, const ProposalImport& import);

} // namespace cppcc::import
