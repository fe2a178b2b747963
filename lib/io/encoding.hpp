#pragma once
// The text encodings of the files offices exchange: deciding a file's encoding, reading it
// as UTF-8 chunk by chunk, and encoding UTF-8 for export. Conversions other than UTF-8 go
// through glibc iconv(3); UTF-8 input is only checked, never converted.
#include "error.hpp"
#include "util/messages.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace cppcc::io {

enum class Encoding { utf8, gb18030, cp936 };

struct Detected {
  Encoding encoding;
  bool bom;
};

// Decides a file's encoding as Utf8Source does (see there), from its first bytes only: it
// reads up to the window after the first non-ASCII byte. Throws what Utf8Source would.
Detected detect_encoding(const std::filesystem::path& file);

// "utf-8"/"utf8", "gb18030", "gbk"/"cp936"/"gb2312" (any case) → Encoding; nothing otherwise.
std::optional<Encoding> parse_encoding_name(std::string_view name);

// "UTF-8", "GB18030", "CP936".
std::string_view encoding_name(Encoding encoding);

// The length of the longest prefix of `text` that is well-formed UTF-8 (no overlong forms,
// surrogates or code points past U+10FFFF).
std::size_t valid_utf8_prefix(std::string_view text);

// Bad bytes in a text input, thrown by Utf8Source::read after the text before them: what()
// is "FILE: detail"; `detail` says what ("not valid UTF-8 text (bad byte at offset N)…"),
// and the bad bytes are `lines_after` line breaks past the end of the text returned, so a
// reader that counts lines can name theirs.
struct BadText : DataError {
  BadText(const std::string& file, std::string what, long lines)
      : DataError(msg::text("io.file_problem", file, what)), detail(std::move(what)),
        lines_after(lines)
  {
  }
  std::string detail;
  long lines_after;
};

// Where text stops being UTF-8: its line (1-based) and byte offset.
struct BadSpot {
  long line;
  std::size_t offset;
};
// Nothing when all of `text` is well-formed UTF-8.
std::optional<BadSpot> first_bad_utf8(std::string_view text);

// Streams a file (or standard input, "-") as UTF-8 in chunks of about 64 KiB, reading it
// once, so pipes, FIFOs and process substitutions work; a leading byte order mark (U+FEFF)
// is dropped. Characters split across chunks are carried over, so every chunk ends on a
// character boundary. Memory is bounded by a chunk and the detection window, never the file.
//
// Without a forced encoding the encoding is decided from a window of the input:
//  - a UTF-8 BOM: UTF-8;
//  - while the input is plain ASCII it is read as such (ASCII is the same in all three);
//  - from the first chunk with another byte, a window of up to 256 KiB decides: valid UTF-8
//    is UTF-8; otherwise the first line that settles it does: a line that is valid UTF-8
//    with at least two characters of three or four bytes (CJK text in UTF-8; GBK text
//    virtually never forms one) makes the file UTF-8, a line that is not UTF-8 makes it
//    GB18030, or CP936 when only CP936 fits the window (Excel's GBK: byte 0x80 is €);
//  - a file that is neither is a BadText "not UTF-8, GB18030 or CP936 text".
// After that a file decided as GB18030 or CP936 is read as GB18030 that also takes 0x80 as
// € (CP936 is that code's subset), and a line in it that is plainly UTF-8 (as above) stops
// the reading there; a file decided as UTF-8 stops at its first invalid byte. Either way the
// file mixes encodings, and the BadText names the line.
// Any encoding: a NUL byte (no text has one: a binary file, UTF-16) stops the reading at the
// end of its line, so /dev/zero is refused after one chunk.
// Invalid or truncated input is a BadText naming the byte offset of the first bad character.
class Utf8Source {
public:
  // InputError if `file` cannot be opened or is a directory.
  Utf8Source(const std::filesystem::path& file, std::optional<Encoding> forced);
  // An input opened already (a descriptor this takes over; standard input is not closed),
  // named `name` in messages, of which `prefix` was read already (to tell its kind): the
  // prefix is read first, so a pipe is still read once.
  Utf8Source(int fd, std::string name, std::string prefix, std::optional<Encoding> forced);
  ~Utf8Source();
  Utf8Source(const Utf8Source&) = delete;
  Utf8Source& operator=(const Utf8Source&) = delete;

  // Appends the next chunk to `out`; false (and nothing appended) at the end. InputError on
  // a read failure, BadText at bad bytes (after the text before them was returned).
  bool read(std::string& out);
  // The encoding forced or decided so far (UTF-8 while the input has been ASCII).
  Detected detected() const;
  // "standard input" for "-", else the path.
  const std::string& name() const;
  // Bytes of the file consumed so far, for progress.
  std::uint64_t bytes_read() const;
  std::uint64_t file_size() const;

private:
  friend Detected detect_encoding(const std::filesystem::path& file);
  struct State;
  std::unique_ptr<State> m_state;
};

// Encodes UTF-8 text as `encoding`, appending to `out`. A character the encoding cannot
// represent is a DataError naming it ("character '€' (U+20AC) cannot be written as ...");
// so is malformed UTF-8 when converting. UTF-8 output is appended unchanged.
class Utf8Encoder {
public:
  explicit Utf8Encoder(Encoding encoding);
  ~Utf8Encoder();
  Utf8Encoder(const Utf8Encoder&) = delete;
  Utf8Encoder& operator=(const Utf8Encoder&) = delete;

  void encode(std::string_view utf8, std::string& out);

private:
  struct State;
  std::unique_ptr<State> m_state;
};

} // namespace cppcc::io
