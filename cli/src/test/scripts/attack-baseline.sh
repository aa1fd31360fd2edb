#!/usr/bin/env bash
# A baseline absorbs no new finding, end to end through the launcher: after a route is fixed and a new
# off-link route is inserted in front of it, after routes are reordered, past the per-rule cap, after a
# refresh on some of the devices, and no report replaces the baseline it reads.
#
#   attack-baseline.sh [LAUNCHER]      (default: cli/target/netlint/bin/netlint)
#
# Prints one line per attack and "attack-baseline: all passed"; exits 1 at the first that succeeds.
set -u
here=$(cd "$(dirname "$0")" && pwd)
netlint=${1:-$here/../../../target/netlint/bin/netlint}
netlint=$(cd "$(dirname "$netlint")" && pwd)/$(basename "$netlint")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

fail() { echo "attack-baseline: FAILED: $*"; exit 1; }
pass() { echo "attack-baseline: ok: $*"; }

# The clean base device of the tests (validator-core's test support), its device part alone: the compute
# port is Port3, 192.168.20.10/24, so a next hop outside that subnet is off-link.
clean_device=$here/../../../../validator-core/src/test/resources/dev/netlint/core/testing/clean-device.yaml
[ -f "$clean_device" ] || { echo "attack-baseline: FAILED: no clean base device at $clean_device"; exit 1; }

# That device with the routes given as lines "DESTINATION NEXTHOP", in order.
device() {
  sed '/^kubernetes:/,$d' "$clean_device"
  echo 'kubernetes:'
  echo '  routes:'
  while read -r destination nextHop; do
    [ -n "$destination" ] && echo "    - { interfaceAlias: Port3, destinationPrefix: $destination, nextHop: $nextHop, routeMetric: 100 }"
  done
}

run() { "$netlint" "$@" > out.txt 2> err.txt; echo $?; }

# 1. A baselined off-link route is fixed, and a new, different off-link route is inserted in front of it.
mkdir -p sites/a sites/b
printf '10.1.0.0/16 192.168.99.1\n10.2.0.0/16 192.168.20.1\n' | device > sites/a/device.yaml
[ "$(run check sites/a --write-baseline baseline.json)" = 0 ] || fail "writing the baseline: $(cat err.txt out.txt)"
grep -q '"netlintBaseline": 2' baseline.json || fail "baseline format: $(head -3 baseline.json)"
printf '10.3.0.0/16 192.168.77.1\n10.1.0.0/16 192.168.20.1\n10.2.0.0/16 192.168.20.1\n' | device > sites/a/device.yaml
code=$(run check sites/a --baseline baseline.json)
[ "$code" = 1 ] || fail "a new off-link route inserted before a fixed one was absorbed (exit $code): $(cat out.txt)"
grep -q 'next hop 192.168.77.1 is not on-link' out.txt || fail "the new route is not reported: $(cat out.txt)"
grep -q 'matches no finding any more' err.txt || fail "the fixed route's entry is not said to be stale: $(cat err.txt)"
pass "a new off-link route in front of a fixed one is reported (exit 1)"

# 2. Off-link routes reordered, with valid routes inserted between them: nothing new, nothing revived.
printf '10.1.0.0/16 192.168.99.1\n10.2.0.0/16 192.168.98.1\n10.3.0.0/16 192.168.97.1\n' | device > sites/a/device.yaml
[ "$(run check sites/a --write-baseline baseline.json)" = 0 ] || fail "writing the baseline: $(cat err.txt)"
printf '10.9.0.0/16 192.168.20.1\n10.3.0.0/16 192.168.97.1\n10.8.0.0/16 192.168.20.1\n10.1.0.0/16 192.168.99.1\n10.2.0.0/16 192.168.98.1\n' \
  | device > sites/a/device.yaml
code=$(run check sites/a --baseline baseline.json)
[ "$code" = 0 ] || fail "reordering and inserting valid routes revived a finding (exit $code): $(cat out.txt)"
grep -q '0 errors' out.txt || fail "findings counted after a reorder: $(cat out.txt)"
pass "reordered routes and inserted valid ones: every finding still accepted (exit 0)"

