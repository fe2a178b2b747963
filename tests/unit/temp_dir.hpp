#pragma once
// A fresh directory under the system temp directory for one test, removed with
// everything in it; shared by the unit tests that need files.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

struct TempDir {
  TempDir()
  {
    static std::atomic<int> counter{0};
    path = std::filesystem::temp_directory_path() /
           ("cppcc-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir()
  {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `bytes` to a file named `name` in the directory; returns its path.
  std::filesystem::path write(const std::string& name, const std::string& bytes) const
  {
    const auto file = path / name;
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }

  std::filesystem::path path;
};
