#pragma once
// What commands and reports produce: a model of fields and tables that the shared
// renderers turn into an aligned terminal table, CSV, Markdown or JSON. Nothing in
// lib/ formats output for one format only.
#include <string>
#include <vector>

namespace cppcc::render {

enum class Format { table, csv, md, json };

enum class Type { text, number };

struct Column {
  std::string key;   // canonical id: CSV header, JSON key
  std::string label; // what a person reads (table, Markdown)
  Type type = Type::text;
};

struct Table {
  std::string key;   // JSON key when the table is part of a document
  std::string title; // shown above the table in table/Markdown form, if not empty
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
};

// A labelled value: a record's field, or a report's figure.
struct Field {
  std::string key;
  std::string label;
  std::string value;
  Type type = Type::text;
};

struct Document {
  std::string title;
  std::vector<Field> fields;
  std::vector<Table> tables;
};

// A list: one table. CSV has the column keys as header; JSON is an array of objects.
std::string render(const Table& table, Format format);
// A record or report: fields then tables. CSV is key,label,value rows for the fields
// followed by each table; JSON is {"title", "fields": {key: value}, "tables": {key: […]}}.
std::string render(const Document& document, Format format);

// Neutralises a cell that a spreadsheet would run as a formula (= + - @ at the start).
std::string spreadsheet_safe(const std::string& cell);

} // namespace cppcc::render
