#include "import/headers.hpp"

#include "error.hpp"
#include "io/encoding.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
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

Mapping Mapping::load(const std::filesystem::path& file)
{
  std::ifstream in(file, std::ios::binary);
  std::error_code ec; // a directory opens, and reads as empty
  if (!in || std::filesystem::is_directory(file, ec))
    throw InputError(fmt::format("cannot read mapping file '{}'", file.string()));
  std::stringstream text;
  text << in.rdbuf();
  return parse(text.str(), file.string());
}

Mapping Mapping::parse(std::string_view yaml, std::string_view source)
{
  if (const auto bad = io::first_bad_utf8(yaml))
    throw ConfigError(fmt::format("{}:{}: not UTF-8 text (bad byte at offset {}): save the file "
                                  "as UTF-8",
                                  source, bad->line, bad->offset));
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw ConfigError(fmt::format("{}:{}: {}", source, e.mark.line + 1, e.msg));
  }
  Mapping mapping;
  mapping.source = std::string(source);
  if (root.IsNull()) return mapping;
  auto fail = [&](const YAML::Node& at, const std::string& what) {
    throw ConfigError(fmt::format("{}:{}: {}", source, at.Mark().line + 1, what));
  };
  // Keys and cell values are plain text (an empty one is ""); a list or map there
  // (`[a]: b`) is refused here rather than escaping as yaml-cpp's conversion error (exit 70).
  auto text = [&](const YAML::Node& node) {
    if (node.IsNull()) return std::string();
    if (!node.IsScalar()) fail(node, "expected text, not a list or map");
    return node.Scalar();
  };
  if (!root.IsMap()) fail(root, "expected 'columns:' and/or 'values:' at the top");
  for (const auto& entry : root) {
    const std::string key = text(entry.first);
    if (key == "columns") {
      if (!entry.second.IsMap())
        fail(entry.second, "'columns' should map headers to canonical columns");
      for (const auto& column : entry.second) {
        if (!column.second.IsScalar())
          fail(column.second,
               fmt::format("column '{}' should map to one name", text(column.first)));
        mapping.columns[normalise_header(text(column.first))] = column.second.Scalar();
        mapping.lines["columns." + column.second.Scalar()] = column.second.Mark().line + 1;
      }
    } else if (key == "values") {
      if (!entry.second.IsMap())
        fail(entry.second, "'values' should map columns to {cell: value} maps");
      for (const auto& column : entry.second) {
        if (!column.second.IsMap())
          fail(column.second,
               fmt::format("values of '{}' should be a map of cell: value", text(column.first)));
        auto& values = mapping.values[text(column.first)];
        mapping.lines["values." + text(column.first)] = column.first.Mark().line + 1;
        for (const auto& value : column.second)
          values[util::trim(text(value.first))] =
              value.second.IsNull() ? std::string() : text(value.second);
      }
    } else {
      fail(entry.first, fmt::format("unknown key '{}' (expected 'columns' or 'values')", key));
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
  if (name.empty()) return {Meaning::unnamed, ""}; // an unnamed (usually empty) column
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
    throw ConfigError(fmt::format("{}:{}: {}'{}' is not a {} column ({})", mapping.source,
                                  mapping.lines.count(where) ? mapping.lines.at(where) : 1,
                                  where.starts_with("values") ? "values: " : "", column, kind,
                                  hint.empty() ? "columns: " + util::join(columns, ", ") : hint));
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
        throw DataError(fmt::format("{}:{}: columns '{}' and '{}' both give '{}'", file, line,
                                    it->second, raw, known.field));
    }
    plan.fields.push_back(known.field);
  }
  if (!unknown.empty()) {
    std::vector<std::string> described;
    constexpr std::size_t k_named = 10; // the rest are counted: the message stays one line
    for (const auto& u : unknown) {
      if (described.size() == k_named) {
        described.push_back(fmt::format("and {} more", unknown.size() - k_named));
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
      described.push_back(fmt::format("'{}'{}", u, hint.empty() ? "" : " (" + hint + ")"));
    }
    throw DataError(fmt::format("{}:{}: unknown column{} {} for {}; name {} in a --mapping file "
                                "(columns: NAME: FIELD, or NAME: ignore)",
                                file, line, unknown.size() > 1 ? "s" : "",
                                util::join(described, ", "), kind,
                                unknown.size() > 1 ? "them" : "it"));
  }
  if (!key.empty() && !seen.contains(std::string(key)))
    throw DataError(
        fmt::format("{}:{}: no '{}' column (the key of {} records)", file, line, key, kind));
  return plan;
}

} // namespace cppcc::import
