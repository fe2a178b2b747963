#include "storage/signatures.hpp"

#include "storage/sql_util.hpp"
#include "util/messages.hpp"

#include <algorithm>

namespace cppcc::storage {

namespace {

std::optional<std::string> stored_stamp(Store& store)
{
  auto& s = store.prepared("SELECT stamp FROM signature_method WHERE id = 1");
  std::optional<std::string> stamp;
  if (s.executeStep()) stamp = s.getColumn(0).getString();
  s.reset();
  return stamp;
}

void write_stamp(Store& store, const std::string& stamp)
{
  auto& s = store.prepared("INSERT OR REPLACE INTO signature_method(id, stamp) VALUES (1, ?)");
  s.bind(1, stamp);
  s.exec();
}

similar::Signature signature_of(const similar::Method& method, const std::string& text)
{
  return similar::text_signature(text, method);
}

} // namespace

std::string compared_text(const std::string& title, const std::string& body)
{
  std::string text;
  text.reserve(title.size() + 1 + body.size());
  text += title;
  text += '\n';
  text += body;
  return text;
}

bool Store::signing()
{
  if (!m_signing)
    m_signing = m_signer != nullptr && m_signer->keep_signatures &&
                signatures_current(*this, *m_signer, Claim::yes);
  return *m_signing;
}

std::optional<Presigned> presign(const Store& store, const std::string& title,
                                 const std::string& body)
{
  const similar::Method* method = store.signature_method();
  if (method == nullptr || !method->keep_signatures) return std::nullopt;
  return Presigned{similar::pack(signature_of(*method, compared_text(title, body)))};
}

void sign_proposal(Store& store, long id, const std::string& title, const std::string& body,
                   const Presigned* presigned)
{
  if (!store.signing()) return;
  const std::string computed =
      presigned
          ? std::string()
          : similar::pack(signature_of(*store.signature_method(), compared_text(title, body)));
  const std::string& blob = presigned ? presigned->blob : computed;
  auto& s = store.prepared(
      "INSERT OR REPLACE INTO proposal_signatures(proposal_id, signature) VALUES (?, ?)",
      Store::Bindings::kept);
  s.bind(1, static_cast<int64_t>(id));
  s.bind(2, blob.data(), static_cast<int>(blob.size()));
  s.exec();
}

bool signatures_current(Store& store, const similar::Method& method, Claim claim)
{
  const std::string stamp = method.stamp();
  if (const auto stored = stored_stamp(store)) return *stored == stamp;
  // No stamp yet: a new database, whose first proposal (the one a write is signing, just
  // inserted) claims it.
  auto& any = store.prepared("SELECT count(*) <= 1 FROM (SELECT 1 FROM proposals LIMIT 2)");
  any.executeStep();
  const bool empty = any.getColumn(0).getInt() != 0;
  any.reset();
  if (empty && claim == Claim::yes) write_stamp(store, stamp);
  return empty;
}

long rebuild_signatures(Store& store, const similar::Method& method)
{
  store.db().exec("DELETE FROM proposal_signatures");
  SQLite::Statement read(store.db(), "SELECT id, title, body FROM proposals ORDER BY id");
  auto& write =
      store.prepared("INSERT INTO proposal_signatures(proposal_id, signature) VALUES (?, ?)",
                     Store::Bindings::kept);
  long count = 0;
  while (read.executeStep()) {
    const std::string blob = similar::pack(signature_of(
        method, compared_text(read.getColumn(1).getString(), read.getColumn(2).getString())));
    write.reset();
    write.bind(1, read.getColumn(0).getInt64());
    write.bind(2, blob.data(), static_cast<int>(blob.size()));
    write.exec();
    ++count;
  }
  write_stamp(store, method.stamp());
  store.keep_signatures(store.signature_method()); // asks again
  return count;
}

namespace {

// Each proposal of `ids` with the signature of its text.
void each_computed(Store& store, const similar::Method& method, const std::vector<long>& ids,
                   const EachSignature& each)
{
  auto& text = store.prepared("SELECT title, body FROM proposals WHERE id = ?");
  for (const long id : ids) {
    text.reset();
    text.bind(1, static_cast<int64_t>(id));
    if (text.executeStep())
      each(id, similar::view(signature_of(method, compared_text(text.getColumn(0).getString(),
                                                                text.getColumn(1).getString()))));
  }
  text.reset();
}

} // namespace

void each_signature(Store& store, const similar::Method& method, const std::string& from,
                    const std::string& to, const EachSignature& each)
{
  const bool every = from.empty() && to.empty();
  if (!signatures_current(store, method, Claim::no)) { // computed from every text
    SQLite::Statement s(store.db(), every ? "SELECT id, title, body FROM proposals"
                                          : "SELECT id, title, body FROM proposals "
                                            "WHERE submitted BETWEEN ? AND ?");
    if (!every) {
      s.bind(1, from);
      s.bind(2, to);
    }
    while (s.executeStep())
      each(static_cast<long>(s.getColumn(0).getInt64()),
           similar::view(signature_of(
               method, compared_text(s.getColumn(1).getString(), s.getColumn(2).getString()))));
    return;
  }
  std::vector<long> unsigned_ids;
  if (every) {
    // The signatures alone, in one pass; every proposal has one when there are as many
    // (each refers to its proposal), else those without are looked for.
    RowScan s(store, "SELECT proposal_id, signature FROM proposal_signatures");
    std::int64_t signed_count = 0, lowest = 0, highest = 0;
    while (s.executeStep()) {
      const std::int64_t id = s.integer(0);
      each(static_cast<long>(id), similar::unpack_view(s.blob(1)));
      lowest = signed_count++ == 0 ? id : std::min(lowest, id);
      highest = std::max(highest, id);
    }
    // Without counting the proposals (a pass over an index) when their ids say it: the
    // signatures' ids are distinct; when they are as many as the highest proposal id and
    // all within 1 … that id, as are the proposals', every proposal has one.
    const auto ids = [&] {
      RowScan span(store,
                   "SELECT (SELECT min(id) FROM proposals), (SELECT max(id) FROM proposals)");
      span.executeStep();
      return std::pair{span.null(0) ? 0 : span.integer(0), span.null(1) ? 0 : span.integer(1)};
    }();
    const bool every_signed =
        (signed_count == 0 && ids.second == 0) ||
        (signed_count > 0 && lowest >= 1 && ids.first >= 1 && highest <= ids.second &&
         signed_count == ids.second) ||
        store.db().execAndGet("SELECT count(*) FROM proposals").getInt64() == signed_count;
    if (!every_signed) {
      SQLite::Statement missing(store.db(), "SELECT id FROM proposals WHERE id NOT IN "
                                            "(SELECT proposal_id FROM proposal_signatures)");
      while (missing.executeStep())
        unsigned_ids.push_back(static_cast<long>(missing.getColumn(0).getInt64()));
    }
  } else {
    // The span's ids from the submitted-date index (which holds them), then the signatures
    // of the ids' range in one pass over the table, merged with them, those of proposals
    // of other dates skipped: no look-up each. A year's proposals are written in that
    // year, their ids near one another; at worst the pass is the whole table's.
    std::vector<long> ids;
    RowScan in_span(store, "SELECT id FROM proposals WHERE submitted BETWEEN ? AND ?");
    in_span.bind(1, from);
    in_span.bind(2, to);
    while (in_span.executeStep())
      ids.push_back(static_cast<long>(in_span.integer(0)));
    if (ids.empty()) return;
    std::sort(ids.begin(), ids.end());
    RowScan s(store, "SELECT proposal_id, signature FROM proposal_signatures "
                     "WHERE proposal_id BETWEEN ? AND ?");
    s.bind(1, static_cast<int64_t>(ids.front()));
    s.bind(2, static_cast<int64_t>(ids.back()));
    std::size_t next = 0;
    while (next < ids.size() && s.executeStep()) {
      const auto id = static_cast<long>(s.integer(0));
      while (next < ids.size() && ids[next] < id)
        unsigned_ids.push_back(ids[next++]);
      if (next < ids.size() && ids[next] == id) {
        each(id, similar::unpack_view(s.blob(1)));
        ++next;
      }
    }
    unsigned_ids.insert(unsigned_ids.end(), ids.begin() + static_cast<std::ptrdiff_t>(next),
                        ids.end());
  }
  each_computed(store, method, unsigned_ids, each);
}

SignedProposals proposal_signatures(Store& store, const similar::Method& method,
                                    const std::string& from, const std::string& to)
{
  SignedProposals out{{},
                      similar::Signatures(static_cast<std::size_t>(method.bands) *
                                          static_cast<std::size_t>(method.rows))};
  each_signature(store, method, from, to, [&](long id, const similar::SignatureView& signature) {
    out.ids.push_back(id);
    out.signatures.add(signature);
  });
  return out;
}

std::vector<std::string> signature_problems(Store& store, const similar::Method& method,
                                            std::size_t limit)
{
  std::vector<std::string> problems;
  if (!method.keep_signatures) return problems;
  if (store.db().execAndGet("SELECT count(*) FROM proposals").getInt64() == 0) return problems;
  const std::string stamp = method.stamp();
  if (const auto stored = stored_stamp(store); !stored || *stored != stamp) {
    problems.push_back(msg::text("storage.check_signatures_stale", stored.value_or("-"), stamp));
    return problems;
  }
  SQLite::Statement s(store.db(), "SELECT p.code, p.title, p.body, s.signature FROM proposals p "
                                  "LEFT JOIN proposal_signatures s ON s.proposal_id = p.id "
                                  "ORDER BY p.id");
  std::size_t more = 0;
  while (s.executeStep()) {
    std::string problem;
    if (s.getColumn(3).isNull()) {
      problem = msg::text("storage.check_signature_missing", s.getColumn(0).getString());
    } else {
      const auto column = s.getColumn(3);
      const std::string_view stored(static_cast<const char*>(column.getBlob()),
                                    static_cast<std::size_t>(column.getBytes()));
      const std::string expected = similar::pack(signature_of(
          method, compared_text(s.getColumn(1).getString(), s.getColumn(2).getString())));
      if (stored != expected)
        problem = msg::text("storage.check_signature_differs", s.getColumn(0).getString());
    }
    if (problem.empty()) continue;
    if (problems.size() < limit)
      problems.push_back(std::move(problem));
    else
      ++more;
  }
  if (more > 0) problems.push_back(msg::text("storage.check_signatures_more", more));
  return problems;
}

std::vector<Brief> proposal_briefs(Store& store, const std::vector<long>& ids)
{
  std::vector<Brief> out;
  out.reserve(ids.size());
  auto& s = store.prepared(
      "SELECT id, code, title, coalesce(submitted, ''), status, body FROM proposals WHERE id = ?");
  for (const long id : ids) {
    s.reset();
    s.bind(1, static_cast<int64_t>(id));
    if (!s.executeStep()) continue;
    Brief b;
    b.id = id;
    b.code = s.getColumn(1).getString();
    b.title = s.getColumn(2).getString();
    b.submitted = s.getColumn(3).getString();
    b.status = s.getColumn(4).getString();
    b.text = compared_text(b.title, s.getColumn(5).getString());
    out.push_back(std::move(b));
  }
  s.reset();
  return out;
}

long last_proposal_id(Store& store)
{
  return static_cast<long>(
      store.db().execAndGet("SELECT coalesce(max(id), 0) FROM proposals").getInt64());
}

std::vector<long> proposal_ids_after(Store& store, long id)
{
  SQLite::Statement s(store.db(), "SELECT id FROM proposals WHERE id > ? ORDER BY id");
  s.bind(1, static_cast<int64_t>(id));
  std::vector<long> ids;
  while (s.executeStep())
    ids.push_back(static_cast<long>(s.getColumn(0).getInt64()));
  return ids;
}

} // namespace cppcc::storage
