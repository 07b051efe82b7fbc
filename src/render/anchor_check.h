#pragma once
// The URLs given to ITAS come from the model (model/paths.h), anchors included; a theme's
// template places the anchors' ids. After rendering, every page an OIT source links into is
// checked to hold the id it links to, so that an override that drops one fails the build
// instead of publishing a link to a heading that is not there.

#include <map>
#include <string>
#include <vector>

#include "compute/figures.h"

namespace oitgen {

class AnchorCheck {
 public:
  explicit AnchorCheck(const std::optional<OitCoverage>& coverage);

  // A rendered Thai page (the OIT links go to the Thai pages): `path` is its site path
  // ("plans/x/"), `template_file` where its template came from.
  void page(const std::string& path, const std::string& template_file, const std::string& html);
  // The messages page() would add, without adding them: for pages checked on several threads.
  std::vector<std::string> missing(const std::string& path, const std::string& template_file,
                                   const std::string& html) const;
  void add(std::vector<std::string> problems);

  // Whether a page at this path must be seen (an OIT link points into it).
  bool wants(const std::string& path) const { return needed_.contains(path); }

  // One message per missing id, in page order; empty when every anchor is there.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  struct Needed {
    std::string id;
    std::vector<std::string> codes;  // the items that link to it
  };
  std::map<std::string, std::vector<Needed>> needed_;  // page path -> its anchors
  std::vector<std::string> problems_;
};

// Whether the HTML has an element with this id attribute.
bool has_id(const std::string& html, const std::string& id);

}  // namespace oitgen
