// lib/records/ for the year's other records — studios, opinions, activities, articles:
// import rows inserted, unchanged on repeat, updated with an audit entry, and every
// validation problem; a member's studio column; the level and kind vocabularies.
#include "config/config.hpp"
#include "days.hpp"
#include "error.hpp"
#include "records/activities.hpp"
#include "records/articles.hpp"
#include "records/members.hpp"
#include "records/opinions.hpp"
#include "records/studios.hpp"
#include "storage/activities.hpp"
#include "storage/articles.hpp"
#include "storage/audit.hpp"
#include "storage/members.hpp"
#include "storage/opinions.hpp"
#include "storage/store.hpp"
#include "storage/studios.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

namespace cfg = cppcc::config;
namespace io = cppcc::io;
namespace model = cppcc::model;
namespace records = cppcc::records;
namespace storage = cppcc::storage;
using records::Upserted;
using Strings = std::vector<std::string>;

namespace {

bool contains(const std::string& text, std::string_view part)
{
  return text.find(part) != std::string::npos;
}

// An office over an in-memory database with four members and one studio.
struct Office {
  explicit Office(records::CreateMissing create = records::CreateMissing::no)
      : store(storage::Store::create(":memory:")),
        config(cfg::Config::from_text("", "test")), ws{store, config, "tester",
                                                       io::Date{2024, 3, 1}, cfg::Lang::en},
        names(ws, create)
  {
    records::add_member(ws, {{"code", "W001"}, {"name", "张明"}, {"sector", "教育界"}});
    records::add_member(ws, {{"code", "W002"}, {"name", "李华"}});
    records::add_member(ws, {{"code", "W003"}, {"name", "王玮"}});
    records::add_member(ws, {{"code", "W004"}, {"name", "赵敏"}});
    studio({{"name", "江北工作室"}, {"lead", "张明"}, {"members", "张明;李华"}});
  }

  Upserted studio(const records::Fields& f) { return records::upsert_studio(ws, names, f); }
  Upserted opinion(const records::Fields& f) { return records::upsert_opinion(ws, names, f); }
  Upserted activity(const records::Fields& f) { return records::upsert_activity(ws, names, f); }
  Upserted article(const records::Fields& f) { return records::upsert_article(ws, names, f); }
  Upserted member(const records::Fields& f) { return records::upsert_member(ws, f); }

  long member_id(const char* code) { return storage::find_member(store, code)->id; }
  std::vector<storage::AuditEntry> audit(const char* kind, const char* key)
  {
    return storage::audit_of(store, kind, key);
  }
  // The changes of the last audit entry, as "field: old → new".
  Strings last_changes(const char* kind, const char* key)
  {
    const auto entries = audit(kind, key);
    REQUIRE(!entries.empty());
    Strings out;
    for (const auto& c : entries.back().changes)
      out.push_back(c.field + ": " + c.before + " → " + c.after);
    return out;
  }

  storage::Store store;
  cfg::Config config;
  records::Workspace ws;
  records::Resolver names;
};

// The DataError message `upsert` gives; fails the test if it gives none.
template <class Upsert> std::string refusal(Upsert upsert)
{
  try {
    upsert();
  } catch (const cppcc::DataError& e) {
    return e.what();
  }
  FAIL("no DataError");
  return "";
}

const records::Fields k_opinion = {{"code", "S1"},
                                   {"title", "关于校园周边交通的建议"},
                                   {"submitter", "张明"},
                                   {"submitted", "2023年3月10日"},
                                   {"issue_no", "第5期"},
                                   {"compiled", "2023/3/20"},
                                   {"adopted_levels", "市；省级"},
                                   {"instructed_by", "王书记"}};

const records::Fields k_activity = {{"code", "A1"},           {"kind", "微协商"},
                                    {"date", "2023-03-05"},   {"title", "加装电梯微协商"},
                                    {"studio", "江北工作室"}, {"participants", "张明、W002"},
                                    {"excused", "王玮"},      {"absent", ""},
                                    {"suggestions", "5"},     {"disputes_resolved", "2"},
                                    {"problems_solved", ""}};

const records::Fields k_article = {{"code", "X1"},         {"title", "委员走进社区"},
                                   {"outlet", "安康日报"}, {"level", "全国"},
                                   {"date", "2023-06-01"}, {"authors", "张明;王玮"}};

} // namespace

