#include "records/articles.hpp"

#include "records/field_columns.hpp"
#include "storage/articles.hpp"
#include "util/messages.hpp"

namespace cppcc::records {

namespace {

struct ArticleReading {
  Workspace& ws;
  Resolver& names;
  FieldReader& r;
};

using A = model::Article;

void read_title(ArticleReading& d, std::string_view key, A& a)
{
  if (d.r.has(key)) a.title = d.r.text(key);
  if (missing(d.r, key, a.title)) d.r.problem(key, msg::text("record.title_required"));
}

void read_level(ArticleReading& d, std::string_view key, A& a)
{
  if (d.r.has(key)) a.level = d.r.vocabulary(key, d.ws.config.levels);
}

void read_day(ArticleReading& d, std::string_view key, A& a)
{
  read_date(d.r, key, a.date);
  if (missing(d.r, key, a.date)) d.r.problem(key, msg::text("record.date_required"));
}

void read_authors(ArticleReading& d, std::string_view key, A& a)
{
  if (d.r.has(key)) a.authors = read_member_list(d.ws, d.names, d.r, key);
}

std::string authors(const A& a)
{
  return member_list(a.authors);
}

// The canonical article columns, in order; descriptive ones are read in this order.
const FieldTable<A, A, ArticleReading>& article_fields()
{
  static const FieldTable<A, A, ArticleReading> k_table = {
      {"code", Part::key, stored_cell<&A::code>},
      {"title", Part::description, stored_cell<&A::title>, read_title},
      {"outlet", Part::description, stored_cell<&A::outlet>, read_text<&A::outlet, ArticleReading>},
      {"level", Part::description, stored_cell<&A::level>, read_level},
      {"date", Part::description, stored_cell<&A::date>, read_day, CellKind::date},
      {"authors", Part::description, authors, read_authors},
  };
  return k_table;
}

} // namespace

const std::vector<std::string>& article_columns()
{
  return article_fields().keys();
}

const Columns& article_table()
{
  return article_fields();
}

std::vector<std::string> article_values(const model::Article& a)
{
  return article_fields().values(a);
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
  ArticleReading reading{ws, names, r};
  article_fields().read(reading, after);
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
