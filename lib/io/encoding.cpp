#include "io/encoding.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

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
      throw Error(msg::text("io.iconv_cannot_convert", from, to), Exit::internal);
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
  explicit InputFile(const std::filesystem::path& file)
      : m_name(file == "-" ? msg::text("io.standard_input") : file.string())
  {
    m_owned = file != "-";
    m_fd = m_owned ? ::open(file.c_str(), O_RDONLY | O_CLOEXEC) : STDIN_FILENO;
    if (m_fd < 0) fail(errno);
    examine();
  }
  // An input opened already (owned: closed here, unless it is standard input), of which
  // `prefix` was read: it is read first.
  InputFile(int fd, std::string name, std::string prefix)
      : m_name(std::move(name)), m_fd(fd), m_owned(fd != STDIN_FILENO), m_prefix(std::move(prefix))
  {
    examine();
  }
  void examine()
  {
    struct stat st {};
    const int error = ::fstat(m_fd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
    if (error != 0) {
      if (m_owned) ::close(m_fd); // the destructor does not run for a throwing constructor
      fail(error);
    }
    m_size = S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
    ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  }
  ~InputFile()
  {
    if (m_fd >= 0 && m_owned) ::close(m_fd);
  }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Reads up to `size` bytes, fewer only at the end of the file.
  std::size_t read(char* data, std::size_t size)
  {
    std::size_t done = std::min(size, m_prefix.size() - m_prefix_at);
    std::memcpy(data, m_prefix.data() + m_prefix_at, done);
    m_prefix_at += done;
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
    throw InputError(msg::text("io.cannot_read", m_name, util::system_error_text(error)));
  }

  std::string m_name;
  int m_fd = -1;
  bool m_owned = true; // not standard input
  std::uint64_t m_size = 0;
  std::string m_prefix; // read before this was made: returned first
  std::size_t m_prefix_at = 0;
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
  // `euro_0x80`: GB18030 that also reads a lone byte 0x80 as € (CP936's one byte GB18030
  // lacks), for a file detected as either.
  explicit ChunkDecoder(Encoding encoding, bool euro_0x80 = false)
      : m_encoding(encoding), m_euro_0x80(euro_0x80)
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
    int error = m_iconv->append(in, in_left, *out);
    while (error == EILSEQ && m_euro_0x80 && static_cast<unsigned char>(*in) == 0x80) {
      *out += "\u20AC"; // glibc's GB18030 stops at a lone 0x80 before it starts a character
      ++in;
      --in_left;
      error = m_iconv->append(in, in_left, *out);
    }
    return {static_cast<std::size_t>(in - begin), error != 0 && error != EINVAL};
  }

  Encoding m_encoding;
  bool m_euro_0x80;
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

namespace {

// The window after the first non-ASCII byte that decides a file's encoding.
constexpr std::size_t k_window = 256 * 1024;

bool all_ascii(const char* s, std::size_t n)
{
  std::size_t i = 0;
  for (std::uint64_t word; i + 8 <= n; i += 8)
    if (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080u) != 0) return false;
  for (; i < n; ++i)
    if ((s[i] & 0x80) != 0) return false;
  return true;
}

enum class LineKind { ascii, plain_utf8, weak_utf8, not_utf8 };

// How a line reads as UTF-8: plainly (valid, with two or more characters of three or four
// bytes: text in GBK virtually never forms those), weakly (valid, other non-ASCII bytes)
// or not at all. `cut_ok`: the line may end inside a character (more input follows).
LineKind line_kind(const char* s, std::size_t n, bool cut_ok)
{
  const Utf8Scan scan = scan_utf8(s, n);
  if (scan.valid < n && (scan.bad || !cut_ok)) return LineKind::not_utf8;
  std::size_t high = 0, long_leads = 0;
  for (std::size_t i = 0; i < scan.valid; ++i) {
    const auto byte = static_cast<unsigned char>(s[i]);
    high += byte >= 0x80 ? 1 : 0;
    long_leads += byte >= 0xE0 ? 1 : 0; // continuation bytes are 0x80..0xBF
  }
  return high == 0 ? LineKind::ascii : long_leads >= 2 ? LineKind::plain_utf8 : LineKind::weak_utf8;
}

struct Line {
  std::size_t start; // n when no line was found
  LineKind kind;
};

// The first line in [s, s + n) whose kind `stop` accepts. `last`: the input ends at s + n.
template <class Stop> Line find_line(const char* s, std::size_t n, bool last, Stop stop)
{
  for (std::size_t start = 0; start < n;) {
    const void* lf = std::memchr(s + start, '\n', n - start);
    const std::size_t end = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - s) : n;
    const LineKind kind = line_kind(s + start, end - start, !lf && !last);
    if (stop(kind)) return {start, kind};
    start = end + 1;
  }
  return {n, LineKind::ascii};
}

