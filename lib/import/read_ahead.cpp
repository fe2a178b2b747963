#include "import/read_ahead.hpp"

#include "util/text.hpp"

#include <utility>

namespace cppcc::import {

namespace {

// Rows travel in batches (one lock per batch, not per row) of at most this many rows or
// bytes of cells, and at most k_batches_ahead wait to be taken.
constexpr std::size_t k_rows_per_batch = 64;
constexpr std::size_t k_bytes_per_batch = 256 * 1024;
constexpr std::size_t k_batches_ahead = 4;
// Rows taken and handed back are kept for the rows read next, up to this many: their
// strings (and their fields' map nodes) keep their room, so reading a row allocates next
// to nothing once the first batches are through. As many as can be in flight.
constexpr std::size_t k_rows_kept = (k_batches_ahead + 2) * k_rows_per_batch;
// A kept row keeps the room of the longest values it held: one that holds more than this
// is freed instead, so that a file with some very long cells does not leave every kept
// row that large (memory stays bounded by the batches, as without keeping).
constexpr std::size_t k_kept_row_bytes = 16 * 1024;

std::size_t room_of(const ReadRow& row)
{
  std::size_t bytes = 0;
  for (const auto& cell : row.cells)
    bytes += cell.capacity();
  for (const auto& [field, value] : row.fields)
    bytes += value.capacity();
  return bytes;
}

bool all_blank(const std::vector<std::string>& cells)
{
  for (const auto& cell : cells)
    if (!util::trim(cell).empty()) return false;
  return true;
}

} // namespace

ReadAhead::ReadAhead(io::TableReader& reader, Prepare prepare)
    : m_reader(reader), m_prepare(std::move(prepare)), m_thread([this] { produce(); })
{
}

ReadAhead::~ReadAhead()
{
  {
    std::lock_guard lock(m_mutex);
    m_stop = true;
  }
  m_changed.notify_all();
  m_thread.join();
}

bool ReadAhead::next(ReadRow& row)
{
  while (m_at == m_taking.rows.size()) {
    if (m_taking.last) {
      if (m_taking.error) std::rethrow_exception(std::exchange(m_taking.error, nullptr));
      return false;
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty(); });
    m_taken.push_back(std::exchange(m_taking, std::move(m_ready.front())));
    m_ready.pop_front();
    m_at = 0;
    lock.unlock();
    m_changed.notify_all(); // room for one more
  }
  std::swap(row, m_taking.rows[m_at++]); // the row before goes back with the batch
  return true;
}

bool ReadAhead::publish_batch(Batch& batch)
{
  std::vector<Batch> returned; // taken back after the lock
  std::unique_lock lock(m_mutex);
  m_changed.wait(lock, [this] { return m_stop || m_ready.size() < k_batches_ahead; });
  if (m_stop) return false;
  m_ready.push_back(std::move(batch));
  returned.swap(m_taken);
  lock.unlock();
  m_changed.notify_all();
  batch = Batch{};
  for (auto& taken : returned)
    for (auto& row : taken.rows)
      if (m_free.size() < k_rows_kept && room_of(row) <= k_kept_row_bytes)
        m_free.push_back(std::move(row));
  return true;
}

void ReadAhead::produce()
{
  Batch batch;
  std::size_t bytes = 0;
  io::CsvRecord record;
  try {
    while (m_reader.next(record)) {
      if (all_blank(record.fields)) continue;
      ReadRow row;
      if (!m_free.empty()) {
        row = std::move(m_free.back());
        m_free.pop_back();
        row.problem.clear();
      }
      row.line = record.line;
      row.cells.swap(record.fields); // the next record is read into the used row's strings
      row.bytes_read = m_reader.bytes_read();
      m_prepare(row);
      for (const auto& cell : row.cells)
        bytes += cell.size();
      batch.rows.push_back(std::move(row));
      if (batch.rows.size() == k_rows_per_batch || bytes >= k_bytes_per_batch) {
        if (!publish_batch(batch)) return;
        bytes = 0;
      }
    }
  } catch (...) {
    batch.error = std::current_exception();
  }
  batch.last = true;
  publish_batch(batch);
}

} // namespace cppcc::import
