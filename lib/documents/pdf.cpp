#include "documents/pdf.hpp"

#include "error.hpp"
#include "util/env.hpp"
#include "util/messages.hpp"
#include "util/text.hpp"

#include <array>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <optional>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace cppcc::documents {

namespace {

namespace fs = std::filesystem;

// How long Chromium may take to print a page before it is stopped: k_timeout_s, or
// CPPCC_CHROMIUM_TIMEOUT seconds (a slow machine; the tests stop a stuck one quickly).
constexpr long k_timeout_s = 120;

long timeout_s()
{
  return util::env_number<UsageError>("CPPCC_CHROMIUM_TIMEOUT", k_timeout_s, 1, 3600,
                                      "documents.bad_chromium_timeout");
}

bool executable(const fs::path& path)
{
  std::error_code error;
  return fs::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
}

// `name` as the shell finds it: itself when it has a slash, else the first executable
// file of that name in a directory of PATH.
std::optional<fs::path> on_path(const std::string& name)
{
  if (name.find('/') != std::string::npos)
    return executable(name) ? std::optional<fs::path>(name) : std::nullopt;
  const char* path = std::getenv("PATH");
  std::string_view rest = path ? path : "";
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    const std::string_view part = rest.substr(0, colon);
    const fs::path dir = part.empty() ? fs::path(".") : fs::path(std::string(part));
    if (executable(dir / name)) return dir / name;
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
  return std::nullopt;
}

// The Chromium to print with: $CPPCC_CHROMIUM, else chromium, chromium-browser or
// google-chrome on PATH; UnavailableError (69) naming the package to install.
fs::path find_chromium()
{
  if (const char* chosen = std::getenv("CPPCC_CHROMIUM"); chosen && *chosen) {
    if (auto found = on_path(chosen)) return *found;
    throw UnavailableError(msg::text("documents.chromium_not_found", chosen));
  }
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"})
    if (auto found = on_path(name)) return *found;
  throw UnavailableError(msg::text("documents.no_chromium"));
}

// A private directory of its own under $TMPDIR (else /tmp), removed with everything in
// it when done.
class TempDir {
public:
  TempDir()
  {
    const char* tmpdir = std::getenv("TMPDIR");
    std::string name = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/cppcc-pdf-XXXXXX";
    if (::mkdtemp(name.data()) == nullptr)
      throw IoError(
          msg::text("documents.cannot_make_temporary", name, util::system_error_text(errno)));
    m_path = name;
  }
  ~TempDir()
  {
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return m_path; }

private:
  fs::path m_path;
};

void write_file(const fs::path& path, const std::string& bytes)
{
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw IoError(msg::text("documents.cannot_write_temporary", path.string()));
}

std::string read_file(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A file: URL of an absolute path, every byte but the unreserved ones and '/' escaped.
std::string file_url(const fs::path& path)
{
  std::string out = "file://";
  for (const char c : path.string()) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~')
      out += c;
    else
      out += fmt::format("%{:02X}", u);
  }
  return out;
}

// The last line Chromium wrote that says something, for a message about its failure.
std::string last_line(const std::string& log)
{
  std::string line;
  for (std::size_t at = 0; at < log.size();) {
    std::size_t end = log.find('\n', at);
    if (end == std::string::npos) end = log.size();
    const std::string part = util::trim(std::string_view(log).substr(at, end - at));
    if (!part.empty()) line = part;
    at = end + 1;
  }
  return line.size() > 300 ? line.substr(0, 300) + "…" : line;
}

struct Run {
  bool finished = false;
  int status = 0;
  int stopped_by = 0; // the signal that ended cppcc's wait (Ctrl-C), or 0
};

// While Chromium runs in a process group of its own, a Ctrl-C at the terminal reaches
// cppcc alone: SIGINT, SIGTERM and SIGHUP are noted here instead of ending the process at
// once, so that the wait stops Chromium's group and removes the temporary directory, and
// then ends the process by the signal as it would have been.
volatile std::sig_atomic_t g_stop_signal = 0; // NOLINT: written by the signal handler

extern "C" void note_stop_signal(int signal)
{
  g_stop_signal = signal;
}

class NoteStopSignals {
public:
  NoteStopSignals()
  {
    g_stop_signal = 0;
    struct sigaction note {};
    note.sa_handler = note_stop_signal;
    sigemptyset(&note.sa_mask);
    for (std::size_t i = 0; i < k_signals.size(); ++i)
      if (::sigaction(k_signals[i], &note, &m_before[i]) == 0 && m_before[i].sa_handler == SIG_IGN)
        ::sigaction(k_signals[i], &m_before[i], nullptr); // ignored (nohup): it stays so
  }
  ~NoteStopSignals()
  {
    for (std::size_t i = 0; i < k_signals.size(); ++i)
      ::sigaction(k_signals[i], &m_before[i], nullptr);
  }
  NoteStopSignals(const NoteStopSignals&) = delete;
  NoteStopSignals& operator=(const NoteStopSignals&) = delete;

private:
  static constexpr std::array<int, 3> k_signals = {SIGINT, SIGTERM, SIGHUP};
  std::array<struct sigaction, 3> m_before{};
};

// Runs `argv` in a process group of its own, its output into `log`, and waits for it
// `timeout` seconds at most; then the whole group (Chromium's renderers too) is killed.
Run run(const std::vector<std::string>& argv, const fs::path& log, long timeout)
{
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  std::vector<char*> args;
  for (const auto& a : argv)
    args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int error = ::posix_spawn(&pid, args[0], &actions, &attributes, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (error != 0)
    throw Error(msg::text("documents.chromium_failed", argv[0], util::system_error_text(error)));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout);
  Run result;
  for (auto pause = std::chrono::milliseconds(5);;) {
    int status = 0;
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) {
      result = {true, status};
      break;
    }
    if (done < 0 && errno != EINTR) break;
    if (g_stop_signal != 0 || std::chrono::steady_clock::now() >= deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return {false, status, g_stop_signal};
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(100));
  }
  ::kill(-pid, SIGKILL); // what it left running (a zygote) goes with it
  return result;
}

} // namespace

