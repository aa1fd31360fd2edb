#!/usr/bin/env bash
# The netlint benchmark of SPEC §8, in one command. From the repository root:
#
#   benchmarks/run.sh            build, generate the inputs, time the CLI on each (RUNS=5 times), print
#                                medians (min-max) of wall time, CPU time and peak RSS, the --timings
#                                phase split, and how the rules phase scales from 1k to 100k routes
#   benchmarks/run.sh jmh [ARGS] build and run the JMH benchmarks (ARGS go to JMH, e.g. LoadBenchmark)
#
# Environment: RUNS (default 5), SKIP_BUILD=1 to reuse the jars, NETLINT_BENCH_DIR for the generated
# inputs (default benchmarks/generated, which git ignores), JAVA_OPTS for JVM options given to the CLI
# (empty by default: the targets are for a plain `java -jar`; set it to measure a launcher's options),
# NETLINT_JAR to time another build of the CLI (default cli/target/netlint.jar). Nothing is installed: peak RSS comes from
# GNU time (/usr/bin/time -v) when present, else from VmHWM in /proc/PID/status, polled.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DATA=${NETLINT_BENCH_DIR:-benchmarks/generated}
CLI=${NETLINT_JAR:-cli/target/netlint.jar}
BENCH=benchmarks/target/benchmarks.jar

build() {
    if [ "${SKIP_BUILD:-0}" != 1 ]; then
        echo "building (mvn package -pl cli,benchmarks -am -DskipTests)..." >&2
        mvn -q -o package -pl cli,benchmarks -am -DskipTests >&2 \
            || mvn -q package -pl cli,benchmarks -am -DskipTests >&2
    fi
}

if [ "${1:-}" = jmh ]; then
    shift
    build
    exec java -jar "$BENCH" "$@"
fi

build
mkdir -p "$DATA"
echo "generating inputs in $DATA..." >&2
java -cp "$BENCH" dev.netlint.bench.Generate huge "$DATA/huge" >&2
java -cp "$BENCH" dev.netlint.bench.Generate tree "$DATA/tree" >&2
java -cp "$BENCH" dev.netlint.bench.Generate huge "$DATA/scale-1000" --routes 1000 >&2
java -cp "$BENCH" dev.netlint.bench.Generate huge "$DATA/scale-10000" --routes 10000 >&2
java -cp "$BENCH" dev.netlint.bench.Generate tree "$DATA/one-device" --devices 1 >&2

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Runs the CLI once on $1; appends "wall cpu rss_kb load rules plan report total" to $2.
run_once() {
    local input=$1 out=$2 err="$WORK/stderr" status=0
    local -a cmd=(java ${JAVA_OPTS:-} -jar "$CLI" check --format json --output /dev/null --timings "$input")
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v -o "$WORK/time" "${cmd[@]}" 2>"$err" || status=$?
        local wall cpu rss
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$WORK/time")
        cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$WORK/time")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time")
    else
        local start end hwm=0 pid line
        start=$(date +%s.%N)
        "${cmd[@]}" 2>"$err" &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            line=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
            [ -n "$line" ] && hwm=$line
            sleep 0.02
        done
        wait "$pid" || status=$?
        end=$(date +%s.%N)
        wall=$(awk -v a="$start" -v b="$end" 'BEGIN {print b-a}')
        cpu=NA
        rss=$hwm
    fi
    if [ "$status" -gt 1 ]; then
        echo "netlint failed on $input (exit $status):" >&2
        cat "$err" >&2
        exit 1
    fi
    local timings
    timings=$(awk '
        /^timings: load=/ {for (i=2;i<=NF;i++) {split($i,kv,"="); sub("ms","",kv[2]); v[kv[1]]=kv[2]}}
        /^timings: address plan=/ {split($3,kv,"="); sub("ms","",kv[2]); v["plan"]=kv[2]}
        END {print v["load"], v["rules"], v["plan"], v["report"], v["total"]}' "$err")
    echo "$wall $cpu $rss $timings" >>"$out"
}

# Median and min-max of column $2 of file $1, divided by $3 (default 1), as "median (min-max)" in format $4.
stat() {
    awk -v c="$2" '{print $c}' "$1" | grep -v NA | sort -g | awk -v scale="${3:-1}" -v fmt="${4:-%.2f}" '
        {v[NR]=$1/scale} END {
            if (NR == 0) {print "n/a"; exit}
            m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
            printf(fmt " (" fmt "-" fmt ")\n", m, v[1], v[NR])}'
}

