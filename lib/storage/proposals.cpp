#include "storage/proposals.hpp"

#include "storage/bulk_session.hpp"
#include "storage/columns.hpp"
#include "storage/reminders.hpp"
#include "storage/search.hpp"
#include "storage/signatures.hpp"
#include "storage/sql_util.hpp"
#include "util/on_exit.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace cppcc::storage {

namespace {

// The proposals table. A descriptive field is a line here, a migration adding its column
// and its labels (docs/architecture.md, "Adding a field").
const Table<model::Proposal>& proposals()
{
  using P = model::Proposal;
  using namespace col;
  static const Table<P> k_table("proposals", "p",
                                {key("id", &P::id),
                                 kept("code", &P::code),
                                 kept("title", &P::title),
                                 kept("body", &P::body),
                                 kept("type", &P::type),
                                 kept("proposer", &P::proposer),
                                 value("proposer_member_id", &P::proposer_member_id),
                                 text("sector", &P::sector),
                                 text("category", &P::category),
                                 kept("session", &P::session),
                                 value("during_plenary", &P::during_plenary),
                                 kept("submitted", &P::submitted),
                                 kept("status", &P::status),
                                 date("filed", &P::filed),
                                 value("filing_no", &P::filing_no),
                                 text("reject_reason", &P::reject_reason),
                                 value("converted_unit_id", &P::converted_unit_id),
                                 value("merged_into_id", &P::merged_into_id),
                                 value("round", &P::round),
                                 date("assigned", &P::assigned),
                                 date("due", &P::due),
                                 date("replied", &P::replied),
                                 text("result", &P::result),
                                 text("contact", &P::contact),
                                 text("satisfaction", &P::satisfaction),
                                 date("feedback", &P::feedback),
                                 date("concluded", &P::concluded),
                                 value("key", &P::key),
                                 text("key_leader", &P::key_leader),
                                 value("excellent", &P::excellent)});
  return k_table;
}

// The reads of one proposal's rows below take them in their primary key's order and
// sort the few there are here: an ORDER BY SQLite cannot read off the key builds a
// temporary B-tree per call (what that cost a re-import: docs/performance.md, "Settings").

void load_cosigners(Store& store, model::Proposal& p)
{
  auto& s = store.prepared("SELECT position, name, member_id, merged_from_id FROM "
                           "proposal_cosigners WHERE proposal_id = ?");
  s.bind(1, static_cast<int64_t>(p.id));
  std::vector<std::pair<int, model::Cosigner>> found;
  while (s.executeStep())
    found.emplace_back(s.getColumn(0).getInt(),
                       model::Cosigner{text_at(s, 1), id_at(s, 2), id_at(s, 3)});
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [position, cosigner] : found)
    p.cosigners.push_back(std::move(cosigner));
}

enum class Fresh { no, yes };

// "INSERT OR <conflict> INTO table(columns) VALUES (?, …), …" for 1 … k_rows_per_insert rows.
constexpr std::size_t k_rows_per_insert = 8;
using RowInserts = std::array<std::string, k_rows_per_insert>;

RowInserts row_inserts(std::string_view conflict, std::string_view table_and_columns, int columns)
{
  std::string row = "(?";
  for (int i = 1; i < columns; ++i)
    row += ", ?";
  row += ")";
  RowInserts sql;
  std::string values = row;
  for (auto& text : sql) {
    text = fmt::format("INSERT OR {} INTO {} VALUES {}", conflict, table_and_columns, values);
    values += ", " + row;
  }
  return sql;
}

// How many of a proposal's rows one INSERT writes: several only while the database is
// held alone (foreign keys off until the check at the end, see BulkSession::hold).
// An INSERT of several rows that may abort keeps a statement journal, and releasing it
// truncates the connection's in-memory sub-journal by walking it from its start; inside
// an import's savepoint that sub-journal holds every page the import changed that the
// database had before (docs/performance.md, "Settings"). OR FAIL leaves nothing to roll back (a
// failure ends the command, and its transaction or savepoint rolls back), so SQLite keeps
// no statement journal; an immediate foreign key check still needs one. What several
// rows per INSERT save, measured: docs/performance.md, "Settings".
std::size_t rows_per_insert(const Store& store)
{
  const BulkSession* session = store.bulk_session();
  return session != nullptr && session->held() ? k_rows_per_insert : 1;
}

