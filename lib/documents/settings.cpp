#include "documents/settings.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/resources.hpp"
#include "util/text.hpp"

#include <charconv>
#include <fstream>
#include <sstream>

namespace cppcc::documents {

namespace {

constexpr std::string_view k_templates_key = "documents.docx_templates";
constexpr std::string_view k_shipped_dir = "docx/";

// The number in attribute `name`="…" of the first element `element` of `xml`; nothing
// when there is none.
std::optional<int> attribute(std::string_view xml, std::string_view element, std::string_view name)
{
  const std::size_t at = xml.find("<" + std::string(element) + " ");
  if (at == std::string_view::npos) return std::nullopt;
  const std::size_t end = xml.find('>', at);
  const std::string_view tag = xml.substr(at, end - at);
  const std::size_t key = tag.find(" " + std::string(name) + "=\"");
  if (key == std::string_view::npos) return std::nullopt;
  const char* first = tag.data() + key + name.size() + 3;
  int value = 0;
  const auto [ptr, ec] = std::from_chars(first, tag.data() + tag.size(), value);
  if (ec != std::errc() || *ptr != '"') return std::nullopt;
  return value;
}

std::string read_file(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in && !in.eof())
    throw InputError(msg::text("documents.cannot_read_template", path.string()));
  return text.str();
}

// The office's own parts from the directory documents.docx_templates names, over `parts`.
void read_own_parts(const config::Config& c, std::map<std::string, std::string, std::less<>>& parts)
{
  const std::string given = c.node(k_templates_key).Scalar();
  if (given.empty()) return;
  std::filesystem::path dir = given;
  if (dir.is_relative() && c.given(k_templates_key))
    dir = std::filesystem::path(c.source()).parent_path() / dir;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    c.fail_at(k_templates_key, msg::text("documents.templates_not_a_directory", dir.string()));
  std::vector<std::string> known;
  for (const auto& [name, text] : parts)
    known.push_back(name);
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".xml" || name.starts_with(".")) continue;
    const auto part = parts.find(name);
    if (part == parts.end()) {
      const std::string hint = util::did_you_mean(util::closest(name, known));
      c.fail_at(k_templates_key,
                hint.empty()
                    ? msg::text("documents.unknown_template", (dir / name).string(),
                                util::join(known, ", "))
                    : msg::text("documents.unknown_template_hint", (dir / name).string(), hint));
    }
    part->second = read_file(entry.path());
  }
  if (ec)
    c.fail_at(k_templates_key, msg::text("documents.templates_not_a_directory", dir.string()));
}

std::vector<std::string> lines(const config::Config& c, const std::string& path)
{
  const YAML::Node node = c.node(path);
  if (!node.IsSequence()) c.fail_at(path, msg::text("config.expected_list"));
  std::vector<std::string> out;
  for (const auto& line : node) {
    if (!line.IsScalar()) c.fail_at(path, msg::text("config.expected_list"));
    out.push_back(line.Scalar());
  }
  return out;
}

// The font at `path` ({file, face, bold_file, bold_face}); nothing when it names no file.
std::optional<ChartFont> chart_font(const config::Config& c, const std::string& path,
                                    const YAML::Node& node)
{
  if (!node.IsMap()) c.fail_at(path, msg::text("documents.chart_font_not_a_map"));
  const auto file = [&](const char* key) -> std::optional<std::filesystem::path> {
    const YAML::Node value = node[key];
    if (value && !value.IsScalar()) c.fail_at(path + "." + key, msg::text("config.expected_value"));
    if (!value || value.Scalar().empty()) return std::nullopt;
    std::filesystem::path given = value.Scalar();
    if (given.is_relative() && c.given(path))
      given = std::filesystem::path(c.source()).parent_path() / given;
    return given;
  };
  const auto face = [&](const char* key) {
    const YAML::Node value = node[key];
    int number = 0;
    if (value) {
      const std::string& text = value.IsScalar() ? value.Scalar() : "";
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
      if (text.empty() || ec != std::errc() || end != text.data() + text.size() || number < 0)
        c.fail_at(path + "." + key, msg::text("documents.chart_font_face", text));
    }
    return number;
  };
  const auto regular = file("file");
  const int regular_face = face("face"), bold_face = face("bold_face");
  if (!regular) return std::nullopt;
  ChartFont font{{*regular, regular_face}, std::nullopt};
  if (const auto bold = file("bold_file")) font.bold = FontFace{*bold, bold_face};
  return font;
}

std::vector<ChartFont> chart_fonts(const config::Config& c, const std::string& path)
{
  const YAML::Node node = c.node(path);
  if (!node.IsSequence()) c.fail_at(path, msg::text("config.expected_list"));
  std::vector<ChartFont> out;
  for (std::size_t i = 0; i < node.size(); ++i)
    if (auto font = chart_font(c, path, node[i])) out.push_back(std::move(*font));
  return out;
}

Settings read_settings(const config::Config& c)
{
  Settings s;
  for (const auto& resource : util::resources_under(k_shipped_dir))
    s.docx_parts.emplace(resource.path.substr(k_shipped_dir.size()), resource.text);
  read_own_parts(c, s.docx_parts);
  const std::string& document = s.part("document.xml");
  const auto width = attribute(document, "w:pgSz", "w:w");
  const auto left = attribute(document, "w:pgMar", "w:left");
  const auto right = attribute(document, "w:pgMar", "w:right");
  if (document.find(k_body_marker) == std::string::npos || !width || !left || !right ||
      *width - *left - *right < 1440)
    c.fail_at(k_templates_key, msg::text("documents.template_document_xml", k_body_marker));
  s.text_width_twips = *width - *left - *right;
  s.signature_zh = lines(c, "documents.signature.zh");
  s.signature_en = lines(c, "documents.signature.en");
  s.chart_font = chart_font(c, "documents.chart_font", c.node("documents.chart_font"));
  s.chart_fonts = chart_fonts(c, "documents.chart_fonts");
  return s;
}

} // namespace

const std::string& Settings::part(std::string_view name) const
{
  const auto found = docx_parts.find(name);
  if (found == docx_parts.end()) throw std::logic_error("no template " + std::string(name));
  return found->second;
}

const Settings& settings(const config::Config& config)
{
  return config.part<Settings>(config::Config::Part::documents, read_settings);
}

} // namespace cppcc::documents
