#pragma once
// Near-duplicate text: normalisation, character n-gram shingles, one-permutation MinHash
// signatures cut into LSH bands, and the exact overlap of two shingle sets. Knows no
// records: a text is a string, its settings a Method (read from the configuration's
// `similar:` by config::similarity; docs/similar.md).
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cppcc::similar {

struct Method {
  int ngram = 2;           // code points per shingle
  int bands = 64;          // LSH bands; a signature has bands × rows MinHash values
  int rows = 3;            // values per band
  double threshold = 0.45; // a pair at or above this score is a near-duplicate
  double notice = 0.6;     // at or above this, adding or importing a proposal says so
  double shown_from = 0.2; // proposal similar lists proposals scoring at least this
  int notice_up_to = 5000; // an import writing more new proposals says nothing of them
  int notice_lines = 20;   // an import names this many near-duplicates, then counts the rest
  // Containment (shared / the smaller set) scores a pair instead of Jaccard when the
  // smaller text has at most this share of the larger's shingles, and at least
  // containment_min of them: a short proposal inside a long one.
  double containment_ratio = 0.5;
  int containment_min = 20;
  int passage_min = 8; // code points of a shared passage worth showing
  // Candidates whose estimated score is below threshold − margin are not compared exactly.
  double margin = 0.15;
  // Whether writes store signatures (off: the commands compute them from the text; for
  // measuring what keeping them costs).
  bool keep_signatures = true;
  // Removed after folding, longest first: 关于, 的建议, 进一步 … (set_stock_phrases).
  std::vector<std::u32string> stock_phrases;
  // The phrases by their first code point, longest first; and, looked up for each
  // character before them (the common case is no phrase): which code points of the basic
  // plane start one, which are a phrase alone, and which pairs (by a 16-bit hash) begin one.
  std::unordered_map<char32_t, std::vector<std::u32string>> phrase_index;
  std::vector<bool> phrase_start, phrase_alone, phrase_pair;
  void set_stock_phrases(const std::vector<std::string>& phrases);

  // A fingerprint of everything a stored signature depends on: a signature written
  // under another stamp is stale.
  std::string stamp() const;
};

// The text as compared: full-width forms folded to ASCII, Latin letters lower-cased,
// whitespace, punctuation, symbols and digits dropped, stock phrases removed. `origin`,
// when given, receives each kept code point's index in the original text.
std::u32string normalise(std::string_view text, const Method& method,
                         std::vector<std::uint32_t>* origin = nullptr);

// The sorted distinct 64-bit hashes of the text's n-grams (a text shorter than n is one
// shingle; an empty text none).
std::vector<std::uint64_t> shingles(std::u32string_view text, int n);
// normalise then shingles (the normalised text in a buffer of the thread's, reused).
std::vector<std::uint64_t> text_shingles(std::string_view text, const Method& method);

// A text's MinHash signature: one-permutation hashing into bands × rows bins (densified by
// rotation), each bin's minimum kept as its lowest 8 bits (b-bit MinHash), and the size of
// the shingle set. Two signatures' equal values estimate the Jaccard index of their sets.
struct Signature {
  std::uint32_t shingles = 0;
  std::vector<std::uint8_t> values; // empty for a text without shingles
};
Signature signature(const std::vector<std::uint64_t>& shingles, const Method& method);
// The same straight from the text (the write path, and `db check`'s): the n-grams' hashes
// go into the bins as they come, their distinct count kept in a small table of the
// thread's, without building the sorted set. Equal to signature(text_shingles(text)).
Signature text_signature(std::string_view text, const Method& method);

// A signature where it lies (a Signature's, or one of many stored flat in Signatures):
// `size` values, none for a text without shingles.
struct SignatureView {
  std::uint32_t shingles = 0;
  const std::uint8_t* values = nullptr;
  std::size_t size = 0;
};
SignatureView view(const Signature& signature);

// Many signatures of one width, flat (the stored signatures of a year's proposals): the
// values of all in one array, no allocation each. One of another width is kept empty.
class Signatures {
public:
  explicit Signatures(std::size_t width = 0) : m_width(width) {}
  std::size_t width() const { return m_width; }
  std::size_t size() const { return m_shingles.size(); }
  void reserve(std::size_t n);
  void add(const SignatureView& signature);
  void add(const Signature& signature) { add(view(signature)); }
  // Those of `other` (of the same width), after these.
  void append(const Signatures& other);
  SignatureView operator[](std::size_t i) const
  {
    return {m_shingles[i], m_values.data() + i * m_width, m_filled[i] ? m_width : 0};
  }

private:
  std::size_t m_width;
  std::vector<std::uint32_t> m_shingles;
  std::vector<std::uint8_t> m_values;
  std::vector<bool> m_filled;
};

// The LSH band keys: each band's values with the band's number, one 32-bit key each (a
// text without shingles has none, and is nobody's candidate).
std::vector<std::uint32_t> band_keys(const Signature& signature, const Method& method);
// Whether the two signatures agree in a whole band: candidates of each other.
bool share_band(const SignatureView& a, const SignatureView& b, const Method& method);
// How many values the two signatures (of equal size) agree in.
std::size_t equal_values(const SignatureView& a, const SignatureView& b);
// Whether `b` is a candidate of `a`: estimated_score(a, b) at least `floor` and
// share_band(a, b).
bool candidate_of(const SignatureView& a, const SignatureView& b, const Method& method,
                  double floor);
// The same for one signature against many (proposal similar's pass over the stored ones):
// each value compared once, sixteen at a time, and the floor kept as the least count of
// equal values for each size of the other's set, so that a signature costs no arithmetic.
// `mine` and `method` must outlive it.
class CandidateFilter {
public:
  CandidateFilter(const SignatureView& mine, const Method& method, double floor);
  bool operator()(const SignatureView& other);

private:
  static constexpr std::size_t k_kept = 1024; // values of a signature compared the fast way
  static constexpr std::uint32_t k_cached = 1 << 16, k_unknown = ~0U;
  std::size_t least_equal(std::uint32_t shingles);
  SignatureView m_mine;
  const Method& m_method;
  double m_floor;
  std::size_t m_rows;
  bool m_fast = false;
  std::vector<std::uint8_t> m_starts; // 1 at each band's first value
  std::vector<std::uint32_t> m_least; // by the other's shingle count; k_unknown: not yet
};
// The estimated Jaccard index of the two sets (0 when a signature is empty or they differ
// in length).
double estimated_jaccard(const SignatureView& a, const SignatureView& b);
inline double estimated_jaccard(const Signature& a, const Signature& b)
{
  return estimated_jaccard(view(a), view(b));
}

struct Overlap {
  std::size_t shared = 0, a = 0, b = 0;
  double jaccard() const;
  double containment() const; // shared / the smaller set
};
Overlap overlap(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// One text's shingles in a hash table, for comparing many texts with it.
class ShingleSet {
public:
  ShingleSet() = default;
  explicit ShingleSet(const std::vector<std::uint64_t>& shingles);
  // Empties the set, with room for `expected` shingles (a table at most a quarter full).
  void clear(std::size_t expected);
  // Adds `shingle`; whether it was not in the set yet.
  bool insert(std::uint64_t shingle);
  std::size_t size() const { return m_size; }
  bool contains(std::uint64_t shingle) const;

private:
  std::vector<std::uint64_t> m_slots; // 0: free (a shingle 0 is m_zero)
  std::size_t m_mask = 0, m_size = 0;
  bool m_zero = false;
};
// overlap(shingles of `mine`, text_shingles(text, method)), without sorting the text's.
Overlap overlap_with(const ShingleSet& mine, std::string_view text, const Method& method);

enum class Measure { jaccard, containment };
struct Score {
  double value = 0;
  Measure measure = Measure::jaccard;
};
// The pair's score: Jaccard, or containment for a short text inside a long one.
Score score(const Overlap& o, const Method& method);
// The same estimated from the signatures: candidates scoring below the threshold less
// method.margin are not compared exactly.
Score estimated_score(const SignatureView& a, const SignatureView& b, const Method& method);
inline Score estimated_score(const Signature& a, const Signature& b, const Method& method)
{
  return estimated_score(view(a), view(b), method);
}

// The passages the two texts share, at least method.passage_min code points long after
// normalisation, as they read in `a` (punctuation kept), longest first, at most `limit`.
std::vector<std::string> shared_passages(std::string_view a, std::string_view b,
                                         const Method& method, std::size_t limit);

// The first `points` code points of `text`, with "…" when it was longer.
std::string clip(std::string_view text, std::size_t points);

// The candidates among many signatures: the pairs (i < j, positions in `all`) that agree in
// a whole band and whose estimated score is at least `floor`, each once, in order. Found by
// sorting every signature's band keys (no comparison of every pair): a pair is taken in the
// first band it agrees in. Which pairs: every one; `across` a split (i before `split`, j
// from it on); or those whose first is before `split` (`from_first`).
enum class Pairs { all, across, from_first };
std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates(const Signatures& all,
                                                                const Method& method, double floor,
                                                                Pairs which = Pairs::all,
                                                                std::size_t split = 0);

// A signature as stored (its size, 4 bytes little-endian, then the values) and back; an
// unreadable blob is an empty signature.
std::string pack(const Signature& signature);
Signature unpack(std::string_view blob);
// The same without copying: a view of the values in `blob`, which must outlive it.
SignatureView unpack_view(std::string_view blob);

} // namespace cppcc::similar
