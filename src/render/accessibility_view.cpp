// The accessibility statement: what the site's pages do for every reader, what they do not,
// and whom to tell. Its text is the theme's (i18n/*.json), the contact the organization's.

#include "render/views.h"

namespace oitgen {

Page accessibility_page(const RenderContext& ctx) {
  Page page;
  page.path = accessibility_path();
  page.template_name = "accessibility";
  page.title = ctx.ui("accessibility.title");
  page.description = ctx.ui("accessibility.lead");
  page.section = "accessibility";
  page.has_english = true;
  const Organization& organization = ctx.site.config.organization;
  page.values["title"] = page.title;
  page.values["has_contact"] = !organization.phone.empty() || !organization.email.empty();
  return page;
}

}  // namespace oitgen
