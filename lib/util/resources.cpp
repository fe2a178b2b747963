#include "util/resources.hpp"

namespace cppcc::util {

std::vector<Resource> resources_under(std::string_view prefix)
{
  std::vector<Resource> out;
  for (const auto& resource : resources())
    if (resource.path.starts_with(prefix)) out.push_back(resource);
  return out;
}

} // namespace cppcc::util
