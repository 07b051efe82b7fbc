# The district is named once on the home page's footer line, after the address.
grep -c "ดอนแก้วเหนือ" "$SITE/output/index.html" | grep -qx 1
