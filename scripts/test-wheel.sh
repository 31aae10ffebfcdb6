#!/usr/bin/env bash
# Build the wheel, install it into a clean venv and run the CLI on an example article:
# catches a lexicon, template or dependency that works from the source tree but does not ship.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$here/.venv/bin/python" -m pip wheel --quiet --no-deps --wheel-dir "$tmp/dist" "$here"
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet "$tmp"/dist/newsgraph-*.whl
cd "$tmp"
first=$(ls "$here"/examples/*.txt | head -n 1)
"$tmp/venv/bin/newsgraph" extract "$first" > out.jsonl
"$tmp/venv/bin/python" - <<'PY'
import json
rec = json.loads(open("out.jsonl").read())
assert rec["entities"], "the installed wheel found no entities"
print("wheel OK:", len(rec["entities"]), "entities,", len(rec["times"]), "times,", len(rec["events"]), "events")
PY
