#pragma once
// Shell completion (share/completion/): the hidden command `cppcc __complete WORD…` is given
// the words of a command line after `cppcc`, the last the one being typed (maybe empty),
// and prints what it may become, one a line: a command, an option, or a value — a member
// or unit name, a proposal code, a state, a kind — read from the database (read-only) and
// the configuration. A line `:file` or `:dir` asks the shell to complete a path instead.
// It never fails aloud: a missing database or a bad word prints nothing, exit 0.
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace cppcc::cli {

void register_complete(CLI::App& app, Context& ctx);

} // namespace cppcc::cli