// Inserts `count` rows, as many per statement as rows_per_insert allows; `bind(s, first,
// i)` binds row i's values from parameter `first` on.
template <typename Bind>
void insert_rows(Store& store, const RowInserts& inserts, int columns, std::size_t count,
                 const Bind& bind)
{
  const std::size_t most = rows_per_insert(store);
  for (std::size_t at = 0; at < count;) {
    const std::size_t rows = std::min(most, count - at);
    auto& s = store.prepared(inserts[rows - 1], Store::Bindings::kept);
    for (std::size_t r = 0; r < rows; ++r)
      bind(s, static_cast<int>(r) * columns + 1, at + r);
    s.exec();
    at += rows;
  }
}

void write_cosigners(Store& store, long id, const std::vector<model::Cosigner>& cosigners,
                     Fresh fresh)
{
  if (fresh == Fresh::no) {
    auto& remove = store.prepared("DELETE FROM proposal_cosigners WHERE proposal_id = ?");
    remove.bind(1, static_cast<int64_t>(id));
    remove.exec();
  }
  constexpr int k_cosigner_columns = 5;
  static const RowInserts k_inserts = row_inserts( // a name listed twice is kept once
      "IGNORE", "proposal_cosigners(proposal_id, position, name, member_id, merged_from_id)",
      k_cosigner_columns);
  insert_rows(store, k_inserts, k_cosigner_columns, cosigners.size(),
              [&](SQLite::Statement& s, int b, std::size_t i) {
                const model::Cosigner& c = cosigners[i];
                s.bind(b, static_cast<int64_t>(id));
                s.bind(b + 1, static_cast<int>(i) + 1);
                bind_kept(s, b + 2, c.name);
                bind_id(s, b + 3, c.member_id);
                bind_id(s, b + 4, c.merged_from_id);
              });
}

std::optional<model::Proposal> one_proposal(Store& store, SQLite::Statement& s)
{
  if (!s.executeStep()) return std::nullopt;
  model::Proposal p = proposals().read(s);
  s.reset(); // a cached statement left on a row would hold its read snapshot
  load_cosigners(store, p);
  return p;
}

} // namespace

std::optional<model::Proposal> find_proposal(Store& store, std::string_view code)
{
  auto& s = store.prepared(
      sql_once([] { return proposals().select("proposals p", "WHERE p.code = ?"); }));
  s.bind(1, std::string(code));
  return one_proposal(store, s);
}

std::optional<model::Proposal> find_proposal_by_id(Store& store, long id)
{
  auto& s =
      store.prepared(sql_once([] { return proposals().select("proposals p", "WHERE p.id = ?"); }));
  s.bind(1, static_cast<int64_t>(id));
  return one_proposal(store, s);
}

std::vector<std::string> proposal_codes(Store& store)
{
  SQLite::Statement s(store.db(), "SELECT code FROM proposals ORDER BY code");
  std::vector<std::string> out;
  while (s.executeStep())
    out.push_back(s.getColumn(0).getString());
  return out;
}

long insert_proposal(Store& store, const model::Proposal& proposal, std::string_view now,
                     const Presigned* signature)
{
  auto& s = store.prepared(sql_once([] {
                             return proposals().insert_sql({"created_at", "updated_at"});
                           }),
                           Store::Bindings::kept);
  proposals().bind(s, proposal);
  s.bind(proposals().written() + 1, std::string(now));
  s.exec();
  const auto id = static_cast<long>(store.db().getLastInsertRowid());
  index_new_proposal(store, id);
  sign_proposal(store, id, proposal.title, proposal.body, signature);
  write_cosigners(store, id, proposal.cosigners, Fresh::yes);
  return id;
}

