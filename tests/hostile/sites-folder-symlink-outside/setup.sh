# A link among the site folders to a site elsewhere (another tenant's): never built, never read.
mkdir -p "$WORK/sites" "$WORK/outside/secret"
mkdir -p "$WORK/sites/good" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/sites/good/"
mkdir -p "$WORK/outside/secret" && cp -r "$REPO/tests/check/clean-minimal/content" "$WORK/outside/secret/"
ln -s ../outside/secret "$WORK/sites/linked"
ln -s /etc "$WORK/sites/etc"
