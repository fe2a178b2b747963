#include "storage/opinions.hpp"

#include "storage/columns.hpp"
#include "storage/sql_util.hpp"

namespace cppcc::storage {

namespace {

const Table<model::Opinion>& opinions()
{
  using O = model::Opinion;
  using namespace col;
  static const Table<O> k_table(
      "opinions", "",
      {key("id", &O::id), kept("code", &O::code), kept("title", &O::title), kept("body", &O::body),
       kept("submitter", &O::submitter), value("submitter_member_id", &O::submitter_member_id),
       kept("submitted", &O::submitted), text("sector", &O::sector), text("category", &O::category),
       kept("status", &O::status), text("issue_no", &O::issue_no), date("compiled", &O::compiled)});
  return k_table;
}

void load_details(Store& store, model::Opinion& o)
{
  auto& adoptions = store.prepared("SELECT level, date, body, combined FROM opinion_adoptions "
                                   "WHERE opinion_id = ? ORDER BY id");
  adoptions.bind(1, static_cast<int64_t>(o.id));
  while (adoptions.executeStep())
    o.adoptions.push_back({text_at(adoptions, 0), date_at(adoptions, 1), text_at(adoptions, 2),
                           adoptions.getColumn(3).getInt() != 0});
  auto& instructions = store.prepared("SELECT leader, level, date, text FROM "
                                      "opinion_instructions WHERE opinion_id = ? ORDER BY id");
  instructions.bind(1, static_cast<int64_t>(o.id));
  while (instructions.executeStep())
    o.instructions.push_back({text_at(instructions, 0), text_at(instructions, 1),
                              date_at(instructions, 2), text_at(instructions, 3)});
}

void write_details(Store& store, const model::Opinion& o)
{
  for (const char* sql : {"DELETE FROM opinion_adoptions WHERE opinion_id = ?",
                          "DELETE FROM opinion_instructions WHERE opinion_id = ?"}) {
    auto& remove = store.prepared(sql);
    remove.bind(1, static_cast<int64_t>(o.id));
    remove.exec();
  }
  auto& adopt = store.prepared("INSERT INTO opinion_adoptions(opinion_id, level, date, body, "
                               "combined) VALUES (?, ?, ?, ?, ?)");
  for (const auto& a : o.adoptions) {
    adopt.bind(1, static_cast<int64_t>(o.id));
    adopt.bind(2, a.level);
    bind_date(adopt, 3, a.date);
    bind_text(adopt, 4, a.body);
    adopt.bind(5, a.combined ? 1 : 0);
    adopt.exec();
    adopt.reset();
  }
  auto& instruct = store.prepared("INSERT INTO opinion_instructions(opinion_id, leader, level, "
                                  "date, text) VALUES (?, ?, ?, ?, ?)");
  for (const auto& i : o.instructions) {
    instruct.bind(1, static_cast<int64_t>(o.id));
    instruct.bind(2, i.leader);
    bind_text(instruct, 3, i.level);
    bind_date(instruct, 4, i.date);
    bind_text(instruct, 5, i.text);
    instruct.exec();
    instruct.reset();
  }
}

} // namespace

std::optional<model::Opinion> find_opinion(Store& store, std::string_view code)
{
  auto& s =
      store.prepared(sql_once([] { return opinions().select("opinions", "WHERE code = ?"); }));
  s.bind(1, std::string(code));
  if (!s.executeStep()) return std::nullopt;
  model::Opinion o = opinions().read(s);
  s.reset();
  load_details(store, o);
  return o;
}

long insert_opinion(Store& store, const model::Opinion& opinion, std::string_view now)
{
  auto& s = store.prepared(sql_once([] {
    return opinions().insert_sql({"created_at", "updated_at"});
  }));
  opinions().bind(s, opinion);
  s.bind(opinions().written() + 1, std::string(now));
  s.exec();
  model::Opinion saved = opinion;
  saved.id = static_cast<long>(store.db().getLastInsertRowid());
  write_details(store, saved);
  return saved.id;
}

void update_opinion(Store& store, const model::Opinion& opinion, std::string_view now)
{
  auto& s = store.prepared(sql_once([] { return opinions().update_sql({"updated_at"}); }));
  opinions().bind(s, opinion);
  s.bind(opinions().written() + 1, std::string(now));
  s.bind(opinions().written() + 2, static_cast<int64_t>(opinion.id));
  s.exec();
  write_details(store, opinion);
}

std::vector<model::Opinion> list_opinions(Store& store)
{
  auto& s = store.prepared(sql_once([] { return opinions().select("opinions", "ORDER BY code"); }));
  std::vector<model::Opinion> out;
  while (s.executeStep())
    out.push_back(opinions().read(s));
  for (auto& o : out)
    load_details(store, o);
  return out;
}

std::vector<std::string> opinions_matching(Store& store, const std::string& submitted,
                                           const std::string& title, const std::string& submitter,
                                           std::optional<long> member_id)
{
  auto& s = store.prepared("SELECT code FROM opinions WHERE submitted = ? AND title = ? AND "
                           "(submitter_member_id = ? OR (? IS NULL AND submitter_member_id IS "
                           "NULL AND submitter = ?)) ORDER BY code");
  s.bind(1, submitted);
  s.bind(2, title);
  if (member_id) {
    s.bind(3, static_cast<int64_t>(*member_id));
    s.bind(4, static_cast<int64_t>(*member_id));
  }
  s.bind(5, submitter);
  std::vector<std::string> codes;
  while (s.executeStep())
    codes.push_back(text_at(s, 0));
  return codes;
}

} // namespace cppcc::storage
