#include "storage/store.hpp"

#include "error.hpp"
#include "io/files.hpp"
#include "storage/bulk_session.hpp"
#include "storage/db_files.hpp"
#include "util/env.hpp"
#include "util/messages.hpp"
#include "util/on_exit.hpp"
#include "util/resources.hpp"
#include "util/text.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <thread>
#include <unistd.h>

namespace cppcc::storage {

namespace {

constexpr int k_busy_timeout_ms = 5000;

// Page size of a new database, larger than SQLite's default: a page holds more of the
// proposals' long rows, so every B-tree has fewer pages, splits and WAL frames (the rows'
// size and the import's times by page size: docs/performance.md, "Settings").
// A database created before keeps its page size (changing it means a VACUUM).
constexpr int k_page_size = 16384;

// How long a command waits for another's write lock before it gives up with exit 75:
// k_busy_timeout_ms, or CPPCC_BUSY_TIMEOUT_MS (tests force the timeout quickly).
int busy_timeout_ms()
{
  return static_cast<int>(util::env_number<ConfigError>("CPPCC_BUSY_TIMEOUT_MS", k_busy_timeout_ms,
                                                        0, 3'600'000, "storage.bad_busy_timeout"));
}

struct Migration {
  int version;
  std::string name;
  std::string_view sql;
};

// schemas/migrations/NNN_name.sql, in version order.
std::vector<Migration> migrations()
{
  std::vector<Migration> out;
  for (const auto& resource : util::resources_under("migrations/")) {
    const std::string name(resource.path.substr(std::string_view("migrations/").size()));
    out.push_back({std::stoi(name.substr(0, 3)), name, resource.text});
  }
  return out;
}

bool is_memory(const std::filesystem::path& path)
{
  return path == ":memory:";
}

// Creates the file empty with mode 0600 so that SQLite (and its -wal/-shm files,
// which copy the database's mode) never exposes it to other users.
void create_private_file(const std::filesystem::path& path)
{
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    throw OutputError(
        msg::text("storage.cannot_create_database", path.string(), util::system_error_text(errno)));
  ::close(fd);
}

int read_version(SQLite::Database& db)
{
  return db.execAndGet("PRAGMA user_version").getInt();
}

void refuse_newer(const std::filesystem::path& path, int version)
{
  if (version > Store::latest_version())
    throw SchemaError(
        msg::text("storage.schema_newer", path.string(), version, Store::latest_version()), version,
        Store::latest_version());
}

// Process-wide SQLite settings, made once before the first connection opens (SQLite
// ignores them afterwards): each connection is used by one thread at a time (a report's
// snapshot reader has its own), so neither the allocator's global statistics mutex nor the
// per-connection mutexes are needed (what they cost an import: docs/performance.md, "Settings").
void configure_library()
{
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
}

// Puts the database in WAL mode; false when it is in a rollback journal that cannot
// leave it now: a large import holds the database (BulkSession::hold), and SQLite
// refuses the switch at once, busy timeout or not. The connection then works in that
// journal — its write waits for the import's lock like any other — and the import puts
// the database back in WAL when it ends.
bool switch_to_wal(SQLite::Database& db)
{
  try {
    return db.execAndGet("PRAGMA journal_mode = WAL").getString() == "wal";
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED) return false;
    throw;
  }
}

// Whether SQLite can create the database's -shm (its WAL index) beside it: not on a
// read-only filesystem, nor in a directory this user cannot write.
bool shm_can_be_created(const std::filesystem::path& db)
{
  struct statvfs fs {};
  if (::statvfs(db.c_str(), &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0) return false;
  const std::filesystem::path dir = db.has_parent_path() ? db.parent_path() : ".";
  return ::access(dir.c_str(), W_OK) == 0;
}

// The name under which a read opens a database where no -shm can be created. With its
// -wal and -shm both there, SQLite reads the WAL read-only: the plain name. With no WAL
// to read (none, or empty) and no journal, nothing but the file holds the database:
// "immutable", which reads the file without the -shm or locks (a writer that can write
// the directory is not seen while the command reads). Anything else cannot be read here.
std::string read_only_name(const std::filesystem::path& db)
{
  const auto size_of = [](const std::string& file) -> long long {
    struct stat st {};
    return ::stat(file.c_str(), &st) == 0 ? st.st_size : -1;
  };
  const long long wal = size_of(db.string() + "-wal"), shm = size_of(db.string() + "-shm");
  if (size_of(db.string() + "-journal") > 0)
    throw InputError(msg::text("storage.journal_needs_rollback", db.string(), db.string()));
  if (wal >= 0 && shm >= 0) return db.string();
  if (wal > 0) throw InputError(msg::text("storage.wal_needs_shm", db.string(), db.string()));
  std::string uri = "file:";
  for (const unsigned char c : std::filesystem::absolute(db).lexically_normal().string()) {
    if (std::isalnum(c) != 0 || std::strchr("/._-~", c) != nullptr)
      uri += static_cast<char>(c);
    else
      uri += fmt::format("%{:02X}", c);
  }
  return uri + "?immutable=1";
}

std::unique_ptr<SQLite::Database> open_existing(const std::filesystem::path& path, Access access)
{
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw InputError(msg::text("storage.no_database", path.string()));
  if (std::filesystem::is_directory(path, ec))
    throw InputError(msg::text("storage.database_is_directory", path.string()));
  if (access == Access::write && ::access(path.c_str(), W_OK) != 0)
    throw OutputError(
        msg::text("storage.database_read_only", path.string(), util::system_error_text(errno)));
  // A read while the database was read-only leaves read-only -wal and -shm files, and
  // SQLite then refuses every write with "attempt to write a readonly database".
  for (const char* suffix : {"-wal", "-shm"}) {
    const std::string side = path.string() + suffix;
    if (access == Access::write && ::access(side.c_str(), F_OK) == 0 &&
        ::access(side.c_str(), W_OK) != 0)
      throw OutputError(msg::text("storage.side_file_read_only", path.string(), side, side));
  }
  if (::access(path.c_str(), R_OK) != 0)
    throw InputError(
        msg::text("storage.cannot_read_database", path.string(), util::system_error_text(errno)));
  configure_library();
  // A journal or WAL that another file left beside this one is refused before SQLite
  // opens the database and applies it (db_files.hpp).
  refuse_foreign_journal(path);
  refuse_foreign_wal(path);
  // A connection is used by one thread at a time: no SQLite mutexes.
  int flags = (access == Access::write ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY) |
              SQLite::OPEN_NOMUTEX;
  std::string name = path.string();
  if (access == Access::read && !shm_can_be_created(path)) {
    name = read_only_name(path);
    if (name != path.string()) flags |= SQLITE_OPEN_URI;
  }
  try {
    // A large import that was killed while it held the database (BulkSession::hold) left
    // its rollback journal: SQLite rolls it back at the next read, which a read-only
    // connection cannot do ("attempt to write a readonly database"). A connection that
    // may write rolls it back first, when the file can be written.
    const std::string journal = path.string() + "-journal";
    if (access == Access::read && ::access(journal.c_str(), F_OK) == 0 &&
        ::access(path.c_str(), W_OK) == 0) {
      SQLite::Database recover(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX,
                               busy_timeout_ms());
      recover.execAndGet("SELECT count(*) FROM sqlite_schema");
      (void)switch_to_wal(recover); // as the import would have on its way out
      drop_hold_owner(path);
    }
    // `db restore` renames a new file over the database under its lock: a connection that
    // opened the old file before and waited for the lock would read (and write) a file no
    // longer there, with the new file's WAL. It is closed without its checkpoint on close
    // (which would touch that WAL) and the database opened again.
    for (int attempt = 1;; ++attempt) {
      struct stat before {};
      ::stat(path.c_str(), &before);
      auto db = std::make_unique<SQLite::Database>(name, flags, busy_timeout_ms());
      db->execAndGet("SELECT count(*) FROM sqlite_schema"); // fails here if not a database
      struct stat after {};
      if ((::stat(path.c_str(), &after) == 0 && after.st_ino == before.st_ino &&
           after.st_dev == before.st_dev) ||
          attempt == 3)
        return db;
      sqlite3_db_config(db->getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED) throw;
    // A write where SQLite cannot create the -wal or -shm (a directory this user cannot
    // write): the database cannot be written here, though it can be read.
    if (access == Access::write && (e.getErrorCode() & 0xff) == SQLITE_READONLY)
      throw OutputError(msg::text("storage.cannot_write_here", path.string(), e.what()));
    throw InputError(msg::text("storage.cannot_open_database", path.string(), e.what()));
  }
}

} // namespace

Store::Store(std::filesystem::path path, std::unique_ptr<SQLite::Database> db)
    : m_path(std::move(path)), m_db(std::move(db))
{
}

void Store::configure()
{
  m_db->exec("PRAGMA foreign_keys = ON");
  bool wal = true;
  if (!is_memory(m_path) && (m_db->getHandle() != nullptr) &&
      !sqlite3_db_readonly(m_db->getHandle(), "main"))
    wal = switch_to_wal(*m_db);
  // In a rollback journal a commit is atomic through a power loss only with FULL.
  m_db->exec(wal ? "PRAGMA synchronous = NORMAL" : "PRAGMA synchronous = FULL");
  // Savepoint (sub-)journals in memory: a per-row savepoint in an import would
  // otherwise cost dozens of small writes to a temporary file per row.
  m_db->exec("PRAGMA temp_store = MEMORY");
}

std::size_t Store::SqlHash::operator()(std::string_view sql) const noexcept
{
  // Up to eight bytes from `at`, as one word.
  const auto word = [sql](std::size_t at) {
    std::uint64_t w = 0;
    std::memcpy(&w, sql.data() + at, std::min<std::size_t>(sizeof w, sql.size() - at));
    return w;
  };
  const std::size_t n = sql.size(), tail = n > 8 ? n - 8 : 0;
  std::uint64_t h = n;
  for (const std::size_t at : {std::size_t{0}, n / 3, 2 * n / 3, tail}) {
    h = (h ^ (at < n ? word(at) : 0)) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
  }
  return static_cast<std::size_t>(h);
}

SQLite::Statement& Store::prepared(std::string_view sql, Bindings bindings)
{
  SQLite::Database& connection = db();
  auto found = m_statements.find(sql);
  if (found == m_statements.end())
    found = m_statements
                .emplace(std::string(sql),
                         std::make_unique<SQLite::Statement>(connection, std::string(sql)))
                .first;
  SQLite::Statement& statement = *found->second;
  statement.reset();
  if (bindings == Bindings::cleared) statement.clearBindings();
  return statement;
}

void Store::reset_prepared()
{
  (void)db();
  for (auto& [sql, statement] : m_statements)
    (void)statement->tryReset(); // reset() would throw the error of its last step
}

int Store::latest_version()
{
  const auto all = migrations();
  return all.empty() ? 0 : all.back().version;
}

int Store::schema_version()
{
  return read_version(*m_db);
}

Store Store::create(const std::filesystem::path& path)
{
  if (!is_memory(path)) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
      throw OutputError(msg::text("storage.database_exists", path.string()));
    create_private_file(path);
  }
  configure_library();
  try {
    Store store(
        path, std::make_unique<SQLite::Database>(
                  path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, busy_timeout_ms()));
    // Before anything writes the file: the page size is fixed from then on.
    store.m_db->exec(fmt::format("PRAGMA page_size = {}", k_page_size));
    store.configure();
    store.migrate();
    return store;
  } catch (...) {
    if (!is_memory(path)) std::filesystem::remove(path);
    throw;
  }
}

Store Store::open(const std::filesystem::path& path, Access access)
{
  Store store(path, open_existing(path, access));
  const int version = store.schema_version();
  refuse_newer(path, version);
  if (version < latest_version())
    throw SchemaError(msg::text("storage.schema_older", path.string(), version, latest_version()),
                      version, latest_version());
  store.configure();
  return store;
}

Store Store::open_for_migration(const std::filesystem::path& path)
{
  Store store(path, open_existing(path, Access::write));
  refuse_newer(path, store.schema_version());
  store.configure();
  return store;
}

Store Store::open_for_backup(const std::filesystem::path& path)
{
  Store store(path, open_existing(path, Access::read));
  refuse_newer(path, store.schema_version());
  store.configure();
  return store;
}

std::vector<std::string> Store::migrate()
{
  std::vector<std::string> applied;
  const int current = schema_version();
  // A migration that rebuilds a table journals what its statements change in temporary
  // files: under temp_store = MEMORY that held as much again as the events of a large
  // database in memory (docs/performance.md, "Settings").
  const int temp_store = m_db->execAndGet("PRAGMA temp_store").getInt();
  m_db->exec("PRAGMA temp_store = FILE");
  util::OnExit restore(
      [&] { (void)m_db->tryExec(fmt::format("PRAGMA temp_store = {}", temp_store)); });
  WriteTransaction transaction(*this);
  for (const auto& migration : migrations()) {
    if (migration.version <= current) continue;
    m_db->exec(std::string(migration.sql));
    m_db->exec(fmt::format("PRAGMA user_version = {}", migration.version));
    applied.push_back(migration.name);
  }
  transaction.commit();
  return applied;
}

std::vector<std::string> Store::broken_references()
{
  std::vector<std::string> problems;
  SQLite::Statement keys(db(), "PRAGMA foreign_key_check");
  while (keys.executeStep()) // a WITHOUT ROWID table's row has no rowid to name it by
    problems.push_back(keys.getColumn(1).isNull()
                           ? msg::text("storage.check_foreign_key_row",
                                       keys.getColumn(0).getString(), keys.getColumn(2).getString())
                           : msg::text("storage.check_foreign_key", keys.getColumn(0).getString(),
                                       keys.getColumn(1).getInt64(),
                                       keys.getColumn(2).getString()));
  return problems;
}

std::vector<std::string> Store::check()
{
  std::vector<std::string> problems;
  SQLite::Statement integrity(*m_db, "PRAGMA integrity_check");
  while (integrity.executeStep()) {
    const std::string line = integrity.getColumn(0).getString();
    if (line != "ok") problems.push_back(msg::text("storage.check_integrity", line));
  }
  for (auto& problem : broken_references())
    problems.push_back(std::move(problem));
  // Read-only check of the search index: one entry per proposal not queued for it.
  SQLite::Statement search(*m_db, "SELECT (SELECT count(*) FROM proposals_fts_docsize), "
                                  "(SELECT count(*) FROM proposals WHERE id NOT IN "
                                  "(SELECT proposal_id FROM search_pending))");
  search.executeStep();
  const auto indexed = search.getColumn(0).getInt64(), expected = search.getColumn(1).getInt64();
  if (indexed != expected)
    problems.push_back(msg::text("storage.check_search_index", indexed, expected));
  return problems;
}

void Store::backup_to(const std::filesystem::path& target, io::ProtectedFiles protect)
{
  protect.add_database(m_path);
  protect.refuse(target);
  struct stat existing {};
  if (::lstat(target.c_str(), &existing) == 0)
    throw OutputError(msg::text("storage.backup_target_exists", target.string()));
  // Made under a temporary name beside the target, checked, synced and only then renamed
  // to it (never over a file that appeared meanwhile): a backup interrupted at any point
  // leaves nothing at `target`, and a signal or the next backup to it removes the part.
  io::PrivateFile file(target, protect, io::Existing::refuse);
  try {
    SQLite::Database copy(file.temporary(), SQLite::OPEN_READWRITE);
    copy.exec("PRAGMA journal_mode = OFF");    // a copy nobody reads yet needs no journal
    SQLite::Backup(copy, *m_db).executeStep(); // all pages
    const std::string verdict = copy.execAndGet("PRAGMA integrity_check").getString();
    if (verdict != "ok")
      throw OutputError(msg::text("storage.backup_copy_fails_check", target.string(), verdict));
  } catch (const SQLite::Exception& e) {
    throw OutputError(msg::text("storage.cannot_write_backup", target.string(), e.what()));
  }
  file.commit();
}

namespace {

// The backup `restore` copies: a readable SQLite file that passes its integrity check,
// with a cppcc schema this binary can read. Open read-only.
std::unique_ptr<SQLite::Database> checked_backup(const std::filesystem::path& backup, int& version)
{
  std::error_code ec;
  if (!std::filesystem::is_regular_file(backup, ec))
    throw InputError(msg::text("storage.no_backup", backup.string()));
  if (::access(backup.c_str(), R_OK) != 0)
    throw InputError(
        msg::text("storage.cannot_read_backup", backup.string(), util::system_error_text(errno)));
  std::unique_ptr<SQLite::Database> source;
  std::vector<std::string> problems;
  bool cppcc = false;
  try {
    source = std::make_unique<SQLite::Database>(backup.string(), SQLite::OPEN_READONLY);
    SQLite::Statement integrity(*source, "PRAGMA integrity_check");
    while (integrity.executeStep())
      if (integrity.getColumn(0).getString() != "ok")
        problems.push_back(integrity.getColumn(0).getString());
    version = read_version(*source);
    cppcc = source->tableExists("proposals") && source->tableExists("members");
  } catch (const SQLite::Exception& e) {
    throw Error(msg::text("storage.backup_unreadable", backup.string(), e.what()));
  }
  if (!problems.empty())
    throw Error(msg::text("storage.backup_fails_check", backup.string(),
                          fmt::format("{}", fmt::join(problems, "; "))));
  if (version < 1 || !cppcc) throw Error(msg::text("storage.backup_not_cppcc", backup.string()));
  refuse_newer(backup, version);
  return source;
}

// SQLite's EXCLUSIVE lock on the live database, as BEGIN EXCLUSIVE takes it, through the
// file layer: no SQLite connection, which would first apply a journal beside it. Waits
// like a connection, up to the busy timeout (exit 75).
void lock_exclusive(DbFile& live)
{
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms());
  for (const int level : {SQLITE_LOCK_SHARED, SQLITE_LOCK_EXCLUSIVE})
    while (live.lock(level) != SQLITE_OK) {
      if (std::chrono::steady_clock::now() > deadline)
        throw Error(msg::text("storage.busy"), Exit::busy);
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

void sync_path(const std::filesystem::path& path, int flags)
{
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  const bool synced = fd >= 0 && ::fsync(fd) == 0;
  const int error = errno;
  if (fd >= 0) ::close(fd);
  if (!synced)
    throw IoError(msg::text("storage.cannot_sync", path.string(), util::system_error_text(error)));
}

} // namespace

Store::Restored Store::restore(const std::filesystem::path& path,
                               const std::filesystem::path& backup)
{
  configure_library();
  struct stat live_stat {
  }, backup_stat{};
  if (::stat(path.c_str(), &live_stat) == 0 && ::stat(backup.c_str(), &backup_stat) == 0 &&
      live_stat.st_dev == backup_stat.st_dev && live_stat.st_ino == backup_stat.st_ino)
    throw UsageError(msg::text("storage.restore_from_itself", backup.string()));
  Restored restored;
  auto source = checked_backup(backup, restored.version);
  // The copy, whole and synced, under a temporary name beside the database (mode 0600):
  // the rename below is atomic only within one filesystem.
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  std::string temp = (dir / ".cppcc-restore-XXXXXX").string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0)
    throw OutputError(msg::text("storage.cannot_create_restore_file", dir.string(),
                                util::system_error_text(errno)));
  ::close(fd);
  util::OnExit remove_temp([&] {
    std::error_code ec;
    if (!temp.empty()) std::filesystem::remove(temp, ec);
  });
  try {
    SQLite::Database copy(temp, SQLite::OPEN_READWRITE);
    SQLite::Backup backup_copy(copy, *source);
    backup_copy.executeStep();
    restored.proposals = copy.execAndGet("SELECT count(*) FROM proposals").getInt64();
  } catch (const SQLite::Exception& e) {
    const int code = e.getErrorCode() & 0xff;
    const std::string message =
        msg::text("storage.cannot_copy_backup", backup.string(), dir.string(), e.what());
    if (code == SQLITE_IOERR) throw IoError(message);
    throw OutputError(message);
  }
  sync_path(temp, O_RDONLY);
  // Under the live database's lock: no cppcc reads or writes it meanwhile. What lies beside
  // it belongs to the file being replaced: moved aside, never deleted.
  std::optional<DbFile> live;
  if (::lstat(path.c_str(), &live_stat) == 0) {
    live.emplace(path, DbFile::Mode::write);
    lock_exclusive(*live);
  }
  restored.moved_aside = move_side_files_aside(path);
  if (::rename(temp.c_str(), path.c_str()) != 0)
    throw OutputError(
        msg::text("storage.cannot_replace", path.string(), util::system_error_text(errno)));
  temp.clear();
  sync_path(dir, O_RDONLY | O_DIRECTORY);
  return restored;
}

std::vector<std::pair<std::string, long>> Store::table_counts()
{
  // The record kinds' order, each followed by its child tables: not sqlite_schema's, in
  // which a table a migration rebuilt (proposal_cosigners, assignments, proposal_events)
  // comes last. A table not listed here follows in sqlite_schema's order.
  static const std::vector<std::string> k_order = {"members",
                                                   "member_roles",
                                                   "units",
                                                   "proposals",
                                                   "proposal_cosigners",
                                                   "assignments",
                                                   "proposal_events",
                                                   "audit_log",
                                                   "search_pending",
                                                   "studios",
                                                   "studio_members",
                                                   "opinions",
                                                   "opinion_adoptions",
                                                   "opinion_instructions",
                                                   "activities",
                                                   "activity_participants",
                                                   "articles",
                                                   "article_authors"};
  std::vector<std::string> tables;
  SQLite::Statement list(*m_db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                                "LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name <> "
                                "'hold_token' ORDER BY rowid");
  while (list.executeStep())
    tables.push_back(list.getColumn(0).getString());
  auto rank = [](const std::string& table) {
    return std::find(k_order.begin(), k_order.end(), table) - k_order.begin();
  };
  std::stable_sort(tables.begin(), tables.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  std::vector<std::pair<std::string, long>> out;
  for (const auto& table : tables) {
    // Table names come from sqlite_schema, not from the user.
    SQLite::Statement count(*m_db, fmt::format("SELECT count(*) FROM \"{}\"", table));
    count.executeStep();
    out.emplace_back(table, count.getColumn(0).getInt64());
  }
  return out;
}

WriteTransaction::WriteTransaction(Store& store)
    : m_transaction(store.db(), store.bulk_session() != nullptr && store.bulk_session()->held()
                                    ? SQLite::TransactionBehavior::EXCLUSIVE
                                    : SQLite::TransactionBehavior::IMMEDIATE)
{
}

Savepoint::Savepoint(Store& store, std::string name) : m_store(store), m_name(std::move(name))
{
  m_store.prepared("SAVEPOINT " + m_name).exec();
}

Savepoint::~Savepoint()
{
  if (!m_open) return;
  try {
    rollback();
  } catch (...) { // a destructor must not throw; the outer transaction still rolls back
  }
}

void Savepoint::release()
{
  m_store.prepared("RELEASE " + m_name).exec();
  m_open = false;
}

void Savepoint::rollback()
{
  m_store.prepared("ROLLBACK TO " + m_name).exec();
  m_store.prepared("RELEASE " + m_name).exec();
  m_open = false;
}

} // namespace cppcc::storage
