#pragma once
// The standard sentences of the documents: the theme's text (i18n/<language>.json, under
// "document"), with named blanks ("{organization}") filled from the content and its figures.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "render/context.h"

namespace oitgen {

class Words {
 public:
  explicit Words(const RenderContext& ctx) : ctx_(ctx) {}

  // "document.<key>" of the theme; the key itself when the theme lacks it.
  std::string operator()(const std::string& key) const { return ctx_.ui("document." + key); }
  // The same text with each "{name}" replaced by its value; an unknown blank stays as it is.
  std::string fill(const std::string& key,
                   std::initializer_list<std::pair<std::string_view, std::string>> values) const;

 private:
  const RenderContext& ctx_;
};

// `text` with each "{name}" of `values` replaced.
std::string fill_blanks(std::string text,
                        std::initializer_list<std::pair<std::string_view, std::string>> values);

}  // namespace oitgen
