#!/usr/bin/env bash
# Where one CLI run spends its time, from a JDK Flight Recorder recording (nothing to install):
#
#   benchmarks/profile.sh [INPUT]     default INPUT: benchmarks/generated/huge (run benchmarks/run.sh first)
#
# Prints the --timings split, then from the recording: the methods on top of the stack (self time), the
# innermost netlint method of each sample (which of our code leads there), the inclusive count of each
# method (the samples with it anywhere on the stack: to compare two builds), the longest JIT
# compilations and the GC pauses. Java code is sampled every millisecond (JFR's profile settings, with
# jdk.ExecutionSample at 1 ms instead of 10-20 ms: a run of a few seconds then gives hundreds of
# samples, not tens). JAVA_OPTS are passed to the JVM; NETLINT_JAR picks another build of the CLI.
set -euo pipefail

cd "$(dirname "$0")/.."
INPUT=${1:-benchmarks/generated/huge}
CLI=${NETLINT_JAR:-cli/target/netlint.jar}
JFR=$(mktemp --suffix=.jfr)
JFC=$(mktemp --suffix=.jfc)
trap 'rm -f "$JFR" "$JFC"' EXIT

if [ -n "${JAVA_HOME:-}" ]; then JAVA_DIR=$JAVA_HOME; else JAVA_DIR=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")"); fi
awk '/<event name="jdk.ExecutionSample">/ {sample = 1}
     sample && /<setting name="period"/ {sub(/>[^<]*</, ">1 ms<")}
     /<\/event>/ {sample = 0}
     {print}' "$JAVA_DIR/lib/jfr/profile.jfc" >"$JFC"

java ${JAVA_OPTS:-} -XX:StartFlightRecording=filename="$JFR",settings="$JFC" \
    -jar "$CLI" check --format json --output /dev/null --timings "$INPUT" || [ $? -eq 1 ]

# The reports below end in `head`, which closes its input early: under pipefail that would stop the script.
set +o pipefail

samples=$(jfr print --events jdk.ExecutionSample --stack-depth 1 "$JFR" | grep -c 'line:' || true)
echo
echo "== self time: top of stack, $samples samples of running Java code (every 1 ms per thread)"
jfr print --events jdk.ExecutionSample --stack-depth 1 "$JFR" | grep 'line:' | sed 's/(.*//; s/^ *//' \
    | sort | uniq -c | sort -rn | head -15

echo
echo "== innermost netlint method of each sample (what of ours leads to the time)"
jfr print --events jdk.ExecutionSample --stack-depth 64 "$JFR" | awk '
    /jdk.ExecutionSample/ {if (n) print (hit == "" ? "(no netlint frame)" : hit); hit = ""; n = 1}
    /line:/ && hit == "" && /dev\.netlint/ {sub(/^ */, ""); sub(/\(.*/, ""); hit = $0}
    END {if (n) print (hit == "" ? "(no netlint frame)" : hit)}' | sort | uniq -c | sort -rn | head -15

echo
echo "== inclusive: samples with the method anywhere on the stack, once each (netlint, snakeyaml, jackson, IPAddress)"
jfr print --events jdk.ExecutionSample --stack-depth 80 "$JFR" | awk '
    /jdk.ExecutionSample/ {for (k in seen) c[k]++; delete seen}
    /line:/ {s = $0; sub(/^ */, "", s); sub(/\(.*/, "", s); if (s ~ /netlint|snakeyaml|jackson|ipaddr/) seen[s] = 1}
    END {for (k in seen) c[k]++; for (k in c) print c[k], k}' | sort -rn | head -25

echo
echo "== longest JIT compilations (compiler threads share the 2 cores with the work)"
jfr print --events jdk.Compilation "$JFR" | awk '
    /duration =/ {d = $3; if ($4 == "s") d *= 1000}
    /method =/ {sub(/^ *method = /, ""); m = substr($0, 1, 100)}
    /compileLevel =/ {l = $3}
    /^}/ {if (m != "") printf("%8.0f ms  level %s  %s\n", d, l, m); m = ""}' | sort -rn | head -10
jfr print --events jdk.Compilation "$JFR" | awk '/duration =/ {d = $3; if ($4 == "s") d *= 1000; t += d} END {
    printf("   (compilations over the recording threshold: %.0f ms in all)\n", t)}'

echo
echo "== GC pauses"
jfr print --events jdk.GarbageCollection "$JFR" | awk '/sumOfPauses =/ {d = $3; if ($4 == "s") d *= 1000; t += d; n++}
    END {printf("%d collections, %.0f ms of pauses\n", n, t)}'