# 3. Past the cap of 1,000 findings of a rule on a device: recorded one by one, the summary never absorbs.
for i in $(seq 0 1009); do echo "10.$((i / 200)).$((i % 200)).0/24 192.168.99.1"; done | device > sites/a/device.yaml
[ "$(run check sites/a --write-baseline baseline.json)" = 0 ] || fail "writing a capped baseline: $(cat err.txt)"
grep -q 'more route-next-hop-not-on-link finding' baseline.json && fail "the capped summary finding was baselined"
entries=$(grep -c '"rule": "route-next-hop-not-on-link"' baseline.json)
[ "$entries" = 1010 ] || fail "expected 1010 entries of route-next-hop-not-on-link, found $entries"
[ "$(run check sites/a --baseline baseline.json)" = 0 ] || fail "the same capped findings are not all accepted: $(tail -3 out.txt)"
{ for i in $(seq 0 1009); do echo "10.$((i / 200)).$((i % 200)).0/24 192.168.99.1"; done
  for i in $(seq 0 199); do echo "172.16.$i.0/24 192.168.99.1"; done; } | device > sites/a/device.yaml
code=$(run check sites/a --baseline baseline.json)
[ "$code" = 1 ] || fail "200 new findings past the cap were absorbed (exit $code): $(tail -3 out.txt)"
grep -q 'and 210 more route-next-hop-not-on-link findings on this device (10 of them suppressed)' out.txt \
  || fail "the summary does not count the new findings: $(grep 'more route' out.txt)"
pass "1010 findings recorded one by one; 200 more past the cap fail the build (exit 1)"

# 4. A refresh on one site keeps the other site's entries.
printf '10.1.0.0/16 192.168.99.1\n' | device > sites/a/device.yaml
printf '10.5.0.0/16 192.168.95.1\n' | device > sites/b/device.yaml
[ "$(run check sites --write-baseline baseline.json)" = 0 ] || fail "writing the baseline: $(cat err.txt)"
[ "$(run check sites/a --baseline baseline.json --write-baseline baseline.json)" = 0 ] || fail "refresh: $(cat err.txt)"
grep -q 'sites/b/device.yaml' baseline.json || fail "refreshing sites/a dropped the entries of sites/b"
code=$(run check sites --baseline baseline.json)
[ "$code" = 0 ] || fail "the full run after a refresh of sites/a fails on sites/b (exit $code): $(cat out.txt)"
pass "a refresh of sites/a keeps sites/b's entries; the full run passes (exit 0)"

# 5. A report never replaces the baseline read, the --config file or a .netlint.yaml.
cp baseline.json kept.json
code=$(run check sites --baseline baseline.json --format json --output baseline.json)
[ "$code" = 2 ] || fail "--output naming the baseline read was not refused (exit $code)"
cmp -s baseline.json kept.json || fail "the baseline was replaced by a report"
grep -q 'is the baseline of --baseline this run reads' err.txt || fail "unclear refusal: $(cat err.txt)"
printf 'failOn: error\n' > sites/.netlint.yaml
code=$(run check sites --format sarif --output sites/.netlint.yaml)
[ "$code" = 2 ] || fail "--output naming .netlint.yaml was not refused (exit $code)"
grep -qx 'failOn: error' sites/.netlint.yaml || fail ".netlint.yaml was replaced"
printf 'failOn: error\n' > ci.yaml
code=$(run check sites --config ci.yaml --format text --output ci.yaml)
[ "$code" = 2 ] || fail "--output naming the --config file was not refused (exit $code)"
grep -qx 'failOn: error' ci.yaml || fail "the --config file was replaced"
pass "reports naming the baseline, .netlint.yaml or the --config file are refused (exit 2)"

# 6. A baseline of format 1 is refused with one line.
printf '{\n  "netlintBaseline": 1,\n  "findings": []\n}\n' > old.json
code=$(run check sites --baseline old.json)
[ "$code" = 2 ] || fail "a baseline of format 1 was not refused (exit $code)"
[ "$(wc -l < err.txt)" = 1 ] && grep -q 'write it again with --write-baseline' err.txt \
  || fail "the refusal of format 1 is not one line saying to write it again: $(cat err.txt)"
pass "a baseline of format 1 is refused in one line (exit 2)"

echo "attack-baseline: all passed"
