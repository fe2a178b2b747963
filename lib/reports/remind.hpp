#pragma once
// Reminders (cppcc remind, docs/domain.md §3.7): proposals overdue or falling due, by handling
// unit, and proposals waiting for the office's review too long; as a report model for
// the shared renderers and as one notice (催办通知) per unit, in Markdown or Word.
#include "config/config.hpp"
#include "documents/letter.hpp"
#include "io/dates.hpp"
#include "io/files.hpp"
#include "model/records.hpp"
#include "records/workspace.hpp"
#include "render/document.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::reports {

enum class Standing { overdue, due_soon };

// One active assignment that is overdue or falls due soon.
struct DueItem {
  Standing standing = Standing::overdue;
  std::string code;
  std::string title;
  model::Role role = model::Role::lead;
  std::string due; // ISO
  long days = 0;   // overdue: calendar days past due; due soon: days left (0: due today)
};

struct UnitReminders {
  std::string unit;
  std::string contact;
  std::string phone;
  std::vector<DueItem> items; // by due date, then code
};

// A proposal still `submitted` longer than the configured review days.
struct ReviewItem {
  std::string code;
  std::string title;
  std::string proposer;
  std::string submitted; // ISO
  long days = 0;         // calendar days since submission
};

struct Reminders {
  io::Date as_of;
  int within_days = 7;
  int review_days = 15;
  std::vector<UnitReminders> units; // by unit name
  std::vector<ReviewItem> review;   // oldest first

  bool empty() const { return units.empty() && review.empty(); }
  // Proposals (not assignments) with at least one assignment of that standing.
  std::size_t proposals(Standing standing) const;
};

// What is due on ws.today: active assignments (current round, neither returned nor
// replied) of assigned or rehandling proposals due before today or within `within_days`
// of it, and proposals submitted more than handling.review_days ago and not reviewed.
// UsageError for a negative `within_days`.
Reminders collect_reminders(records::Workspace& ws, int within_days);

enum class Layout {
  by_unit, // for people: the counts, then one table per unit and one for the review
  flat     // for scripts: the counts, then one table "reminders", a row per item
};

// The reminders as a document in ws.lang. Flat rows carry ids (status overdue |
// due_soon | waiting_review, role lead | joint) and plain numbers: `days` is days
// overdue, days left, or days waiting for review (whose rows have no unit or due date).
render::Document reminder_document(const records::Workspace& ws, const Reminders& reminders,
                                   Layout layout);
// The same in `lang` under `config` (a roll-up's, for each of its committees).
render::Document reminder_document(const config::Config& config, config::Lang lang,
                                   const Reminders& reminders, Layout layout);

// The notice to one unit in `lang`: the committee's name, the unit and its contact, its
// proposals with their due dates and days overdue or left, and a closing line asking for a
// reply within a week, signed by the committee's office and dated the reminders' day.
documents::Letter unit_letter(const config::Config& config, config::Lang lang,
                              const Reminders& reminders, const UnitReminders& unit);
// That notice as Markdown.
std::string unit_notice(const config::Config& config, config::Lang lang, const Reminders& reminders,
                        const UnitReminders& unit);

// How the notices are written: Markdown (.md) or Word documents (.docx, documents/docx.*).
enum class NoticeFormat { markdown, word };

// A file name for a unit's notice, "<unit>.md" (or .docx), safe whatever the unit is
// called: no path separators, control characters, characters Windows refuses or `..`;
// never hidden, never empty, at most 200 bytes before the extension.
std::string notice_file_name(std::string_view unit, NoticeFormat format = NoticeFormat::markdown);

// Writes one notice per unit into `dir` (created if missing, 0700 with its parents;
// refused when it is a symbolic link), files 0600; two units whose safe names coincide
// get "-2", "-3" … A notice an earlier run wrote into `dir` (listed in its manifest,
// `.cppcc-notices`) for a unit with nothing due now is removed, and no other file: `dir`
// holds the notices of the last run only. Returns the files written, none when no unit
// has anything due (no directory is then created). OutputError (exit 73) naming the path
// when it cannot, or, before anything is written, when a notice would be one of `protect`.
std::vector<std::filesystem::path> write_notices(const config::Config& config, config::Lang lang,
                                                 const Reminders& reminders,
                                                 const std::filesystem::path& dir,
                                                 const io::ProtectedFiles& protect,
                                                 NoticeFormat format = NoticeFormat::markdown);

} // namespace cppcc::reports
