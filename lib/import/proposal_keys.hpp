#pragma once
// What a large proposal import knows of the database without asking it, so that its rows
// can be validated on one thread while the rows before them are written on another
// (storage::WriteBehind): asking the database would mean waiting for those writes.
//   - Whether a code may be stored: a Bloom filter over every stored code and every code
//     the import writes. "No" is certain (a new proposal, the common case); "maybe" is
//     asked of the database.
//   - Which filing numbers each session has taken, and its highest: exact, loaded at the
//     start and kept up to date by the import's own saves. Once the import has updated a
//     stored proposal (whose session may have changed) it no longer answers: the
//     database does.
#include "model/records.hpp"
#include "storage/store.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::import {

class ProposalKeys {
public:
  // Reads every stored code and filing number (from their indexes); `expected` is the
  // number of rows the import is expected to add, which sizes the filter.
  ProposalKeys(storage::Store& store, long expected);

  // False when no proposal with `code` is stored, nor written by the import.
  bool maybe_stored(std::string_view code) const;
  // Whether `filing_no` of `session` may be taken; true means "ask the database".
  bool maybe_taken(std::string_view session, int filing_no) const;
  // One more than the session's highest filing number; nothing means "ask the database".
  std::optional<int> next_filing_no(std::string_view session) const;

  // The import inserted `p` (before it is written: from here on it counts as stored).
  void inserted(const model::Proposal& p);
  // The import updated a stored proposal.
  void updated() { m_filing_exact = false; }

  long codes() const { return m_codes; }

private:
  struct Layer {
    std::vector<std::uint64_t> bits;
    long capacity = 0; // codes it takes at its false-positive rate
    long count = 0;
  };
  struct Session {
    std::vector<bool> taken; // by filing number
    int highest = 0;
  };
  void add_code(std::string_view code);
  void add_filing_no(std::string_view session, int filing_no);

  std::vector<Layer> m_layers; // a full layer is followed by one twice its size
  std::map<std::string, Session, std::less<>> m_sessions;
  bool m_filing_exact = true;
  long m_codes = 0;
};

// The filing numbers an import gives (rows filed without one), following the filing dates,
// then the codes, not the rows' order. When the files can be read twice, a first pass
// says which rows will want one (want, own) and plan() gives each its number before any
// row is written: the rows then take them as they come (planned). Otherwise (standard
// input) each row takes the next number of its session that is free, from the highest
// stored before the import on, and at the end (ordered) they are handed round again —
// which rewrites every proposal that moves. Kept compact: a large ledger gives 100,000.
class GivenFilingNumbers {
public:
  // Reads each session's highest number (at the start of the import).
  explicit GivenFilingNumbers(storage::Store& store);

  // The first pass: a row of `code` filed on `filed` (ISO) that will want a number of
  // `session`; a row that gives itself `number`.
  void want(std::string_view session, std::string_view filed, std::string_view code);
  void own(std::string_view session, int number);
  // Gives the rows wanted their numbers, by session, filing date and code: the next ones
  // after the highest stored that no row owns and `taken` (stored) does not say are taken.
  void plan(const std::function<bool(std::string_view session, int number)>& taken);
  // The number planned for the row of `code`, if plan() gave it one.
  std::optional<int> planned(std::string_view code) const;
  // Once every row is taken: the plan's memory goes back.
  void forget_plan();

  // The next number of `session` after the last given that `taken` does not say is taken.
  int next(std::string_view session, const std::function<bool(int)>& taken);
  // A proposal was saved filed on `filed` (ISO) under the number next() gave.
  void saved(std::string_view session, std::string_view filed, std::string_view code, int number);
  // How many were saved; forget_after(n) forgets the later ones (a row that failed).
  std::size_t count() const { return m_given.size(); }
  void forget_after(std::size_t count);
  // Per session, the moves (number held → number due) that make the numbers follow the
  // filing dates, then the codes: empty when they do already (a ledger in date order).
  std::map<std::string, std::vector<std::pair<int, int>>, std::less<>> ordered() const;

private:
  struct Given {
    std::uint32_t session; // in m_sessions
    std::uint32_t code_at; // in m_codes
    std::uint32_t code_size;
    int filed; // yyyymmdd
    int number;
  };
  std::uint32_t session_index(std::string_view session);
  std::vector<std::string> m_sessions;
  std::map<std::string, int, std::less<>> m_next; // per session: the last number given
  std::vector<Given> m_given;
  std::string m_codes;
  std::vector<Given> m_planned; // by code once planned
  std::string m_planned_codes;
  std::vector<std::uint64_t> m_owned; // session index << 32 | number, sorted by plan()
};

} // namespace cppcc::import
