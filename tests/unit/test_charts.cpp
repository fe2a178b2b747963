// lib/documents/charts: a report's charts drawn as SVG — well-formed XML, every label and
// value drawn as text, text escaped — and the HTML page around them, escaped the same way.
#include "config/config.hpp"
#include "documents/charts.hpp"
#include "documents/html.hpp"

#include <doctest/doctest.h>
#include <map>
#include <string>
#include <vector>

namespace {

using cppcc::render::Chart;
using cppcc::render::Value;
using namespace cppcc::documents;

// What a tiny XML reader finds in a document: whether it is well formed (every tag
// closed in order, attributes quoted, & only as one of the five entities, no stray <),
// how many of each element it holds, and the text of its <text> elements, unescaped.
struct Xml {
  bool well_formed = true;
  std::string problem;
  std::map<std::string, int> elements;
  std::vector<std::string> texts;
};

std::string unescape(const std::string& s, Xml& xml)
{
  static const std::map<std::string, std::string> k_entities = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}};
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      xml.well_formed = false;
      xml.problem = "a raw < in text";
    }
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const std::size_t semi = s.find(';', i);
    const auto entity = semi == std::string::npos ? k_entities.end()
                                                  : k_entities.find(s.substr(i + 1, semi - i - 1));
    if (entity == k_entities.end()) {
      xml.well_formed = false;
      xml.problem = "a raw & in text";
      out += s[i];
      continue;
    }
    out += entity->second;
    i = semi;
  }
  return out;
}

Xml read_xml(const std::string& doc)
{
  Xml xml;
  std::vector<std::string> open;
  std::string text;
  bool in_text = false;
  for (std::size_t i = 0; i < doc.size() && xml.well_formed;) {
    if (doc[i] != '<') {
      const std::size_t next = doc.find('<', i);
      const std::string chunk = unescape(doc.substr(i, next - i), xml);
      if (in_text) text += chunk;
      if (next == std::string::npos) break;
      i = next;
      continue;
    }
    const std::size_t end = doc.find('>', i);
    if (end == std::string::npos) {
      xml.well_formed = false;
      xml.problem = "an unclosed tag";
      break;
    }
    std::string tag = doc.substr(i + 1, end - i - 1);
    i = end + 1;
    if (tag.starts_with("/")) {
      const std::string name = tag.substr(1);
      if (open.empty() || open.back() != name) {
        xml.well_formed = false;
        xml.problem = "</" + name + "> closes " + (open.empty() ? "nothing" : open.back());
        break;
      }
      open.pop_back();
      if (name == "text") {
        xml.texts.push_back(text);
        in_text = false;
      }
      continue;
    }
    const bool empty = tag.ends_with("/");
    if (empty) tag.pop_back();
    const std::string name = tag.substr(0, tag.find(' '));
    ++xml.elements[name];
    // Attributes: name="value", the value without < and with & only as an entity.
    for (std::size_t at = name.size(); at < tag.size();) {
      if (tag[at] == ' ') {
        ++at;
        continue;
      }
      const std::size_t eq = tag.find('=', at);
      if (eq == std::string::npos || eq + 1 >= tag.size() || tag[eq + 1] != '"') {
        xml.well_formed = false;
        xml.problem = "an unquoted attribute in <" + name + ">";
        break;
      }
      const std::size_t close = tag.find('"', eq + 2);
      if (close == std::string::npos) {
        xml.well_formed = false;
        xml.problem = "an unterminated attribute in <" + name + ">";
        break;
      }
      unescape(tag.substr(eq + 2, close - eq - 2), xml);
      at = close + 1;
    }
    if (!empty) {
      open.push_back(name);
      if (name == "text") {
        in_text = true;
        text.clear();
      }
    }
  }
  if (xml.well_formed && !open.empty()) {
    xml.well_formed = false;
    xml.problem = "<" + open.back() + "> never closed";
  }
  return xml;
}

bool drawn(const Xml& xml, const std::string& text)
{
  for (const auto& t : xml.texts)
    if (t == text) return true;
  return false;
}

Chart categories()
{
  return {Chart::Kind::pie,
          "提案类别",
          "",
          {{"经济建设", Value::integer(120)},
           {"社会建设", Value::integer(98)},
           {"文化建设", Value::integer(60)},
           {"生态文明建设", Value::integer(52)},
           {"政治建设", Value::integer(38)}}};
}

Chart months()
{
  Chart c{Chart::Kind::bars, "各月提交提案", "件数", {}};
  for (int m = 1; m <= 12; ++m)
    c.data.emplace_back(m < 10 ? "0" + std::to_string(m) : std::to_string(m),
                        Value::integer(m == 1 ? 210 : m * 3));
  return c;
}

Chart units()
{
  Chart c{Chart::Kind::bars, "承办单位办理情况", "按时率（%）", {}};
  const char* names[] = {"区住房和城乡建设局", "区自然资源和规划局", "区农业农村局", "区教育局",
                         "区卫生健康局",       "区交通运输局",       "区财政局"};
  double rate = 100;
  for (const char* name : names) {
    c.data.emplace_back(name, Value::percent(rate, 1));
    rate -= 3.7;
  }
  return c;
}

} // namespace

