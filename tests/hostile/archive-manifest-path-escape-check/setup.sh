# A snapshot whose manifest names files outside it, with the size and SHA-256 of the real
# /etc/passwd: check must warn about those entries and ignore them, never trust them.
cp -r "$REPO/tests/check/clean-minimal/content" "$SITE/"
mkdir -p "$SITE/content/archive/2567"
size=$(stat -c %s /etc/passwd)
hash=$(sha256sum /etc/passwd | cut -d' ' -f1)
up=$(printf '../%.0s' $(seq 1 16))
cat > "$SITE/content/archive/2567/manifest.json" <<JSON
{"format": "oitgen-archive-1", "fiscal_year": 2567, "built_at": "2024-10-01T00:00:00Z",
 "oitgen_version": "0", "previous": null, "replaces": [],
 "files": [{"path": "${up}etc/passwd", "size": $size, "sha256": "$hash"},
           {"path": "/etc/passwd", "size": $size, "sha256": "$hash"},
           {"path": "static/..\\\\..\\\\x", "size": $size, "sha256": "$hash"}]}
JSON
