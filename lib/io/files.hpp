#pragma once
// Writing whole output files that may hold personal data.
#include <filesystem>
#include <string_view>

namespace cppcc::io {

// Creates (or truncates) `path` with mode 0600 and writes `text`; OutputError (73)
// when it cannot.
void write_private_file(const std::filesystem::path& path, std::string_view text);

} // namespace cppcc::io
