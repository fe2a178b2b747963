#pragma once
// The two languages of labels and messages.
namespace cppcc::util {

enum class Lang { zh, en };

} // namespace cppcc::util
