# An OIT link url of 100,000 characters (with a space near its end) crashed oitgen: libstdc++'s
# std::regex recursed once per character and overflowed the stack.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/content/oit"
long=$(head -c 100000 /dev/zero | tr '\0' a)
printf '{"links": [\n  {"code": "O1", "url": "https://h/%s x"}\n]}\n' "$long" > "$SITE/content/oit/links.json"
