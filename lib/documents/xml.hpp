#pragma once
// Text as it goes into the XML of an office file (the parts of a .docx).
#include <string>
#include <string_view>

namespace cppcc::documents {

// Appends `text` as XML character data or attribute value: & < > " ' escaped; characters
// XML 1.0 does not allow (C0 controls but tab, line feed and carriage return; U+FFFE,
// U+FFFF) left out, and each byte of broken UTF-8 written as U+FFFD, so that the file
// always opens (Word refuses the whole document over one bad character).
void append_xml(std::string& out, std::string_view text);
std::string xml_escaped(std::string_view text);

} // namespace cppcc::documents
