// lib/io/csv.hpp: RFC 4180 records as Excel writes them, read chunk by chunk, and written
// back in UTF-8 (with or without BOM), GB18030 or CP936.
#include "error.hpp"
#include "io/csv.hpp"

#include <algorithm>
#include <atomic>
#include <doctest/doctest.h>

#include "temp_dir.hpp"
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using cppcc::io::CsvReader;
using cppcc::io::CsvRecord;
using cppcc::io::CsvWriter;
using cppcc::io::Encoding;
using Fields = std::vector<std::string>;

namespace {

std::string slurp(const std::filesystem::path& file)
{
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every record of `file`, read with one reused CsvRecord.
std::vector<CsvRecord> read_file(const std::filesystem::path& file, Encoding encoding)
{
  cppcc::io::Utf8Source source(file, encoding);
  CsvReader reader(source, "data.csv");
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (reader.next(record))
    records.push_back(record);
  CHECK(reader.bytes_read() == source.file_size());
  return records;
}

std::vector<CsvRecord> parse(const std::string& text)
{
  TempDir dir;
  return read_file(dir.write("data.csv", text), Encoding::utf8);
}

std::vector<Fields> fields_of(const std::vector<CsvRecord>& records)
{
  std::vector<Fields> out;
  for (const CsvRecord& r : records)
    out.push_back(r.fields);
  return out;
}

std::vector<long> lines_of(const std::vector<CsvRecord>& records)
{
  std::vector<long> out;
  for (const CsvRecord& r : records)
    out.push_back(r.line);
  return out;
}

// Records a writer meets in practice: Chinese, commas, quotes, newlines, empty fields.
const std::vector<Fields> k_awkward_records = {
    {"code", "title", "body", "phone"},
    {"2024-001", "关于\"加强\"供水管网改造的建议", "第一段，说明。\n第二段,有逗号", "13800138000"},
    {"2024-002", "", "结尾有换行\n", ""},
    {""},
    {"=SUM(A1)", "a\"\"b", " leading and trailing ", "€"},
};

std::vector<Fields> round_trip(const TempDir& dir, Encoding encoding, bool bom)
{
  const auto file = dir.path / "out.csv";
  CsvWriter writer(file.string(), encoding, bom, {});
  for (const Fields& fields : k_awkward_records)
    writer.write(fields);
  writer.close();
  return fields_of(read_file(file, encoding));
}

} // namespace

TEST_SUITE("csv")
{
  TEST_CASE("records end at LF or CRLF and CR is not part of the last field")
  {
    const auto records = parse("a,b\r\nc,d\ne,f\r\n");
    CHECK(fields_of(records) == std::vector<Fields>{{"a", "b"}, {"c", "d"}, {"e", "f"}});
    CHECK(lines_of(records) == std::vector<long>{1, 2, 3});
  }

  TEST_CASE("quoted fields keep commas and doubled quotes become one quote")
  {
    CHECK(fields_of(parse("\"a,b\",\"say \"\"hi\"\"\",\"\"\"\"\r\n")) ==
          std::vector<Fields>{{"a,b", "say \"hi\"", "\""}});
  }

  TEST_CASE("embedded newlines stay in the field and later line numbers count them")
  {
    const auto records = parse("1,\"a\nb\r\nc\"\r\n2,\"x\n\ny\"\n3,z\n");
    CHECK(fields_of(records) == std::vector<Fields>{{"1", "a\nb\nc"}, {"2", "x\n\ny"}, {"3", "z"}});
    CHECK(lines_of(records) == std::vector<long>{1, 4, 7});
  }

  TEST_CASE("CRLF inside quotes is returned as LF and a lone CR is kept")
  {
    CHECK(fields_of(parse("\"a\r\nb\rc\"\r\nd\re\r\n")) ==
          std::vector<Fields>{{"a\nb\rc"}, {"d\re"}});
  }

  TEST_CASE("a last record without a newline is read")
  {
    CHECK(fields_of(parse("a,b\nc,d")) == std::vector<Fields>{{"a", "b"}, {"c", "d"}});
    CHECK(fields_of(parse("a,\"b\"")) == std::vector<Fields>{{"a", "b"}});
    CHECK(fields_of(parse("a,b\r")) == std::vector<Fields>{{"a", "b"}});
  }

  TEST_CASE("empty fields and a trailing empty field are kept")
  {
    CHECK(fields_of(parse("a,,c\n,\nx,\r\ny,")) ==
          std::vector<Fields>{{"a", "", "c"}, {"", ""}, {"x", ""}, {"y", ""}});
  }

  TEST_CASE("blank lines are skipped but a quoted empty field is a record")
  {
    const auto records = parse("\n\r\na\n\n\r\nb\n\"\"\n\n");
    CHECK(fields_of(records) == std::vector<Fields>{{"a"}, {"b"}, {""}});
    CHECK(lines_of(records) == std::vector<long>{3, 6, 7});
    CHECK(parse("").empty());
    CHECK(parse("\r\n\n").empty());
  }

  TEST_CASE("text after a closing quote and quotes inside unquoted fields are kept as data")
  {
    CHECK(fields_of(parse("\"ab\"cd,x\"y\"z\n")) == std::vector<Fields>{{"abcd", "x\"y\"z"}});
  }

  TEST_CASE("a BOM before the header does not reach the first field")
  {
    CHECK(fields_of(parse("\xEF\xBB\xBF提案号,标题\r\n")) ==
          std::vector<Fields>{{"提案号", "标题"}});
  }

  TEST_CASE("an unterminated quote is a DataError naming the line where it opened")
  {
    try {
      parse("a,b\nc,\"open\nmore,text\n\n");
      FAIL("no DataError");
    } catch (const cppcc::DataError& e) {
      CHECK(std::string(e.what()) == "data.csv:2: unterminated quoted field");
      CHECK(e.status() == cppcc::Exit::data);
    }
  }

  TEST_CASE("a 10 MB single field is read whole")
  {
    std::string big;
    while (big.size() < 10'000'000)
      big += "供水管网改造，\"引号\"\r\n第二行,";
    std::string quoted;
    for (char c : big) {
      quoted += c;
      if (c == '"') quoted += '"';
    }
    const auto records = parse("head\r\n\"" + quoted + "\"\r\nafter\r\n");
    REQUIRE(records.size() == 3);
    std::string expected;
    for (char c : big)
      if (c != '\r') expected += c;
    CHECK(records[1].fields.size() == 1);
    CHECK(records[1].fields[0].size() == expected.size());
    CHECK(records[1].fields[0] == expected);
    CHECK(records[2].fields == Fields{"after"});
    CHECK(records[2].line == 3 + static_cast<long>(std::count(big.begin(), big.end(), '\n')));
  }

  TEST_CASE("CRLF, doubled quotes and closing quotes split between chunks read the same")
  {
    // Chunks are 64 KiB of file, so ASCII padding puts a chosen byte last in the first chunk.
    const std::size_t chunk = 64 * 1024;
    const std::string a(chunk - 2, 'a');
    CHECK(fields_of(parse(a + "x\r\nb\r\n")) == std::vector<Fields>{{a + "x"}, {"b"}});
    CHECK(fields_of(parse("\"" + a + "\"\"b\"\r\nc\r\n")) ==
          std::vector<Fields>{{a + "\"b"}, {"c"}});
    CHECK(fields_of(parse("\"" + a + "\",x\r\n")) == std::vector<Fields>{{a, "x"}});
    CHECK(fields_of(parse("\"" + a + "\r\nb\"\r\n")) == std::vector<Fields>{{a + "\nb"}});
    CHECK(fields_of(parse(a + "x,\r\n")) == std::vector<Fields>{{a + "x", ""}});
  }

  TEST_CASE("many records across many chunks keep their fields and lines")
  {
    std::string text;
    std::vector<Fields> expected;
    std::vector<long> lines;
    long line = 1;
    for (int i = 0; i < 20'000; ++i) {
      const std::string n = std::to_string(i);
      text += n + ",\"标题" + n + ",\"\"引\"\"\",\"第一行\r\n第二行" + n + "\",\r\n";
      expected.push_back({n, "标题" + n + ",\"引\"", "第一行\n第二行" + n, ""});
      lines.push_back(line);
      line += 2;
    }
    const auto records = parse(text);
    CHECK(fields_of(records) == expected);
    CHECK(lines_of(records) == lines);
  }

  TEST_CASE("CsvWriter quotes only what needs quoting and ends records with CRLF")
  {
    TempDir dir;
    const auto file = dir.path / "out.csv";
    CsvWriter writer(file.string(), Encoding::utf8, /*bom=*/false, {});
    writer.write({"a", "b,c", "say \"hi\"", "x\ny", ""});
    writer.write({""});
    writer.write({"=1+1", "a\rb"});
    writer.close();
    CHECK(slurp(file) == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\r\n\"\"\r\n=1+1,\"a\rb\"\r\n");
  }

  TEST_CASE("CsvWriter output reads back unchanged in UTF-8")
  {
    TempDir dir;
    CHECK(round_trip(dir, Encoding::utf8, /*bom=*/false) == k_awkward_records);
    CHECK(cppcc::io::detect_encoding(dir.path / "out.csv").bom == false);
  }

  TEST_CASE("CsvWriter output with a BOM reads back unchanged")
  {
    TempDir dir;
    CHECK(round_trip(dir, Encoding::utf8, /*bom=*/true) == k_awkward_records);
    CHECK(slurp(dir.path / "out.csv")
              .starts_with("\xEF\xBB\xBF"
                           "code,"));
    const auto detected = cppcc::io::detect_encoding(dir.path / "out.csv");
    CHECK(detected.encoding == Encoding::utf8);
    CHECK(detected.bom);
  }

  TEST_CASE("CsvWriter output in GB18030 reads back unchanged")
  {
    TempDir dir;
    CHECK(round_trip(dir, Encoding::gb18030, /*bom=*/false) == k_awkward_records);
    const std::string bytes = slurp(dir.path / "out.csv");
    CHECK(bytes.find("\xB9\xA9\xCB\xAE") != std::string::npos); // 供水
    CHECK(cppcc::io::detect_encoding(dir.path / "out.csv").encoding == Encoding::gb18030);
  }

  TEST_CASE("CsvWriter output in CP936 reads back, and a character CP936 lacks is named")
  {
    TempDir dir;
    CHECK(round_trip(dir, Encoding::cp936, /*bom=*/false) == k_awkward_records);
    CHECK(slurp(dir.path / "out.csv").find('\x80') != std::string::npos); // €
    CsvWriter writer((dir.path / "bad.csv").string(), Encoding::cp936, /*bom=*/false, {});
    CHECK_THROWS_WITH_AS(writer.write({"ok", "𠀀"}),
                         "character '𠀀' (U+20000) cannot be written as CP936", cppcc::DataError);
  }

  TEST_CASE("CsvWriter creates a new file with mode 0600")
  {
    TempDir dir;
    const auto file = dir.path / "phones.csv";
    CsvWriter writer(file.string(), Encoding::utf8, /*bom=*/false, {});
    writer.write({"13800138000"});
    writer.close();
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
  }

  TEST_CASE("CsvWriter refuses an uncreatable file and a BOM outside UTF-8")
  {
    TempDir dir;
    const auto file = dir.path / "missing" / "out.csv";
    try {
      CsvWriter writer(file.string(), Encoding::utf8, /*bom=*/false, {});
      FAIL("no OutputError");
    } catch (const cppcc::OutputError& e) {
      CHECK(e.status() == cppcc::Exit::cant_create);
      CHECK(std::string(e.what()) ==
            "cannot create '" + file.string() + "': No such file or directory");
    }
    CHECK_THROWS_AS(CsvWriter((dir.path / "a.csv").string(), Encoding::gb18030, /*bom=*/true, {}),
                    cppcc::UsageError);
  }
}
