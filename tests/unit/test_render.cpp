// lib/render: spreadsheet formula neutralisation in CSV exports and lists; typed values
// rendered in every format.
#include "render/document.hpp"

#include <cmath>
#include <doctest/doctest.h>
#include <stdexcept>
#include <string>

using cppcc::render::spreadsheet_safe;

TEST_SUITE("render")
{
  TEST_CASE("cells a spreadsheet would run as a formula are neutralised")
  {
    for (const char* cell : {"=1+1", "+86 138", "@SUM(A1)", "-2+3", "-cmd|' /C calc'!A0", "-",
                             "--3", "-3.", "-.5", "-3.2.1", "-3e5"})
      CHECK(spreadsheet_safe(cell) == std::string("'") + cell);
  }

  TEST_CASE("plain numbers, negative ones too, and ordinary text are left alone")
  {
    for (const char* cell : {"-3", "-2.5", "0", "12", "张明", "2023-03-05", "", "a=b"})
      CHECK(spreadsheet_safe(cell) == cell);
  }
}

// lib/render/value.hpp: typed cells and fields, written by the renderers alike in every
// format; the language only changes what a CSV's header says (labels under zh).
namespace {

using cppcc::render::CsvHeader;
using cppcc::render::Format;
using cppcc::render::plain;
using cppcc::render::Type;
using cppcc::render::Value;

// A unit's line of a report: a name, a count, a rate, and a rate with nothing to divide by.
cppcc::render::Table rates()
{
  cppcc::render::Table t;
  t.key = "units";
  t.title = "by unit";
  t.columns = {{"unit", "unit", Type::text},
               {"assigned", "assigned", Type::number},
               {"on_time_rate", "on time (%)", Type::number},
               {"median_days", "median days", Type::number}};
  t.rows = {{"区水利局", Value::integer(433), Value::percent(99.77, 2), Value()},
            {"区财政局", Value::integer(0), Value::percent(0, 0, 1), Value::integer(7)}};
  return t;
}

} // namespace

