# `check` without a site folder, run inside a site whose site.json is a FIFO that no one writes:
# looking for the site folder must not open it (and block), and the site is still found.
mkdir -p "$WORK/content/plans"
mkfifo "$WORK/content/site.json"
