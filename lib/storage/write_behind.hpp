#pragma once
// Writes done on a thread of their own while the caller goes on: a large import
// validates row N+1 while row N is being written. Jobs run one at a time, in the order
// submitted. The writer of a bulk session (BulkSession::start_writer) makes every other
// thread that uses the session's store wait until the jobs submitted so far have run, so
// code that reads the database between two jobs sees what they wrote, as if they had run
// inline.
// Jobs that have run are destroyed on the caller's thread, which built them: glibc's
// malloc frees a block under the lock of the arena it came from, and the writer freeing
// the caller's blocks while the caller allocates kept both threads waiting on that lock.

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace cppcc::storage {

class WriteBehind {
public:
  // A job failed: the import stops; the job's own exception is `cause`.
  struct Failed : std::runtime_error {
    explicit Failed(std::exception_ptr error)
        : std::runtime_error("a write-behind job failed"), cause(std::move(error))
    {
    }
    std::exception_ptr cause;
  };

  WriteBehind();
  // stop()s.
  ~WriteBehind();
  WriteBehind(const WriteBehind&) = delete;
  WriteBehind& operator=(const WriteBehind&) = delete;

  // Queues `job`; waits while too many are queued (memory stays bounded). Once a job has
  // failed, the jobs after it are dropped and this (when it hands a batch over) or the
  // next wait() throws Failed.
  void submit(std::function<void()> job);
  // Returns when every job submitted has run; throws Failed if one failed.
  void wait();
  // Drops the jobs not yet run (the caller is unwinding: its transaction rolls back) and
  // ends the writing thread once the job it is running returns.
  void stop();
  // wait(), unless called by a job (on the writing thread itself).
  void wait_unless_writing()
  {
    if (std::this_thread::get_id() != m_writer) wait();
  }
  // Jobs run so far, and how often wait() found jobs still to run (tests check that
  // the rows of a large import do not wait for each other).
  long jobs_run() const { return m_run; }
  long waits() const { return m_waits; }

private:
  void work();
  void queue_batch(std::unique_lock<std::mutex>& lock);

  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::vector<std::function<void()>> m_batch;    // submitted, not yet handed over (caller's)
  std::vector<std::function<void()>> m_queue;    // handed over, not yet taken (shared)
  std::vector<std::function<void()>> m_finished; // run, for the caller to free (shared)
  std::vector<std::function<void()>> m_freeing;  // run, being freed (caller's)
  bool m_writing = false;                        // the writer has taken jobs and runs them
  bool m_stop = false;
  std::exception_ptr m_error;
  long m_run = 0;   // written by the writer under the mutex, read after wait()
  long m_waits = 0; // the caller's
  std::thread m_thread;
  std::thread::id m_writer;
};

} // namespace cppcc::storage
