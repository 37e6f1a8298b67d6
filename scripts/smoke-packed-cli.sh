#!/usr/bin/env bash
# `npm run test:pack`: the command as a user gets it. npm pack (its prepack builds build/cli/), install the
# tarball into an empty prefix without the registry (the CLI bundles every package it uses), then make, check,
# roll and import plans with the installed `tiltaksplan`, from a folder outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "packaged CLI: $*" >&2
  exit 1
}
# Runs the installed command; fails unless it exits with the expected status.
expect_exit() {
  local want=$1
  shift
  local got=0
  "$tmp/prefix/bin/tiltaksplan" "$@" >"$tmp/out.txt" 2>&1 || got=$?
  [ "$got" = "$want" ] || { cat "$tmp/out.txt" >&2; fail "tiltaksplan $* exited $got, expected $want"; }
}

npm pack --silent --pack-destination "$tmp" >/dev/null
npm install --global --prefix "$tmp/prefix" --offline --no-audit --no-fund --loglevel=error "$tmp"/tiltaksplan-*.tgz

fixture=$PWD/test/fixtures/legacy-verdal-6-1-6-2.xlsx
version=$(node -p "require('./package.json').version")
cd "$tmp"
expect_exit 0 --version
[ "$(cat out.txt)" = "$version" ] || fail "--version printed '$(cat out.txt)', expected '$version'"
expect_exit 0 --help
expect_exit 0 new x.xlsx --example
expect_exit 1 check x.xlsx # the example carries deliberate findings
expect_exit 1 check x.xlsx --format json --out report.json
node -e "JSON.parse(require('fs').readFileSync('report.json', 'utf8'))" || fail 'check --format json wrote no JSON'
expect_exit 0 roll x.xlsx --out rolled.xlsx
expect_exit 0 new empty.xlsx
expect_exit 0 check empty.xlsx
expect_exit 0 import "$fixture" --out imported.xlsx
expect_exit 2 check missing.xlsx
tar -tzf "$tmp"/tiltaksplan-*.tgz >"$tmp"/contents.txt
grep -qx package/LICENSE "$tmp"/contents.txt || fail "the tarball has no LICENSE" # not piped: grep -q stops reading, and tar's SIGPIPE fails the pipeline under pipefail
echo "packaged CLI: $(basename "$tmp"/tiltaksplan-*.tgz) installs and runs new, check, roll, import"
