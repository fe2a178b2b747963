// lib/similar: normalisation, shingles, signatures; the shipped thresholds on the labelled
// pairs of tests/data/similar_pairs.tsv (scripts/gen-similar-pairs; docs/similar.md).
#include "config/config.hpp"
#include "similar/similar.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace cppcc;

namespace {

const similar::Method& shipped()
{
  static const config::Config c = config::Config::from_text("", "test");
  return c.similarity;
}

std::string utf8(std::u32string_view text)
{
  std::string out;
  for (const char32_t c : text) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::vector<std::string> split_tabs(const std::string& line)
{
  std::vector<std::string> cells;
  std::stringstream in(line);
  std::string cell;
  while (std::getline(in, cell, '\t'))
    cells.push_back(cell);
  return cells;
}

} // namespace

TEST_SUITE("similar")
{
  TEST_CASE("normalising folds full-width forms and drops punctuation, digits and stock phrases")
  {
    similar::Method m;
    m.set_stock_phrases({"关于", "的建议", "建议"});
    CHECK(utf8(similar::normalise("关于加强ＡＢＣ停车管理的建议（2024年）！", m)) ==
          "加强abc停车管理年");
    CHECK(utf8(similar::normalise("  Hello,\u3000World 42 ", m)) == "helloworld");
    // Longest first: 的建议 goes whole, not 建议 leaving 的.
    CHECK(utf8(similar::normalise("停车的建议", m)) == "停车");
    std::vector<std::uint32_t> origin;
    CHECK(utf8(similar::normalise("关于，供水", m, &origin)) == "供水");
    CHECK(origin == std::vector<std::uint32_t>{3, 4});
  }

  TEST_CASE("shingles are the distinct n-grams; a short text is one, an empty one none")
  {
    CHECK(similar::shingles(U"停车停车", 2).size() == 2); // 停车 车停 (停车 again)
    CHECK(similar::shingles(U"停", 2).size() == 1);
    CHECK(similar::shingles(U"", 2).empty());
    const auto a = similar::shingles(U"供水管网改造", 2);
    CHECK(std::is_sorted(a.begin(), a.end()));
  }

  TEST_CASE(
      "overlap: Jaccard and containment; the score takes containment for a text inside another")
  {
    const auto a = similar::shingles(U"甲乙丙丁戊己庚辛壬癸", 2); // 9
    const auto b = similar::shingles(U"甲乙丙丁戊", 2);           // 4, all in a
    const auto o = similar::overlap(a, b);
    CHECK(o.shared == 4);
    CHECK(o.jaccard() == doctest::Approx(4.0 / 9));
    CHECK(o.containment() == doctest::Approx(1.0));
    similar::Method m;
    m.containment_min = 3;
    m.containment_ratio = 0.5;
    CHECK(similar::score(o, m).measure == similar::Measure::containment);
    m.containment_min = 5; // the smaller too small to judge
    CHECK(similar::score(o, m).measure == similar::Measure::jaccard);
  }

  TEST_CASE("band keys: equal texts agree everywhere, unrelated ones almost nowhere")
  {
    const auto& m = shipped();
    const auto a = similar::signature(
        similar::text_shingles(
            "关于缓解江北街道停车难的建议：老旧小区车位严重不足，早晚高峰车辆乱停乱放。", m),
        m);
    const auto keys = similar::band_keys(a, m);
    CHECK(keys.size() == static_cast<std::size_t>(m.bands));
    CHECK(similar::estimated_jaccard(a, a) == doctest::Approx(1.0));
    const auto other = similar::signature(
        similar::text_shingles(
            "推动富硒茶产业发展，扶持龙头茶企建设标准化加工厂，提高夏秋茶利用率。", m),
        m);
    const auto other_keys = similar::band_keys(other, m);
    int same = 0;
    for (std::size_t i = 0; i < keys.size(); ++i)
      same += keys[i] == other_keys[i];
    CHECK(same <= 1);
    CHECK(similar::estimated_jaccard(a, other) < 0.15);
    CHECK(similar::band_keys(similar::signature({}, m), m).empty());
    const auto back = similar::unpack(similar::pack(a));
    CHECK(back.shingles == a.shingles);
    CHECK(back.values == a.values);
    // Candidate pairs: those sharing a key, each once.
    const auto pairs = similar::candidate_pairs({keys, other_keys, keys});
    CHECK(std::find(pairs.begin(), pairs.end(), std::pair<std::uint32_t, std::uint32_t>{0, 2}) !=
          pairs.end());
  }

  TEST_CASE("shared passages read as the first text writes them")
  {
    const auto& m = shipped();
    const auto passages =
        similar::shared_passages("一、车位严重不足，早晚高峰车辆乱停乱放。",
                                 "据了解，车位严重不足，早晚高峰车辆乱停乱放！", m, 3);
    REQUIRE(passages.size() == 1);
    CHECK(passages[0] == "车位严重不足，早晚高峰车辆乱停乱放");
  }

  TEST_CASE("the shipped thresholds on the labelled pairs: precision and recall at least 0.9")
  {
    const auto& m = shipped();
    std::ifstream in(std::filesystem::path(CPPCC_SOURCE_DIR) / "tests/data/similar_pairs.tsv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line); // header
    long tp = 0, fp = 0, fn = 0, tn = 0, missed_by_bands = 0;
    std::map<std::string, std::pair<long, long>> by_kind; // found, all
    while (std::getline(in, line)) {
      const auto c = split_tabs(line);
      REQUIRE(c.size() == 6);
      const auto a = similar::text_shingles(c[2] + "\n" + c[3], m);
      const auto b = similar::text_shingles(c[4] + "\n" + c[5], m);
      const auto sa = similar::signature(a, m), sb = similar::signature(b, m);
      const auto ka = similar::band_keys(sa, m), kb = similar::band_keys(sb, m);
      bool candidate = false;
      for (std::size_t i = 0; i < ka.size(); ++i)
        candidate = candidate || ka[i] == kb[i];
      candidate = candidate && similar::estimated_score(sa, sb, m).value >= m.threshold - m.margin;
      const bool found =
          candidate && similar::score(similar::overlap(a, b), m).value >= m.threshold;
      const bool same = c[0] == "same";
      if (same && !candidate) ++missed_by_bands;
      tp += same && found;
      fp += !same && found;
      fn += same && !found;
      tn += !same && !found;
      by_kind[c[1]].first += found;
      ++by_kind[c[1]].second;
    }
    const double precision = static_cast<double>(tp) / static_cast<double>(tp + fp);
    const double recall = static_cast<double>(tp) / static_cast<double>(tp + fn);
    MESSAGE("labelled pairs: " << tp + fn << " same matter, " << fp + tn << " not; threshold "
                               << m.threshold << ": precision " << precision << ", recall "
                               << recall << " (" << missed_by_bands << " missed by the bands)");
    for (const auto& [kind, counts] : by_kind)
      MESSAGE("  " << kind << ": " << counts.first << " of " << counts.second << " found");
    CHECK(precision >= 0.9);
    CHECK(recall >= 0.9);
  }
}

#include "records/members.hpp"
#include "records/near_duplicates.hpp"
#include "storage/signatures.hpp"
#include "workflow/proposal_actions.hpp"

TEST_SUITE("similar")
{
  TEST_CASE("signatures are written with the proposal, and found again by proposal similar")
  {
    storage::Store store = storage::Store::create(":memory:");
    const config::Config config = config::Config::from_text("", "test");
    store.keep_signatures(&config.similarity);
    records::Workspace ws{store, config, "tester", io::Date{2024, 3, 1}, config::Lang::en};
    records::add_member(ws, {{"code", "W001"}, {"name", "张明"}});
    const auto add = [&](const std::string& code, const std::string& body) {
      workflow::add_proposal(ws, {{"code", code},
                                  {"title", "关于缓解江北街道停车难的建议"},
                                  {"body", body},
                                  {"proposer", "张明"},
                                  {"submitted", "2024-01-10"}});
    };
    add("P1", "江北街道老旧小区多，车位严重不足，早晚高峰车辆乱停乱放，消防通道经常被堵。"
              "建议利用闲置空地建设临时停车场，推行错时共享停车。");
    add("P2", "江北街道车位严重不足，早晚高峰车辆乱停乱放，消防通道经常被堵。"
              "希望利用闲置空地修建临时停车场，推广错时共享停车。");
    add("P3", "推动富硒茶产业发展，扶持龙头茶企建设标准化加工厂，提高夏秋茶利用率。");
    CHECK(storage::signatures_current(store, config.similarity, storage::Claim::no));
    const auto stored =
        storage::proposal_signatures(store, config.similarity, "2024-01-01", "2024-12-31");
    REQUIRE(stored.size() == 3);
    CHECK(stored[0].signature.values.size() ==
          static_cast<std::size_t>(config.similarity.bands * config.similarity.rows));
    const auto table = records::similar_table(ws, "P1", 0, false, 10);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0][table.column("code")].text() == "P2");
    const auto lines = records::notice_lines(ws, {stored[1].id});
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("P1") != std::string::npos);
  }
}
