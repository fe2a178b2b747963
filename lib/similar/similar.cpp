#include "similar/similar.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fmt/format.h>
#include <limits>
#include <memory>

namespace cppcc::similar {

namespace {

constexpr std::uint32_t k_empty = std::numeric_limits<std::uint32_t>::max();

inline std::uint64_t mix64(std::uint64_t x)
{
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// The width-preserving folds: full-width ASCII (U+FF01…FF5E) and the ideographic space.
inline char32_t fold(char32_t c)
{
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
  if (c == 0x3000) c = U' ';
  if (c >= U'A' && c <= U'Z') c += U'a' - U'A';
  return c;
}

// Whether a folded code point is compared: letters of words (Latin, CJK ideographs, kana,
// Hangul), not spaces, punctuation, symbols or digits.
inline bool kept(char32_t c)
{
  if (c >= U'a' && c <= U'z') return true;
  if (c < 0xC0) return false;
  if (c <= 0x24F) return c != 0xD7 && c != 0xF7; // Latin letters but × and ÷
  if (c >= 0x3040 && c <= 0x30FF) return true;   // kana
  if (c >= 0x3400 && c <= 0x9FFF) return true;   // CJK ideographs
  if (c >= 0xAC00 && c <= 0xD7AF) return true;   // Hangul
  if (c >= 0xF900 && c <= 0xFAFF) return true;
  return c >= 0x20000 && c <= 0x3FFFF;
}

void append_utf8(std::string& out, char32_t c)
{
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// A gram of up to three code points (21 bits each) packed whole, then mixed: no two alike.
inline std::uint64_t short_gram_hash(const char32_t* first, std::size_t n)
{
  std::uint64_t packed = 0;
  for (std::size_t i = 0; i < n; ++i)
    packed |= static_cast<std::uint64_t>(first[i] & 0x1FFFFF) << (21 * i);
  return mix64(packed + 0x9E3779B97F4A7C15ULL);
}

std::uint64_t gram_hash(const char32_t* first, std::size_t n)
{
  if (n <= 3) return short_gram_hash(first, n);
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i < n; ++i)
    h = (h ^ first[i]) * 0x100000001b3ULL;
  return mix64(h);
}

} // namespace

namespace {

// Where the pair of code points (a, b) is marked in Method::phrase_pair.
std::size_t pair_slot(char32_t a, char32_t b)
{
  return static_cast<std::size_t>(mix64(static_cast<std::uint64_t>(a) << 21 | b) >> 48);
}

} // namespace

std::string Method::stamp() const
{
  std::uint64_t phrases = 0;
  for (const auto& phrase : stock_phrases)
    phrases = mix64(phrases ^ gram_hash(phrase.data(), phrase.size()));
  return fmt::format("oph2 n={} bands={} rows={} phrases={:016x}", ngram, bands, rows, phrases);
}

void Method::set_stock_phrases(const std::vector<std::string>& phrases)
{
  stock_phrases.clear();
  phrase_index.clear();
  phrase_start.assign(0x10000, false);
  phrase_alone.assign(0x10000, false);
  phrase_pair.assign(0x10000, false);
  for (const auto& phrase : phrases) {
    std::u32string folded;
    for (const char32_t c : util::to_code_points(phrase))
      if (kept(fold(c))) folded += fold(c);
    if (folded.empty()) continue;
    stock_phrases.push_back(folded);
    phrase_index[folded.front()].push_back(folded);
    if (folded.front() < 0x10000) phrase_start[folded.front()] = true;
    if (folded.size() == 1 && folded.front() < 0x10000) phrase_alone[folded.front()] = true;
    if (folded.size() >= 2) phrase_pair[pair_slot(folded[0], folded[1])] = true;
  }
  for (auto& [first, list] : phrase_index)
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

namespace {

// The normalised text into `out` (its first `return` code points; the buffer only grows,
// so that a thread's reuse of it allocates nothing), with each kept code point's index in
// the original text into `origin` when given.
std::size_t normalise_into(std::string_view text, const Method& method, std::u32string& out,
                           std::vector<std::uint32_t>* origin)
{
  if (out.size() < text.size()) out.resize(text.size()); // no more code points than bytes
  if (origin != nullptr) origin->resize(text.size());
  char32_t* const points = out.data();
  std::size_t n = 0;
  std::uint32_t index = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size; ++index) {
    char32_t c = 0;
    // The usual cases read here: ASCII, and a whole three-byte sequence (CJK), which is
    // kept as it is when an ideograph.
    if (bytes[i] < 0x80) {
      c = fold(bytes[i++]);
    } else if ((bytes[i] & 0xF0) == 0xE0 && i + 2 < size && (bytes[i + 1] & 0xC0) == 0x80 &&
               (bytes[i + 2] & 0xC0) == 0x80) {
      c = static_cast<char32_t>((bytes[i] & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 |
                                (bytes[i + 2] & 0x3F));
      i += 3;
      if (c < 0x3400 || c > 0x9FFF) c = fold(c);
    } else {
      c = fold(util::next_code_point(text, i));
    }
    if (!kept(c)) continue;
    if (origin != nullptr) (*origin)[n] = index;
    points[n++] = c;
  }
  // The stock phrases, in place: what is read next was never written over.
  const auto& index_of = method.phrase_index;
  const auto& starts = method.phrase_start;
  const auto& alone = method.phrase_alone;
  const auto& pairs = method.phrase_pair;
  std::size_t kept_points = 0;
  if (!index_of.empty()) {
    for (std::size_t i = 0; i < n;) {
      const char32_t c = points[i];
      std::size_t skip = 0;
      // Looked up when it may start a phrase: alone, or with the next code point.
      const bool may =
          c >= 0x10000 || (c < starts.size() && starts[c] &&
                           (alone[c] || (i + 1 < n && pairs[pair_slot(c, points[i + 1])])));
      if (may)
        if (const auto found = index_of.find(c); found != index_of.end())
          for (const auto& phrase : found->second)
            if (phrase.size() <= n - i && std::char_traits<char32_t>::compare(
                                              points + i, phrase.data(), phrase.size()) == 0) {
              skip = phrase.size();
              break;
            }
      if (skip > 0) {
        i += skip;
        continue;
      }
      if (origin != nullptr) (*origin)[kept_points] = (*origin)[i];
      points[kept_points++] = c;
      ++i;
    }
    n = kept_points;
  }
  if (origin != nullptr) origin->resize(n);
  return n;
}

// The thread's buffer of normalised text.
std::u32string& scratch()
{
  thread_local std::u32string buffer;
  return buffer;
}

} // namespace

std::u32string normalise(std::string_view text, const Method& method,
                         std::vector<std::uint32_t>* origin)
{
  auto& buffer = scratch();
  const std::size_t n = normalise_into(text, method, buffer, origin);
  return buffer.substr(0, n);
}

std::vector<std::uint64_t> shingles(std::u32string_view text, int n)
{
  std::vector<std::uint64_t> out;
  if (text.empty() || n < 1) return out;
  const auto width = static_cast<std::size_t>(n);
  if (text.size() <= width) {
    out.push_back(gram_hash(text.data(), text.size()));
    return out;
  }
  out.reserve(text.size() - width + 1);
  for (std::size_t i = 0; i + width <= text.size(); ++i)
    out.push_back(gram_hash(text.data() + i, width));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::uint64_t> text_shingles(std::string_view text, const Method& method)
{
  auto& buffer = scratch();
  const std::size_t n = normalise_into(text, method, buffer, nullptr);
  return shingles(std::u32string_view(buffer.data(), n), method.ngram);
}

namespace {

// The bins' minima into a signature. Rotation: an empty bin takes the value of the next
// filled one to its right, mixed with the distance, so that two texts whose bins are
// empty alike agree there.
Signature finish(std::vector<std::uint32_t>& minimum, std::uint32_t size)
{
  Signature out;
  out.shingles = size;
  const std::size_t bins = minimum.size();
  out.values.resize(bins);
  for (std::size_t i = 0; i < bins; ++i) {
    std::uint64_t value = minimum[i];
    if (value == k_empty) {
      std::size_t distance = 1;
      while (minimum[(i + distance) % bins] == k_empty)
        ++distance;
      value = mix64(minimum[(i + distance) % bins] + distance * 0x9E3779B97F4A7C15ULL);
    } else {
      value = mix64(value);
    }
    out.values[i] = static_cast<std::uint8_t>(value);
  }
  return out;
}

} // namespace

Signature text_signature(std::string_view text, const Method& method)
{
  auto& buffer = scratch();
  const std::size_t n = normalise_into(text, method, buffer, nullptr);
  if (n == 0 || method.bands < 1 || method.rows < 1 || method.ngram < 1) return {};
  const auto bins = static_cast<std::uint64_t>(method.bands) * method.rows;
  thread_local std::vector<std::uint32_t> minimum;
  minimum.assign(bins, k_empty);
  const auto width = std::min(static_cast<std::size_t>(method.ngram), n);
  const std::size_t grams = n - width + 1;
  // The distinct hashes, by open addressing in a table at most a quarter full, where a
  // probe rarely goes on (0 is no hash: a hash of 0 is kept as 1, which two grams in 2^63
  // would make one). ShingleSet's table, inlined without its branch for a shingle 0: this
  // loop is most of what signing a proposal costs an import.
  thread_local std::vector<std::uint64_t> seen;
  const std::size_t slots = std::bit_ceil(std::max<std::size_t>(4 * grams, 16));
  seen.assign(slots, 0);
  const std::size_t mask = slots - 1;
  std::uint32_t distinct = 0;
  const char32_t* const points = buffer.data();
  const bool short_grams = width <= 3;
  for (std::size_t i = 0; i < grams; ++i) {
    const std::uint64_t s =
        short_grams ? short_gram_hash(points + i, width) : gram_hash(points + i, width);
    const auto bin = static_cast<std::size_t>(((s >> 32) * bins) >> 32);
    minimum[bin] = std::min(minimum[bin], static_cast<std::uint32_t>(s));
    const std::uint64_t key = s == 0 ? 1 : s;
    std::size_t slot = key & mask;
    while ((seen[slot] != 0) & (seen[slot] != key)) // one branch, rarely taken
      slot = (slot + 1) & mask;
    distinct += seen[slot] == 0;
    seen[slot] = key;
  }
  return finish(minimum, distinct);
}

Signature signature(const std::vector<std::uint64_t>& shingles, const Method& method)
{
  if (shingles.empty() || method.bands < 1 || method.rows < 1)
    return {static_cast<std::uint32_t>(shingles.size()), {}};
  const auto bins = static_cast<std::uint64_t>(method.bands) * method.rows;
  std::vector<std::uint32_t> minimum(bins, k_empty);
  for (const std::uint64_t s : shingles) {
    const auto bin = static_cast<std::size_t>(((s >> 32) * bins) >> 32);
    const auto value = static_cast<std::uint32_t>(s);
    if (value < minimum[bin]) minimum[bin] = value;
  }
  return finish(minimum, static_cast<std::uint32_t>(shingles.size()));
}

namespace {

// Band `band`'s key of the values `v` (rows of them each band).
std::uint32_t band_key(const std::uint8_t* v, std::size_t band, std::size_t rows)
{
  const std::uint8_t* at = v + band * rows;
  if (rows <= 3) { // the values themselves, under the band's number
    std::uint32_t key = static_cast<std::uint32_t>(band & 0xFF) << 24;
    for (std::size_t r = 0; r < rows; ++r)
      key |= static_cast<std::uint32_t>(at[r]) << (8 * r);
    return key;
  }
  std::uint64_t h = mix64(band + 1);
  for (std::size_t r = 0; r < rows; ++r)
    h = mix64(h ^ at[r]);
  return static_cast<std::uint32_t>(h >> 32);
}

} // namespace

std::vector<std::uint32_t> band_keys(const Signature& signature, const Method& method)
{
  std::vector<std::uint32_t> keys;
  const auto rows = static_cast<std::size_t>(method.rows);
  if (signature.values.size() != static_cast<std::size_t>(method.bands) * rows) return keys;
  keys.reserve(static_cast<std::size_t>(method.bands));
  for (std::size_t band = 0; band < static_cast<std::size_t>(method.bands); ++band)
    keys.push_back(band_key(signature.values.data(), band, rows));
  return keys;
}

SignatureView view(const Signature& signature)
{
  return {signature.shingles, signature.values.data(), signature.values.size()};
}

void Signatures::reserve(std::size_t n)
{
  m_shingles.reserve(n);
  m_values.reserve(n * m_width);
  m_filled.reserve(n);
}

void Signatures::add(const SignatureView& signature)
{
  m_shingles.push_back(signature.shingles);
  const bool filled = signature.size == m_width && m_width > 0;
  m_filled.push_back(filled);
  if (filled)
    m_values.insert(m_values.end(), signature.values, signature.values + m_width);
  else
    m_values.resize(m_values.size() + m_width, 0);
}

void Signatures::append(const Signatures& other)
{
  for (std::size_t i = 0; i < other.size(); ++i)
    add(other[i]);
}

bool share_band(const SignatureView& a, const SignatureView& b, const Method& method)
{
  const auto rows = static_cast<std::size_t>(method.rows);
  if (a.size == 0 || a.size != b.size || a.size != static_cast<std::size_t>(method.bands) * rows)
    return false;
  for (std::size_t at = 0; at < a.size; at += rows)
    if (std::memcmp(a.values + at, b.values + at, rows) == 0) return true;
  return false;
}

std::size_t equal_values(const SignatureView& a, const SignatureView& b)
{
  const std::size_t n = std::min(a.size, b.size);
  std::size_t equal = 0, i = 0;
  // Eight at a time: a one in each byte of x ^ y that is zero, summed bytewise (up to 31
  // words, so that no byte's sum passes 255, nor their total), then the bytes added up by
  // one multiplication. No popcount instruction is assumed.
  constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL, ones = 0x0101010101010101ULL;
  while (i + 8 <= n) {
    std::uint64_t sums = 0;
    for (int word = 0; word < 31 && i + 8 <= n; ++word, i += 8) {
      std::uint64_t x = 0, y = 0;
      std::memcpy(&x, a.values + i, 8);
      std::memcpy(&y, b.values + i, 8);
      const std::uint64_t d = x ^ y;
      sums += (~(((d & low7) + low7) | d | low7)) >> 7;
    }
    equal += static_cast<std::size_t>((sums * ones) >> 56);
  }
  for (; i < n; ++i)
    equal += a.values[i] == b.values[i];
  return equal;
}

namespace {

// estimated_score of two signatures of `n` values that agree in `equal` of them, of sets of
// `a` and `b` shingles: the same arithmetic as estimated_jaccard and estimated_score.
double score_of_count(std::size_t equal, std::size_t n, std::size_t a, std::size_t b,
                      const Method& method)
{
  const double share = static_cast<double>(equal) / static_cast<double>(n);
  const double j = std::max(0.0, (share - 1.0 / 256) / (1 - 1.0 / 256));
  const double shared = j * (static_cast<double>(a) + static_cast<double>(b)) / (1 + j);
  Overlap o;
  o.a = a;
  o.b = b;
  o.shared = std::min(static_cast<std::size_t>(std::max(0.0, std::round(shared))), std::min(a, b));
  return score(o, method).value;
}

using Bytes = std::uint8_t __attribute__((vector_size(16))); // GCC's vector extension
constexpr std::size_t k_lane = sizeof(Bytes);

} // namespace

CandidateFilter::CandidateFilter(const SignatureView& mine, const Method& method, double floor)
    : m_mine(mine), m_method(method), m_floor(floor),
      m_rows(static_cast<std::size_t>(std::max(method.rows, 0)))
{
  const std::size_t n = mine.size;
  m_fast = n > 0 && n == static_cast<std::size_t>(method.bands) * m_rows && n <= k_kept &&
           n % k_lane == 0 && m_rows <= k_lane;
  if (m_fast) {
    m_starts.assign(n, 0);
    for (std::size_t at = 0; at < n; at += m_rows)
      m_starts[at] = 1;
  }
}

std::size_t CandidateFilter::least_equal(std::uint32_t shingles)
{
  // The estimate grows with the count of equal values (the measure depends on the sizes
  // alone; Jaccard and containment both grow with the shared count): the least count that
  // reaches the floor, found by halving, n + 1 when none does.
  const std::size_t n = m_mine.size;
  const auto reaches = [&](std::size_t equal) {
    return score_of_count(equal, n, m_mine.shingles, shingles, m_method) >= m_floor;
  };
  if (shingles >= m_least.size() && shingles < k_cached) m_least.resize(shingles + 1, k_unknown);
  if (shingles < m_least.size() && m_least[shingles] != k_unknown) return m_least[shingles];
  std::size_t low = 0, high = n + 1; // reaches(high), as if; !reaches(i) for i < low
  while (low < high) {
    const std::size_t mid = low + (high - low) / 2;
    if (reaches(mid))
      high = mid;
    else
      low = mid + 1;
  }
  if (shingles < m_least.size()) m_least[shingles] = static_cast<std::uint32_t>(low);
  return low;
}

bool CandidateFilter::operator()(const SignatureView& other)
{
  const std::size_t n = m_mine.size;
  if (n == 0 || n != other.size || n != static_cast<std::size_t>(m_method.bands) * m_rows)
    return false;
  if (!m_fast)
    return estimated_score(m_mine, other, m_method).value >= m_floor &&
           share_band(m_mine, other, m_method);
  // Each value's agreement as a byte (1 equal, 0 not), sixteen at a time (SSE2 on amd64,
  // NEON on arm64); counted for the estimate, and AND-ed across each band's rows for
  // share_band.
  std::uint8_t equal[k_kept + k_lane];
  Bytes sums{}; // at most k_kept / k_lane = 64 in a lane
  for (std::size_t i = 0; i < n; i += k_lane) {
    Bytes x, y;
    std::memcpy(&x, m_mine.values + i, k_lane);
    std::memcpy(&y, other.values + i, k_lane);
    const Bytes flags = reinterpret_cast<Bytes>(x == y) & 1;
    std::memcpy(equal + i, &flags, k_lane);
    sums += flags;
  }
  std::size_t count = 0;
  for (std::size_t lane = 0; lane < k_lane; ++lane)
    count += sums[lane];
  if (count < least_equal(other.shingles)) return false;
  // The bands, sixteen positions at a time: the agreement at each position and the rows - 1
  // after it, AND-ed, kept where a band starts (a 1 at each band's first value).
  std::memset(equal + n, 0, k_lane);
  Bytes any{};
  for (std::size_t i = 0; i < n; i += k_lane) {
    Bytes all;
    std::memcpy(&all, m_starts.data() + i, k_lane);
    for (std::size_t r = 0; r < m_rows; ++r) {
      Bytes x;
      std::memcpy(&x, equal + i + r, k_lane);
      all &= x;
    }
    any |= all;
  }
  for (std::size_t lane = 0; lane < k_lane; ++lane)
    if (any[lane] != 0) return true;
  return false;
}

bool candidate_of(const SignatureView& a, const SignatureView& b, const Method& method,
                  double floor)
{
  return CandidateFilter(a, method, floor)(b);
}

double estimated_jaccard(const SignatureView& a, const SignatureView& b)
{
  if (a.size == 0 || a.size != b.size) return 0;
  // b-bit MinHash: unequal minima still agree in 8 bits one time in 256.
  const double share = static_cast<double>(equal_values(a, b)) / static_cast<double>(a.size);
  return std::max(0.0, (share - 1.0 / 256) / (1 - 1.0 / 256));
}

double Overlap::jaccard() const
{
  const std::size_t all = a + b - shared;
  return all == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
}

double Overlap::containment() const
{
  const std::size_t smaller = std::min(a, b);
  return smaller == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(smaller);
}

Overlap overlap(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b)
{
  Overlap o{0, a.size(), b.size()};
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++o.shared;
      ++i;
      ++j;
    }
  }
  return o;
}

Score score(const Overlap& o, const Method& method)
{
  const std::size_t smaller = std::min(o.a, o.b), larger = std::max(o.a, o.b);
  const bool inside =
      smaller >= static_cast<std::size_t>(method.containment_min) &&
      static_cast<double>(smaller) <= method.containment_ratio * static_cast<double>(larger);
  if (inside) return {o.containment(), Measure::containment};
  return {o.jaccard(), Measure::jaccard};
}

ShingleSet::ShingleSet(const std::vector<std::uint64_t>& shingles)
{
  clear(shingles.size());
  for (const std::uint64_t s : shingles)
    insert(s);
}

void ShingleSet::clear(std::size_t expected)
{
  const std::size_t slots = std::bit_ceil(std::max<std::size_t>(4 * expected, 16));
  m_slots.assign(slots, 0);
  m_mask = slots - 1;
  m_size = 0;
  m_zero = false;
}

bool ShingleSet::insert(std::uint64_t shingle)
{
  if (shingle == 0) {
    const bool added = !m_zero;
    m_zero = true;
    m_size += added;
    return added;
  }
  std::size_t slot = shingle & m_mask;
  while (m_slots[slot] != 0 && m_slots[slot] != shingle)
    slot = (slot + 1) & m_mask;
  if (m_slots[slot] != 0) return false;
  m_slots[slot] = shingle;
  ++m_size;
  return true;
}

bool ShingleSet::contains(std::uint64_t shingle) const
{
  if (shingle == 0) return m_zero;
  for (std::size_t slot = shingle & m_mask;; slot = (slot + 1) & m_mask) {
    if (m_slots[slot] == shingle) return true;
    if (m_slots[slot] == 0) return false;
  }
}

Overlap overlap_with(const ShingleSet& mine, std::string_view text, const Method& method)
{
  Overlap o{0, mine.size(), 0};
  auto& buffer = scratch();
  const std::size_t n = normalise_into(text, method, buffer, nullptr);
  if (n == 0 || method.ngram < 1) return o;
  const auto width = std::min(static_cast<std::size_t>(method.ngram), n);
  const std::size_t grams = n - width + 1;
  thread_local ShingleSet seen; // the text's distinct shingles
  seen.clear(grams);
  for (std::size_t i = 0; i < grams; ++i) {
    const std::uint64_t s = gram_hash(buffer.data() + i, width);
    if (seen.insert(s)) o.shared += mine.contains(s);
  }
  o.b = seen.size();
  return o;
}

Score estimated_score(const SignatureView& a, const SignatureView& b, const Method& method)
{
  const double j = estimated_jaccard(a, b);
  // shared = J (|A| + |B|) / (1 + J)
  const double shared = j * (static_cast<double>(a.shingles) + b.shingles) / (1 + j);
  Overlap o;
  o.a = a.shingles;
  o.b = b.shingles;
  const auto smaller = std::min(o.a, o.b);
  o.shared = std::min(static_cast<std::size_t>(std::max(0.0, std::round(shared))), smaller);
  return score(o, method);
}

std::vector<std::string> shared_passages(std::string_view a, std::string_view b,
                                         const Method& method, std::size_t limit)
{
  std::vector<std::uint32_t> origin;
  const std::u32string na = normalise(a, method, &origin);
  const std::u32string nb = normalise(b, method);
  const auto k = static_cast<std::size_t>(std::max(method.passage_min, 1));
  std::vector<std::string> out;
  if (na.size() < k || nb.size() < k || limit == 0) return out;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> starts;
  for (std::size_t i = 0; i + k <= na.size(); ++i) {
    auto& at = starts[gram_hash(na.data() + i, k)];
    if (at.size() < 4) at.push_back(i);
  }
  struct Match {
    std::size_t at, length;
  };
  std::vector<Match> matches;
  for (std::size_t j = 0; j + k <= nb.size();) {
    Match best{0, 0};
    if (const auto found = starts.find(gram_hash(nb.data() + j, k)); found != starts.end())
      for (const std::size_t i : found->second) {
        std::size_t length = 0;
        while (i + length < na.size() && j + length < nb.size() && na[i + length] == nb[j + length])
          ++length;
        if (length >= k && length > best.length) best = {i, length};
      }
    if (best.length == 0) {
      ++j;
      continue;
    }
    matches.push_back(best);
    j += best.length;
  }
  std::stable_sort(matches.begin(), matches.end(),
                   [](const Match& x, const Match& y) { return x.length > y.length; });
  const std::u32string points = util::to_code_points(a);
  std::vector<Match> chosen;
  for (const Match& m : matches) {
    const bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const Match& c) {
      return m.at < c.at + c.length && c.at < m.at + m.length;
    });
    if (overlaps) continue;
    chosen.push_back(m);
    std::string text;
    for (std::size_t p = origin[m.at]; p <= origin[m.at + m.length - 1]; ++p)
      append_utf8(text, points[p]);
    out.push_back(util::trim(text));
    if (out.size() == limit) break;
  }
  return out;
}

