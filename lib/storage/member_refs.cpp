#include "storage/member_refs.hpp"

#include "storage/sql_util.hpp"

#include <fmt/format.h>

namespace cppcc::storage {

model::MemberRef member_ref(Store& store, long member_id)
{
  auto& s =
      store.prepared(fmt::format("SELECT m.id, {} FROM members m WHERE m.id = ?1", k_member_label));
  s.bind(1, static_cast<int64_t>(member_id));
  model::MemberRef ref;
  if (s.executeStep()) ref = {static_cast<long>(s.getColumn(0).getInt64()), text_at(s, 1)};
  s.reset();
  return ref;
}

std::vector<model::MemberRef> member_refs(Store& store, const std::string& sql, long owner_id)
{
  auto& s = store.prepared(sql);
  s.bind(1, static_cast<int64_t>(owner_id));
  std::vector<model::MemberRef> out;
  while (s.executeStep())
    out.push_back({static_cast<long>(s.getColumn(0).getInt64()), text_at(s, 1)});
  return out;
}

} // namespace cppcc::storage
