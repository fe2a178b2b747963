// lib/io/encoding.hpp: deciding a file's encoding, streaming it as UTF-8 across chunk
// boundaries, and encoding UTF-8 for export.
#include "error.hpp"
#include "io/encoding.hpp"

#include <atomic>
#include <cerrno>
#include <doctest/doctest.h>

#include "temp_dir.hpp"
#include <filesystem>
#include <fstream>
#include <iconv.h>
#include <optional>
#include <string>
#include <unistd.h>

using cppcc::io::Encoding;

namespace {

// `utf8` converted to `encoding` by iconv(3) directly, independently of the code under test.
std::string convert(const std::string& utf8, const char* encoding)
{
  iconv_t cd = iconv_open(encoding, "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  const std::size_t result = iconv(cd, &in, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  REQUIRE(result != static_cast<std::size_t>(-1));
  out.resize(out.size() - out_left);
  return out;
}

// Everything a Utf8Source gives, checking that every chunk ends on a character boundary.
std::string read_all(const std::filesystem::path& file, std::optional<Encoding> encoding,
                     int* chunks = nullptr)
{
  cppcc::io::Utf8Source source(file, encoding);
  std::string all, chunk;
  int count = 0;
  while (source.read(chunk)) {
    CHECK(cppcc::io::valid_utf8_prefix(chunk) == chunk.size());
    all += chunk;
    chunk.clear();
    ++count;
  }
  CHECK(chunk.empty());
  CHECK(source.bytes_read() == source.file_size());
  CHECK(!source.read(chunk));
  if (chunks) *chunks = count;
  return all;
}

// The message of the DataError `f` throws; fails the test if it throws none.
template <typename F> std::string data_error(F f)
{
  try {
    f();
  } catch (const cppcc::DataError& e) {
    return e.what();
  }
  FAIL("no DataError");
  return "";
}

std::string detected(const std::filesystem::path& file)
{
  const cppcc::io::Detected d = cppcc::io::detect_encoding(file);
  return std::string(cppcc::io::encoding_name(d.encoding)) + (d.bom ? "+bom" : "");
}

const std::string k_gbk_zhongwen = "\xD6\xD0\xCE\xC4";      // 中文
const std::string k_gb18030_cjk_ext_b = "\x95\x32\x82\x36"; // 𠀀 U+20000

} // namespace

TEST_SUITE("encoding")
{
  TEST_CASE("UTF-8 without a BOM is detected as UTF-8")
  {
    TempDir dir;
    CHECK(detected(dir.write("a.csv", "提案号,标题\r\n1,中文\r\n")) == "UTF-8");
    CHECK(detected(dir.write("ascii.csv", "code,title\r\n")) == "UTF-8");
    CHECK(detected(dir.write("empty.csv", "")) == "UTF-8");
  }

  TEST_CASE("a UTF-8 BOM is detected and reported")
  {
    TempDir dir;
    CHECK(detected(dir.write("a.csv", "\xEF\xBB\xBF提案号\r\n")) == "UTF-8+bom");
  }

  TEST_CASE("GBK bytes are detected as GB18030 and decoded")
  {
    TempDir dir;
    const auto file = dir.write("a.csv", "code," + k_gbk_zhongwen + "\r\n");
    CHECK(detected(file) == "GB18030");
    CHECK(read_all(file, Encoding::gb18030) == "code,中文\r\n");
  }

  TEST_CASE("a GB18030 four-byte character is detected as GB18030 and decoded")
  {
    TempDir dir;
    const auto file = dir.write("a.csv", k_gbk_zhongwen + k_gb18030_cjk_ext_b);
    CHECK(detected(file) == "GB18030");
    CHECK(read_all(file, Encoding::gb18030) == "中文𠀀");
  }

  TEST_CASE("CP936 with the euro sign at byte 0x80 is detected as CP936 and decoded")
  {
    TempDir dir;
    const auto file = dir.write("a.csv", "\x80 100," + k_gbk_zhongwen + "\r\n");
    CHECK(detected(file) == "CP936");
    CHECK(read_all(file, Encoding::cp936) == "€ 100,中文\r\n");
  }

  TEST_CASE("the window after the first non-ASCII byte decides; GBK past it reads on")
  {
    TempDir dir;
    std::string utf8_rows, gbk_rows;
    while (utf8_rows.size() < 400'000)
      utf8_rows += "1,关于加强社区养老服务的建议\r\n";
    while (gbk_rows.size() < 400'000)
      gbk_rows += "1," + k_gbk_zhongwen + "\r\n";
    // Past the window, a GBK row in a UTF-8 file stops the reading at its offset.
    const auto late_bad = dir.write("late.csv", utf8_rows + k_gbk_zhongwen + "\r\n");
    CHECK(detected(late_bad) == "UTF-8");
    CHECK(data_error([&] { read_all(late_bad, std::nullopt); })
              .find("not valid UTF-8 text (bad byte at offset " + std::to_string(utf8_rows.size()) +
                    "): the lines before it are UTF-8") != std::string::npos);
    // ASCII settles nothing: the GBK text after it decides.
    CHECK(detected(dir.write("ascii_first.csv", std::string(1'200'000, 'a') + "\r\n" +
                                                    k_gbk_zhongwen + "\r\n")) == "GB18030");
    // Past the window, CP936's euro sign still reads in a file detected as GB18030.
    const auto euro_last = dir.write("euro_last.csv", gbk_rows + "\x80 100\r\n");
    CHECK(detected(euro_last) == "GB18030");
    CHECK(read_all(euro_last, std::nullopt).ends_with("中文\r\n€ 100\r\n"));
    CHECK(detected(dir.write("gbk.csv", gbk_rows)) == "GB18030");
    // Past the window, a line of plain UTF-8 in a GBK file stops it there.
    const auto mixed = dir.write("mixed.csv", gbk_rows + "2,关于加强\r\n");
    CHECK(data_error([&] {
            read_all(mixed, std::nullopt);
          }).find("this line is UTF-8 text, the lines before it GB18030") != std::string::npos);
  }

  TEST_CASE("a file mixing UTF-8 and GBK rows is refused at the first row of the other")
  {
    TempDir dir;
    const std::string gbk_row = "2," + k_gbk_zhongwen + k_gbk_zhongwen + "\n";
    // Mostly UTF-8 (张伟 first): the GBK row stops it, however few.
    const auto utf8_first = dir.write("a.csv", "1,张伟\n" + gbk_row + "3,王芳\n");
    CHECK(detected(utf8_first) == "UTF-8");
    CHECK(data_error([&] {
            read_all(utf8_first, std::nullopt);
          }).find("not valid UTF-8 text (bad byte at offset 11)") != std::string::npos);
    // GBK first: the UTF-8 row is not read as GB18030 mojibake (寮犱紵 for 张伟).
    const auto gbk_first = dir.write("b.csv", gbk_row + "1,张伟\n");
    CHECK(detected(gbk_first) == "GB18030");
    CHECK(data_error([&] { read_all(gbk_first, std::nullopt); }) ==
          gbk_first.string() + ": this line is UTF-8 text, the lines before it GB18030: a file "
                               "must be in one encoding; save it all as CSV UTF-8");
    // A GBK line that happens to be valid UTF-8 with no CJK-sized character is no evidence.
    CHECK(detected(dir.write("c.csv", gbk_row + "3,\xC2\xA0\n")) == "GB18030");
  }

  TEST_CASE("standard input and pipes are read once; a NUL byte stops the reading")
  {
    TempDir dir;
    const auto nul =
        dir.write("nul.csv", std::string("a,b\n1,x\0y\n2,z\n", 15) + std::string(100'000, 'q'));
    cppcc::io::Utf8Source source(nul, std::nullopt);
    std::string text;
    CHECK(source.read(text));
    CHECK(text == std::string("a,b\n1,x\0y\n", 10)); // to the end of the NUL's line
    CHECK(data_error([&] { source.read(text); }) ==
          nul.string() + ": a NUL byte at offset 7 (not a text file, or text saved as UTF-16: "
                         "save it as CSV UTF-8)");
    CHECK(!source.read(text));
    cppcc::io::Utf8Source zero("/dev/zero", std::nullopt);
    text.clear();
    CHECK(zero.read(text));
    CHECK(text.size() == 1);
    CHECK_THROWS_AS(zero.read(text), cppcc::DataError);
    CHECK(zero.bytes_read() == 64 * 1024);
  }

  TEST_CASE("a truncated GB18030 file fits no encoding and names the furthest offset")
  {
    TempDir dir;
    SUBCASE("two-byte character cut")
    {
      const auto file = dir.write("cut.csv", k_gbk_zhongwen + "\xD6");
      CHECK(data_error([&] { cppcc::io::detect_encoding(file); }) ==
            file.string() + ": not UTF-8, GB18030 or CP936 text (first bad byte at offset 4)");
    }
    SUBCASE("cut after a four-byte character, which CP936 already refused")
    {
      const auto file = dir.write("cut.csv", k_gbk_zhongwen + k_gb18030_cjk_ext_b + "\xD6");
      CHECK(data_error([&] {
              cppcc::io::detect_encoding(file);
            }).ends_with("(first bad byte at offset 8)"));
    }
    SUBCASE("four-byte character cut")
    {
      const auto file = dir.write("cut.csv", k_gbk_zhongwen + k_gb18030_cjk_ext_b.substr(0, 3));
      CHECK(data_error([&] {
              cppcc::io::detect_encoding(file);
            }).ends_with("(first bad byte at offset 4)"));
    }
  }

  TEST_CASE("binary garbage fits no encoding")
  {
    TempDir dir;
    const auto file = dir.write("a.bin", std::string("PK\x03\x04\xFF\xFE\x00\x81", 8));
    CHECK(data_error([&] { cppcc::io::detect_encoding(file); }) ==
          file.string() + ": not UTF-8, GB18030 or CP936 text (first bad byte at offset 4)");
  }

  TEST_CASE("detection carries characters across chunk boundaries")
  {
    TempDir dir;
    const std::size_t chunk = 64 * 1024;
    SUBCASE("UTF-8 character split")
    {
      CHECK(detected(dir.write("a.csv", std::string(chunk - 1, 'a') + "中文")) == "UTF-8");
    }
    SUBCASE("GB18030 two-byte character split")
    {
      CHECK(detected(dir.write("a.csv", std::string(chunk - 1, 'a') + k_gbk_zhongwen)) ==
            "GB18030");
    }
    SUBCASE("GB18030 four-byte character split")
    {
      CHECK(detected(dir.write("a.csv", std::string(chunk - 2, 'a') + k_gb18030_cjk_ext_b)) ==
            "GB18030");
    }
    SUBCASE("the first non-UTF-8 byte far past the first chunk")
    {
      CHECK(detected(dir.write("a.csv", std::string(3 * chunk, 'a') + k_gbk_zhongwen)) ==
            "GB18030");
    }
  }

  TEST_CASE("a missing file or a directory is an InputError")
  {
    TempDir dir;
    const auto missing = dir.path / "missing.csv";
    CHECK_THROWS_AS(cppcc::io::detect_encoding(missing), cppcc::InputError);
    CHECK_THROWS_AS(cppcc::io::Utf8Source(missing, Encoding::utf8), cppcc::InputError);
    CHECK_THROWS_AS(cppcc::io::Utf8Source(dir.path, Encoding::utf8), cppcc::InputError);
    try {
      cppcc::io::detect_encoding(missing);
    } catch (const cppcc::InputError& e) {
      CHECK(e.status() == cppcc::Exit::no_input);
      CHECK(std::string(e.what()) ==
            "cannot read '" + missing.string() + "': No such file or directory");
    }
  }

  TEST_CASE("encoding names are parsed in any case and printed")
  {
    using cppcc::io::parse_encoding_name;
    CHECK(parse_encoding_name("utf-8") == Encoding::utf8);
    CHECK(parse_encoding_name("UTF8") == Encoding::utf8);
    CHECK(parse_encoding_name("GB18030") == Encoding::gb18030);
    CHECK(parse_encoding_name("gbk") == Encoding::cp936);
    CHECK(parse_encoding_name("Cp936") == Encoding::cp936);
    CHECK(parse_encoding_name("GB2312") == Encoding::cp936);
    CHECK_FALSE(parse_encoding_name("latin1").has_value());
    CHECK_FALSE(parse_encoding_name("").has_value());
    CHECK(cppcc::io::encoding_name(Encoding::utf8) == "UTF-8");
    CHECK(cppcc::io::encoding_name(Encoding::gb18030) == "GB18030");
    CHECK(cppcc::io::encoding_name(Encoding::cp936) == "CP936");
  }

  TEST_CASE("UTF-8 larger than a chunk with multibyte characters everywhere reads back whole")
  {
    TempDir dir;
    std::string text;
    while (text.size() < 300'000)
      text += "a中é😀\n"; // 1+3+2+4+1 bytes: chunk boundaries fall inside every kind
    const auto file = dir.write("a.csv", text);
    int chunks = 0;
    CHECK(read_all(file, Encoding::utf8, &chunks) == text);
    CHECK(chunks >= 4);
  }

  TEST_CASE("GB18030 larger than a chunk converts to the same UTF-8")
  {
    TempDir dir;
    std::string text;
    while (text.size() < 400'000)
      text += "中a𠀀文\r\n"; // 2+1+4+2+2 bytes in GB18030
    const auto file = dir.write("a.csv", convert(text, "GB18030"));
    CHECK(detected(file) == "GB18030");
    CHECK(read_all(file, Encoding::gb18030) == text);
  }

  TEST_CASE("a leading BOM is dropped from the stream")
  {
    TempDir dir;
    CHECK(read_all(dir.write("a.csv", "\xEF\xBB\xBF标题\n"), Encoding::utf8) == "标题\n");
    CHECK(read_all(dir.write("b.csv", "\xEF\xBB\xBF"), Encoding::utf8).empty());
    // U+FEFF later in the text is kept.
    CHECK(read_all(dir.write("c.csv", "a\xEF\xBB\xBF"), Encoding::utf8) == "a\xEF\xBB\xBF");
  }

  TEST_CASE("malformed input is a DataError naming the file and the byte offset")
  {
    TempDir dir;
    SUBCASE("UTF-8 past the first chunk")
    {
      const auto file = dir.write("a.csv", std::string(70'000, 'a') + "\xE4\xB8" + "a");
      CHECK(data_error([&] { read_all(file, Encoding::utf8); }) ==
            file.string() + ": not valid UTF-8 text (bad byte at offset 70000)");
    }
    SUBCASE("UTF-8 cut at the end")
    {
      const auto file = dir.write("a.csv", "ab\xE4\xB8");
      CHECK(data_error([&] { read_all(file, Encoding::utf8); }) ==
            file.string() + ": not valid UTF-8 text (bad byte at offset 2)");
    }
    SUBCASE("GB18030 rejects the CP936 euro")
    {
      const auto file = dir.write("a.csv", k_gbk_zhongwen + "\x80");
      CHECK(data_error([&] { read_all(file, Encoding::gb18030); }) ==
            file.string() + ": not valid GB18030 text (bad byte at offset 4)");
    }
  }

  TEST_CASE("valid_utf8_prefix stops at overlong forms, surrogates and cut characters")
  {
    using cppcc::io::valid_utf8_prefix;
    CHECK(valid_utf8_prefix("中文") == 6);
    CHECK(valid_utf8_prefix("a\xC0\xAF") == 1);
    CHECK(valid_utf8_prefix("a\xED\xA0\x80") == 1);
    CHECK(valid_utf8_prefix("a\xF4\x90\x80\x80") == 1);
    CHECK(valid_utf8_prefix("abcdefghij\xE4\xB8") == 10);
    // The same inside runs of CJK, which are checked several characters at a time.
    const std::string cjk = "中文中文";
    CHECK(valid_utf8_prefix(cjk + "\xED\xA0\x80中文中文") == 12);
    CHECK(valid_utf8_prefix(cjk + "\xE0\x9F\xBF中文中文") == 12);
    CHECK(valid_utf8_prefix(cjk + "\xE4\xB8\x41中文中文") == 12);
    CHECK(valid_utf8_prefix(cjk + "\xE4\xC0\xAD中文中文") == 12);
    const std::string edges = cjk + "\xE0\xA0\x80\xED\x9F\xBF\xEF\xBF\xBF中文中文";
    CHECK(valid_utf8_prefix(edges) == edges.size());
  }

  TEST_CASE("Utf8Encoder writes GB18030 and CP936 and names what CP936 cannot hold")
  {
    std::string out;
    cppcc::io::Utf8Encoder(Encoding::gb18030).encode("中文€𠀀", out);
    CHECK(out == k_gbk_zhongwen + "\xA2\xE3" + k_gb18030_cjk_ext_b);
    out.clear();
    cppcc::io::Utf8Encoder cp936(Encoding::cp936);
    cp936.encode("中文€", out);
    CHECK(out == k_gbk_zhongwen + "\x80");
    CHECK(data_error([&] { cp936.encode("a𠀀b", out); }) ==
          "character '𠀀' (U+20000) cannot be written as CP936");
    out.clear();
    cppcc::io::Utf8Encoder(Encoding::utf8).encode("中文", out);
    CHECK(out == "中文");
  }
}