TEST_SUITE("documents")
{
  TEST_CASE("a pie: well formed, every category and value drawn, shares adding up to 100 %")
  {
    const Chart chart = categories();
    const std::string svg = svg_chart(chart);
    const Xml xml = read_xml(svg);
    REQUIRE_MESSAGE(xml.well_formed, xml.problem);
    CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(xml.elements.at("path") == 5); // one slice each
    CHECK(drawn(xml, "提案类别"));
    for (const auto& [label, value] : chart.data)
      CHECK(drawn(xml, label));
    // The legend: 120, 98, 60, 52, 38 of 368, the tenth left over by rounding to the
    // largest remainder (98 and 52 tie: the earlier).
    for (const char* legend :
         {"120 (32.6%)", "98 (26.7%)", "60 (16.3%)", "52 (14.1%)", "38 (10.3%)"})
      CHECK_MESSAGE(drawn(xml, legend), legend);
    CHECK(svg.find("Noto Sans CJK SC") != std::string::npos);
  }

  TEST_CASE("columns: every month under its bar and its count above it")
  {
    const Chart chart = months();
    CHECK_FALSE(horizontal_bars(chart, 640));
    const Xml xml = read_xml(svg_chart(chart));
    REQUIRE_MESSAGE(xml.well_formed, xml.problem);
    CHECK(xml.elements.at("rect") == 1 + 12); // the background and a bar a month
    for (const auto& [label, value] : chart.data) {
      CHECK(drawn(xml, label));
      CHECK(drawn(xml, cppcc::render::plain(value)));
    }
    CHECK(drawn(xml, "件数"));
  }

  TEST_CASE("rows for long labels: every unit and its rate with %, the chart as tall as its rows")
  {
    const Chart chart = units();
    CHECK(horizontal_bars(chart, 640));
    const ChartSize size = chart_size(chart, 640);
    Chart more = chart;
    more.data.insert(more.data.end(), chart.data.begin(), chart.data.end());
    CHECK(chart_size(more, 640).height > size.height);
    const Xml xml = read_xml(svg_chart(chart, size));
    REQUIRE_MESSAGE(xml.well_formed, xml.problem);
    for (const auto& [label, value] : chart.data) {
      CHECK(drawn(xml, label));
      CHECK(drawn(xml, cppcc::render::plain(value) + "%"));
    }
    CHECK(drawn(xml, "100")); // a percent axis ends at 100
  }

  TEST_CASE("text is escaped: & < > and quotes drawn as themselves, control characters left out")
  {
    Chart chart{Chart::Kind::bars, "R&D <2023> \"new\"", "a & b", {}};
    chart.data = {{"<script>alert('x')</script>", Value::integer(3)},
                  {"A&B", Value::integer(1)},
                  {"bell\x07", Value::integer(2)}};
    for (const auto kind : {Chart::Kind::bars, Chart::Kind::pie}) {
      chart.kind = kind;
      const std::string svg = svg_chart(chart);
      const Xml xml = read_xml(svg);
      REQUIRE_MESSAGE(xml.well_formed, xml.problem);
      CHECK(svg.find("<script") == std::string::npos);
      CHECK(svg.find('\x07') == std::string::npos);
      CHECK(drawn(xml, "R&D <2023> \"new\""));
      CHECK(drawn(xml, "<script>alert('x')</script>"));
      CHECK(drawn(xml, "A&B"));
      CHECK(drawn(xml, "bell"));
    }
  }

  TEST_CASE("nothing to draw: an empty pie and bars of zeros are still well formed")
  {
    for (const auto kind : {Chart::Kind::bars, Chart::Kind::pie}) {
      Chart chart{kind, "无数据", "", {}};
      CHECK(read_xml(svg_chart(chart)).well_formed);
      chart.data = {{"区级", Value::integer(0)}, {"市级", Value()}};
      const Xml xml = read_xml(svg_chart(chart));
      REQUIRE_MESSAGE(xml.well_formed, xml.problem);
      CHECK(drawn(xml, "区级"));
      CHECK(drawn(xml, "市级"));
    }
  }

  TEST_CASE("the HTML page: text escaped, no script, nothing fetched, header repeated in print")
  {
    const auto config = cppcc::config::Config::from_text("committee: {name: 'R&D <政协>'}\n", "t");
    const Context context{config, cppcc::config::Lang::zh, "2024-03-01"};
    cppcc::render::Table table;
    table.title = "名单 <1>";
    table.columns = {{"name", "姓名 & 职务", cppcc::render::Type::text},
                     {"n", "件数", cppcc::render::Type::number}};
    table.rows = {{"<script>alert(1)</script>", Value::integer(426)}};
    const std::string page = html_table(table, context);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("姓名 &amp; 职务") != std::string::npos);
    CHECK(page.find("R&amp;D &lt;政协&gt;") != std::string::npos);
    CHECK(page.find("2024年3月1日") != std::string::npos);
    CHECK(page.find("<thead>") != std::string::npos);
    CHECK(page.find("<td class=\"num\">426</td>") != std::string::npos);
    CHECK(page.find("http") == std::string::npos);
    CHECK(page.find("@page { size: A4") != std::string::npos);

    cppcc::render::Report report;
    report.title = "年度";
    report.charts = {categories(), months()};
    const std::string with_charts = html_report(report, context);
    CHECK(with_charts.find("http") == std::string::npos); // the SVG's namespace is implied
    std::size_t svgs = 0;
    for (std::size_t at = 0; (at = with_charts.find("<svg ", at)) != std::string::npos; ++at)
      ++svgs;
    CHECK(svgs == 2);
  }
}
