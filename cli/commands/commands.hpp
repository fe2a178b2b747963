#pragma once
// Every command group, each in its own file; main.cpp registers them in this order.
#include "context.hpp"
#include "help.hpp"
#include "util/messages.hpp"

namespace cppcc::cli {

void register_db(CLI::App& app, Context& ctx);
void register_config(CLI::App& app, Context& ctx);
void register_member(CLI::App& app, Context& ctx);
void register_unit(CLI::App& app, Context& ctx);
// proposal add|list|show|history, then the lifecycle actions on the same group.
CLI::App* register_proposal(CLI::App& app, Context& ctx);
void register_proposal_workflow(CLI::App& proposal, Context& ctx);
void register_opinion(CLI::App& app, Context& ctx);
void register_studio(CLI::App& app, Context& ctx);
void register_activity(CLI::App& app, Context& ctx);
void register_article(CLI::App& app, Context& ctx);
void register_report(CLI::App& app, Context& ctx);
void register_remind(CLI::App& app, Context& ctx);
// rollup SOURCE… report annual: many committees' databases, read-only, side by side.
void register_rollup(CLI::App& app, Context& ctx);

} // namespace cppcc::cli
