#include "io/encoding.hpp"

#include "error.hpp"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <iconv.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cppcc::io {

namespace {

constexpr std::size_t k_chunk = 64 * 1024;
// Room before a chunk for the bytes of a character split by the previous chunk.
constexpr std::size_t k_headroom = 4;
constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

const char* iconv_name(Encoding encoding)
{
  return encoding == Encoding::gb18030 ? "GB18030"
         : encoding == Encoding::cp936 ? "CP936"
                                       : "UTF-8";
}

// Owns an iconv(3) conversion descriptor.
class Iconv {
public:
  Iconv(const char* to, const char* from) : m_cd(iconv_open(to, from))
  {
    if (m_cd == reinterpret_cast<iconv_t>(-1))
      throw Error(fmt::format("iconv cannot convert {} to {}", from, to), Exit::internal);
  }
  ~Iconv() { iconv_close(m_cd); }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;

  // Converts what it can of the `in_left` bytes at `in`, appending to `out` and advancing
  // `in`. Returns the errno that stopped it (EILSEQ: malformed input at `in`; EINVAL: a
  // character cut at the end), or 0 when all was converted.
  int append(const char*& in, std::size_t& in_left, std::string& out)
  {
    while (in_left > 0) {
      const std::size_t old_size = out.size();
      std::size_t out_left = in_left * 2 + 16;
      out.resize(old_size + out_left);
      char* out_ptr = out.data() + old_size;
      char* in_ptr = const_cast<char*>(in); // iconv(3) never writes through its input
      const std::size_t result = iconv(m_cd, &in_ptr, &in_left, &out_ptr, &out_left);
      const int error = errno;
      in = in_ptr;
      out.resize(out.size() - out_left);
      if (result != static_cast<std::size_t>(-1)) return 0;
      if (error != E2BIG) return error;
    }
    return 0;
  }

private:
  iconv_t m_cd;
};

// Owns a file descriptor opened for reading.
class InputFile {
public:
  explicit InputFile(const std::filesystem::path& file) : m_name(file.string())
  {
    m_fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) fail(errno);
    struct stat st {};
    const int error = ::fstat(m_fd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
    if (error != 0) {
      ::close(m_fd); // the destructor does not run for a throwing constructor
      fail(error);
    }
    m_size = S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
    ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  }
  ~InputFile()
  {
    if (m_fd >= 0) ::close(m_fd);
  }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Reads up to `size` bytes, fewer only at the end of the file.
  std::size_t read(char* data, std::size_t size)
  {
    std::size_t done = 0;
    while (done < size) {
      const ssize_t n = ::read(m_fd, data + done, size - done);
      if (n == 0) break;
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) fail(errno);
      done += static_cast<std::size_t>(n);
    }
    return done;
  }
  const std::string& name() const { return m_name; }
  std::uint64_t size() const { return m_size; }

private:
  [[noreturn]] void fail(int error)
  {
    throw InputError(fmt::format("cannot read '{}': {}", m_name, std::strerror(error)));
  }

  std::string m_name;
  int m_fd = -1;
  std::uint64_t m_size = 0;
};

struct Utf8Scan {
  std::size_t valid; // bytes of complete, well-formed characters
  bool bad;          // the byte at `valid` starts a malformed sequence (else: a truncated one)
};

