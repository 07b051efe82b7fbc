# A static file that is a link to /etc/passwd: it must not be copied into the site.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/content/static/img"
printf 'body{}\n' > "$SITE/content/static/style.css"
ln -s /etc/passwd "$SITE/content/static/passwd"
ln -s /etc "$SITE/content/static/img/etc"
