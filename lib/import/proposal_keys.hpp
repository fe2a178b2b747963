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
  // One less than the session's lowest provisional filing number (below 0, see
  // storage::number_provisional_filings), -1 for the first; nothing means "ask the database".
  std::optional<int> next_provisional_filing_no(std::string_view session) const;

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
    int lowest = 0; // provisional numbers are below 0
  };
  void add_code(std::string_view code);
  void add_filing_no(std::string_view session, int filing_no);

  std::vector<Layer> m_layers; // a full layer is followed by one twice its size
  std::map<std::string, Session, std::less<>> m_sessions;
  bool m_filing_exact = true;
  long m_codes = 0;
};

} // namespace cppcc::import
