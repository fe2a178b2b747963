// lib/documents: text as XML, the date line, tables fitted to the page, the Word templates
// and an office's own, and a Word document's package read back.
#include "config/config.hpp"
#include "documents/column_widths.hpp"
#include "documents/docx.hpp"
#include "documents/raster.hpp"
#include "documents/settings.hpp"
#include "documents/wordml.hpp"
#include "documents/xml.hpp"
#include "error.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>
#include <numeric>
#include <string>
#include <zip.h>

namespace documents = cppcc::documents;
namespace cfg = cppcc::config;
using cppcc::render::Value;

namespace {

// The entry `name` of the zip `bytes`, or "" when there is none.
std::string unzipped(const std::string& bytes, const char* name)
{
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  REQUIRE(zip != nullptr);
  std::string out;
  zip_stat_t st;
  if (zip_stat(zip, name, 0, &st) == 0) {
    zip_file_t* file = zip_fopen(zip, name, 0);
    out.resize(st.size);
    CHECK(zip_fread(file, out.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(file);
  }
  zip_close(zip);
  zip_error_fini(&error);
  return out;
}

} // namespace

TEST_SUITE("documents")
{
  TEST_CASE("text is escaped for XML, and what XML cannot hold is left out")
  {
    CHECK(documents::xml_escaped("a<b & \"c\" 'd'>") ==
          "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    CHECK(documents::xml_escaped("汉江区政协 𬀩") == "汉江区政协 𬀩");
    SUBCASE("controls but tab, line feed and carriage return are dropped")
    {
      CHECK(documents::xml_escaped("a\x01\x08\x0b\x0c\x1f\x7f"
                                   "b\tc\nd\re") == "ab\tc\nd\re");
    }
    SUBCASE("broken UTF-8 becomes U+FFFD byte for byte, U+FFFE and U+FFFF are dropped")
    {
      CHECK(documents::xml_escaped("\xE6\xB1"
                                   "A") == "\xEF\xBF\xBD\xEF\xBF\xBD"
                                           "A");
      CHECK(documents::xml_escaped("\xED\xA0\x80") == // a surrogate
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
      CHECK(documents::xml_escaped("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD"); // overlong '/'
      CHECK(documents::xml_escaped("a\xEF\xBF\xBE"
                                   "b\xEF\xBF\xBF") == "ab");
      CHECK(documents::xml_escaped("\xFF") == "\xEF\xBF\xBD");
    }
  }

  TEST_CASE("a picture is an indexed PNG when it has at most 256 colours, else RGB")
  {
    const int width = 20, height = 16, stride = width * 4;
    std::vector<unsigned char> pixels(static_cast<std::size_t>(stride) * height, 0xFF);
    const auto colour_type = [](const std::string& png) { return static_cast<int>(png[25]); };
    std::string png = documents::png_from_pixels(pixels.data(), width, height, stride);
    CHECK(png.substr(1, 3) == "PNG");
    CHECK(colour_type(png) == 3); // indexed
    CHECK(png.find("PLTE") != std::string::npos);
    for (std::size_t i = 0; i < 300; ++i) // 300 colours
      pixels[4 * i] = static_cast<unsigned char>(i),
                 pixels[4 * i + 1] = static_cast<unsigned char>(i / 256);
    png = documents::png_from_pixels(pixels.data(), width, height, stride);
    CHECK(colour_type(png) == 2); // RGB
    CHECK(png.find("PLTE") == std::string::npos);
  }

  TEST_CASE("the date line is written as a letter writes a date")
  {
    CHECK(documents::date_line("2024-03-01", cfg::Lang::zh) == "2024年3月1日");
    CHECK(documents::date_line("2023-12-31", cfg::Lang::en) == "31 December 2023");
    CHECK(documents::date_line("someday", cfg::Lang::zh) == "someday");
  }

  TEST_CASE("a table's columns fill the page, the short ones never narrower than their text")
  {
    cppcc::render::Table t{
        "t",
        "",
        {{"code", "提案号"}, {"title", "标题"}, {"n", "件数", cppcc::render::Type::number}},
        {},
        {}};
    t.rows.push_back({"P2023-0001", std::string(30, 'x') + "关于加强农村饮水安全保障工作的建议",
                      Value::integer(12)});
    const std::vector<int> widths = documents::column_widths(t, 8844, 24, 190);
    REQUIRE(widths.size() == 3);
    CHECK(std::accumulate(widths.begin(), widths.end(), 0) == 8844);
    CHECK(widths[0] >= 10 * 120 + 190); // "P2023-0001" unbroken at 12 pt
    CHECK(widths[1] > widths[0]);
    SUBCASE("a narrow table widens every column alike")
    {
      t.rows = {{"P1", "短", Value::integer(1)}};
      const std::vector<int> narrow = documents::column_widths(t, 8844, 24, 190);
      CHECK(std::accumulate(narrow.begin(), narrow.end(), 0) == 8844);
    }
    SUBCASE("the cells are whole before the headers are")
    {
      t.columns[2].label = "答复用时中位数（天）答复用时中位数（天）"; // 40 columns
      t.rows = {{"P2023-0001", "关于加强农村饮水安全保障工作的建议（第二次）", Value::integer(1)}};
      for (int i = 0; i < 3; ++i) {
        t.columns.push_back({"n", "按时答复率（%）", cppcc::render::Type::number});
        t.rows[0].push_back(Value::percent(100, 1));
      }
      const std::vector<int> dense = documents::column_widths(t, 8844, 24, 190);
      REQUIRE(dense.size() == 6);
      CHECK(dense[1] >= 44 * 120 / 2);  // the title at least half of its 44 columns
      CHECK(dense[2] < 40 * 120);       // the header broken
      CHECK(dense[3] >= 5 * 120 + 190); // "100.0" whole
    }
    SUBCASE("too many short columns for the page: no widths at that size")
    {
      for (int i = 0; i < 20; ++i)
        t.columns.push_back({"c", "2023-01-01", cppcc::render::Type::text});
      for (auto& row : t.rows)
        row.resize(t.columns.size(), Value::date("2023-01-01"));
      CHECK(documents::column_widths(t, 8844, 24, 190).empty());
    }
  }

  TEST_CASE("the Word templates: shipped, or an office's own directory of them")
  {
    const cfg::Config shipped = cfg::Config::from_text("", "test");
    const documents::Settings& s = documents::settings(shipped);
    CHECK(s.text_width_twips == 11906 - 1587 - 1474); // A4 less 28 and 26 mm
    CHECK(s.part("styles.xml").find("仿宋_GB2312") != std::string::npos);
    CHECK(s.signature(cfg::Lang::zh) == std::vector<std::string>{"{committee}"});

    TempDir temp;
    std::filesystem::create_directories(temp.path / "layout");
    temp.write("layout/styles.xml", "<w:styles>mine</w:styles>");
    temp.write("layout/notes.txt", "not a template: left alone");
    const std::string yaml = "documents:\n  docx_templates: layout\n";
    SUBCASE("a template there replaces the shipped one; the directory is the file's neighbour")
    {
      const cfg::Config office = cfg::Config::load(temp.write("cppcc.yaml", yaml));
      CHECK(documents::settings(office).part("styles.xml") == "<w:styles>mine</w:styles>");
      CHECK(documents::settings(office).part("numbering.xml") == s.part("numbering.xml"));
    }
    SUBCASE("a misspelt template is refused, naming the near one")
    {
      temp.write("layout/style.xml", "<w:styles/>");
      const cfg::Config office = cfg::Config::load(temp.write("cppcc.yaml", yaml));
      try {
        (void)documents::settings(office);
        FAIL("no error");
      } catch (const cppcc::ConfigError& e) {
        CHECK(std::string(e.what()).find("style.xml") != std::string::npos);
        CHECK(std::string(e.what()).find("'styles.xml'") != std::string::npos);
      }
    }
    SUBCASE("a document.xml without the body's place is refused")
    {
      temp.write("layout/document.xml", "<w:document/>");
      const cfg::Config office = cfg::Config::load(temp.write("cppcc.yaml", yaml));
      CHECK_THROWS_AS((void)documents::settings(office), cppcc::ConfigError);
    }
    SUBCASE("a directory that is not there is refused")
    {
      const cfg::Config office =
          cfg::Config::load(temp.write("cppcc.yaml", "documents:\n  docx_templates: nowhere\n"));
      CHECK_THROWS_AS((void)documents::settings(office), cppcc::ConfigError);
    }
  }

  TEST_CASE("a letter as a Word document: its parts, its text escaped")
  {
    const cfg::Config config = cfg::Config::from_text("committee:\n  name: 汉江区政协\n", "test");
    documents::Letter letter;
    letter.title = "A & B <催办>";
    letter.addressee = "区水利局：";
    letter.opening = {"第一段"};
    letter.table = {"", "", {{"code", "提案号"}}, {{"P1"}}, {}};
    letter.signature = {"汉江区政协办公室"};
    letter.date = "2024-03-01";
    const std::string bytes = documents::docx_letter(letter, {config, cfg::Lang::zh, "2024-03-01"});
    CHECK(bytes.substr(0, 2) == "PK");
    const std::string document = unzipped(bytes, "word/document.xml");
    CHECK(document.find("A &amp; B &lt;催办&gt;") != std::string::npos);
    CHECK(document.find("<w:tblHeader/>") != std::string::npos);
    CHECK(document.find("2024年3月1日") != std::string::npos);
    CHECK(document.find(documents::k_body_marker) == std::string::npos);
    CHECK(document.find("<w:pgMar w:top=\"2098\"") != std::string::npos);
    for (const char* part :
         {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
          "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml",
          "word/footer1.xml", "word/footer2.xml"})
      CHECK_MESSAGE(!unzipped(bytes, part).empty(), part);
    CHECK(
        unzipped(bytes, "docProps/core.xml").find("<dc:title>A &amp; B &lt;催办&gt;</dc:title>") !=
        std::string::npos);
  }
}
