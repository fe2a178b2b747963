#pragma once
// Proposals, their co-signers, assignments and lifecycle events in the database.
#include "model/records.hpp"
#include "storage/store.hpp"

#include <functional>
#include <optional>
#include <string_view>

namespace cppcc::storage {

std::optional<model::Proposal> find_proposal(Store& store, std::string_view code);
std::optional<model::Proposal> find_proposal_by_id(Store& store, long id);
std::vector<std::string> proposal_codes(Store& store);
struct Presigned; // storage/signatures.hpp
// Inserts the row, its co-signers and its signature (`signature`, presign of its title and
// body, when given: computed ahead); returns the new id.
long insert_proposal(Store& store, const model::Proposal& proposal, std::string_view now,
                     const Presigned* signature = nullptr);
// Writes every column and replaces the co-signers.
void update_proposal(Store& store, const model::Proposal& proposal, std::string_view now);
// The first proposal code of the form PREFIX<year>-0001 not yet taken.
std::string next_proposal_code(Store& store, std::string_view prefix, int year);
// The code of the proposal of `session` with filing number `filing_no`, if any.
std::optional<std::string> filing_no_holder(Store& store, std::string_view session, int filing_no);
// One more than the highest filing number of `session`.
int next_filing_no(Store& store, std::string_view session);
// Each session's highest filing number.
void for_each_session_highest_filing_no(
    Store& store, const std::function<void(std::string_view session, int highest)>& highest);
// Moves the filing numbers of `session` (number held → number due: a permutation of the
// numbers moved), with each proposal's file event and audit entries.
void move_filing_numbers(Store& store, std::string_view session,
                         const std::vector<std::pair<int, int>>& moves);
// Every stored proposal's code, and every filing number with its session (read from
// their indexes, not the rows): what a large import keeps in memory (import/proposal_keys).
void for_each_proposal_code(Store& store, const std::function<void(std::string_view)>& code);
void for_each_filing_no(Store& store,
                        const std::function<void(std::string_view session, int filing_no)>& taken);

std::vector<model::Assignment> assignments_of(Store& store, long proposal_id);
// An assignment's id orders it within its proposal (schema 006): the caller gives a new
// one the proposal's highest id plus one.
void insert_assignments(Store& store, long proposal_id,
                        const std::vector<const model::Assignment*>& assignments);
void update_assignment(Store& store, long proposal_id, const model::Assignment& assignment);

// Appends events in order, numbering them within the proposal from `first_id` on.
void append_events(Store& store, long proposal_id, long first_id,
                   const std::vector<model::Event>& events);
// The highest event id of the proposal, 0 when it has none.
long last_event_id(Store& store, long proposal_id);
std::vector<model::Event> events_of(Store& store, long proposal_id);
// Corrections (workflow/corrections.hpp): an event rewritten in place (by its id), and a
// proposal's assignments written again (ids from 1, in the given order).
void update_event(Store& store, long proposal_id, const model::Event& event);
void replace_assignments(Store& store, long proposal_id,
                         std::vector<model::Assignment>& assignments);
// The proposal's last step (by date, then order of recording), if any: not the records
// of corrections (undo, amend), dated when they were made, nor a step undone.
std::optional<model::Event> last_event(Store& store, long proposal_id);

struct ProposalFilter {
  std::optional<int> year; // submitted in
  std::string status;
  std::string unit; // handled by this unit (in any round, unless it returned it)
  std::string category;
  std::string sector;
  std::string search; // words, all of which must occur in title or body
  // Only those overdue on the ISO date `as_of`: in one of the states `handling` (being
  // handled, config::Phase::handling) and due before it.
  struct Overdue {
    std::string as_of;
    std::vector<std::string> handling;
  };
  std::optional<Overdue> overdue;
};

struct ProposalRow {
  model::Proposal proposal;
  std::string lead_units; // names of active lead units of the current round, ";"-joined
  std::string joint_units;
};
std::vector<ProposalRow> list_proposals(Store& store, const ProposalFilter& filter);

} // namespace cppcc::storage
