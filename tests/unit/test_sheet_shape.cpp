// lib/import/sheet_shape and the header search of lib/import/headers: the shapes ledgers
// take around their table (issue 19), and Excel's serial dates (lib/io/dates).
#include "config/config.hpp"
#include "import/headers.hpp"
#include "import/sheet_shape.hpp"
#include "io/dates.hpp"
#include "records/proposals.hpp"

#include <doctest/doctest.h>

using namespace cppcc;
using import::fold_line_breaks;
using import::is_closing_row;
using import::ListCell;

TEST_SUITE("sheet shape")
{
  TEST_CASE("a header is the row naming the kind's columns, not a title above it")
  {
    const auto config = config::Config::load(std::nullopt);
    const import::Mapping mapping;
    const import::HeaderNames names(config, "proposal", records::proposal_columns(), mapping);
    CHECK_FALSE(names.is_header({"2024年提案台账", "", ""}));
    CHECK_FALSE(names.is_header({"填报单位：政协办公室", "", "日期：2024年12月31日"}));
    CHECK(names.is_header({"序号", "提案号", "案由", "备注"}));
    CHECK(names.is_header({"提案号"}));                 // one column, nothing unknown
    CHECK_FALSE(names.is_header({"提案号", "乱码"}));   // one column and an unknown one
    CHECK(names.is_header({"提案号", "标题", "乱码"})); // two columns: a header with an error
    CHECK(names.meaning_of("序　号").meaning == import::HeaderNames::Meaning::ignored);
    CHECK(names.meaning_of("No.").meaning == import::HeaderNames::Meaning::ignored);
    CHECK(names.meaning_of("编号").field == "code");
  }

  TEST_CASE("a mapping that names 序号 imports it")
  {
    const auto config = config::Config::load(std::nullopt);
    const auto mapping = import::Mapping::parse("columns: {序号: filing_no}", "m.yaml");
    const auto plan = import::plan_headers(config, "proposal", records::proposal_columns(), "code",
                                           {"序号", "提案号", "备注"}, mapping, "f.csv");
    CHECK(plan.fields == std::vector<std::string>{"filing_no", "code", ""});
    CHECK(plan.ignored == std::vector<std::string>{"备注"});
  }

  TEST_CASE("totals and signature lines close a table")
  {
    CHECK(is_closing_row({"合计", "426件"}));
    CHECK(is_closing_row({"", "合　计", ""}));
    CHECK(is_closing_row({"总计：368"}));
    CHECK(is_closing_row({"填表人：王芳", "", "审核人：刘强"}));
    CHECK(is_closing_row({"注：本表由提案委员会填报"}));
    CHECK_FALSE(is_closing_row({"P2024-001", "合计"}));
    CHECK_FALSE(is_closing_row({"审计局", "政府部门"}));
    CHECK_FALSE(is_closing_row({"", ""}));
  }

  TEST_CASE("wrapped cells read as one line")
  {
    CHECK(fold_line_breaks("　李华　", ListCell::no) == "李华");
    CHECK(fold_line_breaks("关于加强城区\n供水管网的建议", ListCell::no) ==
          "关于加强城区供水管网的建议");
    CHECK(fold_line_breaks("Hanbin\r\nDistrict", ListCell::no) == "Hanbin District");
    CHECK(fold_line_breaks("区水利局 \n　区住建局\n", ListCell::yes) == "区水利局;区住建局");
    CHECK(fold_line_breaks("no break", ListCell::yes) == "no break");
  }

  TEST_CASE("a five-digit number in a date column is Excel's serial date")
  {
    CHECK(io::from_excel_serial("45352")->iso() == "2024-03-01");
    CHECK(io::from_excel_serial(" 45352.75 ")->iso() == "2024-03-01");
    CHECK(io::from_excel_serial("44927")->iso() == "2023-01-01");
    CHECK_FALSE(io::from_excel_serial("4535"));
    CHECK_FALSE(io::from_excel_serial("453520"));
    CHECK_FALSE(io::from_excel_serial("19999"));
    CHECK_FALSE(io::from_excel_serial("45352."));
    CHECK_FALSE(io::from_excel_serial("45352x"));
  }
}
