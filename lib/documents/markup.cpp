#include "documents/markup.hpp"

#include "documents/docx.hpp"
#include "documents/xml.hpp"

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
  return date_line(context.date, context.lang); // the Word document's and the notices' own
}

} // namespace cppcc::documents
