#pragma once
// Writes audit entries for record changes: each field whose value differs.
#include "records/workspace.hpp"

#include <string>
#include <utility>
#include <vector>

namespace cppcc::records {

using FieldPairs = std::vector<std::pair<std::string, std::string>>;

// Zips column names with values; missing values are empty.
FieldPairs field_pairs(const std::vector<std::string>& columns,
                       const std::vector<std::string>& values);

// Appends an audit entry for `record` of `kind` listing each field that differs
// between `before` and `after`, plus `extra` changes; nothing when none differ and
// the action is "update". An "add" entry lists no fields: the new row holds them.
void audit_change(Workspace& ws, std::string_view kind, std::string_view record,
                  std::string_view action, const FieldPairs& extra, const FieldPairs& before,
                  const FieldPairs& after);

} // namespace cppcc::records
