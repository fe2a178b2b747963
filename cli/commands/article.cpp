// cppcc article add|list|import|export
#include "commands/commands.hpp"
#include "commands/exchange.hpp"
#include "io/dates.hpp"
#include "records/articles.hpp"
#include "records/year_views.hpp"

#include <fmt/format.h>

namespace cppcc::cli {

void register_article(CLI::App& app, Context& ctx)
{
  CLI::App* article = app.add_subcommand("article");
  article->require_subcommand(1);
  example(article, "cppcc article list --year 2023 --level province");

  CLI::App* add = article->add_subcommand("add");
  auto fields = std::make_shared<records::Fields>();
  field_options(add, records::article_columns(), fields, {"title", "date"});
  example(add, "cppcc article add --title 区政协开展民主监督 --outlet 陕西日报 --level 省 "
               "--date 2023-06-02 --authors 张明");
  ctx.run(add, Need::write, [&ctx, fields](records::Workspace& ws) {
    const model::Article a = records::add_article(ws, *fields);
    ctx.say(msg::text("cli.added_article", a.code, a.title));
  });

  CLI::App* list = article->add_subcommand("list");
  auto filter = std::make_shared<records::ArticleFilter>();
  auto year = std::make_shared<int>(0);
  list->add_option("--year", *year)->check(CLI::Range(io::k_first_year, io::k_last_year));
  list->add_option("--level", filter->level);
  example(list, "cppcc article list --year 2023 --level 省 --format csv");
  ctx.run(list, Need::read, [&ctx, filter, year](records::Workspace& ws) {
    records::ArticleFilter f = *filter;
    if (*year) f.year = *year;
    ctx.print(records::article_table(ws, f));
  });

  add_import(article, ctx, "article", "cppcc article import 宣传信息.csv");
  add_export(article, ctx, "article", {}, "cppcc article export --bom --out 宣传信息.csv");
}

} // namespace cppcc::cli
