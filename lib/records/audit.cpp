#include "records/audit.hpp"

#include "storage/audit.hpp"

namespace cppcc::records {

FieldPairs field_pairs(const std::vector<std::string>& columns,
                       const std::vector<std::string>& values)
{
  FieldPairs out;
  for (std::size_t i = 0; i < columns.size(); ++i)
    out.emplace_back(columns[i], i < values.size() ? values[i] : std::string());
  return out;
}

void audit_change(Workspace& ws, std::string_view kind, std::string_view record,
                  std::string_view action, const FieldPairs& extra, const FieldPairs& before,
                  const FieldPairs& after)
{
  storage::AuditEntry entry{
      ws.now(), ws.op, std::string(kind), std::string(record), std::string(action), {}};
  for (std::size_t i = 0; i < after.size(); ++i) {
    const std::string old_value = i < before.size() ? before[i].second : std::string();
    if (old_value != after[i].second)
      entry.changes.push_back({after[i].first, old_value, after[i].second});
  }
  for (const auto& [field, value] : extra)
    entry.changes.push_back({field, "", value});
  if (entry.changes.empty() && action == "update") return;
  storage::append_audit(ws.store, entry);
}

} // namespace cppcc::records
