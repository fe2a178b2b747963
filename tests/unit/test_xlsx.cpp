// lib/io/xlsx.hpp and lib/io/table.hpp: the cell layer of workbooks (references, numbers,
// date formats, serial dates), the sheet XML parser, and how a file's kind is told.
#include "error.hpp"
#include "io/table.hpp"
#include "io/xlsx.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

namespace xlsx = cppcc::io::xlsx;

TEST_SUITE("xlsx")
{
  TEST_CASE("cell references: column letters and row, up to XFD1048576")
  {
    CHECK(xlsx::parse_ref("A1")->column == 1);
    CHECK(xlsx::parse_ref("C7")->row == 7);
    CHECK(xlsx::parse_ref("AA10")->column == 27);
    CHECK(xlsx::parse_ref("XFD1048576")->column == 16384);
    CHECK(xlsx::parse_ref("XFD1048576")->row == 1048576);
    CHECK_FALSE(xlsx::parse_ref("XFE1"));
    CHECK_FALSE(xlsx::parse_ref("A1048577"));
    CHECK_FALSE(xlsx::parse_ref("a1"));
    CHECK_FALSE(xlsx::parse_ref("1"));
    CHECK_FALSE(xlsx::parse_ref("A1B"));
    CHECK(xlsx::parse_ref("B")->row == 0);
  }

  TEST_CASE("numbers: whole ones without .0, others shortest, no exponent when ordinary")
  {
    CHECK(xlsx::number_text("45352") == "45352");
    CHECK(xlsx::number_text("16.0") == "16");
    CHECK(xlsx::number_text("13800138000") == "13800138000");
    CHECK(xlsx::number_text("1.3800138E10") == "13800138000");
    CHECK(xlsx::number_text("0.1") == "0.1");
    CHECK(xlsx::number_text("1234.50") == "1234.5");
    CHECK(xlsx::number_text("-2.5") == "-2.5");
    CHECK(xlsx::number_text("1E-3") == "0.001");
    CHECK(xlsx::number_text("0.30000000000000004") == "0.30000000000000004");
    CHECK(xlsx::number_text("1e20") == "1e+20");
    CHECK(xlsx::number_text("abc") == "abc");
  }

  TEST_CASE("date formats: the built-in ids and custom codes with y m d h s outside quotes")
  {
    for (int id : {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 36, 45, 47, 50, 58})
      CHECK(xlsx::is_date_format(id, ""));
    for (int id : {0, 1, 2, 3, 4, 9, 10, 11, 23, 37, 44, 48, 49, 59})
      CHECK_FALSE(xlsx::is_date_format(id, ""));
    CHECK(xlsx::is_date_format(164, "yyyy-mm-dd"));
    CHECK(xlsx::is_date_format(164, "yyyy\"年\"m\"月\"d\"日\""));
    CHECK(xlsx::is_date_format(164, "[$-804]yyyy年m月d日"));
    CHECK(xlsx::is_date_format(164, "[h]:mm:ss"));
    CHECK(xlsx::is_date_format(164, "h:mm AM/PM"));
    CHECK_FALSE(xlsx::is_date_format(164, "0.00\"m\""));
    CHECK_FALSE(xlsx::is_date_format(164, "#,##0.00_);[Red](#,##0.00)"));
    CHECK_FALSE(xlsx::is_date_format(164, "@"));
    CHECK_FALSE(xlsx::is_date_format(164, "General"));
    CHECK_FALSE(xlsx::is_date_format(164, "0\\d"));
  }

  TEST_CASE("serial dates in the 1900 and 1904 systems")
  {
    CHECK(xlsx::date_text(45352, false) == "2024-03-01");
    CHECK(xlsx::date_text(1, false) == "1900-01-01");
    CHECK(xlsx::date_text(59, false) == "1900-02-28");
    CHECK(xlsx::date_text(60, false) == "1900-02-29"); // Excel's phantom day
    CHECK(xlsx::date_text(61, false) == "1900-03-01");
    CHECK(xlsx::date_text(2958465, false) == "9999-12-31");
    CHECK(xlsx::date_text(45352.5, false) == "2024-03-01 12:00");
    CHECK(xlsx::date_text(45352.395833333336, false) == "2024-03-01 09:30");
    CHECK(xlsx::date_text(45352 + 30.0 / 86400, false) == "2024-03-01 00:00:30");
    CHECK(xlsx::date_text(45352.99999999, false) == "2024-03-02");
    CHECK(xlsx::date_text(0.75, false) == "18:00");
    CHECK(xlsx::date_text(0, true) == "1904-01-01");
    CHECK(xlsx::date_text(43890, true) == "2024-03-01"); // 45352 - 1462
    CHECK(xlsx::date_text(-1, false) == "-1");
    CHECK(xlsx::date_text(3e6, false) == "3000000");
  }

  TEST_CASE("sheet XML: rows by number, gaps as empty cells, cell types")
  {
    std::vector<std::pair<long, std::vector<std::string>>> rows;
    xlsx::parse_sheet_xml(
        R"(<?xml version="1.0"?><x:worksheet xmlns:x="s"><x:sheetData>)"
        R"(<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>周</x:t><x:t>强</x:t></x:is></x:c>)"
        R"(<x:c r="C2"><x:v>16.0</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>)"
        R"(<x:row><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>x</x:v></x:c>)"
        R"(<x:c t="d"><x:v>2024-03-01T00:00:00</x:v></x:c></x:row>)"
        R"(</x:sheetData><x:mergeCells/></x:worksheet>)",
        [&](long row, const std::vector<std::string>& cells) { rows.emplace_back(row, cells); });
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].first == 2);
    CHECK(rows[0].second == std::vector<std::string>{"周强", "", "16", "TRUE"});
    CHECK(rows[1].first == 3);
    CHECK(rows[1].second == std::vector<std::string>{"#N/A", "x", "2024-03-01"});
  }

  TEST_CASE("sheet XML: a DOCTYPE, malformed XML and cells past XFD are refused")
  {
    auto parse = [](const std::string& xml) {
      xlsx::parse_sheet_xml(xml, [](long, const std::vector<std::string>&) {});
    };
    CHECK_THROWS_WITH_AS(parse(R"(<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>)"),
                         doctest::Contains("DOCTYPE"), cppcc::DataError);
    CHECK_THROWS_WITH_AS(parse("<worksheet><sheetData><row><c><v>1</c></row>"),
                         doctest::Contains("malformed XML"), cppcc::DataError);
    CHECK_THROWS_WITH_AS(parse(R"(<w><sheetData><row r="1"><c r="XFE1"/></row></sheetData></w>)"),
                         doctest::Contains("XFD"), cppcc::DataError);
    CHECK_THROWS_AS(parse(R"(<w><sheetData><row r="1048577"/></sheetData></w>)"), cppcc::DataError);
  }

  TEST_CASE("the separator of text and what a file that is no table looks like")
  {
    CHECK(cppcc::io::separator_of("a\tb\tc\n1\t2\t3\n") == '\t');
    CHECK(cppcc::io::separator_of("a,b\tc\n") == ',');
    CHECK(cppcc::io::separator_of("2024年提案台账\n\n提案号\t标题\n") == '\t');
    CHECK(cppcc::io::separator_of("title only\n") == ',');
    CHECK(*cppcc::io::foreign_kind("%PDF-1.7") == "a PDF document");
    CHECK(cppcc::io::foreign_kind("\xEF\xBB\xBF <!DOCTYPE HTML>")->find("HTML") !=
          std::string::npos);
    CHECK(cppcc::io::foreign_kind("{\\rtf1")->find("RTF") != std::string::npos);
    CHECK_FALSE(cppcc::io::foreign_kind("code,title\n"));
  }
}
