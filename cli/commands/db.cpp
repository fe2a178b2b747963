// cppcc db init|migrate|check|backup|restore|reindex|stats|export-bundle
#include "commands/commands.hpp"
#include "error.hpp"
#include "import/bundle.hpp"
#include "io/dates.hpp"
#include "storage/search.hpp"
#include "storage/signatures.hpp"
#include "storage/text_check.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

void register_db(CLI::App& app, Context& ctx)
{
  CLI::App* db = app.add_subcommand("db");
  db->require_subcommand(1);
  example(db, "cppcc --db office.db db init");

  CLI::App* init = db->add_subcommand("init");
  example(init, "cppcc --db hanbin.db db init");
  ctx.run_plain(init, [&ctx] {
    storage::Store store = storage::Store::create(ctx.db_path());
    ctx.say(msg::text("cli.db_created", ctx.db_path().string(), store.schema_version()));
  });

  CLI::App* migrate = db->add_subcommand("migrate");
  example(migrate, "cppcc db backup before-upgrade.db && cppcc db migrate");
  ctx.run_plain(migrate, [&ctx] {
    storage::Store store = storage::Store::open_for_migration(ctx.db_path());
    const auto applied = store.migrate();
    const auto& method = ctx.config().similarity;
    if (!applied.empty() && method.keep_signatures &&
        !storage::signatures_current(store, method, storage::Claim::no)) {
      storage::WriteTransaction transaction(store);
      (void)storage::rebuild_signatures(store, method);
      transaction.commit();
    }
    ctx.say(applied.empty()
                ? msg::text("cli.db_current", store.schema_version())
                : msg::text("cli.db_migrated", fmt::format("{}", fmt::join(applied, ", ")),
                            store.schema_version()));
  });

  CLI::App* check = db->add_subcommand("check");
  example(check, "cppcc db check");
  ctx.run(check, Need::read, [&ctx](records::Workspace& ws) {
    auto problems = ws.store.check();
    for (auto& problem : storage::invalid_text(ws.store)) // exports need UTF-8
      problems.push_back(std::move(problem));
    for (auto& problem : storage::signature_problems(ws.store, ws.config.similarity))
      problems.push_back(std::move(problem));
    if (!problems.empty())
      throw Error(msg::text("cli.db_problems", problems.size(), ctx.db_path().string(),
                            fmt::format("{}", fmt::join(problems, "; "))));
    ctx.say(msg::text("cli.ok"));
  });

  CLI::App* backup = db->add_subcommand("backup");
  auto target = std::make_shared<std::string>();
  backup->add_option("FILE", *target)->required();
  example(backup, "cppcc db backup 备份-$(date +%F).db");
  // Any schema this cppcc can read, an older one too: a backup before `db migrate`.
  ctx.run_plain(backup, [&ctx, target] {
    storage::Store store = storage::Store::open_for_backup(ctx.db_path());
    {
      storage::ReadTransaction snapshot(store);
      store.backup_to(*target, ctx.protected_files());
    }
    ctx.say(msg::text("cli.db_backed_up", *target));
  });

  // A year of the committee's records for a city's roll-up (docs/bundles.md).
  CLI::App* bundle = db->add_subcommand("export-bundle");
  struct BundleOptions {
    int year = 0;
    std::string out;
    bool personal = false;
  };
  auto b = std::make_shared<BundleOptions>();
  bundle->add_option("--year", b->year)
      ->required()
      ->check(CLI::Range(io::k_first_year, io::k_last_year));
  bundle->add_option("OUT", b->out)->required();
  bundle->add_flag("--with-personal", b->personal);
  example(bundle, "cppcc db export-bundle --year 2023 hanjiang-2023.zip");
  ctx.run(bundle, Need::read, [&ctx, b](records::Workspace& ws) {
    const import::Manifest m = import::write_bundle(ws, b->year, b->out, b->personal, CPPCC_VERSION,
                                                    ctx.protected_files());
    std::vector<std::string> counts;
    for (const auto& file : m.files)
      counts.push_back(fmt::format("{} {}", file.name, file.records));
    ctx.say(msg::text("cli.db_bundled", b->year, b->out,
                      fmt::format("{}; {}", fmt::join(counts, ", "),
                                  msg::text(b->personal ? "cli.db_bundled_personal"
                                                        : "cli.db_bundled_no_personal"))));
  });

  CLI::App* restore = db->add_subcommand("restore");
  auto source = std::make_shared<std::string>();
  restore->add_option("BACKUP", *source)->required();
  example(restore, "cppcc db restore before-upgrade.db");
  ctx.run_plain(restore, [&ctx, source] {
    const auto restored = storage::Store::restore(ctx.db_path(), *source);
    std::vector<std::string> moved;
    for (const auto& file : restored.moved_aside)
      moved.push_back(file.string());
    ctx.say(msg::text("cli.db_restored", *source, ctx.db_path().string(), restored.version,
                      restored.proposals,
                      moved.empty() ? std::string()
                                    : msg::text("cli.db_moved_aside",
                                                fmt::format("{}", fmt::join(moved, ", ")))));
  });

  CLI::App* reindex = db->add_subcommand("reindex");
  auto full = std::make_shared<bool>(false);
  reindex->add_flag("--full", *full);
  example(reindex, "cppcc db reindex");
  ctx.run(reindex, Need::write, [&ctx, full](records::Workspace& ws) {
    if (ws.config.similarity.keep_signatures &&
        (*full || !storage::signatures_current(ws.store, ws.config.similarity, storage::Claim::no)))
      ctx.say(
          msg::text("cli.db_signed", storage::rebuild_signatures(ws.store, ws.config.similarity)));
    if (*full) {
      storage::rebuild_index(ws.store);
      ctx.say(msg::text("cli.db_reindexed_all"));
    } else {
      ctx.say(msg::text("cli.db_reindexed", storage::reindex_pending(ws.store)));
    }
  });

  CLI::App* stats = db->add_subcommand("stats");
  example(stats, "cppcc db stats --format json");
  ctx.run(stats, Need::read, [&ctx](records::Workspace& ws) {
    render::Document doc;
    doc.title = ctx.db_path().string();
    doc.fields.push_back({"schema_version", "schema version",
                          render::Value::integer(ws.store.schema_version()), render::Type::number});
    for (const auto& [table, rows] : ws.store.table_counts())
      doc.fields.push_back({table, table, render::Value::integer(rows), render::Type::number});
    ctx.print(doc);
  });
}

} // namespace cppcc::cli