void update_proposal(Store& store, const model::Proposal& proposal, std::string_view now)
{
  auto& s = store.prepared(sql_once([] { return proposals().update_sql({"updated_at"}); }));
  proposals().bind(s, proposal);
  s.bind(proposals().written() + 1, std::string(now));
  s.bind(proposals().written() + 2, static_cast<int64_t>(proposal.id));
  if (reindex_changed_proposal(store, proposal.id, proposal.title, proposal.body,
                               [&] { s.exec(); }))
    sign_proposal(store, proposal.id, proposal.title, proposal.body);
  write_cosigners(store, proposal.id, proposal.cosigners, Fresh::no);
}

std::string next_proposal_code(Store& store, std::string_view prefix, int year)
{
  SQLite::Statement s(store.db(), "SELECT 1 FROM proposals WHERE code = ?");
  SQLite::Statement count(store.db(),
                          "SELECT count(*) FROM proposals WHERE substr(code, 1, ?) = ?");
  const std::string stem = fmt::format("{}{}-", prefix, year);
  count.bind(1, static_cast<int>(stem.size()));
  count.bind(2, stem);
  count.executeStep();
  for (long n = count.getColumn(0).getInt64() + 1;; ++n) {
    const std::string code = fmt::format("{}{}-{:04}", prefix, year, n);
    s.bind(1, code);
    const bool taken = s.executeStep();
    s.reset();
    if (!taken) return code;
  }
}

std::optional<std::string> filing_no_holder(Store& store, std::string_view session, int filing_no)
{
  auto& s = store.prepared("SELECT code FROM proposals WHERE session = ? AND filing_no = ?");
  s.bind(1, std::string(session));
  s.bind(2, filing_no);
  std::optional<std::string> code;
  if (s.executeStep()) code = text_at(s, 0);
  s.reset();
  return code;
}

int next_filing_no(Store& store, std::string_view session)
{
  auto& s =
      store.prepared("SELECT coalesce(max(filing_no), 0) + 1 FROM proposals WHERE session = ?");
  s.bind(1, std::string(session));
  s.executeStep();
  const int next = s.getColumn(0).getInt();
  s.reset();
  return next;
}

void for_each_session_highest_filing_no(
    Store& store, const std::function<void(std::string_view session, int highest)>& highest)
{
  RowScan s(store, "SELECT session, max(filing_no) FROM proposals WHERE filing_no IS NOT NULL "
                   "GROUP BY session");
  while (s.executeStep())
    highest(s.view(0), static_cast<int>(s.integer(1)));
}

void move_filing_numbers(Store& store, std::string_view session,
                         const std::vector<std::pair<int, int>>& moves)
{
  if (moves.empty()) return;
  store.reset_prepared(); // none may be on a row while the table is created
  auto& db = store.db();
  // Many rows may move: their statement journal in a file, not in memory (as migrate).
  const int temp_store = db.execAndGet("PRAGMA temp_store").getInt();
  db.exec("PRAGMA temp_store = FILE");
  util::OnExit restore(
      [&] { (void)db.tryExec(fmt::format("PRAGMA temp_store = {}", temp_store)); });
  db.exec("CREATE TEMP TABLE IF NOT EXISTS moved_filing (id INTEGER PRIMARY KEY, code TEXT "
          "NOT NULL UNIQUE, held TEXT NOT NULL, due TEXT NOT NULL)");
  db.exec("DELETE FROM temp.moved_filing");
  // Below 0 first, then back: a number due may still be held by another proposal moving.
  SQLite::Statement away(db, "UPDATE proposals SET filing_no = ? WHERE session = ? AND "
                             "filing_no = ? RETURNING id, code");
  SQLite::Statement note(db, "INSERT INTO temp.moved_filing VALUES (?, ?, ?, ?)");
  for (const auto& [held, due] : moves) {
    away.bind(1, -due);
    away.bind(2, std::string(session));
    away.bind(3, held);
    while (away.executeStep()) {
      note.bind(1, away.getColumn(0).getInt64());
      note.bind(2, away.getColumn(1).getString());
      note.bind(3, std::to_string(held));
      note.bind(4, std::to_string(due));
      note.exec();
      note.reset();
    }
    away.reset();
  }
  SQLite::Statement back(db, "UPDATE proposals SET filing_no = -filing_no WHERE session = ? AND "
                             "filing_no < 0");
  back.bind(1, std::string(session));
  back.exec();
  // The number is a quoted string in the file event's details (util::json_object) and in
  // the audit's changes (append_audit). One pass over each table, whose indexes a large
  // import may have dropped.
  db.exec("UPDATE proposal_events SET details = replace(details, '\"filing_no\": \"' || "
          "m.held || '\"', '\"filing_no\": \"' || m.due || '\"') FROM temp.moved_filing m "
          "WHERE proposal_events.proposal_id = m.id AND proposal_events.action = 'file'");
  db.exec("UPDATE audit_log SET changes = replace(changes, '\"filing_no\": [\"\", \"' || "
          "m.held || '\"]', '\"filing_no\": [\"\", \"' || m.due || '\"]') FROM "
          "temp.moved_filing m WHERE audit_log.kind = 'proposal' AND audit_log.record = m.code");
  db.exec("DELETE FROM temp.moved_filing");
}

