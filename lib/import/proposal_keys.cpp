#include "import/proposal_keys.hpp"

#include "storage/proposals.hpp"

#include <algorithm>
#include <functional>

namespace cppcc::import {

namespace {

// 12 bits and 7 probes per code: about 1 "maybe" in 300 for a code not there when the
// filter is full, far fewer at the usual load. The first layer is sized for the stored
// codes and twice the rows expected (estimated from the file size, more bytes per row than
// most ledgers have): a 1,000,000-row ledger fits it, 2.2 MB (two layers, 16 bits each,
// took 4.4 MB and the import's peak RSS to 65 MiB).
constexpr long k_bits_per_code = 12;
constexpr int k_probes = 7;
constexpr long k_least_capacity = 4096;
// Filing numbers past this are not kept in a session's bitmap: the session no longer
// answers for them (the database does).
constexpr int k_highest_kept = 4'000'000;

// Two independent 64-bit hashes of the code; probe i is h1 + i * h2 (Kirsch-Mitzenmacher).
std::pair<std::uint64_t, std::uint64_t> hashes(std::string_view code)
{
  const std::uint64_t h1 = std::hash<std::string_view>{}(code);
  std::uint64_t h2 = h1 * 0x9e3779b97f4a7c15ULL;
  h2 ^= h2 >> 29;
  h2 *= 0xbf58476d1ce4e5b9ULL;
  h2 ^= h2 >> 32;
  return {h1, h2 | 1};
}

} // namespace

ProposalKeys::ProposalKeys(storage::Store& store, long expected)
{
  m_layers.push_back({});
  Layer& first = m_layers.back();
  first.capacity = std::max(2 * expected, k_least_capacity);
  storage::for_each_proposal_code(store, [&](std::string_view) { ++first.capacity; });
  first.bits.assign(static_cast<std::size_t>(first.capacity * k_bits_per_code / 64 + 1), 0);
  storage::for_each_proposal_code(store, [&](std::string_view code) { add_code(code); });
  storage::for_each_filing_no(
      store, [&](std::string_view session, int filing_no) { add_filing_no(session, filing_no); });
}

void ProposalKeys::add_code(std::string_view code)
{
  if (m_layers.back().count >= m_layers.back().capacity) {
    Layer next;
    next.capacity = m_layers.back().capacity * 2;
    next.bits.assign(static_cast<std::size_t>(next.capacity * k_bits_per_code / 64 + 1), 0);
    m_layers.push_back(std::move(next));
  }
  Layer& layer = m_layers.back();
  const auto [h1, h2] = hashes(code);
  const std::uint64_t size = layer.bits.size() * 64;
  for (int i = 0; i < k_probes; ++i) {
    const std::uint64_t bit = (h1 + static_cast<std::uint64_t>(i) * h2) % size;
    layer.bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  ++layer.count;
  ++m_codes;
}

bool ProposalKeys::maybe_stored(std::string_view code) const
{
  const auto [h1, h2] = hashes(code);
  for (const auto& layer : m_layers) {
    const std::uint64_t size = layer.bits.size() * 64;
    bool all = true;
    for (int i = 0; i < k_probes && all; ++i) {
      const std::uint64_t bit = (h1 + static_cast<std::uint64_t>(i) * h2) % size;
      all = (layer.bits[bit / 64] >> (bit % 64) & 1) != 0;
    }
    if (all) return true;
  }
  return false;
}

void ProposalKeys::add_filing_no(std::string_view session, int filing_no)
{
  auto it = m_sessions.find(session);
  if (it == m_sessions.end()) it = m_sessions.emplace(std::string(session), Session{}).first;
  Session& s = it->second;
  s.highest = std::max(s.highest, filing_no);
  if (filing_no < 1 || filing_no > k_highest_kept) {
    m_filing_exact = false; // out of the bitmap's range: the database answers from here on
    return;
  }
  if (static_cast<std::size_t>(filing_no) >= s.taken.size())
    s.taken.resize(static_cast<std::size_t>(filing_no) * 2 + 64);
  s.taken[static_cast<std::size_t>(filing_no)] = true;
}

bool ProposalKeys::maybe_taken(std::string_view session, int filing_no) const
{
  if (!m_filing_exact) return true;
  const auto it = m_sessions.find(session);
  if (it == m_sessions.end()) return false;
  const auto& taken = it->second.taken;
  return filing_no >= 0 && static_cast<std::size_t>(filing_no) < taken.size() &&
         taken[static_cast<std::size_t>(filing_no)];
}

std::optional<int> ProposalKeys::next_filing_no(std::string_view session) const
{
  if (!m_filing_exact) return std::nullopt;
  const auto it = m_sessions.find(session);
  return it == m_sessions.end() ? 1 : it->second.highest + 1;
}

std::optional<int> ProposalKeys::next_provisional_filing_no(std::string_view session) const
{
  if (!m_filing_exact) return std::nullopt;
  const auto it = m_sessions.find(session);
  return it == m_sessions.end() ? -1 : it->second.lowest - 1;
}

void ProposalKeys::inserted(const model::Proposal& p)
{
  add_code(p.code);
  if (!p.filing_no) return;
  if (*p.filing_no > 0) {
    add_filing_no(p.session, *p.filing_no);
    return;
  }
  auto it = m_sessions.find(p.session);
  if (it == m_sessions.end()) it = m_sessions.emplace(p.session, Session{}).first;
  it->second.lowest = std::min(it->second.lowest, *p.filing_no);
}

} // namespace cppcc::import
