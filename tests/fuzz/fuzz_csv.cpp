// The CSV reader (io/csv) on any bytes, read as an import reads them (encoding detected).
// When the first byte has its top bit set, a padding record first fills the reader's
// first 64 KiB chunk up to (low 7 bits) bytes before its end, so that the input straddles
// the chunk boundary. Properties: bad input is a DataError and nothing else; every field
// is valid UTF-8; records start on increasing lines; CsvWriter's output of the records
// (with a BOM) reads back as the same records, but for CRLF in a field read as LF.
#include "error.hpp"
#include "fuzz_support.hpp"
#include "io/csv.hpp"

#include <cstdint>
#include <vector>

namespace io = cppcc::io;
using Records = std::vector<std::vector<std::string>>;

namespace {

constexpr std::size_t k_chunk = 64 * 1024; // Utf8Source's chunk

Records read_all(const std::string& path, io::Encoding encoding)
{
  io::Utf8Source source(path, encoding);
  io::CsvReader reader(source, "fuzz.csv");
  io::CsvRecord record;
  Records records;
  long line = 0;
  while (reader.next(record)) {
    FUZZ_CHECK(record.line > line);
    FUZZ_CHECK(!record.fields.empty());
    line = record.line;
    for (const auto& field : record.fields)
      FUZZ_CHECK(io::valid_utf8_prefix(field) == field.size());
    records.push_back(record.fields);
  }
  return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  if (size == 0) return 0;
  static cppcc::fuzz::ScratchFile input("csv-in"), output("csv-out");
  const std::uint8_t mode = data[0];
  std::string file;
  if (mode & 0x80) {
    file.assign(k_chunk - (mode & 0x7f) - 1, 'x');
    file += '\n';
  }
  file.append(reinterpret_cast<const char*>(data) + 1, size - 1);
  input.write(file);

  Records records;
  try {
    records = read_all(input.path(), io::detect_encoding(input.path()).encoding);
  } catch (const cppcc::DataError&) {
    return 0;
  }
  // With a BOM, as exports are written: without one, a first cell starting with U+FEFF
  // would read back as a BOM and be dropped.
  io::CsvWriter writer(output.path(), io::Encoding::utf8, /*bom=*/true, io::ProtectedFiles{});
  for (const auto& record : records)
    writer.write(record);
  writer.close();
  // A quoted CRLF reads as LF, so a field holding CR CR LF (read as CR LF) comes back as LF.
  for (auto& record : records)
    for (auto& field : record)
      for (std::size_t at = 0; (at = field.find("\r\n", at)) != std::string::npos;)
        field.erase(at, 1);
  FUZZ_CHECK(read_all(output.path(), io::Encoding::utf8) == records);
  return 0;
}
