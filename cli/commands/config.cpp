// cppcc config show
#include "commands/commands.hpp"

#include <cstdio>
#include <fmt/format.h>

namespace cppcc::cli {

void register_config(CLI::App& app, Context& ctx)
{
  CLI::App* config = app.add_subcommand("config");
  config->require_subcommand(1);
  example(config, "cppcc config show");
  CLI::App* show = config->add_subcommand("show");
  example(show, "cppcc --config cppcc.yaml config show");
  ctx.run_plain(show, [&ctx] {
    const config::Config& c = ctx.config();
    std::string text = "# sources: " + fmt::format("{}", fmt::join(c.sources(), ", ")) + "\n";
    text += c.dump();
    write_stdout(text);
  });
}

} // namespace cppcc::cli
