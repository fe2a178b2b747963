#pragma once
// The text encodings of the files offices exchange: deciding a file's encoding, reading it
// as UTF-8 chunk by chunk, and encoding UTF-8 for export. Conversions other than UTF-8 go
// through glibc iconv(3); UTF-8 input is only checked, never converted.
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

// Decides a file's encoding: a UTF-8 BOM (decided on the first bytes alone), else valid
// UTF-8, else valid GB18030, else CP936 (what Excel on Chinese Windows writes; it maps byte
// 0x80 to €, which GB18030 rejects). "Valid" is what glibc iconv accepts, so a file detected
// as X converts as X. Reads the file once, in chunks, stopping early when no encoding fits.
// An empty file is UTF-8. Throws InputError if unreadable, DataError ("FILE: not UTF-8,
// GB18030 or CP936 text (first bad byte at offset N)", N being the furthest offset any of
// the three encodings reached) if none fits.
Detected detect_encoding(const std::filesystem::path& file);

// "utf-8"/"utf8", "gb18030", "gbk"/"cp936"/"gb2312" (any case) → Encoding; nothing otherwise.
std::optional<Encoding> parse_encoding_name(std::string_view name);

// "UTF-8", "GB18030", "CP936".
std::string_view encoding_name(Encoding encoding);

// The length of the longest prefix of `text` that is well-formed UTF-8 (no overlong forms,
// surrogates or code points past U+10FFFF).
std::size_t valid_utf8_prefix(std::string_view text);

// Streams a file as UTF-8 in chunks of about 64 KiB; a leading byte order mark (U+FEFF) is
// dropped. Characters split across chunks are carried over, so every chunk ends on a
// character boundary. Invalid or truncated input is a DataError naming the file and the
// byte offset of the first bad character.
class Utf8Source {
public:
  // InputError if `file` cannot be opened or is a directory.
  Utf8Source(const std::filesystem::path& file, Encoding encoding);
  ~Utf8Source();
  Utf8Source(const Utf8Source&) = delete;
  Utf8Source& operator=(const Utf8Source&) = delete;

  // Appends the next chunk to `out`; false (and nothing appended) at the end. InputError on
  // a read failure.
  bool read(std::string& out);
  // Bytes of the file consumed so far, for progress.
  std::uint64_t bytes_read() const;
  std::uint64_t file_size() const;

private:
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
