#pragma once
// Errors carry a user-facing message and the exit status of docs/domain.md §5. They are
// thrown anywhere in lib/ and caught once, in cli/main.cpp.
#include <stdexcept>
#include <string>

namespace cppcc {

enum class Exit : int {
  ok = 0,
  failure = 1,
  usage = 2,
  illegal_transition = 3,
  data = 65,
  no_input = 66,
  unavailable = 69,
  internal = 70,
  cant_create = 73,
  io_error = 74,
  busy = 75,
  config = 78,
};

class Error : public std::runtime_error {
public:
  Error(std::string message, Exit status = Exit::failure)
      : std::runtime_error(std::move(message)), m_status(status)
  {
  }
  Exit status() const { return m_status; }

private:
  Exit m_status;
};

// Bad options or arguments (exit 2).
struct UsageError : Error {
  explicit UsageError(std::string m) : Error(std::move(m), Exit::usage) {}
};
// A workflow action not allowed in the record's current state (exit 3).
struct TransitionError : Error {
  explicit TransitionError(std::string m) : Error(std::move(m), Exit::illegal_transition) {}
};
// Bad input data: dates, unknown names, import rows (exit 65).
struct DataError : Error {
  explicit DataError(std::string m) : Error(std::move(m), Exit::data) {}
};
// An input file (or the database) is missing or unreadable (exit 66).
struct InputError : Error {
  explicit InputError(std::string m) : Error(std::move(m), Exit::no_input) {}
};
// A program the command needs is not installed (exit 69: EX_UNAVAILABLE): Chromium for
// --format pdf.
struct UnavailableError : Error {
  explicit UnavailableError(std::string m) : Error(std::move(m), Exit::unavailable) {}
};
// An output file cannot be created (exit 73).
struct OutputError : Error {
  explicit OutputError(std::string m) : Error(std::move(m), Exit::cant_create) {}
};
struct IoError : Error {
  explicit IoError(std::string m) : Error(std::move(m), Exit::io_error) {}
};
// A malformed configuration file (exit 78).
struct ConfigError : Error {
  explicit ConfigError(std::string m) : Error(std::move(m), Exit::config) {}
};

} // namespace cppcc
