// lib/render: spreadsheet formula neutralisation in CSV exports and lists.
#include "render/document.hpp"

#include <doctest/doctest.h>

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
