#!/usr/bin/env bash
# Fault (b): the disk fills up during `esimder convert` and during `esimder load`. Each must end with
# a clean error (convert: exit 2 and one line on stderr; load: non-zero, one line, the previous
# generation still current) and leave no partial output that looks complete.
# Needs root (mounts a small tmpfs, unmounted on exit). Bounded; prints PASS/FAIL; exits 1 on a FAIL.
#   site/src/test/scripts/fault-disk-full.sh [PERSONS=3000] [LOAD_PERSONS=15000]
set -u
source "$(dirname "$0")/common.sh"
need_jars
[[ $(id -u) -eq 0 ]] || { echo "SKIP: needs root to mount a tmpfs"; exit 0; }
N=${1:-3000}; NL=${2:-15000}
WORK=$(mktemp -d /tmp/esimder-disk-full.XXXXXX)
FULL="$WORK/full"
LOADFS="$WORK/loadfs"
mkdir -p "$FULL" "$LOADFS"
mount -t tmpfs -o size=2m tmpfs "$FULL" || { echo "cannot mount a tmpfs"; exit 2; }
# TDB2 needs some room even for a small store: the load test gets its own, larger, filesystem.
mount -t tmpfs -o size=${LOAD_FS_SIZE:-64m} tmpfs "$LOADFS" || { umount "$FULL"; echo "cannot mount a tmpfs"; exit 2; }
trap 'stop_all; umount "$FULL" "$LOADFS" 2>/dev/null' EXIT

esimder generate --persons "$N" --format csv --seed 3 --output "$WORK/input.csv" > /dev/null
make_dataset 200 4 "$WORK/small.nq" || exit 2

# Convert: the output (several MB of N-Quads) cannot fit in 2 MB.
esimder convert --input "$WORK/input.csv" --output "$FULL/out.nq" --report "$FULL/report.json" > "$WORK/convert.out" 2> "$WORK/convert.err"
rc=$?
echo "convert into a 2 MB filesystem: exit $rc; stderr: $(head -c 300 "$WORK/convert.err")"
check "convert exits 2" test $rc -eq 2
check "convert says why in one line, without a stack trace" \
  test "$(grep -c . "$WORK/convert.err")" -eq 1 -a "$(grep -c -E '^\s+at |Exception' "$WORK/convert.err")" -eq 0
check "no out.nq is left looking complete" test ! -e "$FULL/out.nq"
check "no report claims success" test ! -e "$FULL/report.json"
echo "left in the filesystem: $(ls -A "$FULL" | tr '\n' ' ')"
check "no temporary file is left filling the disk" test -z "$(ls -A "$FULL")"

# Load: a first small load fits in ${LOAD_FS_SIZE:-64m}; a second, larger one runs out of space.
mkdir -p "$LOADFS/db"
esimder load --no-link --db "$LOADFS/db" "$WORK/small.nq" > "$WORK/load1.out" 2>&1
rc1=$?
current_before=$(readlink "$LOADFS/db/current" 2>/dev/null)
echo "first load (200 persons): exit $rc1, current -> ${current_before:-none}"
make_dataset "$NL" 5 "$WORK/large.nq" || exit 2
timeout 600 java -Xmx2g -jar "$CLI_JAR" load --no-link --db "$LOADFS/db" "$WORK/large.nq" > "$WORK/load2.out" 2> "$WORK/load2.err"
rc2=$?
echo "load of $NL persons into the full filesystem: exit $rc2; stderr: $(head -c 300 "$WORK/load2.err")"
check "the load fails (non-zero exit)" test $rc2 -ne 0
check "the load says why in one line, without a stack trace" \
  test "$(grep -c . "$WORK/load2.err")" -eq 1 -a "$(grep -c -E '^\s+at |Exception' "$WORK/load2.err")" -eq 0
check "the previous generation is still current (${current_before:-none})" test "$(readlink "$LOADFS/db/current" 2>/dev/null)" = "$current_before"
if [[ $rc1 -eq 0 ]]; then
  PORT=$(free_port)
  start_site "$LOADFS/db" "$PORT" && check "a site on the store serves the previous data ($(persons "$PORT") of 200 persons)" \
    test "$(persons "$PORT")" = 200
fi
[[ $FAILED -eq 0 ]] && echo "VERDICT: PASS (disk full)" || echo "VERDICT: FAIL (disk full; logs in $WORK)"
exit $FAILED
