#include "reports/remind.hpp"
#include "records/units.hpp"

#include "documents/docx.hpp"
#include "error.hpp"
#include "io/files.hpp"
#include "storage/reminders.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <utility>

namespace cppcc::reports {

namespace {

// A notice asks for a written reply within a week of the reminder.
constexpr int k_reply_within_days = 7;
constexpr std::size_t k_max_file_stem = 200; // bytes; NAME_MAX is 255
// The notices a run wrote, in the directory it wrote them to: the next run into that
// directory removes those it does not write again (a unit with nothing due any more), and
// no other file.
constexpr const char* k_notice_manifest = ".cppcc-notices";

// The manifest: a line "INODE SIZE MTIME NAME" per notice written, NAME a file of the
// directory, MTIME in nanoseconds. A notice listed by the last run is removed unless this
// run wrote it again, and only while it is the file that run wrote: a regular file, not a
// link, with the inode, size and modification time listed (an inode alone may be reused
// at once by a file the office puts there).
class NoticeManifest {
public:
  explicit NoticeManifest(std::filesystem::path dir) : m_dir(std::move(dir))
  {
    struct stat st {};
    const std::filesystem::path path = m_dir / k_notice_manifest;
    if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      Entry entry;
      if (!(fields >> entry.identity[0] >> entry.identity[1] >> entry.identity[2])) continue;
      std::getline(fields >> std::ws, entry.name);
      if (entry.name.empty() || entry.name.front() == '.' ||
          entry.name.find('/') != std::string::npos ||
          !(entry.name.ends_with(".md") || entry.name.ends_with(".docx")))
        continue; // not a notice's name
      m_before.push_back(std::move(entry));
    }
  }

  void wrote(const std::string& name)
  {
    if (const auto identity = identity_of(m_dir / name)) m_now.push_back({*identity, name});
  }

  void remove_the_rest() const
  {
    for (const Entry& entry : m_before) {
      if (std::any_of(m_now.begin(), m_now.end(),
                      [&](const Entry& e) { return e.name == entry.name; }))
        continue;
      const std::filesystem::path path = m_dir / entry.name;
      if (identity_of(path) == entry.identity) ::unlink(path.c_str());
    }
  }

  std::string text() const
  {
    std::string out;
    for (const Entry& e : m_now)
      out += fmt::format("{} {} {} {}\n", e.identity[0], e.identity[1], e.identity[2], e.name);
    return out;
  }

private:
  using Identity = std::array<unsigned long long, 3>;
  struct Entry {
    Identity identity{};
    std::string name;
  };

  // A regular file's inode, size and modification time; nothing for anything else.
  static std::optional<Identity> identity_of(const std::filesystem::path& path)
  {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return Identity{static_cast<unsigned long long>(st.st_ino),
                    static_cast<unsigned long long>(st.st_size),
                    static_cast<unsigned long long>(st.st_mtim.tv_sec) * 1'000'000'000ULL +
                        static_cast<unsigned long long>(st.st_mtim.tv_nsec)};
  }

