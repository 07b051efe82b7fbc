test ! -e "$SITE/output/leak.html" && test ! -L "$SITE/output/leak.html"
