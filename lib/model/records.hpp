#pragma once
// The record kinds of domain.md §1–2 as plain values. Vocabulary fields hold ids
// (see schemas/defaults.yaml); dates are ISO text, empty when unset.
#include <optional>
#include <string>
#include <vector>

namespace cppcc::model {

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
  std::string status = "active";
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

// One unit's handling of a proposal in one round.
struct Assignment {
  long id = 0;
  long unit_id = 0;
  std::string unit;
  std::string role; // lead | joint
  int round = 1;
  std::string assigned;
  std::string due;
  std::string returned;
  std::string return_reason;
  std::string replied;
  std::string result;
  std::string reply_text;

  bool active() const { return returned.empty(); }
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
  std::string submitted;
  std::string status;
  std::string filed;
  std::optional<int> filing_no;
  std::string reject_reason;
  std::optional<long> converted_unit_id;
  std::optional<long> merged_into_id;
  int round = 0;
  std::string assigned;
  std::string due;
  std::string replied;
  std::string result;
  std::string contact;
  std::string satisfaction;
  std::string feedback;
  std::string concluded;
  bool key = false;
  std::string key_leader;
  bool excellent = false;
};

struct Event {
  long id = 0;
  std::string action;
  std::string date;
  std::string from_state;
  std::string to_state;
  std::string op; // operator
  std::string recorded_at;
  std::string details; // JSON object
};

} // namespace cppcc::model
