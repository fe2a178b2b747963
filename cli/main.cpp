// cppcc: the records toolkit of a CPPCC committee office. Builds the command line,
// registers the command groups and maps errors to the exit codes of docs/domain.md §5.
#include "about.hpp"
#include "commands/commands.hpp"
#include "complete.hpp"
#include "error.hpp"
#include "help.hpp"
#include "io/encoding.hpp"
#include "util/controls.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <SQLiteCpp/Exception.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <optional>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sqlite3.h>
#include <unistd.h>

namespace msg = cppcc::msg;

namespace {

int fail(cppcc::Exit status, const std::string& message)
{
  std::fflush(stdout);
  // One line per problem (an import lists every bad row), each starting "cppcc:".
  std::size_t start = 0;
  while (start <= message.size()) {
    const std::size_t end = std::min(message.find('\n', start), message.size());
    fmt::print(stderr, "cppcc: {}\n", std::string_view(message).substr(start, end - start));
    start = end + 1;
  }
  return static_cast<int>(status);
}

// The option named `token` on `app` or a parent, if any.
const CLI::Option* find_option(const CLI::App* app, const std::string& token)
{
  for (; app != nullptr; app = app->get_parent())
    if (const CLI::Option* option = app->get_option_no_throw(token)) return option;
  return nullptr;
}

// For "a subcommand is required": the word the user gave where a command was
// expected, with the commands that group offers, so the message can name both.
std::string unknown_command_message(const CLI::App& app, int argc, char** argv)
{
  const CLI::App* current = &app;
  std::string path = "cppcc";
  for (int i = 1; i < argc; ++i) {
    const std::string token = argv[i];
    if (token.starts_with("-")) {
      const CLI::Option* option = find_option(current, token.substr(0, token.find('=')));
      if (option && token.find('=') == std::string::npos && option->get_expected_min() > 0)
        ++i; // skip the option's value
      continue;
    }
    const CLI::App* next = nullptr;
    try {
      next = current->get_subcommand(token);
    } catch (const CLI::OptionNotFound&) {
    }
    if (next == nullptr) {
      std::vector<std::string> names;
      for (const CLI::App* sub :
           current->get_subcommands([](const CLI::App* c) { return !cppcc::cli::hidden(*c); }))
        names.push_back(sub->get_name());
      const std::string hint = cppcc::util::did_you_mean(cppcc::util::closest(token, names));
      return hint.empty() ? msg::text("cli.unknown_command", token, path,
                                      cppcc::util::join(names, msg::text("config.list_separator")))
                          : msg::text("cli.unknown_command_hint", token, path, hint);
    }
    current = next;
    path += " " + token;
  }
  std::vector<std::string> names;
  for (const CLI::App* sub :
       current->get_subcommands([](const CLI::App* c) { return !cppcc::cli::hidden(*c); }))
    names.push_back(sub->get_name());
  return msg::text("cli.needs_command", path,
                   cppcc::util::join(names, msg::text("config.list_separator")));
}

// For "arguments were not expected": the first option the command line gave that no
// command on its path knows, with the closest options it has ('--lede': did you mean
// '--lead'?). Nothing when the extra argument is not an option.
std::optional<std::string> unknown_option_message(const CLI::App& app, int argc, char** argv)
{
  const CLI::App* current = &app;
  std::string path = "cppcc";
  for (int i = 1; i < argc; ++i) {
    const std::string token = argv[i];
    if (token == "--") break;
    if (token.starts_with("-") && token.size() > 1) {
      const std::string name = token.substr(0, token.find('='));
      const CLI::Option* option = find_option(current, name);
      if (option) {
        if (token.find('=') == std::string::npos && option->get_expected_min() > 0) ++i;
        continue;
      }
      std::vector<std::string> names;
      for (const CLI::App* at = current; at != nullptr; at = at->get_parent())
        for (const CLI::Option* o : at->get_options())
          for (const auto& long_name : o->get_lnames())
            names.push_back("--" + long_name);
      const std::string hint = cppcc::util::did_you_mean(cppcc::util::closest(name, names));
      return hint.empty() ? msg::text("cli.unknown_option", name, path)
                          : msg::text("cli.unknown_option_hint", name, path, hint);
    }
    const CLI::App* next = nullptr;
    try {
      next = current->get_subcommand(token);
    } catch (const CLI::OptionNotFound&) {
    }
    if (next == nullptr) continue; // a positional argument
    current = next;
    path += " " + token;
  }
  return std::nullopt;
}

// A parse error of CLI11 in the clerk's language: the common ones said in the catalogue's
// words with the option they name, the rest with CLI11's own text.
std::string parse_error_message(const CLI::ParseError& e)
{
  const std::string what = e.what();
  const auto ends = [&](std::string_view tail) { return what.ends_with(tail); };
  if (dynamic_cast<const CLI::RequiredError*>(&e) && ends(" is required"))
    return msg::text("cli.option_required", what.substr(0, what.size() - 12));
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) && what.find(": ") != std::string::npos)
    return msg::text("cli.option_value_missing", what.substr(0, what.find(": ")));
  if (dynamic_cast<const CLI::ConversionError*>(&e) && what.starts_with("Could not convert: ")) {
    const std::string rest = what.substr(19);
    const std::size_t eq = rest.find(" = ");
    if (eq != std::string::npos)
      return msg::text("cli.option_bad_value", rest.substr(0, eq), rest.substr(eq + 3));
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e) && what.find(": ") != std::string::npos) {
    const std::string option = what.substr(0, what.find(": "));
    const std::string detail = what.substr(what.find(": ") + 2);
    // CLI::Range: "Value 0 not in range 1900 to 2999"; CLI::IsMember: "docx not in {…}".
    const std::size_t range = detail.find(" not in range ");
    if (detail.starts_with("Value ") && range != std::string::npos &&
        detail.find(" to ", range) != std::string::npos) {
      const std::size_t to = detail.find(" to ", range);
      return msg::text("cli.option_out_of_range", option, detail.substr(6, range - 6),
                       detail.substr(range + 14, to - range - 14), detail.substr(to + 4));
    }
    const std::size_t member = detail.find(" not in {");
    if (member != std::string::npos && detail.ends_with("}"))
      return msg::text("cli.option_not_one_of", option, detail.substr(0, member),
                       detail.substr(member + 9, detail.size() - member - 10));
    return msg::text("cli.option_invalid", option, detail);
  }
  if (dynamic_cast<const CLI::RequiresError*>(&e) && what.find(" requires ") != std::string::npos)
    return msg::text("cli.option_requires", what.substr(0, what.find(" requires ")),
                     what.substr(what.find(" requires ") + 10));
  if (dynamic_cast<const CLI::ExcludesError*>(&e) && what.find(" excludes ") != std::string::npos)
    return msg::text("cli.option_excludes", what.substr(0, what.find(" excludes ")),
                     what.substr(what.find(" excludes ") + 10));
  return msg::text("cli.parse_error", what);
}

