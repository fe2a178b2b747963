#pragma once
// A record kind's table columns, described once (issue 21, "Stringly typed records"): for
// each column its SQL name and the member of the model struct it reads and writes. From
// that one list come the SELECT list, the row reader, the binder of INSERT and UPDATE and
// their column lists; no column number is written by hand.
//
//   const Table<model::Unit>& units()
//   {
//     using namespace col;
//     static const Table<model::Unit> k_table("units", "", {
//         key("id", &model::Unit::id),      // read; the row's key, never bound
//         kept("name", &model::Unit::name), // text, "" stored as ""
//         text("kind", &model::Unit::kind), // text, "" stored as NULL
//     });
//     return k_table;
//   }
//   auto& s = store.prepared(sql_once([] { return units().select("units", "WHERE name = ?"); }));
//   … units().read(s) … units().bind(s, unit) …
//
// Text is read as text_at reads it (NULL is ""), other values as their type (NULL is
// nullopt for an optional); text is bound without a copy (bind_kept), so the record must
// outlive the statement's step, as with bind_kept.
#include "storage/sql_util.hpp"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace cppcc::storage {

template <class R> struct Column {
  // What the INSERT and UPDATE of the table do with the column.
  enum class Role {
    key,     // the row's id: read, never bound; UPDATE … WHERE it
    written, // read, and bound by bind() in table order
    read,    // read only: an expression (a subquery, a joined name) or a column another
             // statement writes
  };
  using Reader = void (*)(SQLite::Statement&, int column, R&);
  using Binder = void (*)(SQLite::Statement&, int index, const R&);
  // A column no member holds as it is (a list, a pair of ids and names).
  struct Custom {
    Reader read = nullptr;
    Binder bind = nullptr; // for a written column
  };
  using Member = std::variant<std::string R::*, bool R::*, int R::*, long R::*, double R::*,
                              std::optional<int> R::*, std::optional<long> R::*,
                              std::optional<double> R::*, std::optional<util::Date> R::*, Custom>;

  const char* sql; // the column, or an expression, as the SELECT list names it
  Member member;
  Role role = Role::written;
  bool empty_is_null = false; // text: "" is bound as NULL

  void read(SQLite::Statement& s, int c, R& r) const
  {
    std::visit(
        [&](auto m) {
          using M = decltype(m);
          if constexpr (std::is_same_v<M, Custom>)
            m.read(s, c, r);
          else {
            auto& field = r.*m;
            using T = std::remove_reference_t<decltype(field)>;
            if constexpr (std::is_same_v<T, std::string>)
              field = text_at(s, c);
            else if constexpr (std::is_same_v<T, bool>)
              field = s.getColumn(c).getInt() != 0;
            else if constexpr (std::is_same_v<T, int>)
              field = s.getColumn(c).getInt();
            else if constexpr (std::is_same_v<T, long>)
              field = static_cast<long>(s.getColumn(c).getInt64());
            else if constexpr (std::is_same_v<T, double>)
              field = s.getColumn(c).getDouble();
            else if constexpr (std::is_same_v<T, std::optional<int>>)
              field = s.getColumn(c).isNull() ? T() : T(s.getColumn(c).getInt());
            else if constexpr (std::is_same_v<T, std::optional<long>>)
              field = id_at(s, c);
            else if constexpr (std::is_same_v<T, std::optional<util::Date>>)
              field = date_at(s, c);
            else
              field = s.getColumn(c).isNull() ? T() : T(s.getColumn(c).getDouble());
          }
        },
        member);
  }

  void bind(SQLite::Statement& s, int i, const R& r) const
  {
    std::visit(
        [&](auto m) {
          using M = decltype(m);
          if constexpr (std::is_same_v<M, Custom>)
            m.bind(s, i, r);
          else {
            const auto& field = r.*m;
            using T = std::remove_cv_t<std::remove_reference_t<decltype(field)>>;
            if constexpr (std::is_same_v<T, std::string>) {
              if (empty_is_null)
                bind_text(s, i, field);
              else
                bind_kept(s, i, field);
            } else if constexpr (std::is_same_v<T, bool>)
              s.bind(i, field ? 1 : 0);
            else if constexpr (std::is_same_v<T, long>)
              s.bind(i, static_cast<int64_t>(field));
            else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, double>)
              s.bind(i, field);
            else if constexpr (std::is_same_v<T, std::optional<long>>)
              bind_id(s, i, field);
            else if constexpr (std::is_same_v<T, std::optional<util::Date>>)
              bind_date(s, i, field, empty_is_null);
            else if (field)
              s.bind(i, *field);
            else
              s.bind(i);
          }
        },
        member);
  }
};

