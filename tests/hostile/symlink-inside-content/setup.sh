# Links that stay inside content/ are followed: a page under a second name, a static
# file under a second name.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/content/pages" "$SITE/content/static/css"
printf -- '---\ntitle: เกี่ยวกับเรา\n---\nเนื้อหา\n' > "$SITE/content/pages/about.md"
ln -s about.md "$SITE/content/pages/about-us.md"
printf 'body{}\n' > "$SITE/content/static/css/style.css"
ln -s css/style.css "$SITE/content/static/main.css"