  std::filesystem::path m_dir;
  std::vector<Entry> m_before, m_now;
};

using Values = std::vector<std::pair<std::string_view, std::string>>;

// `text` with each {name} of `values` replaced, in one pass: inserted values are never
// scanned again, and unknown or unbalanced braces stay as written (a label is data).
std::string fill(std::string_view text, const Values& values)
{
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t close = text[i] == '{' ? text.find('}', i) : std::string_view::npos;
    if (close != std::string_view::npos) {
      const std::string_view name = text.substr(i + 1, close - i - 1);
      const auto value = std::find_if(values.begin(), values.end(),
                                      [&](const auto& v) { return v.first == name; });
      if (value != values.end()) {
        out += value->second;
        i = close + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

struct Labels {
  const config::Config& config;
  config::Lang lang;

  std::string operator()(std::string_view group, std::string_view key) const
  {
    return config.label(lang, group, key);
  }
  std::string remind(std::string_view key) const { return config.label(lang, "remind", key); }
  std::string remind(std::string_view key, const Values& values) const
  {
    return fill(remind(key), values);
  }
};

// 2024年3月1日 / 1 March 2024: how a letter gives a date.
std::string letter_date(const io::Date& date, config::Lang lang)
{
  return documents::date_line(date.iso(), lang);
}

std::string one_line(std::string_view text)
{
  std::string out(text);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return out;
}

// "区水利局（联系人：刘强，电话：0915-3210001）", or the bare name without contact details.
std::string unit_heading(const Labels& l, const UnitReminders& unit)
{
  std::vector<std::string> details;
  if (!unit.contact.empty())
    details.push_back(l.remind("contact_part", {{"contact", unit.contact}}));
  if (!unit.phone.empty()) details.push_back(l.remind("phone_part", {{"phone", unit.phone}}));
  if (details.empty()) return one_line(unit.unit);
  return one_line(
      l.remind("unit_heading",
               {{"unit", unit.unit}, {"details", util::join(details, l.remind("separator"))}}));
}

std::string standing_text(const Labels& l, const DueItem& item)
{
  if (item.standing == Standing::overdue)
    return l.remind("overdue_days", {{"n", std::to_string(item.days)}});
  if (item.days == 0) return l.remind("due_today");
  return l.remind("days_left", {{"n", std::to_string(item.days)}});
}

long days_between(const io::Date& from, std::string_view iso, std::string_view code)
{
  const auto date = io::from_iso(iso);
  if (!date) throw DataError(msg::text("report.stored_date_unreadable", code, iso));
  return date->days() - from.days();
}

render::Table unit_table(const Labels& l, const UnitReminders& unit)
{
  render::Table t{unit.unit,
                  unit_heading(l, unit),
                  {{"code", l("proposal", "code")},
                   {"title", l("proposal", "title")},
                   {"role", l("assignment", "role")},
                   {"due", l("assignment", "due")},
                   {"status", l.remind("state")}},
                  {},
                  {}};
  for (const auto& item : unit.items)
    t.rows.push_back({item.code, item.title, l("words", model::role_id(item.role)),
                      render::Value::date(item.due), standing_text(l, item)});
  return t;
}

render::Table review_table(const Labels& l, const Reminders& r)
{
  render::Table t{"review",
                  l.remind("review_heading", {{"n", std::to_string(r.review_days)}}),
                  {{"code", l("proposal", "code")},
                   {"title", l("proposal", "title")},
                   {"proposer", l("proposal", "proposer")},
                   {"submitted", l("proposal", "submitted")},
                   {"status", l.remind("state")}},
                  {},
                  {}};
  for (const auto& item : r.review)
    t.rows.push_back({item.code, item.title, item.proposer, render::Value::date(item.submitted),
                      l.remind("waiting_days", {{"n", std::to_string(item.days)}})});
  return t;
}

render::Table flat_table(const Labels& l, const Reminders& r)
{
  render::Table t{"reminders",
                  "",
                  {{"unit", l("assignment", "unit")},
                   {"contact", l("unit", "contact")},
                   {"phone", l("unit", "phone")},
                   {"code", l("proposal", "code")},
                   {"title", l("proposal", "title")},
                   {"role", l("assignment", "role")},
                   {"due", l("assignment", "due")},
                   {"days", l.remind("days"), render::Type::number},
                   {"status", l.remind("state")}},
                  {},
                  {}};
  for (const auto& unit : r.units)
    for (const auto& item : unit.items)
      t.rows.push_back({unit.unit, unit.contact, unit.phone, item.code, item.title,
                        std::string(model::role_id(item.role)), render::Value::date(item.due),
                        render::Value::integer(item.days),
                        item.standing == Standing::overdue ? "overdue" : "due_soon"});
  for (const auto& item : r.review)
    t.rows.push_back({"", "", "", item.code, item.title, "", "", render::Value::integer(item.days),
                      "waiting_review"});
  return t;
}

} // namespace

std::size_t Reminders::proposals(Standing standing) const
{
  std::set<std::string> codes;
  for (const auto& unit : units)
    for (const auto& item : unit.items)
      if (item.standing == standing) codes.insert(item.code);
  return codes.size();
}

Reminders collect_reminders(records::Workspace& ws, int within_days)
{
  if (within_days < 0) throw UsageError(msg::text("report.within_negative", within_days));
  Reminders r;
  r.as_of = ws.today;
  r.within_days = within_days;
  r.review_days = ws.config.handling.review_days;
  const std::string last_due = ws.today.add_days(within_days).iso();
  const auto& phases = ws.config.proposal_phases;
  for (auto& a :
       storage::assignments_due_by(ws.store, last_due, phases.states(config::Phase::handling))) {
    if (r.units.empty() || r.units.back().unit != a.unit)
      r.units.push_back({a.unit, a.contact, a.phone, {}});
    const long left = days_between(ws.today, a.due, a.code);
    r.units.back().items.push_back({left < 0 ? Standing::overdue : Standing::due_soon,
                                    std::move(a.code), std::move(a.title), a.role, std::move(a.due),
                                    left < 0 ? -left : left});
  }
  const std::string submitted_before = ws.today.add_days(-r.review_days).iso();
  for (auto& p : storage::awaiting_review_before(ws.store, submitted_before,
                                                 phases.states(config::Phase::review))) {
    const long waited = -days_between(ws.today, p.submitted, p.code);
    r.review.push_back({std::move(p.code), std::move(p.title), std::move(p.proposer),
                        std::move(p.submitted), waited});
  }
  return r;
}

render::Document reminder_document(const records::Workspace& ws, const Reminders& r, Layout layout)
{
  return reminder_document(ws.config, ws.lang, r, layout);
}

render::Document reminder_document(const config::Config& config, config::Lang lang,
                                   const Reminders& r, Layout layout)
{
  const Labels l{config, lang};
  auto count = [](std::size_t n) { return render::Value::integer(static_cast<std::int64_t>(n)); };
  render::Document doc;
  doc.title = l.remind("heading", {{"committee", config.committee(lang)}});
  doc.fields = {
      {"as_of", l.remind("as_of"), render::Value::date(r.as_of.iso())},
      {"within", l.remind("within"), render::Value::integer(r.within_days), render::Type::number},
      {"overdue", l.remind("overdue"), count(r.proposals(Standing::overdue)), render::Type::number},
      {"due_soon", l.remind("due_soon"), count(r.proposals(Standing::due_soon)),
       render::Type::number},
      {"waiting_review", l.remind("waiting_review"), count(r.review.size()), render::Type::number},
  };
  if (layout == Layout::flat) {
    doc.tables.push_back(flat_table(l, r));
    return doc;
  }
  for (const auto& unit : r.units)
    doc.tables.push_back(unit_table(l, unit));
  if (!r.review.empty()) doc.tables.push_back(review_table(l, r));
  return doc;
}

documents::Letter unit_letter(const config::Config& config, config::Lang lang, const Reminders& r,
                              const UnitReminders& unit)
{
  const Labels l{config, lang};
  const std::string who = config.committee(lang);
  documents::Letter letter;
  letter.table = {"",
                  "",
                  {{"seq", l.remind("seq"), render::Type::number},
                   {"code", l("proposal", "code")},
                   {"title", l("proposal", "title")},
                   {"role", l("assignment", "role")},
                   {"due", l("assignment", "due")},
                   {"status", l.remind("state")}},
                  {},
                  {}};
  std::size_t overdue = 0;
  for (const auto& item : unit.items) {
    letter.table.rows.push_back(
        {render::Value::integer(static_cast<std::int64_t>(letter.table.rows.size() + 1)), item.code,
         item.title, l("words", model::role_id(item.role)), render::Value::date(item.due),
         standing_text(l, item)});
    overdue += item.standing == Standing::overdue ? 1 : 0;
  }
  const char* closing = overdue == 0                   ? "notice_closing_due"
                        : overdue == unit.items.size() ? "notice_closing"
                                                       : "notice_closing_mixed";
  const std::string reply_by = letter_date(r.as_of.add_days(k_reply_within_days), lang);
  letter.title = l.remind("notice_title", {{"committee", who}});
  letter.addressee = l.remind("notice_to", {{"unit", unit_heading(l, unit)}});
  letter.opening = {l.remind("notice_intro", {{"date", letter_date(r.as_of, lang)}})};
  letter.closing = {l.remind(closing, {{"date", reply_by}}), l.remind("notice_thanks")};
  letter.signature = {l.remind("notice_signature", {{"committee", who}})};
  letter.date = r.as_of.iso();
  return letter;
}

std::string unit_notice(const config::Config& config, config::Lang lang, const Reminders& r,
                        const UnitReminders& unit)
{
  const documents::Letter letter = unit_letter(config, lang, r, unit);
  std::string out = "# " + letter.title + "\n\n" + letter.addressee + "\n\n";
  for (const auto& paragraph : letter.opening)
    out += paragraph + "\n\n";
  out += render::render(letter.table, render::Format::md) + "\n";
  for (const auto& paragraph : letter.closing)
    out += paragraph + "\n\n";
  for (const auto& line : letter.signature)
    out += line + "\n\n";
  out += letter_date(r.as_of, lang) + "\n";
  return out;
}

namespace {

std::string_view extension(NoticeFormat format)
{
  return format == NoticeFormat::word ? ".docx" : ".md";
}

} // namespace

std::string notice_file_name(std::string_view unit, NoticeFormat format)
{
  std::string name;
  for (const char c : unit) {
    const auto byte = static_cast<unsigned char>(c);
    const bool refused = byte < 0x20 || byte == 0x7f ||
                         std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos;
    if (c == '.' && !name.empty() && name.back() == '.') continue; // no ".."
    name += refused ? '_' : c;
  }
  const auto first = name.find_first_not_of(". ");
  name = first == std::string::npos ? "" : name.substr(first); // not hidden, not "." or ".."
  if (name.size() > k_max_file_stem) {
    std::size_t cut = k_max_file_stem;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
      --cut; // not inside a UTF-8 character
    name.resize(cut);
  }
  while (!name.empty() && (name.back() == ' ' || name.back() == '.'))
    name.pop_back();
  return (name.empty() ? std::string("unit") : name) + std::string(extension(format));
}

namespace {

std::string notice(const config::Config& config, config::Lang lang, const Reminders& r,
                   const UnitReminders& unit, NoticeFormat format)
{
  if (format == NoticeFormat::markdown) return unit_notice(config, lang, r, unit);
  return documents::docx_letter(unit_letter(config, lang, r, unit), {config, lang, r.as_of.iso()});
}

} // namespace

std::vector<std::filesystem::path> write_notices(const config::Config& config, config::Lang lang,
                                                 const Reminders& r,
                                                 const std::filesystem::path& dir,
                                                 const io::ProtectedFiles& protect,
                                                 NoticeFormat format)
{
  std::vector<std::filesystem::path> written;
  std::set<std::string> taken;
  for (const auto& unit : r.units) {
    const std::string safe = notice_file_name(unit.unit, format);
    const std::string_view ext = extension(format);
    std::string name = safe;
    for (int n = 2; !taken.insert(name).second; ++n)
      name = fmt::format("{}-{}{}", safe.substr(0, safe.size() - ext.size()), n, ext);
    written.push_back(dir / name);
  }
  std::error_code ec;
  if (written.empty() && !std::filesystem::exists(dir / k_notice_manifest, ec))
    return written; // nothing due, and no notice of an earlier run to take back
  written.push_back(dir / k_notice_manifest);
  for (const auto& path : written) // before anything is written
    protect.refuse(path);
  written.pop_back();
  io::make_private_directory(dir);
  NoticeManifest manifest(dir);
  for (std::size_t i = 0; i < written.size(); ++i) {
    io::write_private_file(written[i], notice(config, lang, r, r.units[i], format), protect);
    manifest.wrote(written[i].filename().string());
  }
  manifest.remove_the_rest();
  io::write_private_file(dir / k_notice_manifest, manifest.text(), protect);
  return written;
}

} // namespace cppcc::reports
