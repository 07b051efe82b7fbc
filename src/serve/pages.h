#pragma once
// What the preview adds to the site it serves: the reload script and the error page. Both
// exist only in the server's answers, never in a built site.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace oitgen {

// The path under which the preview answers for itself; no site file can have it (ids and
// static files never start with "__").
inline constexpr std::string_view preview_path = "/__oitgen/";

// The long-polling URL: answers with the number of the latest build once it differs from
// `since` (or after a while, unchanged, and the page asks again).
inline constexpr std::string_view reload_path = "/__oitgen/reload";

// An HTML page with the reload script added before its closing </body> (at its end when it
// has none). `generation` is the build the page comes from.
std::string with_reload_script(std::string_view html, std::uint64_t generation);

// The page shown in place of every page while the content has errors: each problem as
// "file:line:column: error: message", escaped; it reloads once a build succeeds.
std::string error_page(const std::vector<std::string>& problems, std::uint64_t generation);

}  // namespace oitgen
