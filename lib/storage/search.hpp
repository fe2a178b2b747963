#pragma once
// The full-text search index over proposal titles and bodies (FTS5 trigram).
#include "storage/store.hpp"

#include <functional>
#include <string>
#include <vector>

namespace cppcc::storage {

// Indexes a newly inserted proposal, or queues it while the index is deferred.
void index_new_proposal(Store& store, long id);
// Call before writing a proposal's new title and body: drops the old text from the
// index when it changed, and indexes (or queues) the new text after `apply` wrote it.
// Returns whether the text changed.
bool reindex_changed_proposal(Store& store, long id, const std::string& title,
                              const std::string& body, const std::function<void()>& apply);
// Indexes every queued proposal; returns how many.
long reindex_pending(Store& store);
long pending_count(Store& store);
// Rebuilds the whole index from the proposals and empties the queue.
void rebuild_index(Store& store);

// SQL condition on proposals `p` for one search word (bound with `bind_search_word`):
// trigram MATCH for three characters and more, else a LIKE scan; queued rows are
// always scanned.
std::string search_condition(const std::string& word);
// The values search_condition(word) binds, in order.
std::vector<std::string> search_values(const std::string& word);

} // namespace cppcc::storage
