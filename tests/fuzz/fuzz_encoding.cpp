// Encoding detection and the UTF-8 source and encoder (io/encoding) on any bytes. When
// the first byte has its top bit set, ASCII padding first fills the first 64 KiB chunk up
// to (low 7 bits) bytes before its end, so that characters straddle the chunk boundary.
// Properties: a file detected as X reads as X without error (unless it mixes encodings or
// holds a NUL byte: then reading stops with a DataError);
// what is read is valid UTF-8; valid UTF-8 is detected as UTF-8; the text encoded as
// GB18030 (all of Unicode), and as CP936 when it can be, reads back unchanged.
#include "error.hpp"
#include "fuzz_support.hpp"
#include "io/encoding.hpp"

#include <cstdint>

namespace io = cppcc::io;

namespace {

constexpr std::size_t k_chunk = 64 * 1024; // the reader's chunk

std::string read_all(const std::string& path, io::Encoding encoding)
{
  io::Utf8Source source(path, encoding);
  std::string text;
  while (source.read(text)) {
  }
  FUZZ_CHECK(source.bytes_read() == source.file_size());
  return text;
}

// Encodes `text` as `encoding` into `file` and reads it back.
void check_round_trip(const std::string& text, io::Encoding encoding,
                      cppcc::fuzz::ScratchFile& file)
{
  std::string encoded;
  try {
    io::Utf8Encoder(encoding).encode(text, encoded);
  } catch (const cppcc::DataError&) {
    FUZZ_CHECK(encoding == io::Encoding::cp936); // GB18030 encodes every character
    return;
  }
  file.write(encoded);
  FUZZ_CHECK(read_all(file.path(), encoding) == text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  if (size == 0) return 0;
  static cppcc::fuzz::ScratchFile input("encoding-in"), again("encoding-again");
  const std::uint8_t mode = data[0];
  std::string bytes;
  if (mode & 0x80) bytes.assign(k_chunk - (mode & 0x7f), 'x');
  bytes.append(reinterpret_cast<const char*>(data) + 1, size - 1);
  input.write(bytes);

  const bool utf8 = io::valid_utf8_prefix(bytes) == bytes.size();
  io::Detected detected{};
  try {
    detected = io::detect_encoding(input.path());
  } catch (const cppcc::DataError&) {
    FUZZ_CHECK(!utf8);
    return 0;
  }
  if (utf8) FUZZ_CHECK(detected.encoding == io::Encoding::utf8);
  if (detected.bom) FUZZ_CHECK(bytes.starts_with("\xEF\xBB\xBF"));
  std::string text;
  try {
    text = read_all(input.path(), detected.encoding);
  } catch (const cppcc::DataError&) {
    // A UTF-8 BOM decides on the first bytes alone, and the first lines decide a file that
    // is not UTF-8 (one mixing encodings): what follows may still be bad. A NUL byte stops
    // any reading.
    FUZZ_CHECK(detected.bom || !utf8 || bytes.find('\0') != std::string::npos);
    return 0;
  }
  FUZZ_CHECK(io::valid_utf8_prefix(text) == text.size());
  if (detected.encoding == io::Encoding::utf8)
    FUZZ_CHECK(text == std::string_view(bytes).substr(detected.bom ? 3 : 0));
  // A leading U+FEFF is dropped when read, so it cannot come back.
  if (text.starts_with("\xEF\xBB\xBF")) return 0;
  check_round_trip(text, io::Encoding::gb18030, again);
  check_round_trip(text, io::Encoding::cp936, again);
  return 0;
}
