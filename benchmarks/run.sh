#!/usr/bin/env bash
# The netlint benchmark, in one command. From the repository root of a fresh clone:
#
#   benchmarks/run.sh            builds, generates the inputs, then times side by side, RUNS times each
#                                and alternated run after run: netlint through its launcher
#                                (cli/target/netlint/bin/netlint), the Python script a user would write
#                                instead (benchmarks/peer/peer.py) and the parser floors (snakeyaml's
#                                events, jackson-core's tokens, each alone in a JVM); then the warm rule
#                                time per element from 1k to 100k of each list; then every target with
#                                met or NOT met. About 10-15 minutes on 2 cores.
#   QUICK=1 benchmarks/run.sh    the same on small inputs, one run each, small scaling sizes: a check that
#                                the harness works (a few minutes with the build); its verdicts mean nothing
#   benchmarks/run.sh jmh [ARGS] builds and runs the JMH benchmarks (ARGS go to JMH, e.g. RulesBenchmark)
#
# Environment: RUNS (default 5; 1 with QUICK), SKIP_BUILD=1 to use the built distribution and jars,
# SCALING=0 to leave out the rule time per element, SCALE_TESTS=0 to leave out the wall-time scale tests, NETLINT_BENCH_DIR for the generated inputs (default
# benchmarks/generated, which git ignores), PYTHON (default python3; needs PyYAML, with libyaml for its C
# loader), RAW_DIR to keep the raw measurements there. netlint runs with the launcher's JVM options and
# no others; JAVA_HOME picks the JDK as it does for the launcher. Nothing is installed: wall, CPU time and
# peak RSS come from GNU time (/usr/bin/time) when present, else from the clock and VmHWM in
# /proc/PID/status (no CPU time then). docs/performance.md says what each figure means.
set -euo pipefail

cd "$(dirname "$0")/.."
QUICK=${QUICK:-0}
if [ "$QUICK" = 1 ]; then RUNS=${RUNS:-1}; else RUNS=${RUNS:-5}; fi
DATA=${NETLINT_BENCH_DIR:-benchmarks/generated}
PYTHON=${PYTHON:-python3}
LAUNCHER=cli/target/netlint/bin/netlint
BENCH=benchmarks/target/benchmarks.jar
PEER=benchmarks/peer/peer.py

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
[ -x "$LAUNCHER" ] || { echo "run.sh: $LAUNCHER is missing: build the distribution (mvn package)" >&2; exit 2; }

# The JDK the launcher uses, and the launcher's JVM options, which the floors get too.
if [ -n "${JAVA_HOME:-}" ]; then JAVA=$JAVA_HOME/bin/java; else JAVA=$(command -v java); fi
JVM_OPTS=$(sed -n "s/^netlint_jvm_opts='\(.*\)'\$/\1/p" "$LAUNCHER")
[ -n "$JVM_OPTS" ] || { echo "run.sh: no netlint_jvm_opts line in $LAUNCHER" >&2; exit 2; }
unset JAVA_OPTS NETLINT_OPTS

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RUNS_FILE=$WORK/runs.txt
SCALING_FILE=$WORK/scaling.txt
: >"$RUNS_FILE"
: >"$SCALING_FILE"

# ------------------------------------------------------------------ inputs
if [ "$QUICK" = 1 ]; then ROUTES=10000; DEVICES=100; else ROUTES=100000; DEVICES=1000; fi
mkdir -p "$DATA"
echo "generating inputs in $DATA..." >&2
gen() { java -cp "$BENCH" dev.netlint.bench.Generate "$@" >&2; }
gen tree "$DATA/one-device" --devices 1
gen tree "$DATA/tree-yaml" --devices "$DEVICES" --format yaml
gen huge "$DATA/huge" --routes "$ROUTES"
gen huge "$DATA/huge-json" --routes "$ROUTES" --format json

# ------------------------------------------------------------------ the peer
PEER_OK=1
PEER_LOADER=$("$PYTHON" "$PEER" --loader 2>/dev/null) || PEER_OK=0
if [ "$PEER_OK" = 0 ]; then
    echo "run.sh: $PYTHON cannot run $PEER (Python 3 with PyYAML is needed): the peer is not measured" >&2
    PEER_LOADER="not available"
fi

# ------------------------------------------------------------------ the floors' CDS archives
# The floors run with the launcher's options, CDS included: each gets an archive made the way the build
# makes netlint's, by one run on the small device.
small_yaml=$(find "$DATA/one-device" -name '*.yaml' | sort | awk 'NR == 1')
small_json=$(find "$DATA/one-device" -name '*.json' | sort | awk 'NR == 1')
# shellcheck disable=SC2086
"$JAVA" $JVM_OPTS -XX:ArchiveClassesAtExit="$WORK/floor-yaml.jsa" -cp "$BENCH" dev.netlint.bench.Floor yaml \
    "$small_yaml" >/dev/null
