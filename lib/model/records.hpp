#pragma once
// The record kinds of docs/domain.md §1–§2 as plain values. Vocabulary fields hold ids
// (see schemas/defaults.yaml); a date is a util::Date, nothing while the record has none.
#include "util/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::model {

using util::Date;

struct Member {
  long id = 0;
  std::string code;
  std::string name;
  std::string gender;
  std::string ethnicity;
  std::string party;
  std::string sector;
  std::string workplace;
  std::string post;
  std::string phone;
  std::optional<int> term;
  bool standing = false;
  std::vector<std::string> roles;
  std::string studio; // the listed (not delisted) studio the member belongs to, by name
  std::string status = "active";
  std::optional<Date> left_on; // the day a member left (status left), when recorded
};

struct Unit {
  long id = 0;
  std::string name;
  std::string kind;
  std::string contact;
  std::string phone;
};

struct Cosigner {
  std::string name;
  std::optional<long> member_id;
  std::optional<long> merged_from_id;
};

// What a handling unit is to a proposal it is assigned (docs/domain.md §2.4): the lead
// unit (主办) answers for it, a joint unit (会办) assists. Lead before joint wherever
// assignments are listed: the order of the enumerators.
enum class Role { lead, joint };

// The role's id, how it is stored (assignments.role), exported and labelled
// (words.lead, words.joint): "lead" or "joint".
constexpr std::string_view role_id(Role role)
{
  return role == Role::lead ? "lead" : "joint";
}

// The role of an id role_id writes; nothing for any other text.
constexpr std::optional<Role> role_of_id(std::string_view id)
{
  if (id == "lead") return Role::lead;
  if (id == "joint") return Role::joint;
  return std::nullopt;
}

// One unit's handling of a proposal in one round.
struct Assignment {
  long id = 0;
  long unit_id = 0;
  std::string unit;
  Role role = Role::lead;
  int round = 1;
  std::optional<Date> assigned;
  std::optional<Date> due;
  std::optional<Date> returned;
  std::string return_reason;
  std::optional<Date> replied;
  std::string result;
  std::string reply_text;

  bool active() const { return !returned.has_value(); }
};

struct Proposal {
  long id = 0;
  std::string code;
  std::string title;
  std::string body;
  std::string type = "member";
  std::string proposer;
  std::optional<long> proposer_member_id;
  std::vector<Cosigner> cosigners;
  std::string sector;
  std::string category;
  std::string session;
  bool during_plenary = false;
  std::optional<Date> submitted;
  std::string status;
  std::optional<Date> filed;
  std::optional<int> filing_no;
  std::string reject_reason;
  std::optional<long> converted_unit_id;
  std::optional<long> merged_into_id;
  int round = 0;
  std::optional<Date> assigned;
  std::optional<Date> due;
  std::optional<Date> replied;
  std::string result;
  std::string contact;
  std::string satisfaction;
  std::optional<Date> feedback;
  std::optional<Date> concluded;
  bool key = false;
  std::string key_leader;
  bool excellent = false;
};

struct Event {
  long id = 0;
  std::string action;
  std::optional<Date> date;
  std::string from_state;
  std::string to_state;
  std::string op; // operator
  std::string recorded_at;
  std::string details; // JSON object
};

// A member named in a record's list (studio members, participants, authors). `name`
// is how lists write the member: the name, or the code when members share the name.
struct MemberRef {
  long id = 0;
  std::string name;
  bool operator==(const MemberRef&) const = default;
};

// 委员工作室.
struct Studio {
  long id = 0;
  std::string name;
  std::optional<MemberRef> lead;
  std::vector<MemberRef> members;
  std::string place;
  bool brand = false;
  bool observation_point = false;
  std::optional<double> score;
  std::optional<Date> delisted;
  std::string delist_reason;
};

// 采用: an opinion taken up at a level by a body, alone (单篇) or in a combined piece.
struct Adoption {
  std::string level;
  std::optional<Date> date;
  std::string body;
  bool combined = false;
};

// 领导批示.
struct Instruction {
  std::string leader;
  std::string level;
  std::optional<Date> date;
  std::string text;
};

// 社情民意信息.
struct Opinion {
  long id = 0;
  std::string code;
  std::string title;
  std::string body;
  std::string submitter; // a member's name, a unit or a named citizen
  std::optional<long> submitter_member_id;
  std::optional<Date> submitted;
  std::string sector;
  std::string category;
  std::string status = "received";
  std::string issue_no;
  std::optional<Date> compiled;
  std::vector<Adoption> adoptions;
  std::vector<Instruction> instructions;
};

struct Participant {
  MemberRef member;
  std::string attendance = "present"; // present | excused (请假) | absent (缺席)
  bool operator==(const Participant&) const = default;
};

// 履职活动. No studio: organised by the office.
struct Activity {
  long id = 0;
  std::string code;
  std::string kind;
  std::optional<Date> date;
  std::string title;
  std::optional<long> studio_id;
  std::string studio;
  std::vector<Participant> participants;
  // Counts, and every sum of them, are std::int64_t (a studio's or a year's total
  // passes 2^31 long before any one count could).
  std::int64_t suggestions = 0;
  std::int64_t disputes_resolved = 0;
  std::int64_t problems_solved = 0;
};

// 宣传信息.
struct Article {
  long id = 0;
  std::string code;
  std::string title;
  std::string outlet;
  std::string level;
  std::optional<Date> date;
  std::vector<MemberRef> authors;
};

} // namespace cppcc::model
