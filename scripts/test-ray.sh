#!/usr/bin/env bash
# The tests marked `ray` (pytest -m ray), run apart from the main suite:
#  - inside a network namespace with only loopback (`unshare -n`, lo up), because Ray binds its services to
#    the machine's interface address otherwise; nothing leaves 127.0.0.1;
#  - with RAY_USAGE_STATS_ENABLED=0; the tests start one Ray instance for the session.
# Skipped, with the reason, when Ray is not installed (make ray, or pip install -e ".[ray]") or when a network
# namespace cannot be made (unshare needs root or user namespaces). RAY_TESTS=required turns a skip into a
# failure (CI, after `make ray`).
set -uo pipefail
PY="${1:-.venv/bin/python}"

skip() {
    echo "ray tests: SKIPPED: $1"
    if [ "${RAY_TESTS:-}" = required ]; then exit 1; fi
    exit 0
}

"$PY" -c "import ray.data" 2>/dev/null || skip "ray is not installed (make ray, or pip install -e '.[ray]')"
command -v unshare >/dev/null || skip "unshare (util-linux) is not available"
unshare -n sh -c 'ip link set lo up' 2>/dev/null \
    || skip "cannot make a network namespace with loopback (unshare -n needs root; ip from iproute2)"

export RAY_USAGE_STATS_ENABLED=0
unshare -n sh -c 'ip link set lo up && exec "$0" -m pytest -q -m ray "$@"' "$PY"
rc=$?
if [ $rc -eq 5 ]; then skip "no test marked ray was collected"; fi
exit $rc
