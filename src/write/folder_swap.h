#pragma once
// Putting a finished folder in the place of the previous one.

#include <filesystem>
#include <optional>

namespace oitgen {

enum class SwapMethod {
  exchange,     // renameat2(RENAME_EXCHANGE), or the two renames where the file system lacks it
  two_renames,  // the previous folder aside, then the new one into its place
};

struct Swapped {
  std::optional<std::filesystem::path> previous;  // where the previous folder is now, if any
  bool exchanged = false;                         // in one step
};

// Moves `fresh` to `target`. With an exchange the two folders trade names in one step, so
// `target` never stops existing and the previous folder ends up at `fresh`'s name. Without
// one, the previous folder is first renamed to `aside`: between the two renames `target` does
// not exist. All three paths must be on one file system. Throws std::filesystem::filesystem_error.
Swapped swap_in(const std::filesystem::path& fresh, const std::filesystem::path& target,
                const std::filesystem::path& aside, SwapMethod method = SwapMethod::exchange);

}  // namespace oitgen
