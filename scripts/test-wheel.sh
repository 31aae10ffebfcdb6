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
# The explorer ships its templates, script and styles (and the npm files when `make static` ran): serve the
# article from the installed wheel on 127.0.0.1 and read its page back.
"$tmp/venv/bin/newsgraph" ingest "$first" --db t.db 2> /dev/null
"$tmp/venv/bin/python" - "$tmp/venv/bin/newsgraph" <<'PY'
import re, socket, subprocess, sys, time, urllib.request
with socket.socket() as s:
    s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
server = subprocess.Popen([sys.argv[1], "serve", "--db", "t.db", "--port", str(port)], stderr=subprocess.DEVNULL)
try:
    for _ in range(100):
        try:
            page = urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q=the", timeout=5).read().decode()
            break
        except OSError:
            time.sleep(0.2)
    else:
        raise SystemExit("the installed explorer did not answer")
    css = urllib.request.urlopen(f"http://127.0.0.1:{port}/static/explorer.css", timeout=5).status
    assert re.search(r"\b\d+ articles? match", page) and css == 200, "the installed explorer lacks its templates or static files"
    print("wheel OK: newsgraph serve answers with its pages")
finally:
    server.terminate(); server.wait(10)
PY
