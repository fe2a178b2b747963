#include "storage/signatures.hpp"

#include "similar/streaming.hpp"

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

void sign_proposal(Store& store, long id, const std::string& title, const std::string& body)
{
  if (!store.signing()) return;
  const std::string blob =
      similar::pack(signature_of(*store.signature_method(), compared_text(title, body)));
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

std::vector<Keyed> proposal_signatures(Store& store, const similar::Method& method,
                                       const std::string& from, const std::string& to)
{
  std::vector<Keyed> out;
  const bool current = signatures_current(store, method, Claim::no);
  // The submitted-date index holds the id: the year's proposals are found without their rows.
  SQLite::Statement s(store.db(),
                      current ? "SELECT p.id, s.signature FROM proposals p "
                                "LEFT JOIN proposal_signatures s ON s.proposal_id = p.id "
                                "WHERE p.submitted BETWEEN ? AND ? ORDER BY p.submitted, p.id"
                              : "SELECT p.id, NULL FROM proposals p "
                                "WHERE p.submitted BETWEEN ? AND ? ORDER BY p.submitted, p.id");
  s.bind(1, from);
  s.bind(2, to);
  std::vector<std::size_t> unsigned_at;
  while (s.executeStep()) {
    Keyed k;
    k.id = static_cast<long>(s.getColumn(0).getInt64());
    if (s.getColumn(1).isNull()) {
      unsigned_at.push_back(out.size());
    } else {
      const auto column = s.getColumn(1);
      k.signature = similar::unpack(std::string_view(static_cast<const char*>(column.getBlob()),
                                                     static_cast<std::size_t>(column.getBytes())));
    }
    out.push_back(std::move(k));
  }
  if (unsigned_at.empty()) return out;
  auto& text = store.prepared("SELECT title, body FROM proposals WHERE id = ?");
  for (const std::size_t at : unsigned_at) {
    text.reset();
    text.bind(1, static_cast<int64_t>(out[at].id));
    if (text.executeStep())
      out[at].signature = signature_of(
          method, compared_text(text.getColumn(0).getString(), text.getColumn(1).getString()));
  }
  text.reset();
  return out;
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