// The columns, by how they are stored (in a namespace of their own: a table's function
// says `using namespace col;`). Text "kept" is NOT NULL text ("" stays "");
// "text" is text whose "" is NULL; value() is any other member (bool as 0/1, an optional
// as NULL when empty).
namespace col {

template <class R> Column<R> key(const char* sql, long R::*m)
{
  return {sql, m, Column<R>::Role::key};
}
template <class R> Column<R> kept(const char* sql, std::string R::*m)
{
  return {sql, m};
}
template <class R> Column<R> text(const char* sql, std::string R::*m)
{
  return {sql, m, Column<R>::Role::written, true};
}
// A date stored as ISO text: "kept" binds "" when there is none (a NOT NULL column),
// date() NULL.
template <class R> Column<R> kept(const char* sql, std::optional<util::Date> R::*m)
{
  return {sql, m};
}
template <class R> Column<R> date(const char* sql, std::optional<util::Date> R::*m)
{
  return {sql, m, Column<R>::Role::written, true};
}
template <class R, class T> Column<R> value(const char* sql, T R::*m)
{
  return {sql, m};
}
// Written through functions: a member held otherwise than the column (studios' lead).
template <class R>
Column<R> custom(const char* sql, typename Column<R>::Reader read, typename Column<R>::Binder bind)
{
  return {sql, typename Column<R>::Custom{read, bind}};
}
// Read only: an expression, or a column written by a statement of its own.
template <class R, class T> Column<R> read_only(const char* sql, T R::*m)
{
  return {sql, m, Column<R>::Role::read};
}
template <class R> Column<R> read_only(const char* sql, typename Column<R>::Reader read)
{
  return {sql, typename Column<R>::Custom{read, nullptr}, Column<R>::Role::read};
}

} // namespace col

template <class R> class Table {
public:
  // `alias` qualifies the plain column names of the SELECT list ("p" → "p.code"), "" for
  // none; an expression (anything but a name) is left as it is.
  Table(const char* name, std::string_view alias, std::initializer_list<Column<R>> columns)
      : m_name(name), m_columns(columns)
  {
    for (const auto& c : m_columns) {
      if (!m_select.empty()) m_select += ", ";
      if (!alias.empty() && is_name(c.sql)) m_select.append(alias).append(".");
      m_select += c.sql;
      if (c.role == Column<R>::Role::key) m_key = c.sql;
      if (c.role != Column<R>::Role::written) continue;
      ++m_written;
      if (!m_names.empty()) m_names += ", ";
      m_names += c.sql;
    }
  }

  // "c1, c2, …": every column read, in order, qualified by the alias.
  const std::string& select_list() const { return m_select; }
  // "SELECT <select list> FROM <table> [alias] <rest>".
  std::string select(std::string_view from, std::string_view rest) const
  {
    std::string sql = "SELECT " + m_select + " FROM ";
    sql.append(from).append(" ").append(rest);
    return sql;
  }
  // How many columns the SELECT list reads: the first column after them is this.
  int size() const { return static_cast<int>(m_columns.size()); }
  // How many parameters bind() binds (1 … written()).
  int written() const { return m_written; }

  // The record of the current row, read from its columns 0 … size() - 1.
  R read(SQLite::Statement& s) const
  {
    R r;
    read(s, r);
    return r;
  }
  void read(SQLite::Statement& s, R& r) const
  {
    int c = 0;
    for (const auto& column : m_columns)
      column.read(s, c++, r);
  }
  // Binds every written column at 1 … written(), in table order.
  void bind(SQLite::Statement& s, const R& r) const
  {
    int i = 0;
    for (const auto& column : m_columns)
      if (column.role == Column<R>::Role::written) column.bind(s, ++i, r);
  }

  // "INSERT INTO t(<written>, <stamps>) VALUES (?, …, ?N, ?N)": every stamp column (such as
  // created_at, updated_at) takes parameter N = written() + 1.
  std::string insert_sql(std::initializer_list<const char*> stamps) const
  {
    std::string sql = "INSERT INTO " + m_name + "(" + m_names;
    for (const char* stamp : stamps)
      sql.append(", ").append(stamp);
    sql += ") VALUES (";
    for (int i = 0; i < m_written; ++i)
      sql += i == 0 ? "?" : ", ?";
    const std::string stamp = "?" + std::to_string(m_written + 1);
    for (std::size_t i = 0; i < stamps.size(); ++i)
      sql.append(", ").append(stamp);
    return sql + ")";
  }
  // "UPDATE t SET <written> = ?, …, <stamps> = ?N WHERE <key> = ?M": N = written() + 1,
  // M = written() + 2.
  std::string update_sql(std::initializer_list<const char*> stamps) const
  {
    std::string sql = "UPDATE " + m_name + " SET ";
    bool first = true;
    for (const auto& c : m_columns)
      if (c.role == Column<R>::Role::written) {
        sql.append(first ? "" : ", ").append(c.sql).append(" = ?");
        first = false;
      }
    const std::string stamp = "?" + std::to_string(m_written + 1);
    for (const char* s : stamps)
      sql.append(", ").append(s).append(" = ").append(stamp);
    return sql + " WHERE " + m_key + " = ?" + std::to_string(m_written + 2);
  }

private:
  static bool is_name(std::string_view sql)
  {
    for (const char c : sql)
      if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    return true;
  }

  std::string m_name;
  std::vector<Column<R>> m_columns;
  std::string m_select;
  std::string m_names; // the written columns, ", "-joined
  std::string m_key = "id";
  int m_written = 0;
};

// SQL built once, by `build`, the first time the statement is reached: the text of a
// cached statement is not formatted again for every look-up.
//   auto& s = store.prepared(sql_once([] { return units().select("units", "WHERE id = ?"); }));
// Each call site is its own lambda type, hence its own static.
template <class Build> const std::string& sql_once(Build build)
{
  static const std::string k_sql = build();
  return k_sql;
}

} // namespace cppcc::storage
