#include "import/headers.hpp"

#include "error.hpp"
#include "import/sheet_shape.hpp"
#include "io/encoding.hpp"
#include "records/field_reader.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>

#include <fstream>
#include <sstream>
#include <yaml-cpp/yaml.h>

namespace cppcc::import {

namespace {

std::string_view strip_note(std::string_view text)
{
  // A trailing "(…)" or "（…）" note: 提案号（必填）.
  for (std::string_view open : {"(", "\xEF\xBC\x88"})
    if (auto at = text.find(open); at != std::string_view::npos && at > 0)
      return text.substr(0, at);
  return text;
}

} // namespace

std::string normalise_header(std::string_view header)
{
  std::string_view text = header;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '*' || c == '\r' || c == '\n') continue;
    if (text.substr(i, 3) == "\u3000" || text.substr(i, 3) == "\xEF\xBC\x8A") { // 　 ＊
      i += 2;
      continue;
    }
    out += c;
  }
  return util::ascii_lower(strip_note(out));
}

namespace {

// A header as a message shows it: without a byte order mark or the line breaks of a
// wrapped sheet cell, trimmed.
std::string shown_header(std::string_view header)
{
  if (header.starts_with("\xEF\xBB\xBF")) header.remove_prefix(3);
  return fold_line_breaks(header, ListCell::no);
}

} // namespace

std::string kind_name(const config::Config& config, std::string_view kind)
{
  return msg::lang() == config::Lang::zh ? config.label(config::Lang::zh, "sheets", kind)
                                         : std::string(kind);
}

std::string field_name(const config::Config& config, std::string_view kind, std::string_view field)
{
  return msg::lang() == config::Lang::zh ? config.label(config::Lang::zh, kind, field)
                                         : std::string(field);
}