# shellcheck disable=SC2086
"$JAVA" $JVM_OPTS -XX:ArchiveClassesAtExit="$WORK/floor-json.jsa" -cp "$BENCH" dev.netlint.bench.Floor json \
    "$small_json" >/dev/null

# ------------------------------------------------------------------ timing
# Runs "$@" once as run KEY; appends "KEY wall cpu rss_kib [load rules plan report total]" to the runs file.
# Exit codes 0 and 1 (findings) are fine; anything else stops the benchmark.
time_once() {
    local key=$1 status=0 wall cpu rss
    shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || status=$?
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$WORK/time")
        cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$WORK/time")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time")
    else
        local start end pid line
        rss=0
        start=$(date +%s.%N)
        "$@" >/dev/null 2>"$WORK/stderr" &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            line=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
            [ -n "$line" ] && rss=$line
            sleep 0.02
        done
        wait "$pid" || status=$?
        end=$(date +%s.%N)
        wall=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
        cpu=NA
    fi
    if [ "$status" -gt 1 ]; then
        echo "run.sh: $key failed (exit $status): $*" >&2
        cat "$WORK/stderr" >&2
        exit 1
    fi
    local timings
    timings=$(awk '
        /^timings: load=/ {for (i = 2; i <= NF; i++) {split($i, kv, "="); sub("ms", "", kv[2]); v[kv[1]] = kv[2]}}
        /^timings: address plan=/ {split($3, kv, "="); sub("ms", "", kv[2]); v["plan"] = kv[2]}
        END {if ("load" in v) print v["load"], v["rules"], v["plan"], v["report"], v["total"]}' "$WORK/stderr")
    echo "$key $wall $cpu $rss $timings" >>"$RUNS_FILE"
    printf '  %-18s %6.2f s\n' "$key" "$wall" >&2
}

# The commands timed (arrays: /usr/bin/time runs programs, not shell functions).
NETLINT=("$LAUNCHER" check --format json --output /dev/null --timings)
# shellcheck disable=SC2206
FLOOR_YAML=("$JAVA" $JVM_OPTS "-XX:SharedArchiveFile=$WORK/floor-yaml.jsa" -cp "$BENCH" dev.netlint.bench.Floor yaml)
# shellcheck disable=SC2206
FLOOR_JSON=("$JAVA" $JVM_OPTS "-XX:SharedArchiveFile=$WORK/floor-json.jsa" -cp "$BENCH" dev.netlint.bench.Floor json)
PEER_RUN=("$PYTHON" "$PEER")

# The self-contained bundle (mvn package -Pbundle -pl cli -am), unpacked as a user unpacks it, run with
# no Java on the PATH and no JAVA_HOME; BUNDLE_LAUNCHER names an unpacked bundle's bin/netlint instead.
BUNDLE_LAUNCHER=${BUNDLE_LAUNCHER:-}
if [ -z "$BUNDLE_LAUNCHER" ]; then
    bundle_tar=$(find cli/target -maxdepth 1 -name 'netlint-*-linux-x64.tar.gz' 2>/dev/null | head -n 1)
    if [ -n "$bundle_tar" ]; then
        mkdir -p "$WORK/bundle"
        tar -xzf "$bundle_tar" -C "$WORK/bundle"
        BUNDLE_LAUNCHER=$(find "$WORK/bundle" -path '*/bin/netlint' -type f | head -n 1)
    else
        echo "run.sh: no self-contained bundle in cli/target (mvn package -Pbundle -pl cli -am): its first run is not measured" >&2
    fi
fi
BUNDLE=(env -u JAVA_HOME PATH=/usr/bin:/bin "$BUNDLE_LAUNCHER" check --format json --output /dev/null --timings)