void for_each_proposal_code(Store& store, const std::function<void(std::string_view)>& code)
{
  // SQLite scans the UNIQUE index on code here (covering), and on (session, filing_no)
  // below: a fraction of the table's pages, which hold the bodies.
  RowScan s(store, "SELECT code FROM proposals");
  while (s.executeStep())
    code(s.view(0));
}

void for_each_filing_no(Store& store,
                        const std::function<void(std::string_view session, int filing_no)>& taken)
{
  RowScan s(store, "SELECT session, filing_no FROM proposals WHERE filing_no IS NOT NULL");
  while (s.executeStep())
    taken(s.view(0), static_cast<int>(s.integer(1)));
}

std::vector<model::Assignment> assignments_of(Store& store, long proposal_id)
{
  auto& s = store.prepared("SELECT a.id, a.unit_id, u.name, a.role, a.round, a.assigned, a.due, "
                           "a.returned, a.return_reason, a.replied, a.result, a.reply_text "
                           "FROM assignments a JOIN units u ON u.id = a.unit_id "
                           "WHERE a.proposal_id = ?"); // by id: the primary key's order
  s.bind(1, static_cast<int64_t>(proposal_id));
  std::vector<model::Assignment> out;
  while (s.executeStep()) {
    model::Assignment a;
    a.id = s.getColumn(0).getInt64();
    a.unit_id = s.getColumn(1).getInt64();
    a.unit = text_at(s, 2);
    a.role = role_at(s, 3);
    a.round = s.getColumn(4).getInt();
    a.assigned = date_at(s, 5);
    a.due = date_at(s, 6);
    a.returned = date_at(s, 7);
    a.return_reason = text_at(s, 8);
    a.replied = date_at(s, 9);
    a.result = text_at(s, 10);
    a.reply_text = text_at(s, 11);
    out.push_back(std::move(a));
  }
  // By round, lead units before joint ones, then in the order they were assigned.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.round != b.round ? a.round < b.round : a.role < b.role;
  });
  return out;
}

void insert_assignments(Store& store, long proposal_id,
                        const std::vector<const model::Assignment*>& assignments)
{
  constexpr int k_assignment_columns = 12;
  static const RowInserts k_inserts =
      row_inserts("FAIL",
                  "assignments(proposal_id, unit_id, role, round, assigned, due, returned, "
                  "return_reason, replied, result, reply_text, id)",
                  k_assignment_columns);
  insert_rows(store, k_inserts, k_assignment_columns, assignments.size(),
              [&](SQLite::Statement& s, int b, std::size_t i) {
                const model::Assignment& a = *assignments[i];
                s.bind(b, static_cast<int64_t>(proposal_id));
                s.bind(b + 1, static_cast<int64_t>(a.unit_id));
                bind_role(s, b + 2, a.role);
                s.bind(b + 3, a.round);
                bind_date(s, b + 4, a.assigned, false);
                bind_date(s, b + 5, a.due, false);
                bind_date(s, b + 6, a.returned);
                bind_text(s, b + 7, a.return_reason);
                bind_date(s, b + 8, a.replied);
                bind_text(s, b + 9, a.result);
                bind_text(s, b + 10, a.reply_text);
                s.bind(b + 11, static_cast<int64_t>(a.id));
              });
}

