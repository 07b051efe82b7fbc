# A site's partial opens a section that the template using it closes: each file must parse on
# its own, so the partial is named, and the template that closes what it did not open.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/themes/default/templates/partials"
printf '{{#rows}}<tr>\n' > "$SITE/themes/default/templates/partials/downloads.mustache"
cp "$REPO/themes/default/templates/ita.mustache" "$SITE/themes/default/templates/ita.mustache"
printf '{{/rows}}\n' >> "$SITE/themes/default/templates/ita.mustache"