long newlines_in(const char* s, std::size_t n)
{
  return static_cast<long>(std::count(s, s + n, '\n'));
}

} // namespace

std::optional<BadSpot> first_bad_utf8(std::string_view text)
{
  const std::size_t valid = valid_utf8_prefix(text);
  if (valid == text.size()) return std::nullopt;
  return BadSpot{1 + newlines_in(text.data(), valid), valid};
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
  State(const std::filesystem::path& file, std::optional<Encoding> forced) : input(file)
  {
    force(forced);
  }
  State(int fd, std::string name, std::string prefix, std::optional<Encoding> forced)
      : input(fd, std::move(name), std::move(prefix))
  {
    force(forced);
  }
  void force(std::optional<Encoding> forced)
  {
    if (forced) {
      detected = {*forced, false};
      decoder.emplace(*forced);
      forced_encoding = true;
    }
  }
  InputFile input;
  Detected detected{Encoding::utf8, false};
  bool forced_encoding = false;
  std::optional<ChunkDecoder> decoder; // once the encoding is decided
  std::uint64_t decoder_base = 0;      // the offset where the decoder began
  std::string window;                  // k_headroom spare bytes, then the window's bytes
  ChunkBuffer buffer;
  std::uint64_t bytes_read = 0;
  std::uint64_t passed = 0;       // bytes given to the decoder or passed on as ASCII
  std::optional<BadText> pending; // thrown by the next read
  bool at_start = true;
  bool output_started = false;
  bool at_end = false;

  void fail_at(std::uint64_t offset, long lines_after = 0)
  {
    const std::string_view encoding = encoding_name(detected.encoding);
    std::string what = !forced_encoding && detected.encoding == Encoding::utf8 && !detected.bom
                           ? msg::text("io.not_valid_text_mixed", encoding, offset)
                           : msg::text("io.not_valid_text", encoding, offset);
    pending.emplace(input.name(), std::move(what), lines_after);
  }

  // Passes raw bytes at `data` (with k_headroom bytes before it) to the decoder.
  void pass(char* data, std::size_t n, std::string& out)
  {
    if (!forced_encoding && detected.encoding != Encoding::utf8) {
      const std::size_t utf8_line =
          find_line(data, n, false, [](LineKind k) { return k == LineKind::plain_utf8; }).start;
      if (utf8_line < n) {
        pending.emplace(input.name(),
                        msg::text("io.utf8_after_other_encoding", encoding_name(detected.encoding)),
                        0);
        n = utf8_line;
      }
    }
    if (!decoder->decode(data, n, &out)) fail_at(decoder_base + decoder->bad_offset());
    passed += n;
  }

  // Decides the encoding from the window and passes it on. `last`: no more input follows.
  void decide(std::string& out, bool last)
  {
    if (window.empty()) window.assign(k_headroom, '\0');
    char* w = window.data() + k_headroom;
    const std::size_t n = window.size() - k_headroom;
    const Utf8Scan scan = scan_utf8(w, n);
    Encoding encoding = Encoding::utf8;
    // Valid UTF-8, or the first line that settles it is plainly UTF-8 (a GBK row then stops
    // the reading where it starts).
    const bool utf8_first = scan.valid == n || (!scan.bad && !last) ||
                            find_line(w, n, last, [](LineKind k) {
                              return k == LineKind::plain_utf8 || k == LineKind::not_utf8;
                            }).kind == LineKind::plain_utf8;
    if (!utf8_first) {
      // Up to a line that is plainly UTF-8, where pass() stops a file read as GB18030.
      const std::size_t upto =
          find_line(w, n, last, [](LineKind k) { return k == LineKind::plain_utf8; }).start;
      const bool whole = last || upto < n;
      ChunkDecoder gb18030(Encoding::gb18030), cp936(Encoding::cp936);
      const bool gb_fits = gb18030.decode(w, upto, nullptr) && (!whole || gb18030.finish());
      const bool cp_fits = !gb_fits && cp936.decode(w, upto, nullptr) && (!whole || cp936.finish());
      if (!gb_fits && !cp_fits) {
        const std::size_t furthest =
            std::max({scan.valid, static_cast<std::size_t>(gb18030.bad_offset()),
                      static_cast<std::size_t>(cp936.bad_offset())});
        pending.emplace(input.name(), msg::text("io.not_any_encoding", passed + furthest),
                        newlines_in(w, std::min(furthest, n)));
        window.clear();
        return;
      }
      encoding = gb_fits ? Encoding::gb18030 : Encoding::cp936;
    }
    detected.encoding = encoding;
    // A file detected as GB18030 or CP936 reads as GB18030 that also takes CP936's 0x80.
    decoder.emplace(encoding == Encoding::utf8 ? Encoding::utf8 : Encoding::gb18030,
                    /*euro_0x80=*/encoding != Encoding::utf8);
    decoder_base = passed;
    pass(w, n, out);
    std::string().swap(window);
  }

  // Takes `n` raw bytes at `data` (with k_headroom bytes before it). `last`: no more follow.
  void feed(char* data, std::size_t n, std::string& out, bool last)
  {
    if (at_start && !decoder && std::string_view(data, n).starts_with(k_utf8_bom)) {
      detected = {Encoding::utf8, true};
      decoder.emplace(Encoding::utf8);
    }
    at_start = false;
    if (decoder) {
      pass(data, n, out);
      return;
    }
    if (window.empty() && all_ascii(data, n)) { // the same in every encoding
      out.append(data, n);
      passed += n;
      if (last) decide(out, last);
      return;
    }
    if (window.empty()) window.assign(k_headroom, '\0');
    window.append(data, n);
    if (last || window.size() - k_headroom >= k_window) decide(out, last);
  }
};

