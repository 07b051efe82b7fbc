# Forty partials, each using the one before it twice: put in place they would make 2^40 copies.
# None is used by a page, so the build must finish in bounded time and memory, as it did when
# partials were read only where used.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/themes/default/templates/partials"
printf 'x' > "$SITE/themes/default/templates/partials/p0.mustache"
for i in $(seq 1 40); do
  printf '{{> partials/p%d}}{{> partials/p%d}}' $((i - 1)) $((i - 1)) \
    > "$SITE/themes/default/templates/partials/p$i.mustache"
done
