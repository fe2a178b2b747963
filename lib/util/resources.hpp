#pragma once
// The files under schemas/, and docs/*.md as docs/NAME.md, compiled into the binary by
// cmake/embed.cmake.
#include <string_view>
#include <vector>

namespace cppcc::util {

struct Resource {
  std::string_view path; // relative to schemas/, e.g. "migrations/001_initial.sql"; docs/domain.md
  std::string_view text;
};

// Every embedded file, sorted by path.
const std::vector<Resource>& resources();

// The embedded files whose path starts with `prefix`, sorted by path.
std::vector<Resource> resources_under(std::string_view prefix);

} // namespace cppcc::util