TEST_SUITE("render")
{
  TEST_CASE("a value holds its kind and number; plain() is the one text of it")
  {
    const Value rate = Value::percent(99.77, 2);
    CHECK(rate.kind() == Value::Kind::percent);
    CHECK(rate.is_number());
    CHECK(rate.number() == doctest::Approx(99.77));
    CHECK(rate.ratio() == doctest::Approx(0.9977));
    CHECK(rate.places() == 2);
    CHECK(plain(rate) == "99.77");
    CHECK(plain(Value::percent(100, 1)) == "100.0");
    CHECK(plain(Value::percent(368, 426, 1)) == "86.4");
    CHECK(Value::percent(368, 426, 1).number() == 86.4);
    CHECK(Value::percent(3, 0, 1).empty()); // nothing to divide by
    CHECK(plain(Value::percent(2, 3, 2)) == "66.67");

    CHECK(Value::integer(426).kind() == Value::Kind::integer);
    CHECK(Value::integer(426).as_integer() == 426);
    CHECK(plain(Value::integer(426)) == "426");
    CHECK(plain(Value::integer(-3)) == "-3");

    using Places = Value::Places;
    CHECK(plain(Value::decimal(62, 2, Places::trimmed)) == "62");
    CHECK(plain(Value::decimal(1.5, 2, Places::trimmed)) == "1.5");
    CHECK(plain(Value::decimal(2.0 / 3, 2, Places::trimmed)) == "0.67");
    CHECK(plain(Value::decimal(-0.001, 2, Places::trimmed)) == "0"); // never -0
    CHECK(plain(Value::decimal(-0.001, 1)) == "0.0");
    CHECK(plain(Value::decimal(56.5, 1)) == "56.5");
    CHECK(plain(Value::decimal(56, 1)) == "56.0");
    CHECK(plain(Value::decimal(85.5)) == "85.5"); // shortest: as it reads back
    CHECK(plain(Value::decimal(90)) == "90");

    CHECK(Value::date("2024-03-01").kind() == Value::Kind::date);
    CHECK(plain(Value::date("2024-03-01")) == "2024-03-01");
    CHECK(Value::date("").empty());

    const Value text = std::string("张明");
    CHECK(text.kind() == Value::Kind::text);
    CHECK(text.text() == "张明");
    CHECK(!text.is_number());
    CHECK(Value("").empty());
    CHECK(Value().empty());
    CHECK(plain(Value()).empty());
    CHECK(Value("2") != Value::integer(2)); // a count is not its text
  }

  TEST_CASE("append_plain adds to what is there; row_of puts each cell in once")
  {
    std::string out = "-";
    cppcc::render::append_plain(out, Value::decimal(-0.001, 2, Value::Places::trimmed));
    CHECK(out == "-0"); // the leading "-" was there before: only the value's own sign goes
    out = "[";
    cppcc::render::append_plain(out, Value::decimal(12.50, 2, Value::Places::trimmed));
    cppcc::render::append_plain(out, Value::percent(100, 1));
    cppcc::render::append_plain(out, Value::integer(-3));
    CHECK(out == "[12.5100.0-3");
    std::string code = "P0001";
    const auto row =
        cppcc::render::row_of(std::move(code), Value::integer(2), "", std::string("x"));
    CHECK(row == cppcc::render::Row{"P0001", Value::integer(2), Value(), "x"});
  }

  TEST_CASE("a rounded value is rounded half away from zero, as the reports always did")
  {
    for (std::int64_t whole = 1; whole <= 400; ++whole)
      for (std::int64_t part = 0; part <= whole; ++part) {
        const double before =
            std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10.0;
        CHECK(Value::percent(part, whole, 1).number() == before);
      }
    CHECK(plain(Value::decimal(0.125, 2, Value::Places::trimmed)) == "0.13");
    CHECK(plain(Value::decimal(-0.125, 2, Value::Places::trimmed)) == "-0.13");
  }

  TEST_CASE("a table of values in each format, either header")
  {
    const auto t = rates();
    for (const CsvHeader header : {CsvHeader::keys, CsvHeader::labels}) {
      CAPTURE(header == CsvHeader::keys);
      CHECK(render(t, Format::table, header) == "by unit\n"
                                                "unit      assigned  on time (%)  median days\n"
                                                "--------  --------  -----------  -----------\n"
                                                "区水利局       433        99.77\n"
                                                "区财政局         0                         7\n");
      CHECK(render(t, Format::md, header) == "## by unit\n\n"
                                             "| unit | assigned | on time (%) | median days |\n"
                                             "| --- | ---: | ---: | ---: |\n"
                                             "| 区水利局 | 433 | 99.77 |  |\n"
                                             "| 区财政局 | 0 |  | 7 |\n");
      CHECK(render(t, Format::json, header) ==
            "[\n"
            "  {\"unit\": \"区水利局\", \"assigned\": 433, \"on_time_rate\": 99.77, "
            "\"median_days\": null},\n"
            "  {\"unit\": \"区财政局\", \"assigned\": 0, \"on_time_rate\": null, "
            "\"median_days\": 7}\n"
            "]\n");
    }
    CHECK(render(t, Format::csv, CsvHeader::keys) == "unit,assigned,on_time_rate,median_days\r\n"
                                                     "区水利局,433,99.77,\r\n"
                                                     "区财政局,0,,7\r\n");
    CHECK(render(t, Format::csv, CsvHeader::labels) == "unit,assigned,on time (%),median days\r\n"
                                                       "区水利局,433,99.77,\r\n"
                                                       "区财政局,0,,7\r\n");
  }

  TEST_CASE("JSON quotes by the column's type, as before: a count in a text column is a string")
  {
    cppcc::render::Table t;
    t.columns = {{"round", "round", Type::text}, {"filing_no", "no.", Type::number}};
    t.rows = {{Value::integer(2), "12"}, {Value::percent(50, 1), ""}};
    CHECK(render(t, Format::json) == "[\n"
                                     "  {\"round\": \"2\", \"filing_no\": 12},\n"
                                     "  {\"round\": \"50.0\", \"filing_no\": null}\n"
                                     "]\n");
  }

  TEST_CASE("a negative count stays a number in CSV; text that would run as a formula does not")
  {
    cppcc::render::Table t;
    t.columns = {{"days", "days", Type::number}, {"note", "note", Type::text}};
    t.rows = {{Value::integer(-3), "-2+3"}};
    CHECK(render(t, Format::csv) == "days,note\r\n-3,'-2+3\r\n");
  }

  TEST_CASE("a document's typed fields in each format")
  {
    cppcc::render::Document doc;
    doc.title = "W002 李华";
    doc.fields = {{"total", "total", Value::decimal(61.5, 2, Value::Places::trimmed), Type::number},
                  {"rank", "rank", Value(), Type::number},
                  {"rate", "rate (%)", Value::percent(99.77, 2), Type::number},
                  {"grade", "grade", "competent"},
                  {"as_of", "as of", Value::date("2024-03-01")}};
    CHECK(render(doc, Format::table) == "W002 李华\n"
                                        "total     61.5\n"
                                        "rank\n"
                                        "rate (%)  99.77\n"
                                        "grade     competent\n"
                                        "as of     2024-03-01\n");
    CHECK(render(doc, Format::csv) == "key,label,value\r\n"
                                      "total,total,61.5\r\n"
                                      "rank,rank,\r\n"
                                      "rate,rate (%),99.77\r\n"
                                      "grade,grade,competent\r\n"
                                      "as_of,as of,2024-03-01\r\n");
    CHECK(render(doc, Format::csv, CsvHeader::labels)
              .starts_with("指标代码,指标,数值\r\n"
                           "total,total,61.5\r\n"));
    CHECK(render(doc, Format::md) == "# W002 李华\n\n"
                                     "- **total**: 61.5\n"
                                     "- **rank**:\n"
                                     "- **rate (%)**: 99.77\n"
                                     "- **grade**: competent\n"
                                     "- **as of**: 2024-03-01\n");
    CHECK(render(doc, Format::json) == "{\n"
                                       "  \"title\": \"W002 李华\",\n"
                                       "  \"fields\": {\n"
                                       "    \"total\": 61.5,\n"
                                       "    \"rank\": null,\n"
                                       "    \"rate\": 99.77,\n"
                                       "    \"grade\": \"competent\",\n"
                                       "    \"as_of\": \"2024-03-01\"\n"
                                       "  },\n"
                                       "  \"tables\": {}\n"
                                       "}\n");
  }

  TEST_CASE(
      "a report's figure with nothing to divide by is — for people, empty in CSV, null in JSON")
  {
    cppcc::render::Report r;
    r.title = "2023";
    r.head = {{"year", "year", Value::integer(2023), Type::number}};
    r.figures = {{"received", "received", Value::integer(426), Type::number},
                 {"filing_rate", "filed (%)", Value::percent(368, 426, 1), Type::number},
                 {"meeting_rate", "met (%)", Value::percent(0, 0, 1), Type::number}};
    CHECK(render(r, Format::table) == "2023\n\n"
                                      "received   426\n"
                                      "filed (%)  86.4\n"
                                      "met (%)    —\n");
    CHECK(render(r, Format::md) == "# 2023\n\n"
                                   "| | |\n| --- | ---: |\n"
                                   "| received | 426 |\n"
                                   "| filed (%) | 86.4 |\n"
                                   "| met (%) | — |\n");
    CHECK(render(r, Format::csv) == "key,label,value\r\n"
                                    "received,received,426\r\n"
                                    "filing_rate,filed (%),86.4\r\n"
                                    "meeting_rate,met (%),\r\n");
    CHECK(render(r, Format::json) == "{\n"
                                     "  \"year\": 2023,\n"
                                     "  \"figures\": {\n"
                                     "    \"received\": 426,\n"
                                     "    \"filing_rate\": 86.4,\n"
                                     "    \"meeting_rate\": null\n"
                                     "  },\n"
                                     "  \"tables\": {}\n"
                                     "}\n");
  }

  TEST_CASE("a chart is drawn from its numbers; tables and columns are found by key")
  {
    cppcc::render::Report r;
    r.tables.push_back(rates());
    const auto& units = r.table("units");
    const std::size_t unit = units.column("unit"), rate = units.column("on_time_rate");
    CHECK(rate == 2);
    CHECK_THROWS_AS(units.column("colour"), std::out_of_range);
    CHECK_THROWS_AS(r.table("members"), std::out_of_range);

    cppcc::render::Chart bars{cppcc::render::Chart::Kind::bars, "by unit", "on time (%)", {}};
    for (const auto& row : units.rows)
      if (!row[rate].empty()) bars.data.emplace_back(row[unit].text(), row[rate]);
    bars.data.emplace_back("区教育局", Value::percent(100, 1));
    r.charts.push_back(bars);
    const std::string md = render(r, Format::md);
    CHECK(md.find("```mermaid\nxychart-beta\n    title \"by unit\"\n"
                  "    x-axis [\"区水利局\", \"区教育局\"]\n"
                  "    y-axis \"on time (%)\" 0 --> 100\n"
                  "    bar [99.77, 100]\n```\n") != std::string::npos);
  }
}
