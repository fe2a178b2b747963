#include "records/articles.hpp"

#include "storage/articles.hpp"
#include "util/messages.hpp"

namespace cppcc::records {

namespace {

void read_article(Workspace& ws, Resolver& names, FieldReader& r, model::Article& a)
{
  if (r.has("title")) a.title = r.text("title");
  if (missing(r, "title", a.title)) r.problem("title", msg::text("record.title_required"));
  if (r.has("outlet")) a.outlet = r.text("outlet");
  if (r.has("level")) a.level = r.vocabulary("level", ws.config.levels);
  read_date(r, "date", a.date);
  if (missing(r, "date", a.date)) r.problem("date", msg::text("record.date_required"));
  if (r.has("authors")) a.authors = read_member_list(ws, names, r, "authors");
}

} // namespace

const std::vector<std::string>& article_columns()
{
  static const std::vector<std::string> k_columns = {"code",  "title", "outlet",
                                                     "level", "date",  "authors"};
  return k_columns;
}

std::vector<std::string> article_values(const model::Article& a)
{
  return {a.code, a.title, a.outlet, a.level, a.date, member_list(a.authors)};
}

namespace {

Upserted upsert_article_as(Workspace& ws, Resolver& names, const Fields& fields, Naming naming)
{
  check_fields(fields, article_columns(), "article");
  FieldReader r(fields, naming);
  const auto before = storage::find_article(ws.store, r.text("code"));
  model::Article after = before.value_or(model::Article{});
  after.code = r.text("code");
  if (missing(r, "code", after.code)) r.problem("code", msg::text("record.code_required"));
  read_article(ws, names, r, after);
  r.check();
  const RowSave save{"article", article_columns(),
                     [&] { storage::insert_article(ws.store, after, ws.now()); },
                     [&] { storage::update_article(ws.store, after, ws.now()); }};
  return save_row(ws, save, after.code,
                  before ? std::optional(article_values(*before)) : std::nullopt,
                  article_values(after));
}

} // namespace

Upserted upsert_article(Workspace& ws, Resolver& names, const Fields& fields)
{
  return upsert_article_as(ws, names, fields, Naming::column);
}

Fields article_code_for(Workspace& ws, const Fields& fields)
{
  const FieldReader r(fields, Naming::column);
  std::vector<std::string> matching;
  if (const auto date = io::parse_date(r.text("date")))
    matching = storage::articles_matching(ws.store, date->iso(), r.text("title"));
  return with_code_by_content(ws, fields, "articles", "X", "date", matching);
}

model::Article add_article(Workspace& ws, const Fields& given)
{
  const Fields fields =
      with_new_code(ws, given, "article", "articles", "X", "date", [&](const std::string& code) {
        return storage::find_article(ws.store, code).has_value();
      });
  Resolver names(ws, CreateMissing::no);
  upsert_article_as(ws, names, fields, Naming::option);
  return *storage::find_article(ws.store, fields.at("code"));
}

} // namespace cppcc::records