std::string pdf_from_html(const std::string& html, const Context& /*context*/)
{
  const long timeout = timeout_s();
  const fs::path chromium = find_chromium();
  std::optional<TempDir> dir(std::in_place);
  const fs::path page = dir->path() / "page.html", pdf = dir->path() / "page.pdf";
  const fs::path log = dir->path() / "chromium.log";
  write_file(page, html);
  // Headless, printing only: no header and footer of its own (the page numbers are the
  // page's), a profile of its own (nothing of a user's browser is read or changed), and
  // none of the services a browser calls home for.
  const std::vector<std::string> argv = {chromium.string(),
                                         "--headless",
                                         "--no-sandbox",
                                         "--disable-gpu",
                                         "--no-pdf-header-footer",
                                         "--print-to-pdf=" + pdf.string(),
                                         "--user-data-dir=" + (dir->path() / "profile").string(),
                                         "--no-first-run",
                                         "--no-default-browser-check",
                                         "--disable-extensions",
                                         "--disable-background-networking",
                                         "--disable-component-update",
                                         "--disable-sync",
                                         "--disable-dev-shm-usage",
                                         file_url(page)};
  Run done;
  {
    const NoteStopSignals noting;
    done = run(argv, log, timeout);
  }
  if (done.stopped_by != 0) { // Chromium stopped; the directory goes, then the process
    dir.reset();
    ::raise(done.stopped_by);
  }
  if (!done.finished)
    throw Error(msg::text("documents.chromium_timeout", chromium.string(), timeout));
  std::string bytes = read_file(pdf);
  if (!WIFEXITED(done.status) || WEXITSTATUS(done.status) != 0 || !bytes.starts_with("%PDF-")) {
    std::string why = last_line(read_file(log));
    if (WIFEXITED(done.status) && WEXITSTATUS(done.status) != 0)
      why = msg::text("documents.exit_status", WEXITSTATUS(done.status), why);
    else if (WIFSIGNALED(done.status))
      why = msg::text("documents.killed_by_signal", WTERMSIG(done.status), why);
    else if (why.empty())
      why = msg::text("documents.no_pdf_written");
    throw Error(msg::text("documents.chromium_failed", chromium.string(), why));
  }
  return bytes;
}

} // namespace cppcc::documents
