// cppcc: the records toolkit of a CPPCC committee office. Builds the command line,
// registers the command groups and maps errors to the exit codes of domain.md §9.
#include "commands/commands.hpp"
#include "error.hpp"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>
#include <cstdio>
#include <fmt/format.h>

namespace {

int fail(cppcc::Exit status, const std::string& message)
{
  std::fflush(stdout);
  fmt::print(stderr, "cppcc: {}\n", message);
  return static_cast<int>(status);
}

} // namespace

int main(int argc, char** argv)
{
  using namespace cppcc;
  CLI::App app{"cppcc — records of a CPPCC committee office: members, units, proposals", "cppcc"};
  app.fallthrough();
  app.require_subcommand(1);
  cli::Context ctx;
  auto& o = ctx.options;
  app.add_option("--db", o.db, "database file (default $CPPCC_DB, else ./cppcc.db)");
  app.add_option("--config", o.config, "configuration file (default cppcc.yaml beside the database)");
  app.add_option("--format", o.format, "output format")
      ->check(CLI::IsMember({"table", "csv", "md", "json"}));
  app.add_option("--lang", o.lang, "labels: zh or en (default zh when LANG starts with zh)")
      ->check(CLI::IsMember({"zh", "en"}));
  app.add_option("--operator", o.op, "who is acting, for the history (default $USER)");
  app.add_option("--as-of", o.as_of, "treat this date as today");
  app.add_flag("-q,--quiet", o.quiet, "no confirmations or summaries");
  app.set_version_flag("--version", std::string("cppcc ") + CPPCC_VERSION);
  cli::example(&app, "cppcc db init && cppcc proposal list --year 2024");

  cli::register_db(app, ctx);
  cli::register_config(app, ctx);
  cli::register_member(app, ctx);
  cli::register_unit(app, ctx);
  cli::register_proposal_workflow(*cli::register_proposal(app, ctx), ctx);

  try {
    app.parse(argc, argv);
    std::fflush(stdout);
    return 0;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return fail(Exit::usage, fmt::format("{} (see --help)", e.what()));
  } catch (const Error& e) {
    return fail(e.status(), e.what());
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED)
      return fail(Exit::busy, "the database is busy (another cppcc is writing); try again");
    if (e.getErrorCode() == SQLITE_READONLY)
      return fail(Exit::cant_create, fmt::format("cannot write the database: {}", e.what()));
    return fail(Exit::internal, fmt::format("database error: {}", e.what()));
  } catch (const std::exception& e) {
    return fail(Exit::internal, fmt::format("internal error: {}", e.what()));
  }
}
