// lib/util/text.hpp: UTF-8 code points, terminal width, suggestions, list cells; and
// util/on_exit.hpp.
#include "util/json.hpp"
#include "util/on_exit.hpp"
#include "util/text.hpp"

#include <cstdio>
#include <doctest/doctest.h>
#include <string>
#include <vector>

namespace util = cppcc::util;
using Strings = std::vector<std::string>;

TEST_SUITE("text")
{
  TEST_CASE("display_width counts CJK as two columns and ASCII as one")
  {
    CHECK(util::display_width("") == 0);
    CHECK(util::display_width("abc") == 3);
    CHECK(util::display_width("汉滨区政协") == 10);
    CHECK(util::display_width("十六届2次") == 9);
    CHECK(util::display_width("王伟 W001") == 9);
  }

  TEST_CASE("display_width counts fullwidth forms and CJK punctuation as two columns")
  {
    CHECK(util::display_width("ＡＢ") == 4);
    CHECK(util::display_width("，") == 2);
    CHECK(util::display_width("、") == 2);
    CHECK(util::display_width("\u3000") == 2);
    CHECK(util::display_width("（一）") == 6);
  }

  TEST_CASE("display_width gives combining marks no column")
  {
    CHECK(util::display_width("e\u0301") == 1);
    CHECK(util::display_width("Cafe\u0301") == 4);
  }

  TEST_CASE("code points are counted, not bytes")
  {
    CHECK(util::code_point_count("王伟") == 2);
    CHECK(util::code_point_count("P2024-0001") == 10);
    CHECK(util::to_code_points("王a") == std::u32string{U'王', U'a'});
  }

  TEST_CASE("invalid UTF-8 bytes decode to the replacement character")
  {
    const std::u32string decoded = util::to_code_points("a\xff"
                                                        "b");
    CHECK(decoded == std::u32string{U'a', U'\uFFFD', U'b'});
  }

  TEST_CASE("edit_distance counts code points, so one Chinese character is one edit")
  {
    CHECK(util::edit_distance("王伟", "王玮") == 1);
    CHECK(util::edit_distance("王伟", "王伟") == 0);
    CHECK(util::edit_distance("", "汉滨") == 2);
    CHECK(util::edit_distance("汉滨区政协", "汉滨政协") == 1);
    CHECK(util::edit_distance("张明", "明张") == 2);
    CHECK(util::edit_distance("kitten", "sitting") == 3);
  }

  TEST_CASE("closest suggests near misses, best first")
  {
    CHECK(util::closest("王玮", {"李强", "王伟", "王伟明"}) == Strings{"王伟"});
    CHECK(util::closest("economi", {"politics", "economy", "culture"}) == Strings{"economy"});
    CHECK(util::closest("ECONOMY", {"economy"}) == Strings{"economy"});
    const Strings close = util::closest("nmae", {"term", "name", "session", "name_en"});
    REQUIRE_FALSE(close.empty());
    CHECK(close.front() == "name");
  }

  TEST_CASE("closest suggests names containing or contained in the wanted text")
  {
    CHECK(util::closest("住建局", {"区住房和城乡建设局", "区住建局", "区水利局"}).front() ==
          "区住建局");
  }

  TEST_CASE("closest gives nothing when no candidate is plausible, and honours the limit")
  {
    CHECK(util::closest("xyz", {"汉滨区", "政协"}).empty());
    CHECK(util::closest("abc", {}).empty());
    CHECK(util::closest("ab", {"abc", "abd", "aby"}, 2).size() == 2);
    CHECK(util::closest("ab", {"ab", "abc", "abd", "aby"}, 2).front() == "ab");
  }

  TEST_CASE("did_you_mean lists suggestions in words")
  {
    CHECK(util::did_you_mean({}) == "");
    CHECK(util::did_you_mean({"王伟"}) == "did you mean '王伟'?");
    CHECK(util::did_you_mean({"a", "b"}) == "did you mean 'a' or 'b'?");
    CHECK(util::did_you_mean({"a", "b", "c"}) == "did you mean 'a', 'b' or 'c'?");
  }

  TEST_CASE("split_list splits on each list separator")
  {
    const char* cells[] = {"张明;李强", "张明；李强", "张明、李强", "张明,李强", "张明，李强"};
    for (const char* cell : cells) {
      CAPTURE(cell);
      CHECK(util::split_list(cell) == Strings{"张明", "李强"});
    }
  }

  TEST_CASE("split_list trims parts and drops empty ones")
  {
    CHECK(util::split_list(" 张明 ； 李强、\u3000王伟\u3000,,， ") ==
          Strings{"张明", "李强", "王伟"});
    CHECK(util::split_list("").empty());
    CHECK(util::split_list(" ;；、 ").empty());
    CHECK(util::split_list("张明") == Strings{"张明"});
    CHECK(util::split_list("张 明") == Strings{"张 明"});
  }

  TEST_CASE("trim removes ASCII whitespace and the ideographic space at both ends")
  {
    CHECK(util::trim("  abc \t\r\n") == "abc");
    CHECK(util::trim("\u3000张明\u3000") == "张明");
    CHECK(util::trim(" \u3000 张明 \u3000\u3000 ") == "张明");
    CHECK(util::trim("张\u3000明") == "张\u3000明");
    CHECK(util::trim("\u3000\u3000") == "");
    CHECK(util::trim("") == "");
    // a byte order mark, a zero-width space and a no-break space, at either end only
    CHECK(util::trim("\uFEFFP2023-901\u200B") == "P2023-901");
    CHECK(util::trim("\u00A0张明\u00A0\uFEFF") == "张明");
    const std::string cell = " \u3000张明\u200B ";
    const std::string_view view = util::trimmed(cell); // the same text, not a copy
    CHECK(view == "张明");
    CHECK(view.data() == cell.data() + 4);
    CHECK(util::trim("张\u200B明") == "张\u200B明");
    CHECK(util::trim("数据\u00A0") == "数据");
    // Each space alone at one end, the other end a plain character: trimmed() tells most
    // text from the first and last bytes, which must not pass any of these.
    for (const std::string space :
         {" ", "\t", "\r", "\n", "\u3000", "\uFEFF", "\u200B", "\u00A0"}) {
      CHECK(util::trim(space + "张明") == "张明");
      CHECK(util::trim("张明" + space) == "张明");
      CHECK(util::trim("a" + space) == "a");
      CHECK(util::trim(space + "a") == "a");
    }
    const std::string plain = "关于完善文明城市创建的建议";
    CHECK(util::trimmed(plain).data() == plain.data());
    CHECK(util::trimmed(plain).size() == plain.size());
  }

  TEST_CASE("ascii_lower leaves non-ASCII text alone")
  {
    CHECK(util::ascii_lower("ABC汉滨Xy") == "abc汉滨xy");
  }

  TEST_CASE("join puts the separator between parts only")
  {
    CHECK(util::join({}, ";") == "");
    CHECK(util::join({"a"}, ";") == "a");
    CHECK(util::join({"张明", "李强"}, "；") == "张明；李强");
  }

  TEST_CASE("json_quote escapes quotes, backslashes and control characters wherever they fall")
  {
    // The reference: one character at a time, as RFC 8259 asks.
    const auto reference = [](std::string_view text) {
      std::string out = "\"";
      for (const char c : text) {
        switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\u%04x", static_cast<unsigned char>(c));
            out += hex;
          } else {
            out += c;
          }
        }
      }
      return out + "\"";
    };
    CHECK(cppcc::util::json_quote("关于\"停车难\"的建议\n第二行\t\\") ==
          "\"关于\\\"停车难\\\"的建议\\n第二行\\t\\\\\"");
    CHECK(cppcc::util::json_quote(std::string("a\x01"
                                              "b\x1f"
                                              " \x7f",
                                              6)) == "\"a\\u0001b\\u001f \x7f\"");
    // Every special character at every offset of texts longer than a word, among
    // multi-byte characters and bytes just above and below the special ones.
    const std::string specials = std::string("\"\\\n\r\t\x01\x1f", 7);
    const std::string plain = std::string("ab !#[]~\x7f") + "政协委员";
    unsigned seed = 9;
    auto next = [&](std::size_t n) {
      seed = seed * 1103515245u + 12345u;
      return static_cast<std::size_t>((seed >> 8) % n);
    };
    for (int trial = 0; trial < 3000; ++trial) {
      std::string text;
      for (std::size_t i = 0, n = next(40); i < n; ++i)
        text += next(6) == 0 ? specials[next(specials.size())] : plain[next(plain.size())];
      CAPTURE(text);
      REQUIRE(cppcc::util::json_quote(text) == reference(text));
    }
  }
}

