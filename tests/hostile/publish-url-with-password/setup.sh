# A clerk pasted the hosting panel's sftp://user:password@host/ address into site.json.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
sed -i 's|"url": "sftp://web.example.go.th/var/www/ita/"|"url": "sftp://clerk:Hunter2-Secret@web.example.go.th/var/www/ita/"|' "$SITE/content/site.json"
grep -q Hunter2-Secret "$SITE/content/site.json"
