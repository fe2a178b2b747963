// lib/util/controls.hpp: finding terminal control characters and showing them.
#include "util/controls.hpp"

#include <doctest/doctest.h>
#include <string>

namespace util = cppcc::util;
using util::Breaks;

TEST_SUITE("controls")
{
  TEST_CASE("find_control finds C0, DEL and C1, past the eight-byte fast path")
  {
    constexpr auto npos = std::string_view::npos;
    CHECK(util::find_control("关于加强城区供水管网改造的建议", Breaks::refused) == npos);
    CHECK(util::find_control("0123456789abcdef\x1b[2J", Breaks::refused) == 16);
    CHECK(util::find_control("0123456789abcdef\x7f", Breaks::refused) == 16);
    CHECK(util::find_control("0123456789\xc2\x9b", Breaks::refused) == 10);
    CHECK(util::find_control("0123456789\xc2\xa0 \xc2\xb7", Breaks::refused) == npos); // NBSP, ·
    CHECK(util::find_control("a\tb\r\nc", Breaks::allowed) == npos);
    CHECK(util::find_control("a\tb", Breaks::refused) == 1);
    CHECK(util::find_control("a\nb", Breaks::refused) == 1);
    CHECK(util::control_name("x\x1b", 1) == "U+001B");
    CHECK(util::control_name("x\xc2\x85", 1) == "U+0085");
  }

  TEST_CASE("show_controls draws control pictures and keeps tab and line breaks")
  {
    CHECK(util::show_controls("张\x1b[31m明\a") == "张␛[31m明␇");
    CHECK(util::show_controls(std::string("a\0b\x7f", 4)) == "a␀b␡");
    CHECK(util::show_controls("a\xc2\x9b"
                              "b") == "a<U+009B>b");
    CHECK(util::show_controls("a\tb\nc") == "a\tb\nc");
    CHECK(util::show_controls("plain 文字") == "plain 文字");
  }
}