TEST_SUITE("year records")
{
  TEST_CASE("levels accept ids, labels and the short names; their ids are fixed")
  {
    const cfg::Config c = cfg::Config::from_text("", "test");
    for (const char* text : {"district", "区", "区级"})
      CHECK(c.levels.require(text) == "district");
    CHECK(c.levels.require("市") == "city");
    CHECK(c.levels.require("省") == "province");
    CHECK(c.levels.require("全国") == "national");
    CHECK(c.levels.require("国家级") == "national");
    CHECK(c.levels.label("city", cfg::Lang::zh) == "市级");
    CHECK(c.opinion_statuses.require("已编发") == "compiled");
    CHECK(c.activity_kinds.require("接待来访考察") == "reception");
    CHECK(c.activity_kinds.entries().size() == 13);
    CHECK_THROWS_AS(cfg::Config::from_text("levels:\n  - {id: township, zh: 镇级}\n", "o.yaml"),
                    cppcc::ConfigError);
    const cfg::Config relabelled = cfg::Config::from_text(
        "opinion:\n  statuses:\n    - received\n    - {id: compiled, zh: 编发}\n    - not_used\n",
        "o.yaml");
    CHECK(relabelled.opinion_statuses.require("编发") == "compiled");
  }

  // ---- studios -------------------------------------------------------------------------

  TEST_CASE("a studio row is inserted once, then unchanged, and a change is audited")
  {
    Office office;
    const records::Fields row = {{"name", "新城工作室"},    {"lead", "W003"},
                                 {"members", "王玮，赵敏"}, {"place", "新城街道"},
                                 {"brand", "是"},           {"score", "92.50"}};
    CHECK(office.studio(row) == Upserted::inserted);
    const model::Studio s = *storage::find_studio(office.store, "新城工作室");
    REQUIRE(s.lead.has_value());
    CHECK(s.lead->id == office.member_id("W003"));
    CHECK(records::studio_values(s) ==
          Strings{"新城工作室", "王玮", "王玮;赵敏", "新城街道", "yes", "no", "92.5", "", ""});
    CHECK(office.studio(row) == Upserted::unchanged);
    CHECK(office.audit("studio", "新城工作室").size() == 1);

    records::Fields changed = row;
    changed["score"] = "88";
    changed["delisted"] = "2023-12-01";
    changed["delist_reason"] = "考核不合格";
    CHECK(office.studio(changed) == Upserted::updated);
    CHECK(office.last_changes("studio", "新城工作室") ==
          Strings{"score: 92.5 → 88", "delisted:  → 2023-12-01", "delist_reason:  → 考核不合格"});
    CHECK(office.audit("studio", "新城工作室").back().action == "import");
  }

  TEST_CASE("bad studio rows name each problem")
  {
    Office office;
    auto bad = [&](records::Fields row) {
      row.emplace("name", "新城工作室");
      return refusal([&] { office.studio(row); });
    };
    CHECK(contains(bad({{"score", "-1"}}), "column 'score': cannot read score '-1'"));
    CHECK(contains(bad({{"score", "九十"}}), "cannot read score '九十'"));
    CHECK(contains(bad({{"brand", "maybe"}}), "column 'brand': cannot read yes/no 'maybe'"));
    CHECK(contains(bad({{"delisted", "2023-02-30"}}), "column 'delisted': cannot read date"));
    CHECK(contains(bad({{"delist_reason", "撤销"}}), "a delist reason needs the date"));
    CHECK(contains(bad({{"lead", "王伟"}}),
                   "column 'lead': no member '王伟' (did you mean '王玮'?)"));
    CHECK(contains(bad({{"members", "王玮;W003"}}), "column 'members': 'W003' is listed twice"));
    CHECK(contains(bad({{"members", "李华"}}), "'李华' belongs to studio '江北工作室'"));
    CHECK(contains(refusal([&] { office.studio({{"name", ""}}); }), "a name is required"));
    // A delisted studio keeps its members as history.
    CHECK(office.studio({{"name", "旧工作室"}, {"members", "李华"}, {"delisted", "2022-12-31"}}) ==
          Upserted::inserted);
    CHECK(storage::find_member(office.store, "W002")->studio == "江北工作室");
  }

  TEST_CASE("a member's studio column joins, moves and leaves listed studios")
  {
    Office office;
    CHECK(storage::find_member(office.store, "W001")->studio == "江北工作室");
    office.studio({{"name", "新城工作室"}});
    CHECK(office.member({{"code", "W002"}, {"studio", "新城工作室"}}) == Upserted::updated);
    CHECK(office.last_changes("member", "W002") == Strings{"studio: 江北工作室 → 新城工作室"});
    CHECK(records::studio_values(*storage::find_studio(office.store, "江北工作室"))[2] == "张明");
    CHECK(records::studio_values(*storage::find_studio(office.store, "新城工作室"))[2] == "李华");

    const model::Member li = *storage::find_member(office.store, "W002");
    records::Fields again;
    for (std::size_t i = 0; i < records::member_columns().size(); ++i)
      again[records::member_columns()[i]] = records::member_values(li)[i];
    CHECK(office.member(again) == Upserted::unchanged);

    CHECK(office.member({{"code", "W002"}, {"studio", ""}}) == Upserted::updated);
    CHECK(storage::find_member(office.store, "W002")->studio.empty());
    CHECK(contains(refusal([&] {
                     office.member({{"code", "W002"}, {"studio", "新成工作室"}});
                   }),
                   "column 'studio': no studio '新成工作室' (did you mean '新城工作室'"));
    office.studio({{"name", "旧工作室"}, {"delisted", "2022-12-31"}});
    CHECK(contains(refusal([&] {
                     office.member({{"code", "W002"}, {"studio", "旧工作室"}});
                   }),
                   "studio '旧工作室' was delisted on 2022-12-31"));
  }

  // ---- opinions ------------------------------------------------------------------------

  TEST_CASE("an opinion row links its member, reads levels in any form and is compiled")
  {
    Office office;
    CHECK(office.opinion(k_opinion) == Upserted::inserted);
    const model::Opinion o = *storage::find_opinion(office.store, "S1");
    CHECK(o.submitter_member_id == office.member_id("W001"));
    CHECK(records::opinion_values(o) == Strings{"S1", "关于校园周边交通的建议", "", "张明",
                                                "2023-03-10", "教育界", "", "compiled", "第5期",
                                                "2023-03-20", "city;province", "王书记"});
    CHECK(office.opinion(k_opinion) == Upserted::unchanged);
    CHECK(office.audit("opinion", "S1").size() == 1);
  }

  TEST_CASE("an opinion from a citizen keeps the name as text and starts received")
  {
    Office office;
    CHECK(office.opinion({{"code", "S2"},
                          {"title", "垃圾处理"},
                          {"submitter", "刘群众"},
                          {"submitted", "2023-04-01"}}) == Upserted::inserted);
    const model::Opinion o = *storage::find_opinion(office.store, "S2");
    CHECK(o.submitter == "刘群众");
    CHECK_FALSE(o.submitter_member_id.has_value());
    CHECK(o.status == "received");
  }

  TEST_CASE("re-importing an opinion's levels keeps the details of adoptions still listed")
  {
    Office office;
    office.opinion(k_opinion);
    model::Opinion o = *storage::find_opinion(office.store, "S1");
    o.adoptions[0].body = "市委办";
    o.adoptions[0].date = day("2023-04-02");
    storage::update_opinion(office.store, o, "2024-03-01 09:00:00");

    records::Fields row = k_opinion;
    row["adopted_levels"] = "national;city";
    CHECK(office.opinion(row) == Upserted::updated);
    o = *storage::find_opinion(office.store, "S1");
    REQUIRE(o.adoptions.size() == 2);
    CHECK(o.adoptions[0].level == "national");
    CHECK(o.adoptions[1].level == "city");
    CHECK(o.adoptions[1].body == "市委办");
    CHECK(o.adoptions[1].date == day("2023-04-02"));
    CHECK(office.last_changes("opinion", "S1") ==
          Strings{"adopted_levels: city;province → national;city"});
  }

  TEST_CASE("bad opinion rows name each problem")
  {
    Office office;
    auto bad = [&](const records::Fields& changes) {
      records::Fields row = k_opinion;
      for (const auto& [key, value] : changes)
        row[key] = value;
      return refusal([&] { office.opinion(row); });
    };
    CHECK(contains(bad({{"adopted_levels", "市;县级"}}),
                   "column 'adopted_levels': unknown level '县级'"));
    CHECK(contains(bad({{"status", "done"}}), "column 'status': unknown opinion status 'done'"));
    CHECK(contains(bad({{"status", "received"}}), "'received' contradicts issue_no '第5期'"));
    CHECK(contains(bad({{"status", "not_used"}, {"issue_no", ""}, {"compiled", ""}}),
                   "'not used' contradicts adopted_levels 'city;province'"));
    CHECK(contains(bad({{"title", ""}}), "column 'title': a title is required"));
    CHECK(contains(bad({{"submitted", ""}}), "column 'submitted': a submitted date is required"));
    CHECK(contains(bad({{"compiled", "3月20日"}}), "column 'compiled': cannot read date"));
    CHECK(contains(bad({{"sector", "火星界"}}), "column 'sector': unknown sector"));
    records::add_member(office.ws, {{"code", "W005"}, {"name", "张明"}});
    CHECK(contains(bad({}), "2 members are named '张明'; give the code instead"));
  }

  // ---- activities ----------------------------------------------------------------------

  TEST_CASE("an activity row records its organiser, attendance and counts")
  {
    Office office;
    CHECK(office.activity(k_activity) == Upserted::inserted);
    const model::Activity a = *storage::find_activity(office.store, "A1");
    CHECK(a.studio_id == storage::find_studio(office.store, "江北工作室")->id);
    CHECK(records::activity_values(a) == Strings{"A1", "micro_consultation", "2023-03-05",
                                                 "加装电梯微协商", "江北工作室", "张明;李华",
                                                 "王玮", "", "5", "2", "0"});
    CHECK(office.activity(k_activity) == Upserted::unchanged);
    CHECK(office.audit("activity", "A1").size() == 1);
  }

  TEST_CASE("an activity update replaces the attendance columns given and keeps the others")
  {
    Office office;
    office.activity(k_activity);
    CHECK(office.activity(
              {{"code", "A1"}, {"absent", "赵敏"}, {"studio", ""}, {"problems_solved", "3"}}) ==
          Upserted::updated);
    const model::Activity a = *storage::find_activity(office.store, "A1");
    CHECK_FALSE(a.studio_id.has_value()); // organised by the office
    CHECK(records::activity_values(a) == Strings{"A1", "micro_consultation", "2023-03-05",
                                                 "加装电梯微协商", "", "张明;李华", "王玮", "赵敏",
                                                 "5", "2", "3"});
    CHECK(office.last_changes("activity", "A1") ==
          Strings{"studio: 江北工作室 → ", "absent:  → 赵敏", "problems_solved: 0 → 3"});
  }

  TEST_CASE("bad activity rows name each problem")
  {
    Office office;
    auto bad = [&](const records::Fields& changes) {
      records::Fields row = k_activity;
      for (const auto& [key, value] : changes)
        row[key] = value;
      return refusal([&] { office.activity(row); });
    };
    CHECK(contains(bad({{"suggestions", "-1"}}),
                   "column 'suggestions': cannot read count '-1' (expected a whole number from 0 "
                   "to 2147483647, as 6 or 6条)"));
    CHECK(contains(bad({{"suggestions", "2147483648"}}), "cannot read count '2147483648'"));
    CHECK(contains(bad({{"disputes_resolved", "2.5"}}), "cannot read count '2.5'"));
    CHECK(contains(bad({{"problems_solved", "三"}}), "cannot read count '三'"));
    CHECK(contains(bad({{"kind", "野餐"}}), "column 'kind': unknown activity kind '野餐'"));
    CHECK(contains(bad({{"kind", ""}}), "column 'kind': a kind is required"));
    CHECK(contains(bad({{"date", ""}}), "column 'date': a date is required"));
    CHECK(contains(bad({{"date", "2023-13-01"}}), "column 'date': cannot read date"));
    CHECK(contains(bad({{"title", ""}}), "column 'title': a title is required"));
    CHECK(contains(bad({{"studio", "江北工作"}}),
                   "column 'studio': no studio '江北工作' (did you mean '江北工作室'?)"));
    CHECK(contains(bad({{"participants", "张明;王伟"}}),
                   "column 'participants': no member '王伟' (did you mean '王玮'?)"));
    CHECK(contains(bad({{"participants", "张明;W001"}}), "'W001' is listed twice"));
    CHECK(contains(bad({{"absent", "张明"}}),
                   "column 'absent': '张明' is also listed in 'participants'"));
    CHECK(contains(bad({{"code", ""}}), "column 'code': a code is required"));
  }

  TEST_CASE("an activity import may create the members it names")
  {
    Office office(records::CreateMissing::yes);
    records::Fields row = k_activity;
    row["absent"] = "周芳";
    CHECK(office.activity(row) == Upserted::inserted);
    CHECK(office.names.members_created() == 1);
    CHECK(records::activity_values(*storage::find_activity(office.store, "A1"))[7] == "周芳");
  }

  // ---- articles ------------------------------------------------------------------------

  TEST_CASE("an article row is inserted, unchanged on repeat and an update is audited")
  {
    Office office;
    CHECK(office.article(k_article) == Upserted::inserted);
    CHECK(records::article_values(*storage::find_article(office.store, "X1")) ==
          Strings{"X1", "委员走进社区", "安康日报", "national", "2023-06-01", "张明;王玮"});
    CHECK(office.article(k_article) == Upserted::unchanged);
    records::Fields row = k_article;
    row["level"] = "市";
    row["authors"] = "王玮";
    CHECK(office.article(row) == Upserted::updated);
    CHECK(office.last_changes("article", "X1") ==
          Strings{"level: national → city", "authors: 张明;王玮 → 王玮"});
  }

  TEST_CASE("an article author whose name another member shares is written as a code")
  {
    Office office;
    office.article(k_article);
    records::add_member(office.ws, {{"code", "W005"}, {"name", "王玮"}});
    const model::Article a = *storage::find_article(office.store, "X1");
    CHECK(records::article_values(a)[5] == "张明;W003");
    records::Fields row = k_article;
    row["authors"] = "张明;W003";
    CHECK(office.article(row) == Upserted::unchanged);
  }

  TEST_CASE("bad article rows name each problem")
  {
    Office office;
    auto bad = [&](const records::Fields& changes) {
      records::Fields row = k_article;
      for (const auto& [key, value] : changes)
        row[key] = value;
      return refusal([&] { office.article(row); });
    };
    CHECK(contains(bad({{"level", "县"}}), "column 'level': unknown level '县' (expected one of: "
                                           "district/区级/区, city/市级/市"));
    CHECK(contains(bad({{"date", ""}}), "column 'date': a date is required"));
    CHECK(contains(bad({{"title", ""}}), "column 'title': a title is required"));
    CHECK(contains(bad({{"authors", "李华;李华"}}), "'李华' is listed twice"));
    CHECK(contains(bad({{"authors", "赵民"}}), "no member '赵民' (did you mean '赵敏'?)"));
  }

  TEST_CASE("names resolve the same after the resolver has read every member")
  {
    Office office; // W001 张明, W002 李华, W003 王玮, W004 赵敏
    records::add_member(office.ws, {{"code", "W005"}, {"name", "王玮"}});
    records::add_member(office.ws, {{"code", "李华"}, {"name", "钱进"}}); // a code like a name
    records::Resolver plain(office.ws, records::CreateMissing::no);
    records::Resolver read(office.ws, records::CreateMissing::no);
    read.read_all_members();
    for (auto* names : {&plain, &read}) {
      CAPTURE(names == &read);
      CHECK(names->member("张明").code == "W001");
      CHECK(names->member(" W004 ").name == "赵敏");
      CHECK(names->member("李华").code == "李华"); // a code before a name, as member_named
      CHECK(names->member("W003").name == "王玮");
      try {
        names->member("王玮");
        FAIL("a shared name resolved");
      } catch (const cppcc::DataError& e) {
        CHECK(std::string(e.what()) ==
              "2 members are named '王玮'; give the code instead (W003, W005)");
      }
      try {
        names->member("赵民");
        FAIL("an unknown name resolved");
      } catch (const cppcc::DataError& e) {
        CHECK(contains(e.what(), "no member '赵民' (did you mean '赵敏'?)"));
      }
    }
    // Read once: a member added afterwards is still found, through the database.
    records::add_member(office.ws, {{"code", "W006"}, {"name", "孙立"}});
    CHECK(read.member("孙立").code == "W006");
  }

  TEST_CASE("a member created while resolving is found by its new code, before a name")
  {
    for (const bool read_first : {false, true}) {
      CAPTURE(read_first);
      Office office;
      records::add_member(office.ws, {{"code", "X9"}, {"name", "钱进"}});
      const std::string next =
          storage::next_member_code(office.store, office.config.member_code_prefix);
      records::update_member(office.ws, "X9", {{"name", next}}); // named like the next code
      records::Resolver names(office.ws, records::CreateMissing::yes);
      if (read_first) names.read_all_members();
      const model::Member& created = names.member("新人甲");
      CHECK(created.code == next);
      CHECK(names.member(next).id == created.id);
      CHECK(names.members_created() == 1);
    }
  }
}
