# The snapshot of archive-manifest-path-escape, whose manifest names files outside it with the
# size and SHA-256 of the real /etc/passwd: check must warn about those entries and ignore them.
source "$REPO/tests/hostile/archive-manifest-path-escape/setup.sh"