std::string clip(std::string_view text, std::size_t points)
{
  const std::u32string all = util::to_code_points(text);
  if (all.size() <= points) return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < points; ++i)
    append_utf8(out, all[i]);
  return out + "…";
}

namespace {

// `entries` (key << 32 | position) in the order of their keys, positions ascending among
// equal keys: a stable radix sort of the keys' two halves.
void sort_by_key(std::vector<std::uint64_t>& entries)
{
  const auto other = std::make_unique_for_overwrite<std::uint64_t[]>(entries.size());
  std::vector<std::size_t> start(0x10001);
  const auto pass = [&](int shift, const std::uint64_t* from, std::uint64_t* to) {
    std::fill(start.begin(), start.end(), 0);
    for (std::size_t e = 0; e < entries.size(); ++e)
      ++start[((from[e] >> shift) & 0xFFFF) + 1];
    for (std::size_t d = 1; d < start.size(); ++d)
      start[d] += start[d - 1];
    for (std::size_t e = 0; e < entries.size(); ++e)
      to[start[(from[e] >> shift) & 0xFFFF]++] = from[e];
  };
  pass(32, entries.data(), other.get());
  pass(48, other.get(), entries.data());
}

} // namespace

std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates(const Signatures& all,
                                                                const Method& method, double floor,
                                                                Pairs which, std::size_t split)
{
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  const auto bands = static_cast<std::size_t>(method.bands);
  const auto rows = static_cast<std::size_t>(method.rows);
  if (method.bands < 1 || method.rows < 1 || all.width() != bands * rows) return out;
  // An entry for each band of each signature.
  std::vector<std::uint64_t> entries;
  entries.reserve(all.size() * bands);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const SignatureView s = all[i];
    if (s.size == 0) continue; // nobody's candidate
    for (std::size_t band = 0; band < bands; ++band)
      entries.push_back(static_cast<std::uint64_t>(band_key(s.values, band, rows)) << 32 | i);
  }
  sort_by_key(entries);
  const auto position = [](std::uint64_t e) { return static_cast<std::uint32_t>(e); };
  for (std::size_t run = 0; run < entries.size();) {
    const auto key = static_cast<std::uint32_t>(entries[run] >> 32);
    std::size_t end = run + 1;
    while (end < entries.size() && static_cast<std::uint32_t>(entries[end] >> 32) == key)
      ++end;
    // Positions ascend in a run: one without a position before the split (or, across it,
    // without one from it on) holds no wanted pair.
    const bool none =
        which != Pairs::all && (position(entries[run]) >= split ||
                                (which == Pairs::across && position(entries[end - 1]) < split));
    for (std::size_t x = run; x + 1 < end && !none; ++x) {
      const std::uint32_t i = position(entries[x]);
      if (which != Pairs::all && i >= split) break;
      for (std::size_t y = x + 1; y < end; ++y) {
        const std::uint32_t j = position(entries[y]);
        if (j == i || (which == Pairs::across && j < split)) continue;
        if (estimated_score(all[i], all[j], method).value < floor) continue;
        // Taken in the first band the two agree in (a band: not a key that another band's
        // values give too, by chance).
        const std::uint8_t *vi = all[i].values, *vj = all[j].values;
        std::size_t first = 0;
        while (first < bands && std::memcmp(vi + first * rows, vj + first * rows, rows) != 0)
          ++first;
        if (first < bands && band_key(vi, first, rows) == key) out.emplace_back(i, j);
      }
    }
    run = end;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string pack(const Signature& signature)
{
  std::string blob;
  blob.reserve(4 + signature.values.size());
  for (int shift = 0; shift < 32; shift += 8)
    blob += static_cast<char>((signature.shingles >> shift) & 0xFF);
  blob.append(reinterpret_cast<const char*>(signature.values.data()), signature.values.size());
  return blob;
}

SignatureView unpack_view(std::string_view blob)
{
  SignatureView out;
  if (blob.size() < 4) return out;
  for (int byte = 0; byte < 4; ++byte)
    out.shingles |= static_cast<std::uint32_t>(static_cast<unsigned char>(blob[byte]))
                    << (8 * byte);
  out.values = reinterpret_cast<const std::uint8_t*>(blob.data()) + 4;
  out.size = blob.size() - 4;
  return out;
}

Signature unpack(std::string_view blob)
{
  Signature out;
  if (blob.size() < 4) return out;
  for (int byte = 0; byte < 4; ++byte)
    out.shingles |= static_cast<std::uint32_t>(static_cast<unsigned char>(blob[byte]))
                    << (8 * byte);
  out.values.assign(reinterpret_cast<const std::uint8_t*>(blob.data()) + 4,
                    reinterpret_cast<const std::uint8_t*>(blob.data()) + blob.size());
  return out;
}

} // namespace cppcc::similar
