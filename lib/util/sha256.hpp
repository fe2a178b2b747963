#pragma once
// SHA-256 (FIPS 180-4), for the checksums of a committee's bundle (docs/bundles.md).
#include <string>
#include <string_view>

namespace cppcc::util {

// The SHA-256 digest of `bytes`, as 64 lowercase hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

} // namespace cppcc::util
