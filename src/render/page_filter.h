#pragma once
// Which pages a build renders. An incremental build (pipeline/incremental.h) renders only the
// pages whose inputs changed and takes the others over from the current output itself.

#include <cstdint>
#include <optional>
#include <string>

namespace oitgen {

class PageFilter {
 public:
  virtual ~PageFilter() = default;
  // `file` is the page's path in the output ("en/plans/x/index.html"). false: the page is as
  // the current output has it, and the filter has taken that file over: it is not rendered.
  virtual bool should_render(const std::string& file) = 0;
  // The size in bytes of a file that should_render() took over; nothing when it did not. A
  // page that is rendered again links a kept document with its size.
  virtual std::optional<std::uintmax_t> kept_size(const std::string& /*file*/) const {
    return std::nullopt;
  }
  // The bytes of a page that should_render() took over, for the search index: what the page
  // says is read from it as it is. Nothing when it did not take the file over.
  virtual std::optional<std::string> kept_page(const std::string& /*file*/) const {
    return std::nullopt;
  }
};

}  // namespace oitgen
