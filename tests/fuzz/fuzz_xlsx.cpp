// The sheet XML layer of .xlsx (io/xlsx) on any bytes, fed to expat in pieces as the
// reader feeds it. Properties: bad input is a DataError and nothing else (no DOCTYPE gets
// through, so no entity expands); rows come with numbers from 1 to 1,048,576, at most
// 16,384 cells each, every cell valid UTF-8 and at most 1 MiB.
#include "error.hpp"
#include "fuzz_support.hpp"
#include "io/encoding.hpp"
#include "io/xlsx.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace io = cppcc::io;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string xml(reinterpret_cast<const char*>(data), size);
  try {
    io::xlsx::parse_sheet_xml(xml, [](long row, const std::vector<std::string>& cells) {
      FUZZ_CHECK(row >= 1 && row <= 1048576);
      FUZZ_CHECK(cells.size() <= 16384);
      for (const auto& cell : cells) {
        FUZZ_CHECK(cell.size() <= 1024 * 1024);
        FUZZ_CHECK(io::valid_utf8_prefix(cell) == cell.size());
      }
    });
  } catch (const cppcc::DataError&) {
  }
  return 0;
}
