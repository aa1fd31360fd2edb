#!/usr/bin/env bash
# Runs a command and prints the peak of the summed resident memory of it and all its descendants (the
# Maven JVM, the test JVMs it forks, the nested Maven runs of the plugin's ITs, npx, Chromium...),
# sampled every half second from /proc. GNU time's "maximum resident set size" is the largest single
# process only, which undercounts a build that forks.
#   benchmarks/peak-rss.sh mvn verify
set -uo pipefail
"$@" &
root=$!
peak=0
descendants() {
    local pid=$1 child
    echo "$pid"
    for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do descendants "$child"; done
}
while kill -0 "$root" 2>/dev/null; do
    total=0
    for pid in $(descendants "$root"); do
        kb=$(awk '/^VmRSS:/ {print $2}' /proc/"$pid"/status 2>/dev/null)
        total=$((total + ${kb:-0}))
    done
    [ "$total" -gt "$peak" ] && peak=$total
    sleep 0.5
done
wait "$root"
code=$?
echo "peak-rss: $((peak / 1024)) MiB summed over the process tree of: $*" >&2
exit "$code"
