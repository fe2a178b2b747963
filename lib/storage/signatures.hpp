#pragma once
// Near-duplicate signatures of proposals (proposal_signatures, migration 011; docs/similar.md):
// each proposal's MinHash signature, kept by every write of the proposal while the stored
// stamp is the method's own.
#include "similar/similar.hpp"
#include "storage/store.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cppcc::storage {

// The text a proposal is compared by: its title and body.
std::string compared_text(const std::string& title, const std::string& body);

// A proposal's signature computed ahead of its write, packed as stored, under the method of
// the store it was computed for (Store::signature_method): what an import's reading thread
// hands its writing thread with the proposal, so that the writer, the import's bottleneck,
// only stores it.
struct Presigned {
  std::string blob;
};
// The signature of `title` and `body` under `store`'s method; nothing when the store keeps
// no signatures. Reads no database and changes nothing: any thread may call it.
std::optional<Presigned> presign(const Store& store, const std::string& title,
                                 const std::string& body);

// Stores (or replaces) proposal `id`'s signature when the store signs (Store::signing):
// `presigned`, when given (presign of this title and body, on this store), else computed.
void sign_proposal(Store& store, long id, const std::string& title, const std::string& body,
                   const Presigned* presigned = nullptr);

// Whether the stored signatures are `method`'s: the stamp is its own, or there is no
// stamp and at most one proposal, the one being signed (then the stamp is written:
// `claim` on a write).
enum class Claim { no, yes };
bool signatures_current(Store& store, const similar::Method& method, Claim claim);

// Computes every proposal's signature under `method` and stamps them; returns how many.
long rebuild_signatures(Store& store, const similar::Method& method);

// Each proposal submitted in [from, to] (ISO dates; both empty: every proposal) with its
// signature: the stored one, or computed from its text when the stored ones are not
// current or it has none. Reads only the signatures (and, for a span of dates, the
// submitted-date index) when the stored ones serve, never the proposals' rows. In no
// particular order; `each` is called once a proposal, the view valid during the call.
using EachSignature = std::function<void(long id, const similar::SignatureView& signature)>;
void each_signature(Store& store, const similar::Method& method, const std::string& from,
                    const std::string& to, const EachSignature& each);
// The same, kept: the proposals' ids and their signatures, flat.
struct SignedProposals {
  std::vector<long> ids;
  similar::Signatures signatures;
  std::size_t size() const { return ids.size(); }
};
SignedProposals proposal_signatures(Store& store, const similar::Method& method,
                                    const std::string& from, const std::string& to);

// `db check`'s lines of the signatures, when the store keeps them (method.keep_signatures):
// stored under another method's stamp (one line), or, each proposal's, missing or not its
// text's. At most `limit` lines, then one counting the rest.
std::vector<std::string> signature_problems(Store& store, const similar::Method& method,
                                            std::size_t limit = 20);

// What a list of near-duplicates shows of a proposal.
struct Brief {
  long id = 0;
  std::string code;
  std::string title;
  std::string submitted; // ISO date, empty when none
  std::string status;
  std::string text; // compared_text
};
// The proposals of `ids`, in that order.
std::vector<Brief> proposal_briefs(Store& store, const std::vector<long>& ids);

// The highest proposal id (0 without proposals), and the ids above `id`: the proposals a
// write added since.
long last_proposal_id(Store& store);
std::vector<long> proposal_ids_after(Store& store, long id);

} // namespace cppcc::storage
