#pragma once
// A Word document's package (.docx, OOXML): the fixed parts from the templates
// (documents/settings.hpp), the body laid into document.xml, the pictures under
// word/media/, and the document's properties, zipped with libzip.
#include "documents/raster.hpp"
#include "documents/settings.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cppcc::documents {

struct DocxProperties {
  std::string title;
  std::string author; // the committee
  std::string date;   // ISO: when the document was written (its date line)
};

// The relationship id of the `index`th picture (0-based), as the body's drawing names it.
std::string picture_relationship(std::size_t index);

// The .docx file's bytes. An Error (exit 70) when libzip cannot write it.
std::string docx_package(const Settings& settings, std::string_view body,
                         const std::vector<Png>& pictures, const DocxProperties& properties);

} // namespace cppcc::documents
