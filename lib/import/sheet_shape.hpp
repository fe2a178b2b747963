#pragma once
// The shapes ledgers take around their table, as offices write them in Excel or WPS and
// save as CSV: title rows above the header, totals and signature lines below the rows,
// cells wrapped onto several lines.
#include <string>
#include <string_view>
#include <vector>

namespace cppcc::import {

// How many non-blank rows from the top are searched for the header row.
constexpr int k_header_search_rows = 30;

// Whether a row closes a ledger rather than holding a record: a total (合计, 总计, 小计,
// 共计) or a signature or note line (填表人：…, 制表人, 审核人, 注：…), told by its first
// non-blank cell. Only such rows AT THE END of a file are left out (see importer.cpp).
bool is_closing_row(const std::vector<std::string>& cells);

// The first non-blank cell of a row, trimmed and cut to `max_chars` characters (with …),
// to name a row left out in the summary.
std::string row_caption(const std::vector<std::string>& cells, std::size_t max_chars = 20);

enum class ListCell { no, yes };

// A cell of a one-line field as a wrapped spreadsheet cell holds it: without the spaces and
// line breaks around it (ideographic spaces too), and each line break inside it (with the
// spaces around it) joined: in a list column (names, units) as a ';' between two items, else
// as nothing between two Chinese characters and one space otherwise. A cell without a line
// break is returned as it is, trimmed.
std::string fold_line_breaks(std::string_view cell, ListCell list);

// Whether `column` holds a list of names (co-signers, units, participants …), split on
// ; ； 、 , ，.
bool is_list_column(std::string_view column);

} // namespace cppcc::import