# One round: every measured command once. Rounds alternate them, so that a change of load on a shared
# machine falls on all of them.
round() {
    time_once netlint-small "${NETLINT[@]}" "$DATA/one-device"
    if [ -n "$BUNDLE_LAUNCHER" ]; then time_once bundle-small "${BUNDLE[@]}" "$DATA/one-device"; fi
    if [ "$PEER_OK" = 1 ]; then time_once peer-tree "${PEER_RUN[@]}" "$DATA/tree-yaml"; fi
    time_once floor-tree "${FLOOR_YAML[@]}" "$DATA/tree-yaml"
    time_once netlint-tree "${NETLINT[@]}" "$DATA/tree-yaml"
    if [ "$PEER_OK" = 1 ]; then time_once peer-huge-yaml "${PEER_RUN[@]}" "$DATA/huge"; fi
    time_once floor-yaml "${FLOOR_YAML[@]}" "$DATA/huge/config.yaml"
    time_once netlint-huge-yaml "${NETLINT[@]}" "$DATA/huge"
    if [ "$PEER_OK" = 1 ]; then time_once peer-huge-json "${PEER_RUN[@]}" "$DATA/huge-json"; fi
    time_once floor-json "${FLOOR_JSON[@]}" "$DATA/huge-json/config.json"
    time_once netlint-huge-json "${NETLINT[@]}" "$DATA/huge-json"
}

cpu_model=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
mem=$(awk '/MemTotal/ {printf("%.1f GiB", $2 / 1048576)}' /proc/meminfo)
java_version=$("$JAVA" -version 2>&1 | awk 'NR == 1')
java_runtime=$("$JAVA" -version 2>&1 | awk 'NR == 2')
python_version=$("$PYTHON" --version 2>&1 || echo "no python")
pyyaml_version=$("$PYTHON" -c 'import yaml; print(yaml.__version__)' 2>/dev/null || echo "none")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

echo "warming the page cache and the JVM's files..." >&2
cat "$DATA"/huge/config.yaml "$DATA"/huge-json/config.json >/dev/null
find "$DATA/tree-yaml" "$DATA/one-device" -type f -exec cat {} + >/dev/null
"${NETLINT[@]}" "$DATA/one-device" >/dev/null 2>&1 || true
"${FLOOR_JSON[@]}" "$small_json" >/dev/null
for r in $(seq "$RUNS"); do
    echo "round $r of $RUNS:" >&2
    round
done

if [ "${SCALING:-1}" != 0 ]; then
    echo "rule time per element (Scaling)..." >&2
    if [ "$QUICK" = 1 ]; then scaling_args=(--sizes 500,1000,2000 --seconds 0.3); else scaling_args=(); fi
    # one JVM per list, as JMH forks: what the JIT learnt from one list's devices does not slow another's
    for list in routes required-networks services pools virtual-networks; do
        java -cp "$BENCH" dev.netlint.bench.Scaling --lists "$list" "${scaling_args[@]}" >>"$SCALING_FILE"
    done
fi
# The wall-time scale tests (JUnit tag scale), which the default build leaves out because they depend on
# the machine's load: the rules' time per element from 10,000 to 100,000 elements, 100,000 routes in a minute.
scale_tests=skipped
if [ "${SCALE_TESTS:-1}" != 0 ] && [ "$QUICK" != 1 ]; then
    echo "scale tests (mvn -Pscale)..." >&2
    if mvn -q -o -Pscale -pl rules -am test -Dsurefire.failIfNoSpecifiedTests=false >"$WORK/scale-tests.log" 2>&1; then
        scale_tests=passed
    else
        scale_tests="FAILED (see the surefire reports in rules/target/surefire-reports)"
    fi
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "netlint benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS runs of each command, alternated$([ "$QUICK" = 1 ] && echo ' (QUICK: small inputs, verdicts meaningless)')"
echo "machine: $(nproc) cores, $cpu_model, $mem; load average before: $load_before, after: $load_after"
echo "JDK: $java_version, $java_runtime"
echo "netlint: $LAUNCHER, JVM options $JVM_OPTS -XX:SharedArchiveFile=<lib>/netlint.jsa"
echo "floors: the same JVM options, each with its own CDS archive; peer: $python_version, PyYAML $pyyaml_version, $PEER_LOADER"
echo "inputs: one small device ($(du -sh "$DATA/one-device" | cut -f1)); tree of $DEVICES YAML devices" \
    "($(du -sh "$DATA/tree-yaml" | cut -f1) in $(find "$DATA/tree-yaml" -name '*.yaml' | wc -l) files);" \
    "huge device: $ROUTES routes, $((ROUTES / 5)) required networks, $((ROUTES / 10)) services," \
    "$(du -h "$DATA/huge/config.yaml" | cut -f1) as YAML, $(du -h "$DATA/huge-json/config.json" | cut -f1) as JSON"
echo
java -cp "$BENCH" dev.netlint.bench.BenchReport "$RUNS_FILE" "$SCALING_FILE"
echo
echo "scale tests (mvn -Pscale -pl rules -am test): $scale_tests"
if [ -n "${RAW_DIR:-}" ]; then
    mkdir -p "$RAW_DIR"
    cp "$RUNS_FILE" "$SCALING_FILE" "$RAW_DIR"/
fi
