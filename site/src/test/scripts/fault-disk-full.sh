#!/usr/bin/env bash
# Fault (b): the disk fills up during `esimder convert` and during `esimder load`. Each must end with
# a clean error (convert: exit 2 and one line on stderr; load: non-zero, one line, the previous
# generation still current) and leave no partial output that looks complete. Three cases:
#   1. convert into a filesystem too small for its output;
#   2. a load that cannot fit (refused by the free-space check before it starts);
#   3. a load that fits when it starts, while another process fills the disk in the middle of it:
#      it must stop by itself (no hang), remove its half-built generation and leave `current`
#      serving, the disk still full.
# Needs root (mounts small tmpfs filesystems, unmounted on exit). Bounded; prints PASS/FAIL; exits 1
# on a FAIL.
#   site/src/test/scripts/fault-disk-full.sh [PERSONS=3000] [LOAD_PERSONS=15000] [MIDLOAD_PERSONS=3000]
set -u
source "$(dirname "$0")/common.sh"
need_jars
[[ $(id -u) -eq 0 ]] || { echo "SKIP: needs root to mount a tmpfs"; exit 0; }
N=${1:-3000}; NL=${2:-15000}; NM=${3:-3000}
WORK=$(mktemp -d /tmp/esimder-disk-full.XXXXXX)
FULL="$WORK/full"
LOADFS="$WORK/loadfs"
MIDFS="$WORK/midfs"
mkdir -p "$FULL" "$LOADFS" "$MIDFS"
mount -t tmpfs -o size=2m tmpfs "$FULL" || { echo "cannot mount a tmpfs"; exit 2; }
# TDB2 needs some room even for a small store: the load test gets its own, larger, filesystem.
mount -t tmpfs -o size=${LOAD_FS_SIZE:-64m} tmpfs "$LOADFS" || { umount "$FULL"; echo "cannot mount a tmpfs"; exit 2; }
trap 'stop_all; [[ -n "${LOAD_PID:-}" ]] && kill -9 "$LOAD_PID" 2>/dev/null; umount "$FULL" "$LOADFS" "$MIDFS" 2>/dev/null' EXIT

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
# Load, case 3: the disk fills up in the middle of a load that fitted when it started.
mount -t tmpfs -o size=${MIDLOAD_FS_SIZE:-192m} tmpfs "$MIDFS" || { echo "cannot mount a tmpfs"; exit 2; }
mkdir -p "$MIDFS/db"
esimder load --no-link --db "$MIDFS/db" "$WORK/small.nq" > "$WORK/load3.out" 2>&1
current_mid=$(readlink "$MIDFS/db/current" 2>/dev/null)
make_dataset "$NM" 6 "$WORK/mid.nq" || exit 2
echo "case 3: $(du -m "$WORK/mid.nq" | cut -f1) MB of N-Quads into a filesystem with $(df --output=avail -m "$MIDFS" | tail -1 | tr -d ' ') MB free"
timeout 600 java -Xmx2g -jar "$CLI_JAR" load --no-link --db "$MIDFS/db" "$WORK/mid.nq" > "$WORK/load4.out" 2> "$WORK/load4.err" &
LOAD_PID=$!
# Once the load is writing its new generation, another process takes all the space that is left.
for _ in $(seq 1 600); do
  [[ $(find "$MIDFS/db" -maxdepth 1 -name 'gen-*' | wc -l) -ge 2 ]] && break
  kill -0 "$LOAD_PID" 2>/dev/null || break
  sleep 0.1
done
sleep "${FILL_AFTER:-2}"
started=$(date +%s)
dd if=/dev/zero of="$MIDFS/filler" bs=1M 2>/dev/null
echo "filler wrote $(du -m "$MIDFS/filler" | cut -f1) MB; $(df --output=avail -m "$MIDFS" | tail -1 | tr -d ' ') MB left"
wait "$LOAD_PID"
rc4=$?
LOAD_PID=
echo "load of $NM persons while the disk filled up: exit $rc4 $(($(date +%s) - started)) s after the disk was full; stderr: $(head -c 400 "$WORK/load4.err")"
check "the load stops by itself with an error (exit $rc4: neither 0 nor timeout's 124)" test $rc4 -ne 0 -a $rc4 -ne 124
check "the load says why in one line, without a stack trace" \
  test "$(grep -c . "$WORK/load4.err")" -eq 1 -a "$(grep -c -E '^\s+at |Exception in' "$WORK/load4.err")" -eq 0
check "the previous generation is still current (${current_mid:-none})" test "$(readlink "$MIDFS/db/current" 2>/dev/null)" = "$current_mid"
check "the half-built generation is removed (left: $(ls "$MIDFS/db" | tr '\n' ' '))" \
  test "$(find "$MIDFS/db" -maxdepth 1 -name 'gen-*' | wc -l)" -eq 1
PORT=$(free_port)
start_site "$MIDFS/db" "$PORT" && check "with the disk still full, a site on the store serves the previous data ($(persons "$PORT") of 200 persons)" \
  test "$(persons "$PORT")" = 200
rm -f "$MIDFS/filler"

[[ $FAILED -eq 0 ]] && echo "VERDICT: PASS (disk full)" || echo "VERDICT: FAIL (disk full; logs in $WORK)"
exit $FAILED
