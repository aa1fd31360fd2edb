#!/usr/bin/env bash
# Attacks netlint as a pull request can, end to end through the launcher, and fails (exit 1) when one
# works:
#  1. symbolic links (a file, a folder, deep in the tree, and a path given that is a link) to a secret
#     outside the tree: the secret must appear in no report of any format, on standard output or in
#     --output files, and each link must be reported as link-outside-tree;
#     a file in the tree named like a device file that is not one: its content is never echoed;
#  2. an ignore glob that backtracking regular expressions take hours on, against long names: the run
#     must take less than a second more than the same run with a plain glob.
# Usage: hostile-inputs.sh [LAUNCHER]   (default: cli/target/netlint/bin/netlint of this checkout)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
launcher="${1:-$here/../../../target/netlint/bin/netlint}"
launcher="$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
fail() {
  echo "FAIL: $*" >&2
  failed=1
}

# ---------------------------------------------------------------- 1. links out of the tree
token="NETLINT-SECRET-$RANDOM$RANDOM-$$"
mkdir -p "$work/home/.aws" "$work/repo/sites/a" "$work/repo/sites/b/deep/er" "$work/elsewhere/c"
printf 'https://ci-bot:%s@github.com\n' "$token" > "$work/home/.git-credentials"
printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$token" "$token" \
  > "$work/home/.aws/credentials"
printf 'device:\n  secret: %s\n' "$token" > "$work/elsewhere/c/device.yaml"
cat > "$work/repo/sites/a/device.yaml" <<'YAML'
device:
  network:
    interfaces:
      - name: Port3
        isDhcpEnabled: false
        iPv4: { address: 192.168.20.10, subnetMask: 255.255.255.0 }
    vSwitches:
      - name: vSwitch1
        interfaceName: Port3
        enabledForCompute: true
        ipAddressPools:
          - { name: KubernetesNodeIPs, ipAddressRange: 192.168.20.20-192.168.20.22 }
          - { name: KubernetesServiceIPs, ipAddressRange: 192.168.20.22-192.168.20.39 }
YAML
cp "$work/repo/sites/a/device.yaml" "$work/repo/sites/b/deep/er/device.yaml"
ln -s ../../../home/.git-credentials "$work/repo/sites/a/gc.yaml"
ln -s "$work/home/.aws/credentials" "$work/repo/sites/b/deep/er/aws.yml"
ln -s "$work/elsewhere" "$work/repo/sites/linked"
ln -s ../../home/.git-credentials "$work/repo/sites/given.json"
# in the tree, named like a device file, not one: nothing of it is echoed
printf 'https://ci-bot:%s@github.com\n' "$token" > "$work/repo/sites/a/notes.yaml"

cd "$work/repo"
for format in text json sarif github junit html checkstyle gitlab; do
  set +e
  "$launcher" check sites --format "$format" > "$work/out.$format" 2> "$work/err.$format"
  code=$?
  "$launcher" check sites --format "$format" --output "$work/file.$format" > /dev/null 2>> "$work/err.$format"
  # a path given that is itself a link out of its folder
  "$launcher" check sites/given.json --format "$format" > "$work/given.$format" 2>> "$work/err.$format"
  given=$?
  set -e
  [ "$given" = 1 ] || fail "$format: a link given: exit $given, expected 1: $(cat "$work/err.$format")"
  grep -q 'link-outside-tree' "$work/given.$format" || fail "$format: the link given is not reported"
  [ "$code" = 1 ] || fail "$format: exit $code, expected 1 (findings): $(cat "$work/err.$format")"
  for f in "$work/out.$format" "$work/err.$format" "$work/file.$format" "$work/given.$format"; do
    if grep -q "$token" "$f"; then
      fail "$format: the secret is in $(basename "$f"): $(grep -m1 "$token" "$f" | cut -c1-200)"
    fi
  done
  for link in sites/a/gc.yaml sites/b/deep/er/aws.yml sites/linked sites/given.json; do
    grep -q "$link" "$work/out.$format" || fail "$format: the link $link is not named"
  done
done
text="$(cat "$work/out.text")"
[ "$(grep -c '\[link-outside-tree\]' <<<"$text")" = 4 ] \
  || fail "text: 4 link-outside-tree findings expected:\n$text"
grep -q 'sites/a/notes.yaml:1:1: info: not a device file' <<<"$text" || fail "text: notes.yaml is not said to be no device file"
grep -q 'KubernetesServiceIPs' <<<"$text" || fail "text: the devices inside the tree are not checked"

# ---------------------------------------------------------------- 2. a glob that backtracks
mkdir -p "$work/globs/site"
cp "$work/repo/sites/a/device.yaml" "$work/globs/site/device.yaml"
long="$(printf 'a%.0s' $(seq 1 200))"
for i in 1 2 3 4 5 6 7 8; do
  printf 'kubernetes: {}\n' > "$work/globs/site/$long$i.yaml"
done
elapsed() {
  local start end
  start=$(date +%s%N)
  (cd "$work/globs" && timeout 120 "$launcher" check site --format json > /dev/null 2>&1) || [ $? = 1 ] \
    || fail "the run with ignore: $1 did not finish or failed"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
best() {
  printf 'ignore: ["%s"]\n' "$1" > "$work/globs/.netlint.yaml"
  local a b
  a=$(elapsed "$1")
  b=$(elapsed "$1")
  echo $(( a < b ? a : b ))
}
plain=$(best 'archive/**')
hostile=$(best '**/*a*a*a*a*a*a*a*a*a*a*a*a*b')
echo "glob: a plain ignore glob ${plain} ms, **/*a*a*a*a*a*a*a*a*a*a*a*a*b ${hostile} ms"
[ $(( hostile - plain )) -lt 1000 ] || fail "the pathological glob took $((hostile - plain)) ms more than a plain one"

if [ "$failed" = 0 ]; then
  echo "hostile-inputs: every attack failed"
fi
exit "$failed"
