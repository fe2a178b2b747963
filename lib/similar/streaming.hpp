#pragma once
// A text's signature without its shingle set (the write path: every proposal written keeps
// one): the n-grams' hashes go straight into the MinHash bins, and the set's size is the
// number of n-grams (repeats counted), which only the estimate before the exact score reads.
#include "similar/similar.hpp"

namespace cppcc::similar {

Signature text_signature(std::string_view text, const Method& method);

} // namespace cppcc::similar
