// lib/io/files.hpp: private output files, whole or not at all, never through a link.
#include "error.hpp"
#include "io/files.hpp"

#include <doctest/doctest.h>

#include "temp_dir.hpp"
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using cppcc::io::PrivateFile;
using cppcc::io::write_private_file;

namespace {

std::string slurp(const std::filesystem::path& file)
{
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

unsigned mode_of(const std::filesystem::path& file)
{
  struct stat st {};
  REQUIRE(::lstat(file.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

std::size_t entries(const std::filesystem::path& dir)
{
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                                std::filesystem::directory_iterator()));
}

} // namespace

TEST_SUITE("files")
{
  TEST_CASE("a new file is 0600 whatever the umask")
  {
    TempDir dir;
    const mode_t old = ::umask(0);
    write_private_file(dir.path / "phones.csv", "13800138000\n", {});
    ::umask(old);
    CHECK(mode_of(dir.path / "phones.csv") == 0600);
    CHECK(slurp(dir.path / "phones.csv") == "13800138000\n");
  }

  TEST_CASE("an existing 0644 file is replaced by a 0600 one; its other hard link keeps the old")
  {
    TempDir dir;
    const auto file = dir.path / "out.csv";
    std::ofstream(file) << "old";
    std::filesystem::permissions(file, std::filesystem::perms(0644));
    std::filesystem::create_hard_link(file, dir.path / "other.csv");
    write_private_file(file, "new", {});
    CHECK(mode_of(file) == 0600);
    CHECK(slurp(file) == "new");
    CHECK(slurp(dir.path / "other.csv") == "old");
    CHECK(entries(dir.path) == 2); // no temporary file left
  }

  TEST_CASE("a symbolic link is refused, and what it points to is untouched")
  {
    TempDir dir;
    std::ofstream(dir.path / "victim") << "keep";
    std::filesystem::create_symlink(dir.path / "victim", dir.path / "out.csv");
    CHECK_THROWS_AS(write_private_file(dir.path / "out.csv", "new", {}), cppcc::OutputError);
    CHECK(slurp(dir.path / "victim") == "keep");
    CHECK(std::filesystem::is_symlink(dir.path / "out.csv"));
    SUBCASE("a dangling one too, and nothing is created where it points")
    {
      std::filesystem::create_symlink(dir.path / "nowhere", dir.path / "dangling.csv");
      CHECK_THROWS_AS(write_private_file(dir.path / "dangling.csv", "new", {}), cppcc::OutputError);
      CHECK(!std::filesystem::exists(dir.path / "nowhere"));
    }
  }

  TEST_CASE("a directory or a missing directory is OutputError (73)")
  {
    TempDir dir;
    try {
      write_private_file(dir.path, "x", {});
      FAIL("no OutputError");
    } catch (const cppcc::OutputError& e) {
      CHECK(e.status() == cppcc::Exit::cant_create);
      CHECK(std::string(e.what()).ends_with("Is a directory"));
    }
    CHECK_THROWS_AS(write_private_file(dir.path / "missing" / "x.csv", "x", {}),
                    cppcc::OutputError);
  }

  TEST_CASE("without commit() the old file stays and no temporary file is left")
  {
    TempDir dir;
    const auto file = dir.path / "out.csv";
    std::ofstream(file) << "old";
    {
      PrivateFile out(file, {});
      out.write("half of it");
    }
    CHECK(slurp(file) == "old");
    CHECK(entries(dir.path) == 1);
  }

  TEST_CASE("a character device is written in place, not replaced")
  {
    write_private_file("/dev/null", "discarded", {});
    struct stat st {};
    REQUIRE(::stat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
  }
}

TEST_SUITE("files")
{
  TEST_CASE("a protected file is refused however it is named, and before anything is created")
  {
    TempDir dir;
    const auto db = dir.write("cppcc.db", "database");
    cppcc::io::ProtectedFiles protect;
    protect.add_database(db);
    std::filesystem::create_hard_link(db, dir.path / "hard.db");
    std::filesystem::create_directory_symlink(dir.path, dir.path / "same");
    for (const auto& output :
         {db, dir.path / "hard.db", dir.path / "same" / "cppcc.db", dir.path / "." / "cppcc.db-wal",
          dir.path / "cppcc.db-journal", dir.path / "same" / "cppcc.db-shm"}) {
      CAPTURE(output);
      CHECK_THROWS_AS(write_private_file(output, "x", protect), cppcc::OutputError);
    }
    CHECK(slurp(db) == "database");
    CHECK(entries(dir.path) == 3); // cppcc.db, hard.db, same: no -wal, no temporary file
    write_private_file(dir.path / "other.db", "x", protect);
    CHECK(slurp(dir.path / "other.db") == "x");

    SUBCASE("an input, and the message names both paths")
    {
      cppcc::io::ProtectedFiles inputs;
      inputs.add_input(dir.path / "in.csv");
      inputs.add_input("-"); // standard input: nothing to protect
      std::ofstream(dir.path / "in.csv") << "rows";
      try {
        write_private_file(dir.path / "." / "in.csv", "x", inputs);
        FAIL("not refused");
      } catch (const cppcc::OutputError& e) {
        const std::string what = e.what();
        CHECK(what.find("refusing to write '") == 0);
        CHECK(what.find("it is the input file '" + (dir.path / "in.csv").string() + "'") !=
              std::string::npos);
      }
      CHECK(slurp(dir.path / "in.csv") == "rows");
    }
  }

  TEST_CASE("Existing::refuse never replaces a file, and removes a killed writer's part")
  {
    TempDir dir;
    const auto target = dir.path / "backup.db";
    const auto leftover = dir.write(".backup.db.cppcc-partial-AbC123", "part");
    const auto other = dir.write(".other.db.cppcc-partial-AbC123", "another's part");
    {
      PrivateFile file(target, {}, cppcc::io::Existing::refuse);
      CHECK_FALSE(std::filesystem::exists(leftover));
      CHECK(std::filesystem::exists(other));
      CHECK(file.temporary().find(".backup.db.cppcc-partial-") != std::string::npos);
      file.write("whole");
      std::ofstream(target) << "appeared meanwhile";
      CHECK_THROWS_AS(file.commit(), cppcc::OutputError);
    }
    CHECK(slurp(target) == "appeared meanwhile");
    CHECK(entries(dir.path) == 2); // the target and the other file's part
    CHECK_THROWS_AS(PrivateFile(target, {}, cppcc::io::Existing::refuse), cppcc::OutputError);
  }

  TEST_CASE("make_private_directory: 0700 whatever the umask, never through a final link")
  {
    TempDir dir;
    const mode_t old = ::umask(0);
    cppcc::io::make_private_directory(dir.path / "a" / "b/");
    ::umask(old);
    CHECK(mode_of(dir.path / "a") == 0700);
    CHECK(mode_of(dir.path / "a" / "b") == 0700);
    std::filesystem::create_directory_symlink(dir.path / "a", dir.path / "link");
    CHECK_THROWS_AS(cppcc::io::make_private_directory(dir.path / "link"), cppcc::OutputError);
    CHECK_THROWS_AS(cppcc::io::make_private_directory(dir.path / "link/"), cppcc::OutputError);
    cppcc::io::make_private_directory(dir.path / "link" / "c"); // a link among the parents
    CHECK(mode_of(dir.path / "a" / "c") == 0700);
  }
}
