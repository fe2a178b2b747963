// lib/io/values.hpp: yes/no cells and whole numbers as offices write them.
#include "error.hpp"
#include "io/values.hpp"

#include <doctest/doctest.h>
#include <optional>
#include <string>

using cppcc::io::parse_count;
using cppcc::io::parse_int_or_throw;
using cppcc::io::parse_yes_no;

TEST_SUITE("values")
{
  TEST_CASE("parse_yes_no reads every yes form in any case")
  {
    const char* yes[] = {"yes",  "YES",  "Yes", "y",  "Y",    "true",
                         "TRUE", "True", "1",   "是", " 是 ", "\u3000是\u3000",
                         "√"};
    for (const char* text : yes) {
      CAPTURE(text);
      CHECK(parse_yes_no(text) == std::optional<bool>(true));
    }
  }

  TEST_CASE("parse_yes_no reads every no form in any case")
  {
    const char* no[] = {"no", "NO", "No", "n", "N", "false", "FALSE", "0", "否", " 否", "×"};
    for (const char* text : no) {
      CAPTURE(text);
      CHECK(parse_yes_no(text) == std::optional<bool>(false));
    }
  }

  TEST_CASE("parse_yes_no gives nothing for anything else")
  {
    const char* other[] = {"", " ", "maybe", "2", "yess", "是的", "o", "t", "-1"};
    for (const char* text : other) {
      CAPTURE(text);
      CHECK_FALSE(parse_yes_no(text).has_value());
    }
  }

  TEST_CASE("parse_yes_no_or_throw names the field and the value")
  {
    CHECK(cppcc::io::parse_yes_no_or_throw("是", "standing"));
    CHECK_FALSE(cppcc::io::parse_yes_no_or_throw("N", "standing"));
    try {
      cppcc::io::parse_yes_no_or_throw("常委", "standing");
      FAIL("no exception");
    } catch (const cppcc::DataError& e) {
      CHECK(e.status() == cppcc::Exit::data);
      const std::string message = e.what();
      CHECK(message.find("standing") != std::string::npos);
      CHECK(message.find("常委") != std::string::npos);
    }
  }

  TEST_CASE("parse_int_or_throw reads whole numbers within the range")
  {
    CHECK(parse_int_or_throw("16", "term", 1, 99) == 16);
    CHECK(parse_int_or_throw(" 16 ", "term", 1, 99) == 16);
    CHECK(parse_int_or_throw("\u300016\u3000", "term", 1, 99) == 16);
    CHECK(parse_int_or_throw("1", "term", 1, 99) == 1);
    CHECK(parse_int_or_throw("99", "term", 1, 99) == 99);
    CHECK(parse_int_or_throw("-3", "offset", -5, 5) == -3);
    CHECK(parse_int_or_throw("0", "offset", -5, 5) == 0);
  }

  TEST_CASE("parse_int_or_throw refuses text that is not a whole number")
  {
    const char* bad[] = {"",         " ",   "abc", "12abc",       "1.5", "约16",
                         "16届左右", "1 6", "+-1", "99999999999", "十六"};
    for (const char* text : bad) {
      CAPTURE(text);
      CHECK_THROWS_AS(parse_int_or_throw(text, "term", 1, 99), cppcc::DataError);
    }
  }

  TEST_CASE("parse_int_or_throw refuses numbers outside the range and says so")
  {
    CHECK_THROWS_AS(parse_int_or_throw("0", "term", 1, 99), cppcc::DataError);
    CHECK_THROWS_AS(parse_int_or_throw("100", "term", 1, 99), cppcc::DataError);
    try {
      parse_int_or_throw("100", "term", 1, 99);
      FAIL("no exception");
    } catch (const cppcc::DataError& e) {
      const std::string message = e.what();
      CHECK(message.find("term") != std::string::npos);
      CHECK(message.find("100") != std::string::npos);
      CHECK(message.find("out of range") != std::string::npos);
    }
  }

  TEST_CASE("parse_count reads a count with the unit it counts")
  {
    CHECK(parse_count("6") == 6);
    CHECK(parse_count("6条") == 6);
    CHECK(parse_count("3件") == 3);
    CHECK(parse_count("2次") == 2);
    CHECK(parse_count(" 10 人 ") == 10);
    CHECK(parse_count("\u30004个\u3000") == 4);
    CHECK(parse_count("０") == 0);
    CHECK(parse_count("１２条") == 12);
    CHECK(parse_count("16届") == 16);
  }

  TEST_CASE("parse_count gives nothing for what is not a count")
  {
    const char* bad[] = {"",
                         "条",
                         "约6条",
                         "6条左右",
                         "6条件",
                         "-1",
                         "+1",
                         "1.5",
                         "六条",
                         "6 条 件",
                         "1234567890123456789",
                         "6元"};
    for (const char* text : bad) {
      CAPTURE(text);
      CHECK_FALSE(parse_count(text).has_value());
    }
  }

  TEST_CASE("parse_int_or_throw reads a unit and still checks the range")
  {
    CHECK(parse_int_or_throw("16届", "term", 1, 99) == 16);
    CHECK_THROWS_AS(parse_int_or_throw("100届", "term", 1, 99), cppcc::DataError);
    CHECK_THROWS_AS(parse_int_or_throw("0届", "term", 1, 99), cppcc::DataError);
  }
}
