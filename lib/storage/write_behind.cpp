#include "storage/write_behind.hpp"

namespace cppcc::storage {

namespace {

// Jobs are handed to the writer in batches (one lock per batch, not per job); at most
// k_queued wait to be taken. A proposal job holds one row's record (a few KB): with the
// batch the writer runs, up to ~2 × k_queued jobs are in memory. The queue is long enough
// to ride out the validating thread's pauses (docs/performance.md, "Settings").
constexpr std::size_t k_batch = 16;
constexpr std::size_t k_queued = 64;

} // namespace

WriteBehind::WriteBehind() : m_thread([this] { work(); })
{
  std::lock_guard lock(m_mutex);
  m_writer = m_thread.get_id();
}

WriteBehind::~WriteBehind()
{
  stop();
}

void WriteBehind::stop()
{
  if (!m_thread.joinable()) return;
  {
    std::lock_guard lock(m_mutex);
    m_stop = true;
    m_queue.clear();
  }
  m_batch.clear();
  m_changed.notify_all();
  m_thread.join();
}

void WriteBehind::queue_batch(std::unique_lock<std::mutex>& lock)
{
  m_changed.wait(lock, [this] { return m_queue.size() < k_queued || m_error; });
  if (m_error) throw Failed(m_error);
  for (auto& job : m_batch)
    m_queue.push_back(std::move(job));
  m_batch.clear();
  m_changed.notify_all();
}

void WriteBehind::submit(std::function<void()> job)
{
  m_batch.push_back(std::move(job));
  if (m_batch.size() < k_batch) return;
  {
    std::unique_lock lock(m_mutex);
    queue_batch(lock);
    m_freeing.swap(m_finished);
  }
  m_freeing.clear(); // outside the lock; the vector keeps its room for the writer's next
}

void WriteBehind::wait()
{
  {
    std::unique_lock lock(m_mutex);
    if (!m_batch.empty()) queue_batch(lock);
    if (!m_queue.empty() || m_writing) ++m_waits;
    m_changed.wait(lock, [this] { return (m_queue.empty() && !m_writing) || m_error; });
    m_freeing.swap(m_finished);
    if (m_error) throw Failed(m_error);
  }
  m_freeing.clear();
}

void WriteBehind::work()
{
  std::vector<std::function<void()>> taken;
  std::unique_lock lock(m_mutex);
  for (;;) {
    m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
    if (m_stop) return;
    taken.swap(m_queue);
    m_writing = true;
    m_changed.notify_all(); // room in the queue
    lock.unlock();
    std::exception_ptr error;
    std::size_t done = 0;
    try {
      for (auto& job : taken) {
        job();
        ++done;
      }
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    for (auto& job : taken) // to the caller, who frees them
      m_finished.push_back(std::move(job));
    taken.clear();
    m_run += static_cast<long>(done);
    m_writing = false;
    if (error) {
      m_error = error;
      m_queue.clear(); // what follows a failed write is not written
    }
    m_changed.notify_all();
  }
}

} // namespace cppcc::storage