// Skips well-formed three-byte characters from s[i]: two at a time while the bytes allow
// (leads E1..EC or EE..EF, which need no overlong or surrogate check), then one at a time.
std::size_t skip_three_byte_characters(const unsigned char* s, std::size_t i, std::size_t n)
{
  if constexpr (std::endian::native == std::endian::little) {
    std::uint64_t w;
    while (i + 8 <= n && (std::memcpy(&w, s + i, 8), (w & 0xC0C0F0C0C0F0u) == 0x8080E08080E0u)) {
      const auto nibble0 = w & 0x0F, nibble1 = (w >> 24) & 0x0F;
      if (nibble0 == 0 || nibble0 == 0xD || nibble1 == 0 || nibble1 == 0xD) break;
      i += 6;
    }
  }
  while (i + 3 <= n) {
    const unsigned b0 = s[i], b1 = s[i + 1], b2 = s[i + 2];
    const unsigned cp = (b0 & 0x0Fu) << 12 | (b1 & 0x3Fu) << 6 | (b2 & 0x3Fu);
    const bool ok = ((b0 & 0xF0) == 0xE0) & ((b1 & 0xC0) == 0x80) & ((b2 & 0xC0) == 0x80) &
                    (cp >= 0x800) & (cp - 0xD800 >= 0x800);
    if (!ok) break;
    i += 3;
  }
  return i;
}

// Unicode Table 3-7 (well-formed UTF-8 byte sequences), with fast paths for runs of ASCII
// and for three-byte characters (CJK), which are most of what offices write.
Utf8Scan scan_utf8(const unsigned char* s, std::size_t n)
{
  std::size_t i = 0;
  while (i < n) {
    const unsigned lead = s[i];
    if (lead < 0x80) {
      ++i;
      std::uint64_t word;
      while (i + 8 <= n && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080u) == 0))
        i += 8;
      continue;
    }
    if ((lead & 0xF0) == 0xE0) {
      const std::size_t start = i;
      i = skip_three_byte_characters(s, i, n);
      if (i != start) continue;
    }
    std::size_t length = 0;
    unsigned low = 0x80, high = 0xBF; // range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;
      if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;
      if (lead == 0xF4) high = 0x8F;
    } else {
      return {i, true};
    }
    if (i + 1 >= n) return {i, false};
    if (s[i + 1] < low || s[i + 1] > high) return {i, true};
    for (std::size_t k = 2; k < length; ++k) {
      if (i + k >= n) return {i, false};
      if ((s[i + k] & 0xC0) != 0x80) return {i, true};
    }
    i += length;
  }
  return {n, false};
}

Utf8Scan scan_utf8(const char* s, std::size_t n)
{
  return scan_utf8(reinterpret_cast<const unsigned char*>(s), n);
}

// Checks (UTF-8) or converts to UTF-8 (GB18030, CP936) a stream given chunk by chunk,
// carrying a character split between chunks over to the next one.
class ChunkDecoder {
public:
  explicit ChunkDecoder(Encoding encoding) : m_encoding(encoding)
  {
    if (encoding != Encoding::utf8)
      m_iconv = std::make_unique<Iconv>("UTF-8", iconv_name(encoding));
  }

  // Decodes `size` bytes at `data`, which must have k_headroom writable bytes before it.
  // Appends the UTF-8 of the complete characters to *out (nothing when out is null). False
  // at the first malformed character; bad_offset() says where.
  bool decode(char* data, std::size_t size, std::string* out)
  {
    char* begin = data - m_carry_size;
    std::memcpy(begin, m_carry, m_carry_size);
    const std::size_t n = m_carry_size + size;
    const std::uint64_t begin_offset = m_next_offset - m_carry_size;
    m_next_offset += size;
    const Utf8Scan done =
        m_encoding == Encoding::utf8 ? check(begin, n, out) : convert(begin, n, out);
    // A split character leaves at most three bytes; anything longer is not a split.
    if (done.bad || n - done.valid >= k_headroom) {
      m_bad_offset = begin_offset + done.valid;
      return false;
    }
    m_carry_size = n - done.valid;
    std::memcpy(m_carry, begin + done.valid, m_carry_size);
    return true;
  }

  // False if the stream ended inside a character.
  bool finish()
  {
    if (m_carry_size == 0) return true;
    m_bad_offset = m_next_offset - m_carry_size;
    return false;
  }

