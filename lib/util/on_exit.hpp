#pragma once
// Runs a callable when its scope ends, however it ends (a return or an exception): for
// putting back a setting that a function changes for its own length. The callable runs
// from a destructor, so it must not throw.
#include <utility>

namespace cppcc::util {

template <typename F> class OnExit {
public:
  explicit OnExit(F f) : m_f(std::move(f)) {}
  ~OnExit()
  {
    if (m_armed) m_f();
  }
  OnExit(const OnExit&) = delete;
  OnExit& operator=(const OnExit&) = delete;
  // Runs it now instead of at the scope's end (once).
  void now()
  {
    if (!m_armed) return;
    m_armed = false;
    m_f();
  }

private:
  F m_f;
  bool m_armed = true;
};

} // namespace cppcc::util
