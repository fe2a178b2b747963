#include "scoring/report.hpp"

#include "records/members.hpp"
#include "records/references.hpp"
#include "scoring/score.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace cppcc::scoring {

namespace {

using render::Value;

// Builds the file's tables with labels of the `score` group.
class FileWriter {
public:
  explicit FileWriter(records::Workspace& ws) : m_ws(ws), m_c(ws.config) {}

  render::Table table(const char* key, std::initializer_list<const char*> columns,
                      std::initializer_list<const char*> numbers = {}) const
  {
    render::Table t;
    t.key = key;
    t.title = word(key);
    for (const char* column : columns) {
      const bool number = std::any_of(numbers.begin(), numbers.end(),
                                      [&](const char* n) { return std::string_view(n) == column; });
      t.columns.push_back(
          {column, word(column), number ? render::Type::number : render::Type::text});
    }
    return t;
  }

  std::string word(std::string_view key) const { return m_ws.label("score", key); }
  std::string level(const std::string& id) const { return m_c.levels.label(id, m_ws.lang); }
  std::string yes(bool value) const { return value ? m_ws.label("words", "yes") : ""; }

  render::Table proposals(const std::vector<storage::ProposalPart>& parts) const
  {
    render::Table t = table(
        "proposals", {"code", "title", "role", "submitted", "status", "filed", "key", "excellent"});
    for (const auto& p : parts)
      t.rows.push_back({p.code, p.title,
                        word(p.role == storage::ProposalRole::lead ? "lead" : "cosigner"),
                        Value::date(p.submitted), m_c.proposal_states.label(p.status, m_ws.lang),
                        Value::date(p.filed), yes(p.key), yes(p.excellent)});
    return t;
  }

  render::Table opinions(const std::vector<model::Opinion>& opinions) const
  {
    render::Table t = table("opinions", {"code", "title", "submitted", "status", "issue_no",
                                         "compiled", "adoptions", "instructions"});
    for (const auto& o : opinions) {
      std::vector<std::string> adoptions, instructions;
      for (const auto& a : o.adoptions)
        adoptions.push_back(joined(
            {level(a.level), a.body, util::iso(a.date), word(a.combined ? "combined" : "single")}));
      for (const auto& i : o.instructions)
        instructions.push_back(joined({i.leader, level(i.level), util::iso(i.date)}));
      t.rows.push_back({o.code, o.title, Value::date(o.submitted),
                        m_c.opinion_statuses.label(o.status, m_ws.lang), o.issue_no,
                        Value::date(o.compiled), util::join(adoptions, "; "),
                        util::join(instructions, "; ")});
    }
    return t;
  }

  render::Table activities(const std::vector<model::Activity>& activities, long member_id) const
  {
    render::Table t =
        table("activities", {"code", "date", "kind", "title", "organiser", "attendance"});
    for (const auto& a : activities)
      for (const auto& p : a.participants)
        if (p.member.id == member_id)
          t.rows.push_back({a.code, Value::date(a.date),
                            m_c.activity_kinds.label(a.kind, m_ws.lang), a.title,
                            a.studio_id ? a.studio : word("office"), word(p.attendance)});
    return t;
  }

  render::Table articles(const std::vector<model::Article>& articles) const
  {
    render::Table t = table("articles", {"code", "date", "title", "outlet", "level", "authors"});
    for (const auto& a : articles) {
      std::vector<std::string> authors;
      for (const auto& author : a.authors)
        authors.push_back(author.name);
      t.rows.push_back({a.code, Value::date(a.date), a.title, a.outlet, level(a.level),
                        util::join(authors, ";")});
    }
    return t;
  }

  render::Table score(const MemberScore& m) const
  {
    render::Table t = table("score_table", {"item", "count", "points", "cap", "capped"},
                            {"count", "points", "cap"});
    t.key = "score";
    for (const auto& s : m.items)
      t.rows.push_back({s.item->label(m_ws.lang), Value::integer(s.count), points(s.points),
                        s.item->cap ? points(*s.item->cap) : Value(), yes(s.capped)});
    return t;
  }

