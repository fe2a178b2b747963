#pragma once
// Publicity articles (宣传信息) and their member authors, in the database.
#include "model/records.hpp"
#include "storage/store.hpp"

#include <optional>
#include <string_view>

namespace cppcc::storage {

std::optional<model::Article> find_article(Store& store, std::string_view code);
// Insert and update write the authors too, in their order.
long insert_article(Store& store, const model::Article& article, std::string_view now);
void update_article(Store& store, const model::Article& article, std::string_view now);
// Every article with its authors, by date then code.
std::vector<model::Article> list_articles(Store& store);

} // namespace cppcc::storage
