#pragma once
// What the HTML page and the SVG charts share: escaping text for XML and HTML, the fonts
// the documents name (never embed), and the date line a document is dated with.
#include "documents/office.hpp"

#include <string>
#include <string_view>

namespace cppcc::documents {

// Chinese sans-serif first (what Debian's fonts-noto-cjk, Adobe's Source Han, Windows and
// WPS machines have), then the generic family: charts, tables, headings.
inline constexpr std::string_view k_sans_fonts =
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', SimHei, sans-serif";
// The body text of an official document: 仿宋 where the machine has it (Windows, WPS),
// else a Song/Ming serif (Noto Serif CJK), else the Chinese sans-serif before the generic
// serif: a machine with only Noto Sans CJK (Debian's fonts-noto-cjk) would otherwise set
// the digits and Latin letters of a line in one font and its Chinese in another.
inline constexpr std::string_view k_body_fonts =
    "FangSong, 'FangSong_GB2312', 'Noto Serif CJK SC', 'Source Han Serif SC', SimSun, "
    "'Noto Sans CJK SC', 'Source Han Sans SC', serif";
// A document's title: 方正小标宋 as offices use it, else a bold serif (the same fallbacks).
inline constexpr std::string_view k_title_fonts =
    "'FZXiaoBiaoSong-B05S', '方正小标宋简体', 'Noto Serif CJK SC', 'Source Han Serif SC', "
    "SimSun, 'Noto Sans CJK SC', 'Source Han Sans SC', serif";

// `text` with & < > " ' as entities, and what XML 1.0 does not allow left out (broken
// UTF-8 as U+FFFD): safe as element text and as a quoted attribute's value, in XML (SVG)
// and in HTML (documents/xml.hpp, append_xml).
std::string xml_escape(std::string_view text);
// xml_escape(text) appended to `out`.
void append_escaped(std::string& out, std::string_view text);

// `text` with its first letter a capital when it is a Latin one ("proposals by status" →
// "Proposals by status"): English labels are lower case for running text, a heading or a
// column's header on paper starts with a capital. Chinese is left as it is.
std::string capitalised(std::string_view text);

// The date a document is dated with, as a letter gives it: 2024年3月1日 / 1 March 2024;
// the ISO text itself when it is not a date.
std::string date_line(const Context& context);

} // namespace cppcc::documents
