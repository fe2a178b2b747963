#pragma once
// The office's own files (docs/documents.md): what a report, a record or a list becomes
// when a clerk sends it up or prints it, rather than reads it in a terminal. The same
// models as render/ (one model, several renderers):
// - xlsx: one sheet per table, numbers as numbers (documents/xlsx.*);
// - docx: a Word document in the official layout, GB/T 9704 (documents/docx.*);
// - html: one self-contained page, CSS and SVG charts inline, for screen and print
//   (documents/html.*);
// - pdf: that page printed by a locally installed Chromium (documents/pdf.*).
#include "config/config.hpp"
#include "render/document.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace cppcc::documents {

enum class Format { xlsx, docx, html, pdf };

class ChartPainter; // documents/chart_painter.hpp

// The office format `name` names (xlsx, docx, html, pdf), or nothing for another.
std::optional<Format> office_format(std::string_view name);
// Whether the file is bytes no terminal shows (everything but html).
bool binary(Format format);

// What a document takes from outside its model: the configuration (the committee's name,
// the layout's settings), the language it is written in, and the day it is dated.
struct Context {
  const config::Config& config;
  config::Lang lang = config::Lang::zh;
  std::string date; // ISO: the date line of a document (--as-of, else today)
  // A Word document's charts: the painter the command started before reading the database,
  // or null (the document starts its own).
  ChartPainter* painter = nullptr;
  // The name the document is headed and signed with instead of the configuration's
  // committee (a roll-up's: cppcc rollup); empty: config.committee(lang).
  std::string committee = {};
};

// The name a document is headed and signed with: context.committee, else the committee's.
const std::string& committee_of(const Context& context);

// The file's bytes. A format a kind of output does not come in is a UsageError naming
// both (a list as a Word document, say).
std::string write(const render::Report& report, Format format, const Context& context);
std::string write(const render::Document& document, Format format, const Context& context);
std::string write(const render::Table& table, Format format, const Context& context);

} // namespace cppcc::documents
