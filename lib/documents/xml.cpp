#include "documents/xml.hpp"

namespace cppcc::documents {

namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD"; // U+FFFD

// The length of the well-formed UTF-8 sequence at `at` (2–4), or 0 when it is not one
// (overlong forms and surrogates are not).
std::size_t sequence_length(std::string_view text, std::size_t at)
{
  const auto byte = [&](std::size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u;
  };
  const unsigned lead = byte(at);
  const auto continuation = [&](std::size_t i) { return (byte(i) & 0xC0u) == 0x80u; };
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(at + 1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const unsigned second = byte(at + 1);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)) return 0;
    return continuation(at + 1) && continuation(at + 2) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const unsigned second = byte(at + 1);
    if ((lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)) return 0;
    return continuation(at + 1) && continuation(at + 2) && continuation(at + 3) ? 4 : 0;
  }
  return 0;
}

} // namespace

void append_xml(std::string& out, std::string_view text)
{
  // Bytes that go through as they are (most of a document's text) are copied a stretch at
  // a time; the rest one by one.
  std::size_t kept = 0; // where the stretch not yet copied starts
  const auto flush = [&](std::size_t to) { out.append(text, kept, to - kept); };
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      // DEL is allowed by XML, but nothing a document shows.
      const bool plain = (byte >= 0x20 && byte != 0x7F && c != '&' && c != '<' && c != '>' &&
                          c != '"' && c != '\'') ||
                         c == '\t' || c == '\n' || c == '\r';
      if (plain) {
        ++i;
        continue;
      }
      flush(i);
      kept = ++i;
      switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        break; // left out
      }
      continue;
    }
    const std::size_t length = sequence_length(text, i);
    const std::string_view sequence = text.substr(i, length);
    if (length != 0 && sequence != "\xEF\xBF\xBE" && sequence != "\xEF\xBF\xBF") { // U+FFFE/F
      i += length;
      continue;
    }
    flush(i);
    if (length == 0) {
      out += k_replacement;
      kept = ++i;
    } else {
      kept = i += length;
    }
  }
  flush(text.size());
}

std::string xml_escaped(std::string_view text)
{
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_xml(out, text);
  return out;
}

} // namespace cppcc::documents
