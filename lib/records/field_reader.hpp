#pragma once
// Reads a record's fields from text (command options or ledger cells) into typed
// values, collecting every problem instead of stopping at the first, so that an
// import can report all bad cells of a row. Problems name the field the way the
// user gave it: "--submitted" on the command line, "column 'submitted'" in a file.
#include "config/vocabulary.hpp"
#include "io/dates.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::records {

// Field names in std::less<>'s order, the first bytes compared first: most lookups of a
// row's fields (an import makes dozens a row) are settled there, without a call to memcmp.
struct FieldOrder {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept
  {
    if (!a.empty() && !b.empty() && a.front() != b.front())
      return static_cast<unsigned char>(a.front()) < static_cast<unsigned char>(b.front());
    return a < b;
  }
};

// Canonical field name (docs/domain.md §4.2) → text value; absent fields are left alone.
using Fields = std::map<std::string, std::string, FieldOrder>;

enum class Naming { option, column };

class FieldReader {
public:
  FieldReader(const Fields& fields, Naming naming) : m_fields(fields), m_naming(naming) {}

  // How `field` is named in messages: "--during-plenary" or "column 'during_plenary'".
  std::string name(std::string_view field) const;
  bool has(std::string_view field) const { return m_fields.find(field) != m_fields.end(); }
  // The trimmed text, "" when absent.
  std::string text(std::string_view field) const;
  // Whether the trimmed text is "" (or the field absent), without a copy of it.
  bool blank(std::string_view field) const;
  // The text as given (bodies keep their line breaks), "" when absent.
  std::string raw(std::string_view field) const;
  // Nothing when absent or empty; a problem when it cannot be read.
  std::optional<io::Date> date(std::string_view field);
  std::optional<bool> yes_no(std::string_view field);
  std::optional<int> number(std::string_view field, int min, int max);
  // The vocabulary id; "" when absent or empty.
  std::string vocabulary(std::string_view field, const config::Vocabulary& vocabulary);
  // Records a problem with `field` (message without the field's name).
  void problem(std::string_view field, const std::string& message);
  // Runs `read`; a DataError (or TransitionError, UsageError) it throws becomes a
  // problem with `field`.
  void attempt(std::string_view field, const std::function<void()>& read);

  const std::vector<std::string>& problems() const { return m_problems; }
  // Throws DataError with every problem, one per line, if there are any.
  void check() const;

private:
  std::string_view trimmed(std::string_view field) const; // "" when absent

  const Fields& m_fields;
  Naming m_naming;
  std::vector<std::string> m_problems;
};

} // namespace cppcc::records
