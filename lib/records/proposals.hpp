#pragma once
// Adding, listing and showing proposals. Lifecycle actions are in lib/workflow/.
#include "records/members.hpp"
#include "records/references.hpp"
#include "storage/proposals.hpp"

namespace cppcc::records {

// The canonical proposal columns of docs/domain.md §4.2, in order (the table of
// records/proposals.cpp: a column's key, part and value, and how a descriptive one is read).
const std::vector<std::string>& proposal_columns();
// The same columns with what their cells hold (an .xlsx export types its cells by them).
const Columns& proposal_table();
// The fields of `proposal add`: the code and the descriptive columns, in order.
const std::vector<std::string>& proposal_add_fields();
// The lifecycle columns but the status: what the proposal's steps set (filed … concluded).
const std::vector<std::string>& proposal_step_columns();

// A new proposal from the fields of `proposal add`, checked, not stored yet (the workflow
// submits it: workflow::add_proposal). Fields: proposal_add_fields(); the code is generated
// when absent, submitted is today when absent.
model::Proposal new_proposal(Workspace& ws, const Fields& fields);

// The canonical fields of a proposal as stored (ids, ISO dates).
std::vector<std::string> proposal_values(Workspace& ws, const model::Proposal& proposal);
// The same from a proposal held in memory with its assignments.
std::vector<std::string> proposal_values(const model::Proposal& proposal,
                                         const std::vector<model::Assignment>& assignments,
                                         const std::string& merged_into);
std::string merged_into_code(Workspace& ws, const model::Proposal& proposal);
// As proposal_values, with the proposer and cosigners who are members as exports write
// members (storage::member_ref): the code where another member has the same name, so
// that the export reads back to the same members.
std::vector<std::string> proposal_export_values(Workspace& ws, model::Proposal proposal);

// Lays the descriptive fields (the table's, not the lifecycle ones) over `p`, in order;
// every problem is collected in `r`. Names are resolved through `names`.
void read_description(Workspace& ws, Resolver& names, FieldReader& r, model::Proposal& p);

render::Table proposal_table(Workspace& ws, const storage::ProposalFilter& filter);
render::Document proposal_document(Workspace& ws, std::string_view code);

// Whether the proposal is past its due date on `as_of` without a full reply.
bool is_overdue(const config::Config& config, const model::Proposal& proposal,
                const io::Date& as_of);

} // namespace cppcc::records
