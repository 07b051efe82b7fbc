# A base_url of 100,000 characters (with a space near its end) crashed oitgen: libstdc++'s
# std::regex recursed once per character and overflowed the stack.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
long=$(head -c 100000 /dev/zero | tr '\0' a)
sed -i "s|\"base_url\": \"https://www.example.go.th/ita/\"|\"base_url\": \"https://h/$long x/\"|" "$SITE/content/site.json"
grep -q "aaaa x/" "$SITE/content/site.json"
