#include "storage/articles.hpp"

#include "storage/columns.hpp"
#include "storage/member_refs.hpp"
#include "storage/sql_util.hpp"

#include <fmt/format.h>

namespace cppcc::storage {

namespace {

const Table<model::Article>& articles()
{
  using A = model::Article;
  using namespace col;
  static const Table<A> k_table("articles", "",
                                {key("id", &A::id), kept("code", &A::code),
                                 kept("title", &A::title), text("outlet", &A::outlet),
                                 text("level", &A::level), kept("date", &A::date)});
  return k_table;
}

void load_authors(Store& store, model::Article& a)
{
  a.authors = member_refs(store,
                          fmt::format("SELECT m.id, {} FROM article_authors x JOIN members m ON "
                                      "m.id = x.member_id WHERE x.article_id = ?1 ORDER BY "
                                      "x.position",
                                      k_member_label),
                          a.id);
}

void write_authors(Store& store, const model::Article& a)
{
  auto& remove = store.prepared("DELETE FROM article_authors WHERE article_id = ?");
  remove.bind(1, static_cast<int64_t>(a.id));
  remove.exec();
  auto& insert = store.prepared(
      "INSERT OR IGNORE INTO article_authors(article_id, member_id, position) VALUES (?, ?, ?)");
  int position = 0;
  for (const auto& author : a.authors) {
    insert.bind(1, static_cast<int64_t>(a.id));
    insert.bind(2, static_cast<int64_t>(author.id));
    insert.bind(3, ++position);
    insert.exec();
    insert.reset();
  }
}

} // namespace

std::optional<model::Article> find_article(Store& store, std::string_view code)
{
  auto& s =
      store.prepared(sql_once([] { return articles().select("articles", "WHERE code = ?"); }));
  s.bind(1, std::string(code));
  if (!s.executeStep()) return std::nullopt;
  model::Article a = articles().read(s);
  s.reset();
  load_authors(store, a);
  return a;
}

long insert_article(Store& store, const model::Article& article, std::string_view now)
{
  auto& s = store.prepared(sql_once([] {
    return articles().insert_sql({"created_at", "updated_at"});
  }));
  articles().bind(s, article);
  s.bind(articles().written() + 1, std::string(now));
  s.exec();
  model::Article saved = article;
  saved.id = static_cast<long>(store.db().getLastInsertRowid());
  write_authors(store, saved);
  return saved.id;
}

void update_article(Store& store, const model::Article& article, std::string_view now)
{
  auto& s = store.prepared(sql_once([] { return articles().update_sql({"updated_at"}); }));
  articles().bind(s, article);
  s.bind(articles().written() + 1, std::string(now));
  s.bind(articles().written() + 2, static_cast<int64_t>(article.id));
  s.exec();
  write_authors(store, article);
}

std::vector<model::Article> list_articles(Store& store)
{
  auto& s =
      store.prepared(sql_once([] { return articles().select("articles", "ORDER BY date, code"); }));
  std::vector<model::Article> out;
  while (s.executeStep())
    out.push_back(articles().read(s));
  for (auto& a : out)
    load_authors(store, a);
  return out;
}

std::vector<std::string> articles_matching(Store& store, const std::string& date,
                                           const std::string& title)
{
  auto& s = store.prepared("SELECT code FROM articles WHERE date = ? AND title = ? ORDER BY code");
  s.bind(1, date);
  s.bind(2, title);
  std::vector<std::string> codes;
  while (s.executeStep())
    codes.push_back(text_at(s, 0));
  return codes;
}

} // namespace cppcc::storage