  render::Table derivation(const MemberScore& m) const
  {
    render::Table t =
        table("derivation", {"item", "date", "record", "title", "detail", "points", "counted"},
              {"points", "counted"});
    for (const auto& line : m.lines) {
      const Item& item = item_of(line.item);
      t.rows.push_back({item.label(m_ws.lang), Value::date(line.date), line.code, line.title,
                        detail(item, line), points(line.points), points(line.counted)});
    }
    return t;
  }

private:
  static std::string joined(const std::vector<std::string>& parts)
  {
    std::vector<std::string> given;
    for (const auto& part : parts)
      if (!part.empty()) given.push_back(part);
    return util::join(given, " · ");
  }

  const Item& item_of(const std::string& id) const
  {
    for (const auto& item : scoring::rules(m_c).items)
      if (item.id == id) return item;
    return scoring::rules(m_c).items.front(); // lines only come from the rules' items
  }

  // What about the record earned the points, in words.
  std::string detail(const Item& item, const Line& line) const
  {
    switch (item.source) {
    case Source::activity:
      return joined(
          {m_c.activity_kinds.label(line.kind_id, m_ws.lang), word(line.attendance), line.note});
    case Source::lead_proposal:
    case Source::cosigned_proposal:
      return joined({word(line.role), m_c.proposal_states.label(line.status, m_ws.lang)});
    case Source::opinion:
      return joined({m_c.opinion_statuses.label(line.status, m_ws.lang), line.note});
    case Source::opinion_adoption:
      return joined({level(line.level), line.note, word(line.combined ? "combined" : "single")});
    case Source::opinion_instruction:
      return joined({line.note, level(line.level)});
    case Source::article:
      return joined({level(line.level), line.note,
                     line.shared_by > 1 ? fmt::format("1/{}", line.shared_by) : ""});
    }
    return {};
  }

  records::Workspace& m_ws;
  const config::Config& m_c;
};

// The member's score with its lines, ranked among every active member, else (a
// member who has left) unranked.
MemberScore score_of(records::Workspace& ws, const model::Member& member, int year)
{
  const auto& rules = scoring::rules(ws.config);
  MemberScore score =
      score_members(rules, year, {member},
                    storage::member_year(ws.store, storage::year_period(year), member.id))
          .members.front();
  score.rank = 0;
  for (const auto& m : score_year(ws.store, rules, year).members)
    if (m.member.id == member.id) score.rank = m.rank;
  return score;
}

} // namespace

render::Document member_file(records::Workspace& ws, std::string_view code, int year)
{
  const model::Member member = records::member_named(ws, code);
  render::Document doc = records::member_document(ws, member.code);
  const FileWriter w(ws);
  doc.title = msg::text_in(ws.lang, "scoring.member_file_title", member.name, member.code, year);

  const MemberScore score = score_of(ws, member, year);
  const auto number = render::Type::number;
  doc.fields.push_back({"year", w.word("year"), Value::integer(year), number});
  doc.fields.push_back({"base", w.word("base"), points(scoring::rules(ws.config).base), number});
  doc.fields.push_back({"total", w.word("total"), points(score.total), number});
  doc.fields.push_back({"grade", w.word("grade"), score.grade->label(ws.lang)});
  doc.fields.push_back(
      {"rank", w.word("rank"), score.rank ? Value::integer(score.rank) : Value(), number});

  const storage::MemberYear records =
      storage::member_year(ws.store, storage::year_period(year), member.id);
  doc.tables.push_back(w.proposals(records.proposals));
  doc.tables.push_back(w.opinions(records.opinions));
  doc.tables.push_back(w.activities(records.activities, member.id));
  doc.tables.push_back(w.articles(records.articles));
  doc.tables.push_back(w.score(score));
  doc.tables.push_back(w.derivation(score));
  return doc;
}

} // namespace cppcc::scoring
