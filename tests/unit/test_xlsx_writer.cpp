// lib/io/xlsx_writer.hpp: workbooks written whole, private, never over protected files.
// What the cells hold is read back with openpyxl in tests/cli/cases/export_xlsx.t.
#include "error.hpp"
#include "io/xlsx_writer.hpp"

#include <doctest/doctest.h>

#include "temp_dir.hpp"
#include "util/text.hpp"
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/stat.h>

using cppcc::io::CellType;
using cppcc::io::Column;
using cppcc::io::ProtectedFiles;
using cppcc::io::XlsxWriter;

namespace {

std::string slurp(const std::filesystem::path& file)
{
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t entries(const std::filesystem::path& dir)
{
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                                std::filesystem::directory_iterator()));
}

} // namespace

TEST_SUITE("xlsx writer")
{
  TEST_CASE("a workbook appears whole, mode 0600, with no temporary file left")
  {
    TempDir dir;
    const auto out = dir.path / "提案.xlsx";
    {
      XlsxWriter writer(out, ProtectedFiles{});
      writer.start_sheet("提案", {{"提案号", CellType::text}, {"提交日期", CellType::date}});
      writer.write_row({"P2023-001", "2023-01-12"});
      CHECK_FALSE(std::filesystem::exists(out)); // renamed into place by close() only
      writer.close();
    }
    CHECK(slurp(out).starts_with("PK\x03\x04"));
    struct stat st {};
    REQUIRE(::stat(out.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);
    CHECK(entries(dir.path) == 1);
  }

  TEST_CASE("a writer destroyed without close leaves nothing")
  {
    TempDir dir;
    {
      XlsxWriter writer(dir.path / "x.xlsx", ProtectedFiles{});
      writer.start_sheet("x", {{"a", CellType::text}});
      writer.write_row({"1"});
    }
    CHECK(entries(dir.path) == 0);
  }

  TEST_CASE("a protected file is refused before anything is written")
  {
    TempDir dir;
    const auto db = dir.write("cppcc.db", "data");
    ProtectedFiles protect;
    protect.add_database(db);
    CHECK_THROWS_AS(XlsxWriter(db, protect), cppcc::OutputError);
    CHECK(slurp(db) == "data");
    CHECK(entries(dir.path) == 1);
  }

  TEST_CASE("a cell longer than Excel holds is a data error naming its column")
  {
    TempDir dir;
    XlsxWriter writer(dir.path / "x.xlsx", ProtectedFiles{});
    writer.start_sheet("提案", {{"提案号", CellType::text}, {"内容", CellType::text}});
    try {
      writer.write_row({"P1", std::string(32768, 'x')});
      FAIL("no exception");
    } catch (const cppcc::DataError& e) {
      CHECK(std::string(e.what()).find("'内容'") != std::string::npos);
    }
  }

  TEST_CASE("a sheet name Excel refuses is a usage error")
  {
    TempDir dir;
    XlsxWriter writer(dir.path / "x.xlsx", ProtectedFiles{});
    CHECK_THROWS_AS(writer.start_sheet("a/b", {}), cppcc::UsageError);
    CHECK_THROWS_AS(writer.start_sheet(std::string(32, 'a'), {}), cppcc::UsageError);
  }

  TEST_CASE("cell widths count a Chinese character as two, the widest line of a cell")
  {
    CHECK(cppcc::io::cell_width("P2023-001") == 9);
    CHECK(cppcc::io::cell_width("提案号") == 6);
    CHECK(cppcc::io::cell_width("城区供水\n管网老化，漏损率偏高") == 20);
    CHECK(cppcc::io::cell_width("") == 0);
  }

  TEST_CASE("a workbook to memory returns its bytes and leaves no file behind")
  {
    TempDir dir;
    const char* old = std::getenv("TMPDIR");
    const std::string saved = old ? old : "";
    ::setenv("TMPDIR", dir.path.c_str(), 1);
    for (const auto rows : {cppcc::io::Rows::streamed, cppcc::io::Rows::in_memory}) {
      CAPTURE(static_cast<int>(rows));
      std::string bytes;
      {
        XlsxWriter writer(rows);
        writer.set_properties(
            {"汉江区政协2023年工作综述", "汉江区政协", "汉江区政协", "2024-03-01"});
        writer.start_sheet("主要数据", {{"项目"}, {"内容"}});
        writer.text(0, "立案率（%）");
        writer.percent(1, 0.864, 1);
        writer.end_row();
        CHECK(entries(dir.path) == 1); // the scratch file while it is written
        bytes = writer.close();
      }
      CHECK(bytes.starts_with("PK\x03\x04"));
      CHECK(bytes.find("docProps/core.xml") != std::string::npos);
      CHECK(entries(dir.path) == 0);
    }
    if (old)
      ::setenv("TMPDIR", saved.c_str(), 1);
    else
      ::unsetenv("TMPDIR");
  }

  TEST_CASE("a sheet name is cleaned to one Excel takes, once per workbook")
  {
    using cppcc::io::sheet_name;
    SUBCASE("characters Excel refuses become their fullwidth forms")
    {
      CHECK(sheet_name("主办单位 / 会办单位", {}) == "主办单位 ／ 会办单位");
      CHECK(sheet_name("a[1]:b*c?d\\e", {}) == "a［1］：b＊c？d＼e");
      CHECK(sheet_name("第一行\n第二行", {}) == "第一行 第二行");
    }
    SUBCASE("apostrophes and spaces at the ends go; nothing left is the fallback")
    {
      CHECK(sheet_name("'提案' ", {}) == "提案");
      CHECK(sheet_name("  ", {}) == "Sheet");
      CHECK(sheet_name("", {}, "委员") == "委员");
    }
    SUBCASE("at most 31 characters, counted as Excel does (UTF-16), never cutting one")
    {
      const std::string long_name =
          "汉江区政协二〇二三年度各承办单位提案办理情况统计表按时办复率排序";
      const std::string name = sheet_name(long_name, {});
      CHECK(cppcc::util::code_point_count(name) == 31);
      CHECK(long_name.starts_with(name));
      // 𬀩 is two UTF-16 units: 30 of them leave room for 15.
      std::string astral;
      for (int i = 0; i < 20; ++i)
        astral += "𬀩";
      CHECK(cppcc::util::code_point_count(sheet_name(astral, {})) == 15);
    }
    SUBCASE("a name too long loses a remark in brackets at its end, not part of it")
    {
      CHECK(sheet_name("区城市建设投资集团有限公司（联系人：王磊，电话：0915-3210002）", {}) ==
            "区城市建设投资集团有限公司");
      CHECK(sheet_name("区水利局（联系人：刘强，电话：0915-3210001）", {}) ==
            "区水利局（联系人：刘强，电话：0915-3210001）"); // 31: it fits
      CHECK(sheet_name("handling units of the year (proposals, replies and feedback)", {}) ==
            "handling units of the year");
    }
    SUBCASE("a name taken, in any ASCII case, is numbered; History is Excel's")
    {
      CHECK(sheet_name("提案", {"提案"}) == "提案 (2)");
      CHECK(sheet_name("提案", {"提案", "提案 (2)"}) == "提案 (3)");
      CHECK(sheet_name("Units", {"units"}) == "Units (2)");
      CHECK(sheet_name("history", {}) == "history (2)");
      const std::string full(31, 'a');
      CHECK(sheet_name(full, {full}) == std::string(27, 'a') + " (2)");
    }
  }
}
