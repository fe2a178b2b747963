#pragma once
// Lists and record views of the year's other records — activities, articles, opinions,
// studios — as render models: canonical columns, values shown as labels in the chosen
// language (exports keep the ids).
#include "records/workspace.hpp"
#include "render/document.hpp"

#include <optional>
#include <string>

namespace cppcc::records {

struct ActivityFilter {
  std::optional<int> year;
  std::string kind;   // any form of a configured kind
  std::string studio; // a studio's name; "office" for those the office organised
};

struct ArticleFilter {
  std::optional<int> year;
  std::string level;
};

struct OpinionFilter {
  std::optional<int> year; // by submitted date
  std::string status;
};

struct StudioFilter {
  bool with_delisted = false;
};

render::Table activity_table(Workspace& ws, const ActivityFilter& filter);
render::Table article_table(Workspace& ws, const ArticleFilter& filter);
render::Table opinion_table(Workspace& ws, const OpinionFilter& filter);
render::Table studio_table(Workspace& ws, const StudioFilter& filter);

// One activity with its participants and their attendance.
render::Document activity_document(Workspace& ws, std::string_view code);
// One opinion with its adoptions, instructions and history.
render::Document opinion_document(Workspace& ws, std::string_view code);
// One studio with its members, and its activities and their figures in `year` (all
// years when not given).
render::Document studio_document(Workspace& ws, std::string_view name, std::optional<int> year);

} // namespace cppcc::records
