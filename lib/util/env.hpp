#pragma once
// Settings a machine gives through the environment rather than cppcc.yaml: how long to
// wait for a lock, for Chromium (tests shorten both).
#include "util/messages.hpp"

#include <cerrno>
#include <cstdlib>
#include <string_view>

namespace cppcc::util {

// The whole number in environment variable `name`, or `fallback` when it is unset or
// empty. Anything else — not a number, or outside [min, max] — is an `Error` whose
// message is `key` with the variable's text.
template <class Error>
long env_number(const char* name, long fallback, long min, long max, std::string_view key)
{
  const char* text = std::getenv(name);
  if (text == nullptr || *text == '\0') return fallback;
  char* end = nullptr;
  errno = 0;
  const long value = std::strtol(text, &end, 10);
  if (*end != '\0' || errno != 0 || value < min || value > max) throw Error(msg::text(key, text));
  return value;
}

} // namespace cppcc::util
