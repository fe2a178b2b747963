#pragma once
// The first stages of an import (bytes → UTF-8 records → a row's fields) run on a thread
// of their own, a bounded amount ahead of the stage that validates and writes the rows:
// on two cores, reading a file then costs an import next to nothing.
#include "io/table.hpp"
#include "records/field_reader.hpp"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace cppcc::import {

// A record of the file, with the fields the import reads from it.
struct ReadRow {
  long line = 0;                  // where the record starts
  std::vector<std::string> cells; // as read (a rejected row is written back from them)
  records::Fields fields;         // by canonical column
  std::string problem;            // when not empty: why the row cannot be read
  std::uint64_t bytes_read = 0;   // of the file when the record was read, for progress
};

// Reads `reader`'s records on a thread, skipping those whose cells are all blank, and
// hands them out in order with `prepare` applied. `prepare` runs on that thread: it may
// read only what nothing changes meanwhile. Memory stays bounded: the thread waits while
// a few batches of rows are not taken yet. The rows handed out go back to that thread,
// which reads the next rows into them (`prepare` gets a row whose `fields` may hold a
// used row's: it sets every field it keeps): glibc's malloc frees a block in the arena
// of the thread that allocated it, under that arena's lock, and the two threads
// contending for it cost an import more time asleep than the freeing itself.
class ReadAhead {
public:
  using Prepare = std::function<void(ReadRow&)>;
  ReadAhead(io::TableReader& reader, Prepare prepare);
  // Stops the thread (it may be waiting for room) and waits for it.
  ~ReadAhead();
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // The next row; false at the end. What reading threw (an unterminated quote, a byte
  // the encoding cannot have) is thrown here, after the rows read before it.
  bool next(ReadRow& row);

private:
  struct Batch {
    std::vector<ReadRow> rows;
    std::exception_ptr error;
    bool last = false;
  };
  void produce();
  bool publish_batch(Batch& batch); // false when stopped

  io::TableReader& m_reader;
  Prepare m_prepare;
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::deque<Batch> m_ready;
  std::vector<Batch> m_taken;  // taken, to go back to the thread that allocated them
  std::vector<ReadRow> m_free; // rows already taken, to read into again (the reading thread's)
  bool m_stop = false;
  Batch m_taking; // the batch next() hands out from
  std::size_t m_at = 0;
  std::thread m_thread; // last: it starts once everything above is built
};

} // namespace cppcc::import
