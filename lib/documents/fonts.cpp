#include "documents/fonts.hpp"

#include "error.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <dlfcn.h>
#include <ft2build.h>
#include <optional>
#include <unordered_map>
#include <vector>
#include FT_FREETYPE_H
#include FT_GLYPH_H
#include FT_OUTLINE_H

namespace cppcc::documents {

namespace {

// FreeType's functions the lettering calls, looked up the first time a chart is drawn, for
// the rest of the process: a library once loaded stays.
struct FreeType {
  decltype(&FT_Init_FreeType) init = nullptr;
  decltype(&FT_Done_FreeType) done = nullptr;
  decltype(&FT_New_Face) new_face = nullptr;
  decltype(&FT_Done_Face) done_face = nullptr;
  decltype(&FT_Set_Char_Size) set_char_size = nullptr;
  decltype(&FT_Get_Char_Index) char_index = nullptr;
  decltype(&FT_Load_Glyph) load_glyph = nullptr;
  decltype(&FT_Get_Glyph) get_glyph = nullptr;
  decltype(&FT_Glyph_To_Bitmap) glyph_to_bitmap = nullptr;
  decltype(&FT_Done_Glyph) done_glyph = nullptr;
  decltype(&FT_Outline_Embolden) outline_embolden = nullptr;
  std::string missing; // why it could not be loaded; empty when it was
};

template <class F> void look_up(void* library, F& into, const char* name, std::string& missing)
{
  into = reinterpret_cast<F>(dlsym(library, name));
  if (!into && missing.empty()) missing = name;
}

FreeType load()
{
  FreeType f;
  void* library = dlopen("libfreetype.so.6", RTLD_LAZY | RTLD_LOCAL);
  if (!library) {
    const char* why = dlerror();
    f.missing = why ? why : "libfreetype.so.6";
    return f;
  }
  std::string& m = f.missing;
  look_up(library, f.init, "FT_Init_FreeType", m);
  look_up(library, f.done, "FT_Done_FreeType", m);
  look_up(library, f.new_face, "FT_New_Face", m);
  look_up(library, f.done_face, "FT_Done_Face", m);
  look_up(library, f.set_char_size, "FT_Set_Char_Size", m);
  look_up(library, f.char_index, "FT_Get_Char_Index", m);
  look_up(library, f.load_glyph, "FT_Load_Glyph", m);
  look_up(library, f.get_glyph, "FT_Get_Glyph", m);
  look_up(library, f.glyph_to_bitmap, "FT_Glyph_To_Bitmap", m);
  look_up(library, f.done_glyph, "FT_Done_Glyph", m);
  look_up(library, f.outline_embolden, "FT_Outline_Embolden", m);
  return f;
}

const FreeType& freetype()
{
  static const FreeType k_freetype = load(); // once per process, thread-safe
  if (!k_freetype.missing.empty())
    throw UnavailableError(msg::text("documents.no_freetype", k_freetype.missing));
  return k_freetype;
}

// Where a pen stands along the line: the whole pixel, and quarters of one (a glyph is
// drawn at each quarter it is met at, so that a line's letters are spaced as the font
// spaces them, not to whole pixels).
constexpr int k_phases = 4;

// A glyph drawn: its coverage, `width` × `rows`, placed from the pen at `left` and, up
// from the baseline, `top`.
struct Glyph {
  int left = 0, top = 0, width = 0, rows = 0;
  std::vector<unsigned char> alpha;
};

std::uint64_t key(char32_t code_point, long size)
{
  return static_cast<std::uint64_t>(code_point) | static_cast<std::uint64_t>(size) << 21;
}

// A glyph loaded at one size: its outline, kept to be drawn at each quarter pixel it is met
// at (loading is the dear part), how far it advances the pen, and its drawings.
struct Loaded {
  FT_Glyph outline = nullptr; // null when the font cannot load the glyph
  double advance = 0;
  std::array<std::optional<Glyph>, k_phases> drawn;
};

// One font of a file at the size last asked for, with what it has drawn.
class Face {
public:
  Face(const FreeType& ft, FT_Library library, const FontFace& font, bool embolden)
      : m_ft(ft), m_embolden(embolden)
  {
    // FreeType's own error for a missing file is a number: the system's words instead.
    if (std::FILE* probe = std::fopen(font.file.c_str(), "rb"))
      std::fclose(probe);
    else
      fail(font, util::system_error_text(errno));
    if (const FT_Error error =
            ft.new_face(library, font.file.c_str(), static_cast<FT_Long>(font.face), &m_face))
      fail(font, msg::text("documents.font_not_read", font.face, error));
  }
  ~Face()
  {
    for (auto& [key, loaded] : m_loaded)
      if (loaded.outline) m_ft.done_glyph(loaded.outline);
    m_ft.done_face(m_face);
  }
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;

  // The pen's advance after `code_point` at `size` (26.6 fixed-point pixels), in pixels.
  double advance(char32_t code_point, long size) { return load(code_point, size).advance; }

