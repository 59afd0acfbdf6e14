#!/bin/sh
# Lighthouse (performance and accessibility) on one page of every type of a rendered site, headless
# on the system's Chromium. Fails (exit 1) when a page scores under 90 on performance or under 100
# on accessibility. Not part of `make test`: a tool for the 10,000-project bench site.
#
#   tools/lighthouse/run.sh [SITE_DIR]        # default site-out; make lighthouse OUT=...
#
# Needs node (20+), npm and /usr/bin/chromium. Lighthouse 12.2.3 is pinned (13 wants Node 22).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SITE=$(cd "${1:-$ROOT/site-out}" && pwd)
CHROME=${CHROME_PATH:-/usr/bin/chromium}
REPORTS="$HERE/reports"

[ -x "$CHROME" ] || { echo "lighthouse: no Chromium at $CHROME (apt-get install chromium)" >&2; exit 1; }
[ -f "$SITE/index.html" ] || { echo "lighthouse: $SITE has no index.html: run make site first" >&2; exit 1; }
if [ ! -x "$HERE/node_modules/.bin/lighthouse" ]; then
  (cd "$HERE" && npm install --no-audit --no-fund --silent)
fi

# One page of each type, the first of each family in the site.
first() { find "$SITE/$1" -mindepth 2 -maxdepth 2 -name index.html 2>/dev/null | sort | head -1 | sed "s|^$SITE/||; s|index.html\$||"; }
PAGES="./ categories/ $(first categories) projects/ $(first projects) backers/ $(first backers) about/ status/ search/"

PORT=${PORT:-8765}
"$ROOT/ossatlas" serve --out "$SITE" --port "$PORT" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break
  sleep 1
done

mkdir -p "$REPORTS"
FAILED=0
printf '%-40s %12s %14s\n' page performance accessibility
for PAGE in $PAGES; do
  NAME=$(echo "$PAGE" | tr '/' '_' | sed 's/^\._*$/index/; s/_$//')
  [ -n "$NAME" ] || NAME=index
  CHROME_PATH="$CHROME" "$HERE/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/${PAGE#./}" \
    --quiet --output=json --output-path="$REPORTS/$NAME.json" \
    --only-categories=performance,accessibility \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run" \
    || { echo "lighthouse: the audit of $PAGE failed" >&2; FAILED=1; continue; }
  SCORES=$(node -e '
    const r = require(process.argv[1]);
    const p = Math.round(r.categories.performance.score * 100);
    const a = Math.round(r.categories.accessibility.score * 100);
    console.log(p + " " + a);' "$REPORTS/$NAME.json")
  set -- $SCORES
  printf '%-40s %12s %14s\n' "$PAGE" "$1" "$2"
  if [ "$1" -lt 90 ] || [ "$2" -lt 100 ]; then FAILED=1; fi
done
[ "$FAILED" -eq 0 ] || { echo "lighthouse: a page scored under 90 (performance) or 100 (accessibility); reports in $REPORTS" >&2; exit 1; }
