#!/usr/bin/env bash
# The longer fuzz run of the converter's readers and normalisers (docs/security.md): the same seeded
# tests the build runs with a small budget (ReaderFuzzTest, NormaliserFuzzTest), with a larger one.
# A failure names its seed and keeps the input in converters/target/fuzz-failures/. Prints the
# FUZZ lines (records read = converted + rejected, crashes, hangs) and a VERDICT.
#   site/src/test/scripts/fuzz-long.sh [READER_INPUTS=3000] [NORMALISER_VALUES=60000] [SEED=7]
set -u
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
READERS=${1:-3000}; VALUES=${2:-60000}; SEED=${3:-7}
LOG=$(mktemp /tmp/esimder-fuzz.XXXXXX)
cd "$ROOT" || exit 2
run() { # run TEST ITERATIONS
  ./mvnw -B -o -pl converters -am test -Dtest="$1" -Dsurefire.failIfNoSpecifiedTests=false \
    -Desimder.fuzz.iterations="$2" -Desimder.fuzz.seed="$SEED" >> "$LOG" 2>&1
}
start=$(date +%s)
run ReaderFuzzTest "$READERS"; rc1=$?
run NormaliserFuzzTest "$VALUES"; rc2=$?
{ grep -h '^FUZZ' "$LOG"; grep -ho 'FUZZ[^<]*' converters/target/surefire-reports/TEST-*Fuzz*.xml; } 2>/dev/null | sort -u
echo "elapsed $(( $(date +%s) - start )) s; log $LOG"
if [[ $rc1 -eq 0 && $rc2 -eq 0 ]]; then echo "VERDICT: PASS (fuzz, seed $SEED)"; rm -f "$LOG"; exit 0; fi
grep -E 'seed [0-9]+ (failed|hung)' "$LOG" | head -5
echo "VERDICT: FAIL (fuzz, seed $SEED; log $LOG)"
exit 1
