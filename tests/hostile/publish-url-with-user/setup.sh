# A user name alone in the address (sftp://clerk@host/) is refused too; publish refuses at once
# and never prints the address with it.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
sed -i 's|"url": "sftp://web.example.go.th/var/www/ita/"|"url": "sftp://clerk-Hunter2@web.example.go.th/var/www/ita/"|' "$SITE/content/site.json"
grep -q clerk-Hunter2 "$SITE/content/site.json"
