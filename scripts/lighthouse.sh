#!/usr/bin/env bash
# Lighthouse (mobile) on the pages that matter, against a running site: scripts/lighthouse.sh [URL]
# Uses Debian's Chromium; Lighthouse itself comes from the npm registry through npx.
set -euo pipefail
base="${1:-http://127.0.0.1:8000}"
out="$(mktemp -d)"
for path in / /modalities/somato-emotional-release/ /blog/five-ways-to-settle-your-nervous-system/ /faq/; do
  name="$(echo "$path" | tr '/' '_')"
  CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12 "$base$path" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --form-factor=mobile --output=json --output-path="$out/$name.json" >/dev/null 2>&1
  python3 - "$out/$name.json" "$path" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = " ".join(f"{key}={round(value['score'] * 100)}" for key, value in report["categories"].items())
weight = report["audits"]["total-byte-weight"]["displayValue"]
print(f"{sys.argv[2]:55} {scores}  ({weight})")
PY
done
