#pragma once
// Publicity articles (宣传信息): import rows and canonical values.
#include "records/record_rows.hpp"

namespace cppcc::records {

const std::vector<std::string>& article_columns();
// The same columns with what their cells hold (an .xlsx export types its cells by them).
const Columns& article_table();

// An import row: the article with this code is updated, else added. `level` is a
// configured level (district/city/province/national, 区/市/省/全国 …); `authors`
// name members.
Upserted upsert_article(Workspace& ws, Resolver& names, const Fields& fields);
// An import row without a code (Kind::code_for): the code of the article with its date
// and title, else a new X<year>-NNNN.
Fields article_code_for(Workspace& ws, const Fields& fields);
// `cppcc article add`: a new article from command options (canonical field → text);
// without --code the next free X<year>-NNNN. Problems name the options.
model::Article add_article(Workspace& ws, const Fields& fields);
// The article's canonical fields as stored.
std::vector<std::string> article_values(const model::Article& article);

} // namespace cppcc::records
