# The new output is a clean build: no site.json copied or linked into it.
test ! -e "$SITE/output/site.json"
test ! -e "$SITE/output/content"