ColumnNames::ColumnNames(const config::Config& config, std::string_view kind,
                         const std::vector<std::string>& columns,
                         const std::map<std::string, std::string>& headers)
{
  static const records::Fields k_none;
  const records::FieldReader reader(k_none, records::Naming::column);
  for (const auto& field : columns) {
    const auto header = headers.find(field);
    std::string name = header != headers.end() ? header->second : field_name(config, kind, field);
    const std::string named = msg::text("import.column", name);
    for (const std::string& as_code : {reader.name(field), msg::text("import.column", field)})
      if (std::none_of(m_renamed.begin(), m_renamed.end(),
                       [&](const auto& r) { return r.first == as_code; }))
        m_renamed.emplace_back(as_code, named);
    m_names.emplace(field, std::move(name));
  }
  std::stable_sort(m_renamed.begin(), m_renamed.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

std::string ColumnNames::name(std::string_view field) const
{
  const auto found = m_names.find(field);
  return found != m_names.end() ? found->second : std::string(field);
}

std::string ColumnNames::column(std::string_view field) const
{
  return msg::text("import.column", name(field));
}

std::string ColumnNames::in_file_terms(std::string_view problem) const
{
  for (const auto& [as_code, named] : m_renamed)
    if (problem.starts_with(as_code)) return named + std::string(problem.substr(as_code.size()));
  return std::string(problem);
}

Mapping Mapping::load(const std::filesystem::path& file)
{
  std::ifstream in(file, std::ios::binary);
  std::error_code ec; // a directory opens, and reads as empty
  if (!in || std::filesystem::is_directory(file, ec))
    throw InputError(msg::text("import.cannot_read_mapping", file.string()));
  std::stringstream text;
  text << in.rdbuf();
  return parse(text.str(), file.string());
}

Mapping Mapping::parse(std::string_view yaml, std::string_view source)
{
  if (const auto bad = io::first_bad_utf8(yaml))
    throw ConfigError(msg::text("config.not_utf8", source, bad->line, bad->offset));
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw ConfigError(msg::text("config.yaml_error", source, e.mark.line + 1, e.msg));
  }
  Mapping mapping;
  mapping.source = std::string(source);
  if (root.IsNull()) return mapping;
  auto fail = [&](const YAML::Node& at, const std::string& what) {
    throw ConfigError(msg::text("import.mapping_problem", source, at.Mark().line + 1, what));
  };
  // Keys and cell values are plain text (an empty one is ""); a list or map there
  // (`[a]: b`) is refused here rather than escaping as yaml-cpp's conversion error (exit 70).
  auto text = [&](const YAML::Node& node) {
    if (node.IsNull()) return std::string();
    if (!node.IsScalar()) fail(node, msg::text("import.mapping_expected_text"));
    return node.Scalar();
  };
  if (!root.IsMap()) fail(root, msg::text("import.mapping_expected_top"));
  for (const auto& entry : root) {
    const std::string key = text(entry.first);
    if (key == "columns") {
      if (!entry.second.IsMap()) fail(entry.second, msg::text("import.mapping_columns_not_a_map"));
      for (const auto& column : entry.second) {
        if (!column.second.IsScalar())
          fail(column.second, msg::text("import.mapping_column_to_one", text(column.first)));
        mapping.columns[normalise_header(text(column.first))] = column.second.Scalar();
        mapping.lines["columns." + column.second.Scalar()] = column.second.Mark().line + 1;
      }
    } else if (key == "values") {
      if (!entry.second.IsMap()) fail(entry.second, msg::text("import.mapping_values_not_a_map"));
      for (const auto& column : entry.second) {
        if (!column.second.IsMap())
          fail(column.second, msg::text("import.mapping_values_of_column", text(column.first)));
        auto& values = mapping.values[text(column.first)];
        mapping.lines["values." + text(column.first)] = column.first.Mark().line + 1;
        for (const auto& value : column.second)
          values[util::trim(text(value.first))] =
              value.second.IsNull() ? std::string() : text(value.second);
      }
    } else {
      fail(entry.first, msg::text("import.mapping_unknown_key", key));
    }
  }
  return mapping;
}

HeaderNames::HeaderNames(const config::Config& config, std::string_view kind,
                         const std::vector<std::string>& columns, const Mapping& mapping)
    : m_mapping(mapping)
{
  auto accept = [&](const std::string& name, const std::string& column) {
    if (m_known.emplace(normalise_header(name), column).second) m_shown.push_back(name);
  };
  for (const auto& column : columns) {
    accept(column, column);
    for (const auto lang : {config::Lang::zh, config::Lang::en})
      accept(config.label(lang, kind, column), column);
    for (const auto& alias : config.header_aliases(kind, column))
      accept(alias, column);
  }
  for (const auto& name : config.ignored_headers())
    m_ignored.push_back(normalise_header(name));
}

HeaderNames::Known HeaderNames::meaning_of(std::string_view header) const
{
  const std::string name = normalise_header(header);
  if (auto it = m_mapping.columns.find(name); it != m_mapping.columns.end())
    return it->second == "ignore" ? Known{Meaning::unnamed, ""} : Known{Meaning::field, it->second};
  if (auto found = m_known.find(name); found != m_known.end())
    return {Meaning::field, found->second};
  if (name.empty()) return {Meaning::unnamed, ""};             // an unnamed (usually empty) column
  if (name == k_rejects_column) return {Meaning::unnamed, ""}; // a rejects file's reasons
  if (std::find(m_ignored.begin(), m_ignored.end(), name) != m_ignored.end())
    return {Meaning::ignored, ""};
  return {Meaning::unknown, ""};
}

bool HeaderNames::is_header(const std::vector<std::string>& cells) const
{
  int named = 0, unknown = 0;
  for (const auto& cell : cells) {
    const Meaning meaning = meaning_of(cell).meaning;
    named += meaning == Meaning::field;
    unknown += meaning == Meaning::unknown;
  }
  return named >= 2 || (named == 1 && unknown == 0);
}

HeaderPlan plan_headers(const config::Config& config, std::string_view kind,
                        const std::vector<std::string>& columns, std::string_view key,
                        const std::vector<std::string>& header, const Mapping& mapping,
                        std::string_view file, long line)
{
  const HeaderNames names(config, kind, columns, mapping);
  auto check_column = [&](const std::string& column, const std::string& where) {
    if (std::find(columns.begin(), columns.end(), column) != columns.end()) return;
    const std::string hint = util::did_you_mean(util::closest(column, columns, 2));
    const int at = mapping.lines.count(where) ? mapping.lines.at(where) : 1;
    const std::string note =
        hint.empty() ? msg::text("import.columns_of_kind",
                                 util::join(columns, msg::text("config.list_separator")))
                     : hint;
    throw ConfigError(where.starts_with("values")
                          ? msg::text("import.mapping_values_not_a_column", mapping.source, at,
                                      column, kind_name(config, kind), note)
                          : msg::text("import.mapping_not_a_column", mapping.source, at, column,
                                      kind_name(config, kind), note));
  };
  for (const auto& [from, to] : mapping.columns)
    if (to != "ignore") check_column(to, "columns." + to);
  for (const auto& [column, values] : mapping.values)
    check_column(column, "values." + column);

  HeaderPlan plan;
  std::vector<std::string> unknown;
  std::map<std::string, std::string> seen; // canonical → header that gave it
  for (const auto& raw : header) {
    const auto known = names.meaning_of(raw);
    if (known.meaning == HeaderNames::Meaning::unknown) unknown.push_back(util::trim(raw));
    if (known.meaning == HeaderNames::Meaning::ignored) plan.ignored.push_back(util::trim(raw));
    if (!known.field.empty()) {
      if (auto [it, fresh] = seen.emplace(known.field, raw); !fresh)
        throw DataError(msg::text("import.columns_give_one_field", file, line, it->second, raw,
                                  field_name(config, kind, known.field)));
      plan.headers.emplace(known.field, shown_header(raw));
    }
    plan.fields.push_back(known.field);
  }
  if (!unknown.empty()) {
    std::vector<std::string> described;
    constexpr std::size_t k_named = 10; // the rest are counted: the message stays one line
    for (const auto& u : unknown) {
      if (described.size() == k_named) {
        described.push_back(msg::text("import.unknown_columns_more", unknown.size() - k_named));
        break;
      }
      std::vector<std::string> near; // one name per column
      for (const auto& name : util::closest(u, names.shown(), 4))
        if (std::none_of(near.begin(), near.end(), [&](const std::string& n) {
              return names.field_of_known(normalise_header(n)) ==
                     names.field_of_known(normalise_header(name));
            }))
          near.push_back(name);
      if (near.size() > 2) near.resize(2);
      const std::string hint = util::did_you_mean(near);
      described.push_back(hint.empty() ? msg::text("import.unknown_column_named", u)
                                       : msg::text("import.unknown_column_named_hint", u, hint));
    }
    const std::string list = util::join(described, msg::text("config.list_separator"));
    throw DataError(
        unknown.size() > 1
            ? msg::text("import.unknown_columns", file, line, list, kind_name(config, kind))
            : msg::text("import.unknown_column", file, line, list, kind_name(config, kind)));
  }
  if (!key.empty() && !seen.contains(std::string(key)))
    throw DataError(msg::text("import.no_key_column", file, line, field_name(config, kind, key),
                              kind_name(config, kind)));
  return plan;
}

} // namespace cppcc::import
