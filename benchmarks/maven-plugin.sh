#!/usr/bin/env bash
# What the netlint Maven plugin costs a build: `mvn validate` on a generated project whose
# src/main/network holds the benchmark's tree of YAML devices, with the plugin, with the plugin skipped
# (-Dnetlint.skip=true), and without the plugin at all; RUNS times each, alternated. From the
# repository root:
#
#   benchmarks/maven-plugin.sh
#
# The plugin is installed into a throwaway local repository (a copy of ~/.m2/repository, or
# MAVEN_REPO if given), never into ~/.m2 itself. Environment: RUNS (default 5), DEVICES (default
# 1000), MAVEN_REPO (a local repository to use and keep), SKIP_INSTALL=1 to use the netlint already
# installed there. The project sets failOn=never: the tree's broken devices would fail the build, and the
# work is the same. docs/performance.md has the figures.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-5}
DEVICES=${DEVICES:-1000}
BENCH=benchmarks/target/benchmarks.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ -n "${MAVEN_REPO:-}" ]; then
    REPO=$MAVEN_REPO
else
    REPO=$WORK/repository
fi
if [ ! -d "$REPO" ] || [ -z "$(ls -A "$REPO" 2>/dev/null)" ]; then
    echo "seeding $REPO from ~/.m2/repository..." >&2
    mkdir -p "$REPO"
    cp -a ~/.m2/repository/. "$REPO"/
fi
if [ "${SKIP_INSTALL:-0}" != 1 ]; then
    echo "installing netlint into $REPO (mvn install -pl maven-plugin -am, no tests)..." >&2
    mvn -q -o -Dmaven.repo.local="$REPO" install -pl maven-plugin -am -DskipTests -Dinvoker.skip=true >&2
    mvn -q -o -Dmaven.repo.local="$REPO" package -pl benchmarks -am -DskipTests >&2
fi
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | awk 'NR == 1')

# The same project three times: with the plugin, and without it.
project() {
    local dir=$1 plugin=$2
    mkdir -p "$dir"
    {
        cat <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.netlint.bench</groupId>
  <artifactId>plugin-cost</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
EOF
        if [ "$plugin" = yes ]; then
            cat <<EOF
  <build>
    <plugins>
      <plugin>
        <groupId>dev.netlint</groupId>
        <artifactId>netlint-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>check</goal></goals></execution></executions>
        <configuration><failOn>never</failOn></configuration>
      </plugin>
    </plugins>
  </build>
EOF
        fi
        echo "</project>"
    } >"$dir/pom.xml"
}
project "$WORK/with" yes
project "$WORK/without" no
java -cp "$BENCH" dev.netlint.bench.Generate tree "$WORK/with/src/main/network" --devices "$DEVICES" --format yaml >&2
cp -a "$WORK/with/src" "$WORK/without/"

# Runs mvn validate in $2 with the extra arguments after it; appends "wall cpu rss_kib" to $WORK/$1.
time_once() {
    local key=$1 dir=$2
    shift 2
    (cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" mvn -q -o -Dmaven.repo.local="$REPO" "$@" validate \
        >"$WORK/out" 2>&1) || { echo "mvn validate failed in $dir:" >&2; cat "$WORK/out" >&2; exit 1; }
    awk '{print $1, $2 + $3, $4}' "$WORK/time" >>"$WORK/$key"
    printf '  %-10s %6.2f s\n' "$key" "$(awk '{print $1}' "$WORK/time")" >&2
}

stat() {
    awk -v c="$2" -v scale="${3:-1}" '{print $c / scale}' "$WORK/$1" | sort -g | awk -v f="${4:-%.2f}" '{v[NR] = $1} END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf(f " (" f "-" f ")", m, v[1], v[NR])}'
}
median() {
    awk -v c="$2" '{print $c}' "$WORK/$1" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "warming up..." >&2
time_once warm "$WORK/with"
time_once warm "$WORK/without"
for r in $(seq "$RUNS"); do
    echo "round $r of $RUNS:" >&2
    time_once plugin "$WORK/with"
    time_once skipped "$WORK/with" -Dnetlint.skip=true
    time_once none "$WORK/without"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "netlint Maven plugin cost, $(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS runs of each, alternated"
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)," \
    "$(awk '/MemTotal/ {printf("%.1f GiB", $2 / 1048576)}' /proc/meminfo); load average before: $load_before, after: $load_after"
echo "$(mvn -B -v 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | awk 'NR == 1'); $(java -version 2>&1 | awk 'NR == 1'); MAVEN_OPTS: ${MAVEN_OPTS:-none}"
echo "project: packaging pom, the plugin's check goal at validate (failOn never, reports json and sarif);" \
    "src/main/network: $DEVICES YAML devices, $(du -sh "$WORK/with/src/main/network" | cut -f1)"
echo
printf '%-44s %-20s %-20s %s\n' "mvn -q -o validate" "wall s" "CPU s (user+sys)" "peak RSS MiB"
printf '%-44s %-20s %-20s %s\n' "with the plugin" "$(stat plugin 1)" "$(stat plugin 2)" "$(stat plugin 3 1024 %.0f)"
printf '%-44s %-20s %-20s %s\n' "with the plugin skipped (-Dnetlint.skip)" "$(stat skipped 1)" "$(stat skipped 2)" "$(stat skipped 3 1024 %.0f)"
printf '%-44s %-20s %-20s %s\n' "without the plugin" "$(stat none 1)" "$(stat none 2)" "$(stat none 3 1024 %.0f)"
echo
awk -v p="$(median plugin 1)" -v s="$(median skipped 1)" -v n="$(median none 1)" \
    -v pc="$(median plugin 2)" -v sc="$(median skipped 2)" 'BEGIN {
    printf("the plugin costs %.2f s of wall time (%.2f s of CPU) over the same build with it skipped;\n", p - s, pc - sc)
    printf("skipped, it costs %.2f s over a build without it (medians)\n", s - n)}'
