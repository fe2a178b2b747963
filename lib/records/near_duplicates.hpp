#pragma once
// Near-duplicate proposals (查重, docs/similar.md): candidates by the stored signatures'
// LSH bands, scored by the exact overlap of their shingles (lib/similar/).
#include "records/workspace.hpp"
#include "render/document.hpp"
#include "similar/similar.hpp"
#include "storage/signatures.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cppcc::records {

// The proposals submitted in [from, to] (ISO); both empty: all of them (those without a
// submitted date too).
struct Span {
  std::string from, to;
  static Span year(int y);
  static Span all();
};

struct Match {
  storage::Brief proposal;
  similar::Score score;
};

// The proposals of `span` most like `text` (not `self`), scoring at least `floor`, best
// first, newer first among equal scores (two places), at most `limit`.
std::vector<Match> most_like(Workspace& ws, const std::string& text, long self, const Span& span,
                             double floor, std::size_t limit);

// A pair of proposals at or above a threshold; `a` before `b` in the order compared.
struct Pair {
  long a = 0, b = 0;
  similar::Score score;
};
// The pairs of `items` scoring at least `threshold` with each other; with `earlier`, the
// pairs of an item with one of `earlier` instead. Candidates by the signatures' bands and
// their estimate (similar::candidates), then the exact score, each text's shingles read
// and computed once.
std::vector<Pair> near_pairs(Workspace& ws, const storage::SignedProposals& items,
                             const storage::SignedProposals* earlier, double threshold);

// The proposal's row of a list of near-duplicates: the shared passages of `a` with `b`,
// joined for a cell.
std::string passages_cell(const similar::Method& method, const std::string& a,
                          const std::string& b);

} // namespace cppcc::records

namespace cppcc::records {

// `proposal similar CODE`: the proposals most like it, in its own year (no `year`, not
// `all`), in `year`, or in every year, at most `limit`.
render::Table similar_table(Workspace& ws, std::string_view code, int year, bool all,
                            std::size_t limit);

// The lines `proposal add` and `proposal import` say of new proposals (`ids`), one for each
// very like another stored one (similar.notice): "P2024-0013: similar to P2024-0012 (0.83)".
// None for more than similar.notice_up_to new proposals (a past year's ledger loaded at
// once is not a review); at most similar.notice_lines, then one counting the rest.
std::vector<std::string> notice_lines(Workspace& ws, const std::vector<long>& ids);

} // namespace cppcc::records
