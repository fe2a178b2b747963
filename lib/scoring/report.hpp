#pragma once
// Member scores as the commands show them: the ranked table of `cppcc member score`
// and the member file (履职档案) of `cppcc member show CODE --year Y`, labelled in the
// workspace's language.
#include "records/workspace.hpp"
#include "render/document.hpp"

#include <string_view>

namespace cppcc::scoring {

// Every active member's score for `year`: rank, code, name, sector, one column per
// item (keyed by the item's id), total, grade. With `sector` (an id or label) only
// that sector's members are listed; their ranks stay those of the whole committee.
render::Table score_table(records::Workspace& ws, int year, std::string_view sector);

// The member's fields, their year in records — proposals led or co-signed, opinions
// with adoptions and instructions, activities with attendance, articles — their
// score (total, grade, rank, points by item) and its derivation record by record.
// A member who has left is scored but not ranked. Unknown members are DataError.
render::Document member_file(records::Workspace& ws, std::string_view code, int year);

} // namespace cppcc::scoring