Utf8Source::Utf8Source(const std::filesystem::path& file, std::optional<Encoding> forced)
    : m_state(std::make_unique<State>(file, forced))
{
}

Utf8Source::Utf8Source(int fd, std::string name, std::string prefix, std::optional<Encoding> forced)
    : m_state(std::make_unique<State>(fd, std::move(name), std::move(prefix), forced))
{
}

Utf8Source::~Utf8Source() = default;

bool Utf8Source::read(std::string& out)
{
  State& s = *m_state;
  const std::size_t old_size = out.size();
  while (out.size() == old_size) {
    if (s.pending) {
      s.at_end = true;
      const BadText error = *s.pending;
      s.pending.reset();
      throw error;
    }
    if (s.at_end) return false;
    std::size_t n = s.input.read(s.buffer.data(), k_chunk);
    s.bytes_read += n;
    char* data = s.buffer.data();
    if (n == 0) {
      s.at_end = true;
      if (!s.decoder) s.decide(out, /*last=*/true);
      if (!s.pending && s.decoder && !s.decoder->finish())
        s.fail_at(s.decoder_base + s.decoder->bad_offset());
    } else if (const void* nul = std::memchr(data, '\0', n)) {
      const std::uint64_t chunk_offset = s.bytes_read - n;
      // No text holds a NUL: read to the end of its line (the reader names the cell), no further.
      const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - data);
      const void* lf = std::memchr(data + at, '\n', n - at);
      n = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - data) + 1 : at + 1;
      s.feed(data, n, out, /*last=*/true);
      if (!s.pending)
        s.pending.emplace(s.input.name(), msg::text("io.nul_byte_at", chunk_offset + at), 0);
      s.at_end = true;
    } else {
      s.feed(data, n, out, /*last=*/false);
    }
    // Output holds whole characters, so a BOM is either all there or not at all.
    if (!s.output_started && out.size() > old_size) {
      s.output_started = true;
      if (std::string_view(out).substr(old_size).starts_with(k_utf8_bom))
        out.erase(old_size, k_utf8_bom.size());
    }
  }
  return true;
}

Detected Utf8Source::detected() const
{
  return m_state->detected;
}

const std::string& Utf8Source::name() const
{
  return m_state->input.name();
}

std::uint64_t Utf8Source::bytes_read() const
{
  return m_state->bytes_read;
}

std::uint64_t Utf8Source::file_size() const
{
  return m_state->input.size();
}

Detected detect_encoding(const std::filesystem::path& file)
{
  Utf8Source source(file, std::nullopt);
  std::string text;
  while (!source.m_state->decoder && source.read(text))
    text.clear();
  return source.detected();
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
      throw DataError(msg::text("io.malformed_utf8_cannot_encode", encoding_name(encoding)));
    std::size_t length = 1;
    while (length < scan.valid && (rest[length] & 0xC0) == 0x80)
      ++length;
    const std::string_view character = rest.substr(0, length);
    const std::string code_point =
        fmt::format("U+{:04X}", static_cast<std::uint32_t>(decode_code_point(character)));
    throw DataError(
        msg::text("io.character_cannot_encode", character, code_point, encoding_name(encoding)));
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
