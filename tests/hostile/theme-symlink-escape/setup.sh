# A site theme whose files link out of its folder: to /etc/passwd, and to the site's content.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
sed -i 's/"theme": "default"/"theme": "civic"/' "$SITE/content/site.json"
mkdir -p "$SITE/themes/civic/templates" "$SITE/themes/civic/assets"
ln -s /etc/passwd "$SITE/themes/civic/templates/layout.mustache"
ln -s ../../../content/site.json "$SITE/themes/civic/assets/site.json"
printf 'body{}\n' > "$SITE/themes/civic/assets/extra.css"