// Every argument must be UTF-8 text without terminal control characters (tab and line
// breaks are allowed: a body has them), or it would be stored and break exports and
// terminals later. UsageError naming the option (or the argument's position).
void check_arguments(int argc, char** argv)
{
  for (int i = 1; i < argc; ++i) {
    std::string_view value = argv[i];
    std::string name = msg::text("cli.argument_number", i);
    if (value.starts_with("--") && value.find('=') != std::string_view::npos) {
      name = value.substr(0, value.find('='));
      value.remove_prefix(name.size() + 1);
    } else if (i > 1 && argv[i - 1][0] == '-' && argv[i - 1][1] != '\0' &&
               !value.starts_with("-")) {
      name = argv[i - 1];
    }
    if (const auto bad = cppcc::io::first_bad_utf8(value))
      throw cppcc::UsageError(msg::text("cli.argument_not_utf8", name, bad->offset));
    if (const std::size_t at = cppcc::util::find_control(value, cppcc::util::Breaks::allowed);
        at != std::string_view::npos)
      throw cppcc::UsageError(
          msg::text("cli.argument_control", name, cppcc::util::control_name(value, at), at + 1));
  }
}

} // namespace

int main(int argc, char** argv)
{
  using namespace cppcc;
#ifdef __GLIBC__
  // Memory freed at the top of the heap goes back to the system at once. By default glibc
  // raises that threshold to the largest block a program has freed, so an import that read
  // its file once already (the filing-number plan) kept that pass's memory as well: peak
  // RSS is the contract of a large import (docs/performance.md).
  mallopt(M_TRIM_THRESHOLD, 1 << 20);
#endif
  CLI::App app{"cppcc — records of a CPPCC committee office: members, units, proposals, "
               "opinions, studios, activities, articles",
               "cppcc"};
  app.fallthrough();
  app.require_subcommand(1);
  cli::Context ctx;
  auto& o = ctx.options;
  // The language of help and messages, known before the command line is parsed.
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) o.lang = argv[i + 1];
    if (arg.starts_with("--lang=")) o.lang = arg.substr(7);
  }
  msg::set_lang(ctx.lang());
  app.add_option("--db", o.db);
  app.add_option("--config", o.config);
  app.add_option("--format", o.format)
      ->check(CLI::IsMember({"table", "csv", "md", "json", "xlsx", "docx", "html", "pdf"}));
  app.add_option("--lang", o.lang)->check(CLI::IsMember({"zh", "en"}));
  app.add_option("--operator", o.op);
  app.add_option("--as-of", o.as_of);
  app.add_flag("-q,--quiet", o.quiet);
  app.add_flag("--bom", o.bom);
  app.add_flag("--no-bom", o.no_bom);
  app.set_version_flag("--version", [] { return cli::version_text(); });
  cli::example(&app, "cppcc db init && cppcc proposal list --year 2024");

  cli::register_db(app, ctx);
  cli::register_config(app, ctx);
  cli::register_member(app, ctx);
  cli::register_unit(app, ctx);
  cli::register_proposal_workflow(*cli::register_proposal(app, ctx), ctx);
  cli::register_opinion(app, ctx);
  cli::register_studio(app, ctx);
  cli::register_activity(app, ctx);
  cli::register_article(app, ctx);
  cli::register_report(app, ctx);
  cli::register_remind(app, ctx);
  cli::register_rollup(app, ctx);
  cli::register_help_topics(app);
  cli::register_help_commands(app);
  cli::register_complete(app, ctx);
  cli::localize_help(app);

  try {
    check_arguments(argc, argv);
    app.parse(argc, argv);
    // Output a full disk or a closed pipe did not take is a failure, not a success (73).
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout) ||
        (::close(STDOUT_FILENO) != 0 && errno != EBADF))
      return fail(
          Exit::cant_create,
          msg::text("cli.stdout_failed", errno != 0 ? util::system_error_text(errno) : "error"));
    // Done: the command's database is closed and its output written. What is left in
    // memory (the configuration's YAML trees, the command tree) goes with the process
    // instead of being freed node by node, which took a command some 2 ms
    // (docs/performance.md, "Near-duplicates"). Static objects are still destroyed.
    std::exit(0);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::RequiredError& e) {
    if (std::string(e.what()).starts_with("A subcommand is required"))
      return fail(Exit::usage, unknown_command_message(app, argc, argv));
    return fail(Exit::usage, parse_error_message(e));
  } catch (const CLI::ExtrasError& e) {
    if (const auto message = unknown_option_message(app, argc, argv))
      return fail(Exit::usage, *message);
    return fail(Exit::usage, parse_error_message(e));
  } catch (const CLI::ParseError& e) {
    return fail(Exit::usage, parse_error_message(e));
  } catch (const Error& e) {
    return fail(e.status(), e.what());
  } catch (const SQLite::Exception& e) {
    // The environment, not a bug: a full disk, read-only media, a failing disk. The
    // command's transaction has rolled back (or SQLite rolls it back at the next open).
    const std::string db = ctx.db_path().string();
    switch (e.getErrorCode() & 0xff) { // the primary code of an extended one
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return fail(Exit::busy, msg::text("cli.db_busy"));
    case SQLITE_FULL:
      return fail(Exit::cant_create, msg::text("cli.db_disk_full", db));
    case SQLITE_READONLY:
      return fail(Exit::cant_create, msg::text("cli.db_read_only", db, e.what()));
    case SQLITE_IOERR:
      return fail(Exit::io_error, msg::text("cli.db_io_error", db, e.what()));
    default:
      return fail(Exit::internal, msg::text("cli.db_error", e.what()));
    }
  } catch (const std::exception& e) {
    return fail(Exit::internal, msg::text("cli.internal_error", e.what()));
  }
}
