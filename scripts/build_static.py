"""Install the explorer's third-party files from npm (by package-lock.json) into newsgraph/web/static/vendor/.

    python scripts/build_static.py        # what `make static` runs (needs node and npm)

Runs `npm ci --ignore-scripts` (no package's install script runs; nothing but the registry is contacted),
copies the few files the explorer serves, and writes vendor/VENDOR.json with each package's name, version,
licence and licence text, so what ships is on record. The vendor folder and node_modules are git-ignored.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "newsgraph" / "web" / "static" / "vendor"
# package -> (files to copy from it, folder under vendor/)
FILES = {
    "world-atlas": (["countries-110m.json"], "world-atlas"),
    "swagger-ui-dist": (["swagger-ui-bundle.js", "swagger-ui.css"], "swagger-ui"),
}
LICENCE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "license", "NOTICE")


def install() -> None:
    env = {**os.environ, "SCARF_ANALYTICS": "false", "npm_config_fund": "false", "npm_config_audit": "false"}
    subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
                   cwd=ROOT, check=True, env=env)


def copy() -> list[dict]:
    VENDOR.mkdir(parents=True, exist_ok=True)
    record = []
    for package, (files, folder) in FILES.items():
        src = ROOT / "node_modules" / package
        meta = json.loads((src / "package.json").read_text(encoding="utf-8"))
        dest = VENDOR / folder
        dest.mkdir(exist_ok=True)
        for name in files:
            shutil.copyfile(src / name, dest / name)
        texts = [p.read_text(encoding="utf-8", errors="replace") for n in LICENCE_NAMES if (p := src / n).is_file()]
        (dest / "LICENSE").write_text("\n\n".join(texts) or f"{meta.get('license')}\n", encoding="utf-8")
        record.append({"package": package, "version": meta["version"], "license": meta.get("license"),
                       "files": [f"{folder}/{n}" for n in files], "homepage": meta.get("homepage")})
    (VENDOR / "VENDOR.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return record


def main() -> int:
    if shutil.which("npm") is None:
        print("build_static: npm is not installed; the explorer will run without map outlines and API docs page "
              "(apt-get install nodejs npm, then make static)", file=sys.stderr)
        return 1
    install()
    for item in copy():
        print(f"vendored {item['package']} {item['version']} ({item['license']}): {', '.join(item['files'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