  // `code_point` at `size`, drawn `phase` quarters of a pixel right of a whole pixel.
  const Glyph& glyph(char32_t code_point, long size, int phase)
  {
    Loaded& loaded = load(code_point, size);
    std::optional<Glyph>& out = loaded.drawn[static_cast<std::size_t>(phase)];
    if (out) return *out;
    out.emplace();
    FT_Glyph drawn = loaded.outline;
    FT_Vector origin{phase * 64 / k_phases, 0};
    if (!drawn || m_ft.glyph_to_bitmap(&drawn, FT_RENDER_MODE_NORMAL, &origin, /*destroy=*/0))
      return *out;
    const auto* glyph = reinterpret_cast<const FT_BitmapGlyphRec*>(drawn);
    const FT_Bitmap& bitmap = glyph->bitmap;
    *out = {
        glyph->left, glyph->top, static_cast<int>(bitmap.width), static_cast<int>(bitmap.rows), {}};
    out->alpha.resize(static_cast<std::size_t>(out->width) * static_cast<std::size_t>(out->rows));
    for (int row = 0; row < out->rows; ++row)
      for (int column = 0; column < out->width; ++column)
        out->alpha[static_cast<std::size_t>(row * out->width + column)] =
            bitmap.buffer[static_cast<std::ptrdiff_t>(row) * bitmap.pitch + column];
    m_ft.done_glyph(drawn);
    return *out;
  }

private:
  [[noreturn]] static void fail(const FontFace& font, const std::string& why)
  {
    throw UnavailableError(msg::text("documents.chart_font_unreadable", font.file.string(), why));
  }

  // The glyph at `size`, loaded the first time: hinted up and down only (as light hinting
  // does: crisp rows, letters as wide as the font draws them), made bold when the face
  // stands in for its bold.
  Loaded& load(char32_t code_point, long size)
  {
    const auto [at, added] = m_loaded.try_emplace(key(code_point, size));
    Loaded& out = at->second;
    if (!added) return out;
    if (size != m_size) {
      m_ft.set_char_size(m_face, 0, size, 72, 72); // at 72 dpi a point is a pixel
      m_size = size;
    }
    const FT_UInt index = m_ft.char_index(m_face, code_point);
    if (m_ft.load_glyph(m_face, index, FT_LOAD_TARGET_LIGHT | FT_LOAD_NO_BITMAP)) return out;
    FT_GlyphSlot slot = m_face->glyph;
    out.advance = static_cast<double>(slot->linearHoriAdvance) / 65536.0;
    if (m_embolden && slot->format == FT_GLYPH_FORMAT_OUTLINE) {
      const long strength = size / 24; // as FreeType's FT_GlyphSlot_Embolden
      m_ft.outline_embolden(&slot->outline, strength);
      out.advance += static_cast<double>(strength) / 64.0;
    }
    if (slot->format != FT_GLYPH_FORMAT_OUTLINE || m_ft.get_glyph(slot, &out.outline))
      out.outline = nullptr;
    return out;
  }

  const FreeType& m_ft;
  FT_Face m_face = nullptr;
  bool m_embolden = false;
  long m_size = 0;
  std::unordered_map<std::uint64_t, Loaded> m_loaded;
};

// What a line of text shows: its characters, without the control characters the SVG
// leaves out too.
std::u32string shown(std::string_view text)
{
  std::u32string out = util::to_code_points(text);
  std::erase_if(out, [](char32_t c) { return c < 0x20 || c == 0x7F; });
  return out;
}

long fixed(double size)
{
  return std::lround(size * 64);
}

} // namespace

ChartFont find_chart_font(const Settings& settings)
{
  if (settings.chart_font) return *settings.chart_font;
  std::vector<std::string> looked;
  for (const ChartFont& font : settings.chart_fonts) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(font.regular.file, ec)) {
      looked.push_back(font.regular.file.string());
      continue;
    }
    ChartFont found = font;
    if (found.bold && !std::filesystem::is_regular_file(found.bold->file, ec)) found.bold.reset();
    return found;
  }
  throw UnavailableError(msg::text("documents.no_chart_font", util::join(looked, ", ")));
}

struct Lettering::Faces {
  const FreeType& ft = freetype();
  FT_Library library = nullptr;
  std::unique_ptr<Face> regular, bold;

  explicit Faces(const ChartFont& font)
  {
    if (const FT_Error error = ft.init(&library))
      throw UnavailableError(msg::text("documents.no_freetype", error));
    regular = std::make_unique<Face>(ft, library, font.regular, /*embolden=*/false);
    bold = font.bold ? std::make_unique<Face>(ft, library, *font.bold, /*embolden=*/false)
                     : std::make_unique<Face>(ft, library, font.regular, /*embolden=*/true);
  }
  ~Faces()
  {
    regular.reset();
    bold.reset();
    if (library) ft.done(library);
  }
  Faces(const Faces&) = delete;
  Faces& operator=(const Faces&) = delete;

  Face& face(Text::Weight weight) { return weight == Text::Weight::bold ? *bold : *regular; }
};

Lettering::Lettering(const ChartFont& font) : m_faces(std::make_unique<Faces>(font)) {}

Lettering::~Lettering() = default;

double Lettering::width(std::string_view text, double size, Text::Weight weight)
{
  Face& face = m_faces->face(weight);
  double out = 0;
  for (const char32_t c : shown(text))
    out += face.advance(c, fixed(size));
  return out;
}

void Lettering::paint(Canvas& canvas, double x, double y, std::string_view text, double size,
                      Text::Weight weight, Colour colour)
{
  Face& face = m_faces->face(weight);
  const long at_size = fixed(size);
  const int baseline = static_cast<int>(std::lround(y));
  double pen = x;
  for (const char32_t c : shown(text)) {
    int whole = static_cast<int>(std::floor(pen));
    int phase = static_cast<int>(std::lround((pen - whole) * k_phases));
    if (phase == k_phases) {
      ++whole;
      phase = 0;
    }
    const Glyph& glyph = face.glyph(c, at_size, phase);
    for (int row = 0; row < glyph.rows; ++row)
      for (int column = 0; column < glyph.width; ++column)
        canvas.blend(whole + glyph.left + column, baseline - glyph.top + row, colour,
                     glyph.alpha[static_cast<std::size_t>(row * glyph.width + column)]);
    pen += face.advance(c, at_size);
  }
}

} // namespace cppcc::documents