  std::uint64_t bad_offset() const { return m_bad_offset; }

private:
  static Utf8Scan check(const char* begin, std::size_t n, std::string* out)
  {
    const Utf8Scan scan = scan_utf8(begin, n);
    if (out) out->append(begin, scan.valid);
    return scan;
  }

  Utf8Scan convert(const char* begin, std::size_t n, std::string* out)
  {
    if (!out) {
      m_scratch.clear();
      out = &m_scratch;
    }
    // `begin` starts a character, so ASCII up to the first other byte needs no iconv.
    const char* in = std::find_if(begin, begin + n, [](char c) { return (c & 0x80) != 0; });
    out->append(begin, in);
    std::size_t in_left = n - static_cast<std::size_t>(in - begin);
    const int error = m_iconv->append(in, in_left, *out);
    return {static_cast<std::size_t>(in - begin), error != 0 && error != EINVAL};
  }

  Encoding m_encoding;
  std::unique_ptr<Iconv> m_iconv;
  char m_carry[k_headroom] = {};
  std::size_t m_carry_size = 0;
  std::uint64_t m_next_offset = 0;
  std::uint64_t m_bad_offset = 0;
  std::string m_scratch;
};

// A chunk buffer with headroom for ChunkDecoder.
struct ChunkBuffer {
  std::unique_ptr<char[]> storage = std::make_unique<char[]>(k_headroom + k_chunk);
  char* data() { return storage.get() + k_headroom; }
};