void update_assignment(Store& store, long proposal_id, const model::Assignment& a)
{
  auto& s = store.prepared("UPDATE assignments SET due = ?, returned = ?, "
                           "return_reason = ?, replied = ?, result = ?, reply_text = ? "
                           "WHERE proposal_id = ? AND id = ?");
  bind_date(s, 1, a.due, false);
  bind_date(s, 2, a.returned);
  bind_text(s, 3, a.return_reason);
  bind_date(s, 4, a.replied);
  bind_text(s, 5, a.result);
  bind_text(s, 6, a.reply_text);
  s.bind(7, static_cast<int64_t>(proposal_id));
  s.bind(8, static_cast<int64_t>(a.id));
  s.exec();
}

void append_events(Store& store, long proposal_id, long first_id,
                   const std::vector<model::Event>& events)
{
  constexpr int k_event_columns = 9;
  static const RowInserts k_inserts = row_inserts(
      "FAIL",
      "proposal_events(proposal_id, action, date, from_state, to_state, operator, recorded_at, "
      "details, id)",
      k_event_columns);
  insert_rows(store, k_inserts, k_event_columns, events.size(),
              [&](SQLite::Statement& s, int b, std::size_t i) {
                const model::Event& e = events[i];
                s.bind(b, static_cast<int64_t>(proposal_id));
                bind_kept(s, b + 1, e.action);
                bind_date(s, b + 2, e.date, false);
                bind_text(s, b + 3, e.from_state);
                bind_kept(s, b + 4, e.to_state);
                bind_kept(s, b + 5, e.op);
                bind_kept(s, b + 6, e.recorded_at);
                if (e.details.empty())
                  s.bindNoCopy(b + 7, "{}");
                else
                  bind_kept(s, b + 7, e.details);
                s.bind(b + 8, static_cast<int64_t>(first_id + static_cast<long>(i)));
              });
}

long last_event_id(Store& store, long proposal_id)
{
  auto& s = store.prepared("SELECT max(id) FROM proposal_events WHERE proposal_id = ?");
  s.bind(1, static_cast<int64_t>(proposal_id));
  s.executeStep();
  const long id = s.getColumn(0).isNull() ? 0 : static_cast<long>(s.getColumn(0).getInt64());
  s.reset();
  return id;
}

std::vector<model::Event> events_of(Store& store, long proposal_id)
{
  auto& s = store.prepared("SELECT id, action, date, from_state, to_state, operator, "
                           "recorded_at, details FROM proposal_events "
                           "WHERE proposal_id = ? ORDER BY id");
  s.bind(1, static_cast<int64_t>(proposal_id));
  std::vector<model::Event> out;
  while (s.executeStep())
    out.push_back({s.getColumn(0).getInt64(), text_at(s, 1), date_at(s, 2), text_at(s, 3),
                   text_at(s, 4), text_at(s, 5), text_at(s, 6), text_at(s, 7)});
  return out;
}

void update_event(Store& store, long proposal_id, const model::Event& e)
{
  auto& s = store.prepared("UPDATE proposal_events SET action = ?, date = ?, from_state = ?, "
                           "to_state = ?, details = ? WHERE proposal_id = ? AND id = ?");
  s.bind(1, e.action);
  bind_date(s, 2, e.date, false);
  bind_text(s, 3, e.from_state);
  s.bind(4, e.to_state);
  s.bind(5, e.details.empty() ? std::string("{}") : e.details);
  s.bind(6, static_cast<int64_t>(proposal_id));
  s.bind(7, static_cast<int64_t>(e.id));
  s.exec();
}

void replace_assignments(Store& store, long proposal_id,
                         std::vector<model::Assignment>& assignments)
{
  auto& s = store.prepared("DELETE FROM assignments WHERE proposal_id = ?");
  s.bind(1, static_cast<int64_t>(proposal_id));
  s.exec();
  std::vector<const model::Assignment*> rows;
  long id = 0;
  for (auto& a : assignments) {
    a.id = ++id;
    rows.push_back(&a);
  }
  insert_assignments(store, proposal_id, rows);
}