TEST_CASE("OnExit runs its callable once: at the scope's end, or earlier with now()")
{
  int runs = 0;
  {
    util::OnExit count([&] { ++runs; });
    CHECK(runs == 0);
  }
  CHECK(runs == 1);
  {
    util::OnExit count([&] { ++runs; });
    count.now();
    CHECK(runs == 2);
    count.now();
  }
  CHECK(runs == 2);
  try {
    util::OnExit count([&] { ++runs; });
    throw 1;
  } catch (int) {
  }
  CHECK(runs == 3);
}

TEST_CASE("person_name drops the spaces that align a Chinese name, and only those")
{
  CHECK(util::person_name("周强") == "周强");
  CHECK(util::person_name("周\u3000强") == "周强");
  CHECK(util::person_name("周 强") == "周强");
  CHECK(util::person_name("周\u3000\u3000强") == "周强");
  CHECK(util::person_name(" 周 \t强\u3000") == "周强");
  CHECK(util::person_name("欧阳\u3000小明") == "欧阳小明");
  CHECK(util::person_name("陈\u3000𬀩") == "陈𬀩"); // a character beyond the BMP
  CHECK(util::person_name("Anna Li") == "Anna Li");
  CHECK(util::person_name("Anna  Li") == "Anna  Li");
  CHECK(util::person_name("阿依古丽 Aygul") == "阿依古丽 Aygul");
  CHECK(util::person_name("W0001") == "W0001");
  CHECK(util::person_name("") == "");
}
