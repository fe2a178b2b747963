#include "storage/search.hpp"

#include "storage/bulk_session.hpp"
#include "util/text.hpp"

namespace cppcc::storage {

namespace {

// An FTS5 phrase query for `word`: quoted, inner quotes doubled.
std::string fts_phrase(std::string_view word)
{
  std::string out = "\"";
  for (char c : word)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// A LIKE pattern containing `word` literally (escape character '\').
std::string like_pattern(std::string_view word)
{
  std::string out = "%";
  for (char c : word) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

bool uses_index(const std::string& word)
{
  return util::code_point_count(word) >= 3;
}

void index_or_queue(Store& store, long id)
{
  const BulkSession* session = store.bulk_session();
  auto& s = store.prepared(session != nullptr && session->search_index_deferred()
                               ? "INSERT OR IGNORE INTO search_pending(proposal_id) VALUES (?)"
                               : "INSERT INTO proposals_fts(rowid, title, body) "
                                 "SELECT id, title, body FROM proposals WHERE id = ?");
  s.bind(1, static_cast<int64_t>(id));
  s.exec();
}

} // namespace

void index_new_proposal(Store& store, long id)
{
  index_or_queue(store, id);
}

bool reindex_changed_proposal(Store& store, long id, const std::string& title,
                              const std::string& body, const std::function<void()>& apply)
{
  auto& changed = store.prepared("SELECT (title <> ?2 OR body <> ?3), "
                                 "EXISTS (SELECT 1 FROM search_pending WHERE proposal_id = ?1) "
                                 "FROM proposals WHERE id = ?1");
  changed.bind(1, static_cast<int64_t>(id));
  changed.bind(2, title);
  changed.bind(3, body);
  const bool text_changed = changed.executeStep() && changed.getColumn(0).getInt() != 0;
  const bool queued = text_changed && changed.getColumn(1).getInt() != 0;
  changed.reset();
  if (text_changed && !queued) {
    auto& remove = store.prepared("INSERT INTO proposals_fts(proposals_fts, rowid, title, body) "
                                  "SELECT 'delete', id, title, body FROM proposals WHERE id = ?");
    remove.bind(1, static_cast<int64_t>(id));
    remove.exec();
  }
  apply();
  if (text_changed && !queued) index_or_queue(store, id);
  return text_changed;
}

long reindex_pending(Store& store)
{
  const long count = pending_count(store);
  store.db().exec("INSERT INTO proposals_fts(rowid, title, body) SELECT p.id, p.title, p.body "
                  "FROM proposals p JOIN search_pending q ON q.proposal_id = p.id");
  store.db().exec("DELETE FROM search_pending");
  return count;
}

void rebuild_index(Store& store)
{
  store.db().exec("INSERT INTO proposals_fts(proposals_fts) VALUES ('rebuild')");
  store.db().exec("DELETE FROM search_pending");
}

long pending_count(Store& store)
{
  auto& s = store.prepared("SELECT count(*) FROM search_pending");
  s.executeStep();
  const long count = static_cast<long>(s.getColumn(0).getInt64());
  s.reset();
  return count;
}

std::string search_condition(const std::string& word)
{
  const std::string scan = "(p.title LIKE ? ESCAPE '\\' OR p.body LIKE ? ESCAPE '\\')";
  if (!uses_index(word)) return " AND " + scan;
  return " AND (p.id IN (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ?) OR "
         "(p.id IN (SELECT proposal_id FROM search_pending) AND " +
         scan + "))";
}

std::vector<std::string> search_values(const std::string& word)
{
  if (!uses_index(word)) return {like_pattern(word), like_pattern(word)};
  return {fts_phrase(word), like_pattern(word), like_pattern(word)};
}

} // namespace cppcc::storage
