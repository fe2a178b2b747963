// lib/similar: normalisation, shingles, signatures; the shipped thresholds on the labelled
// pairs of tests/data/similar_pairs.tsv (scripts/gen-similar-pairs; docs/similar.md).
#include "config/config.hpp"
#include "similar/similar.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/format.h>
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
    // Candidates: those sharing a band whose estimate reaches the floor, each once.
    similar::Signatures all(a.values.size());
    for (const auto* s : {&a, &other, &a, &other})
      all.add(*s);
    using Found = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
    CHECK(similar::candidates(all, m, 0.3) == Found{{0, 2}, {1, 3}});
    CHECK(similar::candidates(all, m, 0.3, similar::Pairs::across, 2) == Found{{0, 2}, {1, 3}});
    CHECK(similar::candidates(all, m, 0.3, similar::Pairs::across, 3) == Found{{1, 3}});
    CHECK(similar::candidates(all, m, 0.3, similar::Pairs::from_first, 1) == Found{{0, 2}});
    CHECK(similar::candidates(all, m, 1.01).empty());
    all.add(similar::Signature{}); // a text without shingles: nobody's candidate
    CHECK(all[4].size == 0);
    CHECK(similar::candidates(all, m, 0.3).size() == 2);
  }

  TEST_CASE("a signature from the text is the signature of its shingle set, and estimates fast")
  {
    const auto& m = shipped();
    for (const std::string text :
         {"关于缓解江北街道停车难的建议：老旧小区车位严重不足，早晚高峰车辆乱停乱放。", "停", "",
          "ＡＢＣ abc 停车停车停车", "推动富硒茶产业发展，扶持龙头茶企建设标准化加工厂"}) {
      const auto direct = similar::text_signature(text, m);
      const auto from_set = similar::signature(similar::text_shingles(text, m), m);
      CHECK(direct.shingles == from_set.shingles);
      CHECK(direct.values == from_set.values);
    }
    // The words-at-a-time count of equal values is the byte-by-byte one.
    similar::Signature x, y;
    for (int i = 0; i < 197; ++i) {
      x.values.push_back(static_cast<std::uint8_t>(i * 7));
      y.values.push_back(static_cast<std::uint8_t>(i % 3 == 0 ? i * 7 : i * 7 ^ (1 << (i % 8))));
    }
    std::size_t equal = 0;
    for (std::size_t i = 0; i < x.values.size(); ++i)
      equal += x.values[i] == y.values[i];
    CHECK(similar::equal_values(similar::view(x), similar::view(y)) == equal);
    CHECK(equal == 66);
  }

  TEST_CASE("one text against many: the same candidates and overlaps as pair by pair")
  {
    const auto& m = shipped();
    const std::vector<std::string> texts = {
        "关于缓解江北街道停车难的建议：老旧小区车位严重不足，早晚高峰车辆乱停乱放。",
        "江北街道车位严重不足，早晚高峰车辆乱停乱放，建议建设临时停车场。",
        "推动富硒茶产业发展，扶持龙头茶企建设标准化加工厂，提高夏秋茶利用率。",
        "停",
        "",
        "ＡＢＣ abc 停车停车停车"};
    for (const auto& a : texts) {
      const auto mine = similar::text_shingles(a, m);
      const similar::ShingleSet kept(mine);
      CHECK(kept.size() == mine.size());
      for (const auto& b : texts) {
        const auto pairwise = similar::overlap(mine, similar::text_shingles(b, m));
        const auto at_once = similar::overlap_with(kept, b, m);
        CHECK(at_once.shared == pairwise.shared);
        CHECK(at_once.a == pairwise.a);
        CHECK(at_once.b == pairwise.b);
      }
    }
    // Signatures agreeing in more and more values: candidate_of is the estimate and the
    // bands, whatever the floor.
    similar::Signature x = similar::text_signature(texts[0], m);
    REQUIRE(x.values.size() == static_cast<std::size_t>(m.bands * m.rows));
    for (std::size_t agree = 0; agree <= x.values.size(); agree += 7) {
      similar::Signature y = x;
      y.shingles = x.shingles + static_cast<std::uint32_t>(agree % 40);
      for (std::size_t i = agree; i < y.values.size(); ++i)
        y.values[i] = static_cast<std::uint8_t>(x.values[i] + 1 + i % 5);
      for (const double floor : {0.0, 0.05, 0.2, 0.5, 0.9, 1.0}) {
        const bool expected = similar::estimated_score(x, y, m).value >= floor &&
                              similar::share_band(similar::view(x), similar::view(y), m);
        CHECK(similar::candidate_of(similar::view(x), similar::view(y), m, floor) == expected);
      }
    }
    CHECK_FALSE(similar::candidate_of(similar::view(x), similar::view(similar::Signature{}), m, 0));
    // One filter against many: sets of every size from small to large (Jaccard and
    // containment), agreeing in more and more values.
    for (const double floor : {0.05, 0.2, 0.45}) {
      similar::CandidateFilter filter(similar::view(x), m, floor);
      for (std::uint32_t size = 1; size < 3 * x.shingles; size += 3)
        for (std::size_t agree = 0; agree <= x.values.size(); agree += 11) {
          similar::Signature y = x;
          y.shingles = size;
          for (std::size_t i = 0; i < y.values.size(); ++i)
            if ((i * 37 + size) % x.values.size() >= agree)
              y.values[i] = static_cast<std::uint8_t>(x.values[i] + 1);
          const bool expected = similar::estimated_score(x, y, m).value >= floor &&
                                similar::share_band(similar::view(x), similar::view(y), m);
          CHECK(filter(similar::view(y)) == expected);
        }
    }
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
    CHECK(stored.signatures[0].size ==
          static_cast<std::size_t>(config.similarity.bands * config.similarity.rows));
    CHECK(storage::proposal_signatures(store, config.similarity, "", "").size() == 3);
    CHECK(
        storage::proposal_signatures(store, config.similarity, "2023-01-01", "2023-12-31").size() ==
        0);
    const auto table = records::similar_table(ws, "P1", 0, false, 10);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0][table.column("code")].text() == "P2");
    CHECK(records::similar_table(ws, "P1", 0, true, 10).rows.size() == 1);
    const auto p2 = std::find(stored.ids.begin(), stored.ids.end(), 2);
    REQUIRE(p2 != stored.ids.end());
    const auto lines = records::notice_lines(ws, {2});
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("P1") != std::string::npos);
    CHECK(storage::signature_problems(store, config.similarity).empty());
  }

  TEST_CASE("notices: many new proposals take the bands' way, and are capped with a count")
  {
    storage::Store store = storage::Store::create(":memory:");
    config::Config config = config::Config::from_text("", "test");
    config.similarity.notice_lines = 3;
    store.keep_signatures(&config.similarity);
    records::Workspace ws{store, config, "tester", io::Date{2024, 3, 1}, config::Lang::en};
    records::add_member(ws, {{"code", "W001"}, {"name", "张明"}});
    std::vector<long> ids;
    // 20 proposals, pairs of the same matter: each of the 20 is like another.
    const std::vector<std::string> matters = {
        "江北街道老旧小区多，车位严重不足，早晚高峰车辆乱停乱放，消防通道经常被堵。",
        "推动富硒茶产业发展，扶持龙头茶企建设标准化加工厂，提高夏秋茶利用率。",
        "城东水厂供水管网老化，爆管频繁，夏季高峰时段高层住户经常停水。",
        "农村客运班线减少，偏远村民进城看病赶集只能搭乘无证营运车辆。",
        "学校食堂承包经营，饭菜价格偏高，学生营养搭配不合理，家长意见较大。",
        "流浪犬数量增多，夜间成群出没，咬伤行人事件时有发生，群众出行不安。",
        "电动自行车楼道充电现象普遍，充电桩数量不足，火灾隐患突出。",
        "河道两岸生活污水直排，垃圾漂浮，夏季气味难闻，周边居民反映强烈。",
        "老旧小区没有电梯，老年人上下楼困难，加装电梯资金筹措难、意见难统一。",
        "社区养老服务中心床位紧张，护理人员缺乏，失能老人照护压力大。"};
    for (std::size_t k = 0; k < 20; ++k) {
      const std::string code = fmt::format("P{:02}", k + 1);
      workflow::add_proposal(ws, {{"code", code},
                                  {"title", fmt::format("提案{}", k)},
                                  {"body", matters[k % matters.size()]},
                                  {"proposer", "张明"},
                                  {"submitted", "2024-01-10"}});
      ids.push_back(static_cast<long>(k + 1));
    }
    const auto lines = records::notice_lines(ws, ids);
    REQUIRE(lines.size() == 4);
    CHECK(lines[3].find("17 more") != std::string::npos);
    config.similarity.notice_up_to = 10;
    CHECK(records::notice_lines(ws, ids).empty());
  }
}
