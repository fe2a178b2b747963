#pragma once
// What commands and reports produce: a model of fields and tables that the shared
// renderers turn into an aligned terminal table, CSV, Markdown or JSON. Nothing in
// lib/ formats output for one format only, nor a number before a renderer does: cells
// and fields are typed values (render/value.hpp).
#include "render/value.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cppcc::render {

enum class Format { table, csv, md, json };

// How a column or a field is laid out: a number column is right-aligned, and in JSON its
// values are bare (an empty one null) where a text column's are quoted strings.
enum class Type { text, number };

struct Column {
  std::string key;   // canonical id: CSV header, JSON key
  std::string label; // what a person reads (table, Markdown)
  Type type = Type::text;
};

using Row = std::vector<Value>;

// A row of `cells`, each put in once (a braced list copies every cell a second time): for
// the long lists.
template <class... Cells> Row row_of(Cells&&... cells)
{
  Row row;
  row.reserve(sizeof...(cells));
  (row.emplace_back(std::forward<Cells>(cells)), ...);
  return row;
}

struct Table {
  std::string key;   // JSON key when the table is part of a document
  std::string title; // shown above the table in table/Markdown form, if not empty
  std::vector<Column> columns;
  std::vector<Row> rows;
  // Said instead of a bare header when there are no rows, in table and Markdown form
  // (a report's empty section: 无); empty: the header is shown.
  std::string none;

  // The place in a row of the column keyed `key`: code reads a table's values by key,
  // never by position. std::out_of_range when the table has no such column.
  std::size_t column(std::string_view key) const;
};

// A labelled value: a record's field, or a report's figure.
struct Field {
  std::string key;
  std::string label;
  Value value;
  Type type = Type::text;
};

// The table keyed `key` of `tables`; std::out_of_range when there is none.
const Table& table_keyed(const std::vector<Table>& tables, std::string_view key);

struct Document {
  std::string title;
  std::vector<Field> fields;
  std::vector<Table> tables;

  const Table& table(std::string_view key) const { return table_keyed(tables, key); }
};

// A chart a person would rather look at than read; Markdown renders it as a Mermaid
// block (`pie`, or `xychart-beta` bars), other formats leave it out (its data is in
// the report's tables). Its points are numbers (counts, percents), labelled.
struct Chart {
  enum class Kind { pie, bars };
  Kind kind = Kind::pie;
  std::string title;
  std::string y_label; // bars: what the bars count
  std::vector<std::pair<std::string, Value>> data;
};

// A report (年度综述, 月通报 …): `head` values are the JSON document's top-level keys
// (year, committee); `figures` its "figures" object and the CSV's key,label,value rows;
// `summary` is prose, shown in table and Markdown form; `charts` Markdown only.
struct Report {
  std::string title;
  std::vector<Field> head;
  std::vector<Field> figures;
  std::string figures_title; // heading of the figures in table and Markdown form
  std::vector<std::string> summary;
  std::vector<Chart> charts;
  std::vector<Table> tables;

  const Table& table(std::string_view key) const { return table_keyed(tables, key); }
};

// What a CSV's header row holds: the column keys (ids, for scripts), or the columns'
// labels (for people: a Chinese office opens it in Excel). Export, which is for re-import,
// has its own writer.
enum class CsvHeader { keys, labels };

// A list: one table. CSV has the column keys (or labels) as header; JSON is an array of
// objects.
std::string render(const Table& table, Format format, CsvHeader header = CsvHeader::keys);
// A record or report: fields then tables. CSV is key,label,value rows for the fields
// followed by each table; JSON is {"title", "fields": {key: value}, "tables": {key: […]}}.
std::string render(const Document& document, Format format, CsvHeader header = CsvHeader::keys);

// A report. CSV is key,label,value rows of the figures only; JSON is
// {head keys…, "figures": {key: value}, "tables": {key: […]}}.
std::string render(const Report& report, Format format, CsvHeader header = CsvHeader::keys);

// Neutralises a cell that a spreadsheet would run as a formula (= + - @ at the start).
std::string spreadsheet_safe(const std::string& cell);

} // namespace cppcc::render
