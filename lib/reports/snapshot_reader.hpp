#pragma once
// A report's second connection, so that a read command can run its queries on two cores.
#include "storage/store.hpp"

#include <optional>

namespace cppcc::reports {

// A second, read-only connection to `store`'s database that reads the same committed
// state as `store`'s read transaction. Nothing when that cannot be promised: an in-memory
// database, no read transaction open, one that has already read (its snapshot may be
// older than a new connection's), a write committed by another process while the two
// started, or a second connection that cannot be opened. The caller then reads on `store`
// alone.
std::optional<storage::Store> snapshot_reader(storage::Store& store);

} // namespace cppcc::reports
