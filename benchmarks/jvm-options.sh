#!/usr/bin/env bash
# Which JVM options the launcher should pass: the distribution's jar (cli/target/netlint/lib) run as a
# whole process with each set of options below, alternated run after run, on each input. From the
# repository root, after benchmarks/run.sh has built the distribution and generated the inputs:
#
#   benchmarks/jvm-options.sh [INPUT...]   default: the small device, the YAML tree and the huge device
#                                          of benchmarks/generated
#
# Environment: RUNS (default 5), NETLINT_BENCH_DIR (default benchmarks/generated). Prints the medians
# (min-max) of wall time, CPU time and peak RSS per input and option set (GNU time is needed).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DATA=${NETLINT_BENCH_DIR:-benchmarks/generated}
LIB=$PWD/cli/target/netlint/lib
if [ -n "${JAVA_HOME:-}" ]; then JAVA=$JAVA_HOME/bin/java; else JAVA=$(command -v java); fi
[ -x /usr/bin/time ] || { echo "jvm-options.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }
[ -f "$LIB/netlint.jsa" ] || { echo "jvm-options.sh: $LIB/netlint.jsa is missing: build the distribution" >&2; exit 2; }
if [ $# -eq 0 ]; then set -- "$DATA/one-device" "$DATA/tree-yaml" "$DATA/huge"; fi

CDS="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile=$LIB/netlint.jsa"
C1_SERIAL_CDS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC $CDS"
LAUNCHER="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn48m $CDS"
names=(none C1 serial C1+serial C1+serial+CDS "the launcher (+Xmn48m)" "+Xmn32m" "+CICompilerCount=1" "+UsePerfData off"
    "+Xss512k")
sets=("" "-XX:TieredStopAtLevel=1" "-XX:+UseSerialGC" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "$C1_SERIAL_CDS"
    "$LAUNCHER" "$C1_SERIAL_CDS -Xmn32m" "$LAUNCHER -XX:CICompilerCount=1" "$LAUNCHER -XX:-UsePerfData"
    "$LAUNCHER -Xss512k")

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
stat() {
    awk -v c="$2" '{print $c}' "$1" | sort -g | awk -v f="$3" '{v[NR] = $1} END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf(f " (" f "-" f ")", m, v[1], v[NR])}'
}

echo "JVM options of the launcher, $(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS runs of each, alternated"
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); $("$JAVA" -version 2>&1 | awk 'NR == 1')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CDS is $CDS; + means the launcher's options (C1+serial+CDS) and that one"
for input in "$@"; do
    "$JAVA" -jar "$LIB/netlint.jar" check --format json --output /dev/null "$input" >/dev/null 2>&1 || true
    for i in "${!names[@]}"; do : >"$WORK/$i"; done
    for r in $(seq "$RUNS"); do
        for i in "${!names[@]}"; do
            # shellcheck disable=SC2086
            /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$JAVA" ${sets[$i]} -jar "$LIB/netlint.jar" check \
                --format json --output /dev/null "$input" >/dev/null 2>&1 || true
            grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$WORK/time" | awk '{print $1, $2 + $3, $4 / 1024}' >>"$WORK/$i"
        done
    done
    echo
    echo "$input:"
    printf '%-22s %-20s %-20s %s\n' "options" "wall s" "CPU s" "peak RSS MiB"
    for i in "${!names[@]}"; do
        printf '%-22s %-20s %-20s %s\n' "${names[$i]}" "$(stat "$WORK/$i" 1 %.2f)" "$(stat "$WORK/$i" 2 %.2f)" \
            "$(stat "$WORK/$i" 3 %.0f)"
    done
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
