#include "similar/similar.hpp"
#include "similar/streaming.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <limits>

namespace cppcc::similar {

namespace {

constexpr std::uint32_t k_empty = std::numeric_limits<std::uint32_t>::max();

std::uint64_t mix64(std::uint64_t x)
{
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// The width-preserving folds: full-width ASCII (U+FF01…FF5E) and the ideographic space.
char32_t fold(char32_t c)
{
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
  if (c == 0x3000) c = U' ';
  if (c >= U'A' && c <= U'Z') c += U'a' - U'A';
  return c;
}

// Whether a folded code point is compared: letters of words (Latin, CJK ideographs, kana,
// Hangul), not spaces, punctuation, symbols or digits.
bool kept(char32_t c)
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

std::uint64_t gram_hash(const char32_t* first, std::size_t n)
{
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i < n; ++i)
    h = (h ^ first[i]) * 0x100000001b3ULL;
  return mix64(h);
}

} // namespace

std::string Method::stamp() const
{
  std::uint64_t phrases = 0;
  for (const auto& phrase : stock_phrases)
    phrases = mix64(phrases ^ gram_hash(phrase.data(), phrase.size()));
  return fmt::format("oph1 n={} bands={} rows={} phrases={:016x}", ngram, bands, rows, phrases);
}

void Method::set_stock_phrases(const std::vector<std::string>& phrases)
{
  stock_phrases.clear();
  phrase_index.clear();
  for (const auto& phrase : phrases) {
    std::u32string folded;
    for (const char32_t c : util::to_code_points(phrase))
      if (kept(fold(c))) folded += fold(c);
    if (folded.empty()) continue;
    stock_phrases.push_back(folded);
    phrase_index[folded.front()].push_back(folded);
  }
  for (auto& [first, list] : phrase_index)
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

std::u32string normalise(std::string_view text, const Method& method,
                         std::vector<std::uint32_t>* origin)
{
  const auto& index = method.phrase_index;
  // Which code points start a phrase, for the common case of none (a lookup per character
  // was most of a proposal's normalisation).
  thread_local const Method* marked_for = nullptr;
  thread_local std::size_t marked_size = 0;
  thread_local std::vector<bool> starts(0x10000);
  if (marked_for != &method || marked_size != index.size()) {
    std::fill(starts.begin(), starts.end(), false);
    for (const auto& [first, list] : index)
      if (first < 0x10000) starts[first] = true;
    marked_for = &method;
    marked_size = index.size();
  }
  const std::u32string points = util::to_code_points(text);
  std::u32string folded;
  std::vector<std::uint32_t> at;
  folded.reserve(points.size());
  at.reserve(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    const char32_t c = fold(points[i]);
    if (!kept(c)) continue;
    folded += c;
    at.push_back(static_cast<std::uint32_t>(i));
  }
  std::u32string out;
  out.reserve(folded.size());
  if (origin != nullptr) origin->clear();
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t skip = 0;
    if (folded[i] >= 0x10000 || starts[folded[i]])
      if (const auto found = index.find(folded[i]); found != index.end())
        for (const auto& phrase : found->second)
          if (folded.compare(i, phrase.size(), phrase) == 0) {
            skip = phrase.size();
            break;
          }
    if (skip > 0) {
      i += skip;
      continue;
    }
    out += folded[i];
    if (origin != nullptr) origin->push_back(at[i]);
    ++i;
  }
  return out;
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
  return shingles(normalise(text, method), method.ngram);
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
  const std::u32string normal = normalise(text, method);
  Signature out;
  if (normal.empty() || method.bands < 1 || method.rows < 1 || method.ngram < 1) return out;
  const auto bins = static_cast<std::uint64_t>(method.bands) * method.rows;
  std::vector<std::uint32_t> minimum(bins, k_empty);
  const auto width = std::min(static_cast<std::size_t>(method.ngram), normal.size());
  std::uint32_t count = 0;
  for (std::size_t i = 0; i + width <= normal.size(); ++i, ++count) {
    const std::uint64_t s = gram_hash(normal.data() + i, width);
    const auto bin = static_cast<std::size_t>(((s >> 32) * bins) >> 32);
    const auto value = static_cast<std::uint32_t>(s);
    if (value < minimum[bin]) minimum[bin] = value;
  }
  return finish(minimum, count);
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

std::vector<std::uint32_t> band_keys(const Signature& signature, const Method& method)
{
  std::vector<std::uint32_t> keys;
  const auto rows = static_cast<std::size_t>(method.rows);
  if (signature.values.size() != static_cast<std::size_t>(method.bands) * rows) return keys;
  keys.reserve(static_cast<std::size_t>(method.bands));
  for (std::size_t band = 0; band < static_cast<std::size_t>(method.bands); ++band) {
    const std::uint8_t* v = signature.values.data() + band * rows;
    if (rows <= 3) { // the values themselves, under the band's number
      std::uint32_t key = static_cast<std::uint32_t>(band & 0xFF) << 24;
      for (std::size_t r = 0; r < rows; ++r)
        key |= static_cast<std::uint32_t>(v[r]) << (8 * r);
      keys.push_back(key);
    } else {
      std::uint64_t h = mix64(band + 1);
      for (std::size_t r = 0; r < rows; ++r)
        h = mix64(h ^ v[r]);
      keys.push_back(static_cast<std::uint32_t>(h >> 32));
    }
  }
  return keys;
}

double estimated_jaccard(const Signature& a, const Signature& b)
{
  if (a.values.empty() || a.values.size() != b.values.size()) return 0;
  std::size_t equal = 0;
  for (std::size_t i = 0; i < a.values.size(); ++i)
    equal += a.values[i] == b.values[i];
  // b-bit MinHash: unequal minima still agree in 8 bits one time in 256.
  const double share = static_cast<double>(equal) / static_cast<double>(a.values.size());
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

Score estimated_score(const Signature& a, const Signature& b, const Method& method)
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

std::vector<std::pair<std::uint32_t, std::uint32_t>>
candidate_pairs(const std::vector<std::vector<std::uint32_t>>& keys, std::size_t split)
{
  std::vector<std::uint64_t> entries; // key << 32 | position
  for (std::size_t i = 0; i < keys.size(); ++i)
    for (const std::uint32_t key : keys[i])
      entries.push_back(static_cast<std::uint64_t>(key) << 32 | i);
  std::sort(entries.begin(), entries.end());
  std::vector<std::uint64_t> pairs;
  for (std::size_t run = 0; run < entries.size();) {
    std::size_t end = run + 1;
    while (end < entries.size() && entries[end] >> 32 == entries[run] >> 32)
      ++end;
    for (std::size_t x = run; x < end; ++x)
      for (std::size_t y = x + 1; y < end; ++y) {
        const auto i = static_cast<std::uint32_t>(entries[x]),
                   j = static_cast<std::uint32_t>(entries[y]);
        if (split != 0 && !(i < split && j >= split)) continue;
        pairs.push_back(static_cast<std::uint64_t>(i) << 32 | j);
      }
    run = end;
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  out.reserve(pairs.size());
  for (const std::uint64_t p : pairs)
    out.emplace_back(static_cast<std::uint32_t>(p >> 32), static_cast<std::uint32_t>(p));
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
