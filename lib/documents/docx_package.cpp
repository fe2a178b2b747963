#include "documents/docx_package.hpp"

#include "documents/xml.hpp"
#include "error.hpp"
#include "io/dates.hpp"
#include "util/messages.hpp"

#include <ctime>
#include <fmt/format.h>
#include <initializer_list>
#include <memory>
#include <vector>
#include <zip.h>

namespace cppcc::documents {

namespace {

[[noreturn]] void fail(zip_error_t* error)
{
  throw Error(msg::text("documents.package_failed", zip_error_strerror(error)), Exit::internal);
}

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

// How a part is packed: the small ones stored (each deflated entry costs zlib a quarter
// of a megabyte of fresh memory, more time than its bytes save), the body deflated at
// zlib's fastest (it is mostly the same tags), a PNG stored (compressed already).
enum class Packed { deflated, stored };
constexpr std::size_t k_stored_below = 16 * 1024;
constexpr int k_deflate_level = 1;

// The zip written into memory: every entry dated `when` (the same document, the same bytes).
class Zip {
public:
  explicit Zip(std::time_t when) : m_when(when)
  {
    zip_error_init(&m_error);
    m_source = zip_source_buffer_create(nullptr, 0, 0, &m_error);
    if (!m_source) fail(&m_error);
    m_zip = zip_open_from_source(m_source, ZIP_TRUNCATE, &m_error);
    if (!m_zip) {
      zip_source_free(m_source);
      fail(&m_error);
    }
    zip_source_keep(m_source); // kept past zip_close, to be read
  }
  ~Zip()
  {
    if (m_zip) zip_discard(m_zip);
    zip_source_free(m_source);
    zip_error_fini(&m_error);
  }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  // `data` must live until bytes(): libzip reads it then.
  void add(const char* name, std::string_view data, Packed packed = Packed::deflated)
  {
    add(name, {data}, packed);
  }
  // An entry of `parts` one after the other, read where they are (not copied together).
  void add(const char* name, std::initializer_list<std::string_view> parts,
           Packed packed = Packed::deflated)
  {
    std::vector<zip_buffer_fragment_t> fragments;
    std::size_t size = 0;
    for (const std::string_view part : parts) {
      // libzip only reads the fragments; its type is not const.
      fragments.push_back(
          {reinterpret_cast<zip_uint8_t*>(const_cast<char*>(part.data())), part.size()});
      size += part.size();
    }
    if (size < k_stored_below) packed = Packed::stored;
    zip_source_t* source = zip_source_buffer_fragment(m_zip, fragments.data(), fragments.size(), 0);
    if (!source) fail(zip_get_error(m_zip));
    const zip_int64_t index = zip_file_add(m_zip, name, source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      fail(zip_get_error(m_zip));
    }
    const auto at = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(m_zip, at,
                                 packed == Packed::deflated ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                 k_deflate_level) < 0 ||
        zip_file_set_mtime(m_zip, at, m_when, 0) < 0)
      fail(zip_get_error(m_zip));
  }

  std::string bytes()
  {
    if (zip_close(m_zip) < 0) fail(zip_get_error(m_zip));
    m_zip = nullptr;
    if (zip_source_open(m_source) < 0) fail(zip_source_error(m_source));
    const zip_int64_t size =
        zip_source_seek(m_source, 0, SEEK_END) < 0 ? -1 : zip_source_tell(m_source);
    std::string out(size < 0 ? 0 : static_cast<std::size_t>(size), '\0');
    const zip_int64_t read = size < 0 || zip_source_seek(m_source, 0, SEEK_SET) < 0
                                 ? -1
                                 : zip_source_read(m_source, out.data(), out.size());
    zip_source_close(m_source);
    if (read != size) fail(zip_source_error(m_source));
    return out;
  }

private:
  std::time_t m_when;
  zip_error_t m_error;
  zip_source_t* m_source = nullptr;
  zip_t* m_zip = nullptr;
};

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

  Zip zip(midday(properties.date));
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
