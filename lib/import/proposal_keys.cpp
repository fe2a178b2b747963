#include "import/proposal_keys.hpp"

#include "storage/proposals.hpp"

#include <algorithm>
#include <functional>

namespace cppcc::import {

namespace {

// 12 bits and 7 probes per code: about 1 "maybe" in 300 for a code not there when the
// filter is full, far fewer at the usual load. The first layer is sized for the stored
// codes and twice the rows expected (estimated from the file size, more bytes per row than
// most ledgers have): a million-row ledger fits it (docs/performance.md, "Settings").
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

void ProposalKeys::inserted(const model::Proposal& p)
{
  add_code(p.code);
  if (p.filing_no) add_filing_no(p.session, *p.filing_no);
}

GivenFilingNumbers::GivenFilingNumbers(storage::Store& store)
{
  storage::for_each_session_highest_filing_no(store, [&](std::string_view session, int highest) {
    m_next[std::string(session)] = highest;
  });
}

int GivenFilingNumbers::next(std::string_view session, const std::function<bool(int)>& taken)
{
  auto it = m_next.find(session);
  if (it == m_next.end()) it = m_next.emplace(std::string(session), 0).first;
  int& last = it->second;
  do
    ++last;
  while (taken(last));
  return last;
}

std::uint32_t GivenFilingNumbers::session_index(std::string_view session)
{
  for (std::size_t i = 0; i < m_sessions.size(); ++i)
    if (m_sessions[i] == session) return static_cast<std::uint32_t>(i);
  m_sessions.emplace_back(session);
  return static_cast<std::uint32_t>(m_sessions.size() - 1);
}

namespace {

int day_of(std::string_view iso)
{
  int day = 0; // "2024-01-30" → 20240130 (dates are ISO here)
  for (const char c : iso)
    if (c >= '0' && c <= '9') day = day * 10 + (c - '0');
  return day;
}

} // namespace

void GivenFilingNumbers::saved(std::string_view session, std::string_view filed,
                               std::string_view code, int number)
{
  m_given.push_back({session_index(session), static_cast<std::uint32_t>(m_codes.size()),
                     static_cast<std::uint32_t>(code.size()), day_of(filed), number});
  m_codes += code;
}

void GivenFilingNumbers::want(std::string_view session, std::string_view filed,
                              std::string_view code)
{
  m_planned.push_back({session_index(session), static_cast<std::uint32_t>(m_planned_codes.size()),
                       static_cast<std::uint32_t>(code.size()), day_of(filed), 0});
  m_planned_codes += code;
}

void GivenFilingNumbers::own(std::string_view session, int number)
{
  m_owned.push_back(std::uint64_t{session_index(session)} << 32 |
                    static_cast<std::uint32_t>(number));
}

void GivenFilingNumbers::plan(const std::function<bool(std::string_view, int)>& taken)
{
  std::sort(m_owned.begin(), m_owned.end());
  const auto code = [&](const Given& g) {
    return std::string_view(m_planned_codes).substr(g.code_at, g.code_size);
  };
  std::sort(m_planned.begin(), m_planned.end(), [&](const Given& x, const Given& y) {
    if (x.session != y.session) return x.session < y.session;
    if (x.filed != y.filed) return x.filed < y.filed;
    return code(x) < code(y);
  });
  for (auto& wanted : m_planned) {
    const std::string& session = m_sessions[wanted.session];
    auto it = m_next.find(session);
    if (it == m_next.end()) it = m_next.emplace(session, 0).first;
    int& last = it->second;
    const std::uint64_t base = std::uint64_t{wanted.session} << 32;
    do
      ++last;
    while (std::binary_search(m_owned.begin(), m_owned.end(),
                              base | static_cast<std::uint32_t>(last)) ||
           taken(session, last));
    wanted.number = last;
  }
  std::sort(m_planned.begin(), m_planned.end(),
            [&](const Given& x, const Given& y) { return code(x) < code(y); });
}

void GivenFilingNumbers::forget_plan()
{
  std::vector<Given>().swap(m_planned);
  std::string().swap(m_planned_codes);
  std::vector<std::uint64_t>().swap(m_owned);
}

std::optional<int> GivenFilingNumbers::planned(std::string_view code) const
{
  const auto code_of = [&](const Given& g) {
    return std::string_view(m_planned_codes).substr(g.code_at, g.code_size);
  };
  const auto it =
      std::lower_bound(m_planned.begin(), m_planned.end(), code,
                       [&](const Given& g, std::string_view c) { return code_of(g) < c; });
  if (it == m_planned.end() || code_of(*it) != code) return std::nullopt;
  return it->number;
}

void GivenFilingNumbers::forget_after(std::size_t count)
{
  if (count >= m_given.size()) return;
  m_codes.resize(m_given[count].code_at);
  m_given.resize(count);
}

std::map<std::string, std::vector<std::pair<int, int>>, std::less<>>
GivenFilingNumbers::ordered() const
{
  std::map<std::string, std::vector<std::pair<int, int>>, std::less<>> moves;
  std::vector<std::uint32_t> order(m_given.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = static_cast<std::uint32_t>(i);
  const auto code = [&](const Given& g) {
    return std::string_view(m_codes).substr(g.code_at, g.code_size);
  };
  // By session, then filing date, then code: the order the numbers are due in. A session's
  // numbers, sorted, are handed out in that order.
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const Given& x = m_given[a];
    const Given& y = m_given[b];
    if (x.session != y.session) return x.session < y.session;
    if (x.filed != y.filed) return x.filed < y.filed;
    return code(x) < code(y);
  });
  std::vector<int> numbers;
  for (std::size_t start = 0; start < order.size();) {
    const std::uint32_t session = m_given[order[start]].session;
    std::size_t end = start;
    numbers.clear();
    while (end < order.size() && m_given[order[end]].session == session)
      numbers.push_back(m_given[order[end++]].number);
    std::sort(numbers.begin(), numbers.end());
    for (std::size_t i = start; i < end; ++i)
      if (const int held = m_given[order[i]].number; held != numbers[i - start])
        moves[m_sessions[session]].emplace_back(held, numbers[i - start]);
    start = end;
  }
  return moves;
}

} // namespace cppcc::import
