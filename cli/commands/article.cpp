// cppcc article import|export
#include "commands/commands.hpp"
#include "commands/exchange.hpp"

namespace cppcc::cli {

void register_article(CLI::App& app, Context& ctx)
{
  CLI::App* article = app.add_subcommand("article", "publicity articles (宣传信息)");
  article->require_subcommand(1);
  example(article, "cppcc article import 宣传信息.csv");
  add_import(article, ctx, "article", "cppcc article import 宣传信息.csv");
  add_export(article, ctx, "article", {}, "cppcc article export --bom --out 宣传信息.csv");
}

} // namespace cppcc::cli