median_f() {
    awk -v c="$2" '{print $c}' "$1" | sort -g | awk '{v[NR]=$1} END {m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; print m}'
}

median() {
    awk -v c="$2" '{print $c}' "$1" | sort -g | awk '{v[NR]=$1} END {m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf("%.0f\n", m)}'
}

# Times the CLI RUNS times on input $3; the figures go to $WORK/$1.txt, a line labelled $2 to stdout.
measure() {
    local key=$1 name=$2 input=$3 out="$WORK/$1.txt"
    : >"$out"
    java -jar "$CLI" check --format json --output /dev/null "$input" 2>/dev/null || true   # warm the page cache
    for _ in $(seq "$RUNS"); do
        run_once "$input" "$out"
    done
    printf '%-26s %-20s %-20s %-20s load %s / rules %s (plan %s) / report %s / total %s ms\n' "$name" \
        "$(stat "$out" 1)" "$(stat "$out" 2)" "$(stat "$out" 3 1024 %.0f)" \
        "$(median "$out" 4)" "$(median "$out" 5)" "$(median "$out" 6)" "$(median "$out" 7)" "$(median "$out" 8)"
}

cpu_model=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
mem=$(awk '/MemTotal/ {printf("%.1f GiB", $2/1048576)}' /proc/meminfo)
java_version=$(java -version 2>&1 | head -1)
echo "netlint benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS runs per input"
echo "machine: $(nproc) cores, $cpu_model, $mem, $java_version; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CLI: $CLI; JVM options: ${JAVA_OPTS:-none}"
echo "inputs: $(du -sh "$DATA/huge/config.yaml" | cut -f1) huge device; tree of $(find "$DATA/tree" -name '*.y*ml' -o -name '*.json' | sed 's|/[^/]*$||' | sort -u | wc -l) devices"
echo
printf '%-26s %-20s %-20s %-20s %s\n' input "wall s" "cpu s (user+sys)" "peak RSS MiB" "--timings, medians"
measure startup "start-up (1 small device)" "$DATA/one-device"
measure huge "huge (100k routes)" "$DATA/huge"
measure tree "tree (1,000 devices)" "$DATA/tree"
echo
echo "rule-time scaling (one device; routes, 1/5 as many required networks, 1/10 as many services):"
printf '%-10s %-20s %-12s %-12s %-12s\n' routes "wall s" "load ms" "rules ms" "plan ms"
for n in 1000 10000 100000; do
    input="$DATA/scale-$n"
    [ "$n" = 100000 ] && input="$DATA/huge"
    out="$WORK/scale-$n.txt"
    if [ "$n" = 100000 ]; then cp "$WORK/huge.txt" "$out"; fi
    if [ ! -s "$out" ]; then
        : >"$out"
        for _ in $(seq "$RUNS"); do run_once "$input" "$out"; done
    fi
    printf '%-10s %-20s %-12s %-12s %-12s\n' "$n" "$(stat "$out" 1)" "$(median "$out" 4)" "$(median "$out" 5)" "$(median "$out" 6)"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "targets (SPEC §8, 2 cores, no -Xmx), on medians:"
verdict() { if awk "BEGIN {exit !($2)}"; then echo "  met:     $1"; else echo "  NOT met: $1"; fi; }
huge_wall=$(median_f "$WORK/huge.txt" 1)
tree_wall=$(median_f "$WORK/tree.txt" 1)
huge_rss=$(median_f "$WORK/huge.txt" 3)
tree_rss=$(median_f "$WORK/tree.txt" 3)
verdict "huge device under 1.5 s wall (median $huge_wall s)" "$huge_wall < 1.5"
verdict "huge device: rules ($(median "$WORK/huge.txt" 5) ms) take less than load ($(median "$WORK/huge.txt" 4) ms)" \
    "$(median "$WORK/huge.txt" 5) < $(median "$WORK/huge.txt" 4)"
verdict "tree under 1.5 s wall (median $tree_wall s)" "$tree_wall < 1.5"
verdict "peak RSS under 768 MiB (medians $(awk "BEGIN {printf \"%.0f\", $huge_rss / 1024}") and $(awk "BEGIN {printf \"%.0f\", $tree_rss / 1024}") MiB)" \
    "$huge_rss < 768 * 1024 && $tree_rss < 768 * 1024"
