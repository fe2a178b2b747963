#include "documents/docx_package.hpp"

#include "documents/xml.hpp"
#include "io/dates.hpp"
#include "io/zip.hpp"

#include <ctime>
#include <fmt/format.h>
#include <vector>

namespace cppcc::documents {

namespace {

std::string document_relationships(std::size_t pictures)
{
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  const auto add = [&](std::string_view id, std::string_view type, std::string_view target) {
    fmt::format_to(
        std::back_inserter(out),
        "<Relationship Id=\"{}\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{}\" "
        "Target=\"{}\"/>",
        id, type, target);
  };
  add("rIdStyles", "styles", "styles.xml");
  add("rIdNumbering", "numbering", "numbering.xml");
  add("rIdSettings", "settings", "settings.xml");
  add("rIdFontTable", "fontTable", "fontTable.xml");
  add("rIdFooterOdd", "footer", "footer1.xml");
  add("rIdFooterEven", "footer", "footer2.xml");
  for (std::size_t i = 0; i < pictures; ++i)
    add(picture_relationship(i), "image", fmt::format("media/chart{}.png", i + 1));
  return out + "</Relationships>";
}

std::string core_properties(const DocxProperties& p)
{
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>";
  append_xml(out, p.title);
  out += "</dc:title><dc:creator>";
  append_xml(out, p.author);
  out += "</dc:creator>";
  if (io::from_iso(p.date))
    fmt::format_to(std::back_inserter(out),
                   "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{0}T00:00:00Z</dcterms:created>"
                   "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{0}T00:00:00Z</dcterms:modified>",
                   p.date);
  return out + "</cp:coreProperties>";
}

using io::Packed;

// Midday of the ISO date `iso`: that day in any time zone the zip's local time is read in.
std::time_t midday(std::string_view iso)
{
  const auto date = io::from_iso(iso);
  if (!date) return 315532800; // 1980-01-01, the first day a zip can date
  std::tm tm{};
  tm.tm_year = date->year - 1900;
  tm.tm_mon = date->month - 1;
  tm.tm_mday = date->day;
  tm.tm_hour = 12;
  return timegm(&tm);
}

} // namespace

std::string picture_relationship(std::size_t index)
{
  return fmt::format("rIdPicture{}", index + 1);
}

std::string docx_package(const Settings& settings, std::string_view body,
                         const std::vector<Png>& pictures, const DocxProperties& properties)
{
  const std::string& layout = settings.part("document.xml");
  const std::string_view page = layout;
  const std::size_t marker = page.find(k_body_marker);
  const std::string relationships = document_relationships(pictures.size());
  const std::string core = core_properties(properties);
  std::vector<std::string> media;
  for (std::size_t i = 0; i < pictures.size(); ++i)
    media.push_back(fmt::format("word/media/chart{}.png", i + 1));

  io::ZipWriter zip(midday(properties.date));
  zip.add("[Content_Types].xml", settings.part("content_types.xml"));
  zip.add("_rels/.rels", settings.part("package_rels.xml"));
  zip.add("docProps/core.xml", core);
  zip.add("word/document.xml",
          {page.substr(0, marker), body, page.substr(marker + k_body_marker.size())});
  zip.add("word/_rels/document.xml.rels", relationships);
  zip.add("word/styles.xml", settings.part("styles.xml"));
  zip.add("word/numbering.xml", settings.part("numbering.xml"));
  zip.add("word/settings.xml", settings.part("settings.xml"));
  zip.add("word/fontTable.xml", settings.part("font_table.xml"));
  zip.add("word/footer1.xml", settings.part("footer_odd.xml"));
  zip.add("word/footer2.xml", settings.part("footer_even.xml"));
  for (std::size_t i = 0; i < pictures.size(); ++i)
    zip.add(media[i].c_str(), pictures[i].bytes, Packed::stored);
  return zip.bytes();
}

} // namespace cppcc::documents
