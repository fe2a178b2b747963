#pragma once
// How doctest shows a render::Value when a check fails: its kind and its text
// (integer 2, text "2"), so that a count held as text is told from a count.
#include "render/value.hpp"

#include <doctest/doctest.h>
#include <string>

namespace doctest {
template <> struct StringMaker<cppcc::render::Value> {
  static String convert(const cppcc::render::Value& value)
  {
    using Kind = cppcc::render::Value::Kind;
    const char* kind = "empty";
    switch (value.kind()) {
    case Kind::empty:
      break;
    case Kind::text:
      kind = "text";
      break;
    case Kind::integer:
      kind = "integer";
      break;
    case Kind::decimal:
      kind = "decimal";
      break;
    case Kind::percent:
      kind = "percent";
      break;
    case Kind::date:
      kind = "date";
      break;
    }
    return (std::string(kind) + " \"" + cppcc::render::plain(value) + "\"").c_str();
  }
};
} // namespace doctest
