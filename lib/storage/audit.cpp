#include "storage/audit.hpp"

#include "storage/sql_util.hpp"
#include "util/json.hpp"

namespace cppcc::storage {

void append_audit(Store& store, const AuditEntry& entry)
{
  std::string changes = "{";
  for (std::size_t i = 0; i < entry.changes.size(); ++i) {
    const auto& c = entry.changes[i];
    changes += (i ? ", " : "") + util::json_quote(c.field) + ": [" + util::json_quote(c.before) +
               ", " + util::json_quote(c.after) + "]";
  }
  changes += "}";
  auto& s = store.prepared("INSERT INTO audit_log(at, operator, kind, record, action, "
                           "changes) VALUES (?, ?, ?, ?, ?, ?)",
                           Store::Bindings::kept);
  bind_kept(s, 1, entry.at);
  bind_kept(s, 2, entry.op);
  bind_kept(s, 3, entry.kind);
  bind_kept(s, 4, entry.record);
  bind_kept(s, 5, entry.action);
  bind_kept(s, 6, changes);
  s.exec();
}

std::vector<AuditEntry> audit_of(Store& store, std::string_view kind, std::string_view record)
{
  SQLite::Statement s(store.db(), "SELECT a.id, a.at, a.operator, a.action, c.key, c.value ->> 0, "
                                  "c.value ->> 1 FROM audit_log a LEFT JOIN json_each(a.changes) c "
                                  "WHERE a.kind = ? AND a.record = ? ORDER BY a.id");
  s.bind(1, std::string(kind));
  s.bind(2, std::string(record));
  std::vector<AuditEntry> out;
  int64_t last_id = -1;
  while (s.executeStep()) {
    if (s.getColumn(0).getInt64() != last_id)
      out.push_back(AuditEntry{
          text_at(s, 1), text_at(s, 2), std::string(kind), std::string(record), text_at(s, 3), {}});
    last_id = s.getColumn(0).getInt64();
    if (!s.getColumn(4).isNull())
      out.back().changes.push_back({text_at(s, 4), text_at(s, 5), text_at(s, 6)});
  }
  return out;
}

} // namespace cppcc::storage
