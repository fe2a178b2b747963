#include "documents/office.hpp"

#include "documents/docx.hpp"
#include "documents/html.hpp"
#include "documents/pdf.hpp"
#include "documents/xlsx.hpp"
#include "error.hpp"
#include "util/messages.hpp"

namespace cppcc::documents {

std::optional<Format> office_format(std::string_view name)
{
  if (name == "xlsx") return Format::xlsx;
  if (name == "docx") return Format::docx;
  if (name == "html") return Format::html;
  if (name == "pdf") return Format::pdf;
  return std::nullopt;
}

bool binary(Format format)
{
  return format != Format::html;
}

namespace {

const char* name(Format format)
{
  switch (format) {
  case Format::xlsx:
    return "xlsx";
  case Format::docx:
    return "docx";
  case Format::html:
    return "html";
  case Format::pdf:
    return "pdf";
  }
  return "";
}

[[noreturn]] void not_for(Format format, const char* what)
{
  throw UsageError(msg::text("documents.format_not_for", name(format), msg::text(what)));
}

} // namespace

const std::string& committee_of(const Context& context)
{
  return context.committee.empty() ? context.config.committee(context.lang) : context.committee;
}

std::string write(const render::Report& report, Format format, const Context& context)
{
  switch (format) {
  case Format::xlsx:
    return xlsx_report(report, context);
  case Format::docx:
    return docx_report(report, context);
  case Format::html:
    return html_report(report, context);
  case Format::pdf:
    return pdf_from_html(html_report(report, context), context);
  }
  not_for(format, "documents.kind_report");
}

std::string write(const render::Document& document, Format format, const Context& context)
{
  switch (format) {
  case Format::xlsx:
    return xlsx_document(document, context);
  case Format::docx:
    return docx_document(document, context);
  case Format::html:
    return html_document(document, context);
  case Format::pdf:
    return pdf_from_html(html_document(document, context), context);
  }
  not_for(format, "documents.kind_record");
}

std::string write(const render::Table& table, Format format, const Context& context)
{
  switch (format) {
  case Format::xlsx:
    return xlsx_table(table, context);
  case Format::docx:
    return docx_table(table, context);
  case Format::html:
    return html_table(table, context);
  case Format::pdf:
    return pdf_from_html(html_table(table, context), context);
  }
  not_for(format, "documents.kind_list");
}

} // namespace cppcc::documents
