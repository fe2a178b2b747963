#include "documents/markup.hpp"

#include "documents/xml.hpp"
#include "io/dates.hpp"

#include <array>
#include <fmt/format.h>

namespace cppcc::documents {

void append_escaped(std::string& out, std::string_view text)
{
  append_xml(out, text); // the Word document's escaping: one for every XML the tool writes
}

std::string xml_escape(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  append_escaped(out, text);
  return out;
}

std::string capitalised(std::string_view text)
{
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string date_line(const Context& context)
{
  static constexpr std::array<const char*, 12> k_months = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  const auto date = io::from_iso(context.date);
  if (!date) return context.date;
  if (context.lang == config::Lang::zh)
    return fmt::format("{}年{}月{}日", date->year, date->month, date->day);
  return fmt::format("{} {} {}", date->day, k_months.at(static_cast<std::size_t>(date->month - 1)),
                     date->year);
}

} // namespace cppcc::documents
