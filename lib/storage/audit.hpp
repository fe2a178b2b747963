#pragma once
// The audit log: who changed which record when, and each field's old and new value.
#include "storage/store.hpp"

#include <string>
#include <utility>
#include <vector>

namespace cppcc::storage {

struct FieldChange {
  std::string field;
  std::string before;
  std::string after;
};

struct AuditEntry {
  std::string at;
  std::string op; // operator
  std::string kind;
  std::string record;
  std::string action;
  std::vector<FieldChange> changes;
};

void append_audit(Store& store, const AuditEntry& entry);
// The entries of one record, oldest first.
std::vector<AuditEntry> audit_of(Store& store, std::string_view kind, std::string_view record);

} // namespace cppcc::storage
