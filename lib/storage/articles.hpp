#pragma once
// Publicity articles (宣传信息) and their member authors, in the database.
#include "model/records.hpp"
#include "storage/store.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::storage {

std::optional<model::Article> find_article(Store& store, std::string_view code);
// The codes of the articles of `date` titled `title`: what an import row without a code
// is matched by.
std::vector<std::string> articles_matching(Store& store, const std::string& date,
                                           const std::string& title);
// Insert and update write the authors too, in their order.
long insert_article(Store& store, const model::Article& article, std::string_view now);
void update_article(Store& store, const model::Article& article, std::string_view now);
// Every article with its authors, by date then code.
std::vector<model::Article> list_articles(Store& store);

} // namespace cppcc::storage