std::optional<model::Event> last_event(Store& store, long proposal_id)
{
  // The latest date's last event. Read backwards along the primary key (proposal, id)
  // among the rows of that date, with no sort.
  auto& s = store.prepared("SELECT id, action, date, from_state, to_state, operator, "
                           "recorded_at, details FROM proposal_events WHERE proposal_id = ?1 "
                           "AND action NOT IN ('undo', 'amend', 'undone') "
                           "AND date = (SELECT max(date) FROM proposal_events WHERE "
                           "proposal_id = ?1 AND action NOT IN ('undo', 'amend', 'undone')) "
                           "ORDER BY id DESC LIMIT 1");
  s.bind(1, static_cast<int64_t>(proposal_id));
  if (!s.executeStep()) return std::nullopt;
  model::Event e{s.getColumn(0).getInt64(),
                 text_at(s, 1),
                 date_at(s, 2),
                 text_at(s, 3),
                 text_at(s, 4),
                 text_at(s, 5),
                 text_at(s, 6),
                 text_at(s, 7)};
  s.reset();
  return e;
}

std::vector<ProposalRow> list_proposals(Store& store, const ProposalFilter& filter)
{
  std::string sql = fmt::format(
      "SELECT {}, "
      // The units in the order they were assigned, as show and export list them.
      "(SELECT group_concat(name, ';') FROM (SELECT u.name FROM assignments a JOIN units u "
      "  ON u.id = a.unit_id WHERE a.proposal_id = p.id AND a.round = p.round "
      "  AND a.role = 'lead' AND a.returned IS NULL ORDER BY a.id)), "
      "(SELECT group_concat(name, ';') FROM (SELECT u.name FROM assignments a JOIN units u "
      "  ON u.id = a.unit_id WHERE a.proposal_id = p.id AND a.round = p.round "
      "  AND a.role = 'joint' AND a.returned IS NULL ORDER BY a.id)) "
      "FROM proposals p WHERE 1",
      proposals().select_list());
  std::vector<std::string> values;
  auto where = [&](std::string_view clause, const std::string& value) {
    sql += clause;
    values.push_back(value);
  };
  if (filter.year) where(" AND substr(p.submitted, 1, 4) = ?", fmt::format("{:04}", *filter.year));
  if (!filter.status.empty()) where(" AND p.status = ?", filter.status);
  if (!filter.unit.empty())
    where(" AND EXISTS (SELECT 1 FROM assignments a JOIN units u ON u.id = a.unit_id "
          "WHERE a.proposal_id = p.id AND a.returned IS NULL AND u.name = ?)",
          filter.unit);
  if (!filter.category.empty()) where(" AND p.category = ?", filter.category);
  if (!filter.sector.empty()) where(" AND p.sector = ?", filter.sector);
  if (const auto& overdue = filter.overdue) {
    values.insert(values.end(), overdue->handling.begin(), overdue->handling.end());
    where(" AND " + reminder_sql::overdue_condition(overdue->handling.size()), overdue->as_of);
  }
  // Trigram search needs three characters; shorter words scan the table instead.
  for (const auto& word : util::split_words(filter.search)) {
    sql += search_condition(word);
    for (auto& value : search_values(word))
      values.push_back(std::move(value));
  }
  sql += " ORDER BY p.submitted, p.code";
  SQLite::Statement s(store.db(), sql);
  for (std::size_t i = 0; i < values.size(); ++i)
    s.bind(static_cast<int>(i + 1), values[i]);
  std::vector<ProposalRow> out;
  while (s.executeStep()) {
    const int units = proposals().size(); // the two unit lists follow the table's columns
    ProposalRow row{proposals().read(s), text_at(s, units), text_at(s, units + 1)};
    load_cosigners(store, row.proposal);
    out.push_back(std::move(row));
  }
  return out;
}

} // namespace cppcc::storage