char32_t decode_code_point(std::string_view character)
{
  const auto* s = reinterpret_cast<const unsigned char*>(character.data());
  switch (character.size()) {
  case 1:
    return s[0];
  case 2:
    return (s[0] & 0x1Fu) << 6 | (s[1] & 0x3Fu);
  case 3:
    return (s[0] & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
  default:
    return (s[0] & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
  }
}

} // namespace

std::size_t valid_utf8_prefix(std::string_view text)
{
  return scan_utf8(text.data(), text.size()).valid;
}

Detected detect_encoding(const std::filesystem::path& file)
{
  InputFile input(file);
  ChunkBuffer buffer;
  struct Candidate {
    Encoding encoding;
    ChunkDecoder decoder{encoding};
    bool fits = true;
  };
  Candidate candidates[] = {{Encoding::utf8}, {Encoding::gb18030}, {Encoding::cp936}};
  // UTF-8 is settled once a good stretch of multi-byte text has decoded: text in GB18030
  // or CP936 does not read as UTF-8 for long (and if a file turns bad later, reading it
  // stops there, naming the line). Those two are told apart by rare characters (€), so
  // a file in either is read to its end.
  constexpr std::uint64_t k_utf8_settled_after = 1024 * 1024, k_utf8_settled_multibyte = 4096;
  std::uint64_t read = 0, multibyte = 0;
  for (bool first = true;; first = false) {
    const std::size_t n = input.read(buffer.data(), k_chunk);
    if (first && std::string_view(buffer.data(), n).starts_with(k_utf8_bom))
      return {Encoding::utf8, true};
    if (n == 0) break;
    read += n;
    for (std::size_t i = 0; i < n; ++i)
      multibyte += static_cast<unsigned char>(buffer.data()[i]) >= 0x80 ? 1 : 0;
    bool any_fits = false;
    for (Candidate& c : candidates) {
      // Each decoder puts its own carried-over bytes in the shared headroom, one at a time.
      if (c.fits) c.fits = c.decoder.decode(buffer.data(), n, nullptr);
      any_fits = any_fits || c.fits;
    }
    if (!any_fits) break;
    if (candidates[0].fits && read >= k_utf8_settled_after && multibyte >= k_utf8_settled_multibyte)
      return {Encoding::utf8, false};
  }
  std::uint64_t furthest = 0;
  for (Candidate& c : candidates) {
    if (c.fits && c.decoder.finish()) return {c.encoding, false};
    furthest = std::max(furthest, c.decoder.bad_offset());
  }
  throw DataError(fmt::format("{}: not UTF-8, GB18030 or CP936 text (first bad byte at offset {})",
                              input.name(), furthest));
}

std::optional<Encoding> parse_encoding_name(std::string_view name)
{
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  if (lower == "utf-8" || lower == "utf8") return Encoding::utf8;
  if (lower == "gb18030") return Encoding::gb18030;
  if (lower == "gbk" || lower == "cp936" || lower == "gb2312") return Encoding::cp936;
  return std::nullopt;
}

std::string_view encoding_name(Encoding encoding)
{
  return iconv_name(encoding);
}

struct Utf8Source::State {
  State(const std::filesystem::path& file, Encoding enc) : input(file), encoding(enc), decoder(enc)
  {
  }
  InputFile input;
  Encoding encoding;
  ChunkDecoder decoder;
  ChunkBuffer buffer;
  std::uint64_t bytes_read = 0;
  bool at_start = true;
  bool at_end = false;

  [[noreturn]] void fail() const
  {
    throw DataError(fmt::format("{}: not valid {} text (bad byte at offset {})", input.name(),
                                encoding_name(encoding), decoder.bad_offset()));
  }
};

Utf8Source::Utf8Source(const std::filesystem::path& file, Encoding encoding)
    : m_state(std::make_unique<State>(file, encoding))
{
}

Utf8Source::~Utf8Source() = default;

bool Utf8Source::read(std::string& out)
{
  State& s = *m_state;
  while (!s.at_end) {
    const std::size_t n = s.input.read(s.buffer.data(), k_chunk);
    s.bytes_read += n;
    if (n == 0) {
      s.at_end = true;
      if (!s.decoder.finish()) s.fail();
      break;
    }
    const std::size_t old_size = out.size();
    if (!s.decoder.decode(s.buffer.data(), n, &out)) s.fail();
    if (out.size() == old_size) continue;
    // Output holds whole characters, so a BOM is either all there or not at all.
    if (s.at_start && std::string_view(out).substr(old_size).starts_with(k_utf8_bom))
      out.erase(old_size, k_utf8_bom.size());
    s.at_start = false;
    if (out.size() > old_size) return true;
  }
  return false;
}

std::uint64_t Utf8Source::bytes_read() const
{
  return m_state->bytes_read;
}

std::uint64_t Utf8Source::file_size() const
{
  return m_state->input.size();
}

struct Utf8Encoder::State {
  explicit State(Encoding enc) : encoding(enc)
  {
    if (enc != Encoding::utf8) iconv = std::make_unique<Iconv>(iconv_name(enc), "UTF-8");
  }
  Encoding encoding;
  std::unique_ptr<Iconv> iconv;

  [[noreturn]] void fail(std::string_view rest) const
  {
    const Utf8Scan scan = scan_utf8(rest.data(), std::min<std::size_t>(rest.size(), 4));
    if (scan.valid == 0)
      throw DataError(
          fmt::format("malformed UTF-8 text cannot be written as {}", encoding_name(encoding)));
    std::size_t length = 1;
    while (length < scan.valid && (rest[length] & 0xC0) == 0x80)
      ++length;
    const std::string_view character = rest.substr(0, length);
    throw DataError(fmt::format("character '{}' (U+{:04X}) cannot be written as {}", character,
                                static_cast<std::uint32_t>(decode_code_point(character)),
                                encoding_name(encoding)));
  }
};

Utf8Encoder::Utf8Encoder(Encoding encoding) : m_state(std::make_unique<State>(encoding)) {}

Utf8Encoder::~Utf8Encoder() = default;

void Utf8Encoder::encode(std::string_view utf8, std::string& out)
{
  if (!m_state->iconv) {
    out.append(utf8);
    return;
  }
  const char* in = utf8.data();
  std::size_t in_left = utf8.size();
  if (m_state->iconv->append(in, in_left, out) != 0) m_state->fail(std::string_view(in, in_left));
}

} // namespace cppcc::io
