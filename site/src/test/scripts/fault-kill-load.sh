#!/usr/bin/env bash
# Fault (a): kill -9 during `esimder load`. The site serves dataset A; a load of the larger dataset
# B is killed midway; the site must still serve A complete, and again after a restart; a later load
# of B must succeed (a crashed load leaves nothing that blocks the next one).
# Loopback only; bounded (each wait has a limit); prints PASS/FAIL lines and exits 1 on any FAIL.
#   site/src/test/scripts/fault-kill-load.sh [PERSONS_A=2000] [PERSONS_B=20000]
set -u
source "$(dirname "$0")/common.sh"
need_jars
A=${1:-2000}; B=${2:-20000}
WORK=$(mktemp -d /tmp/esimder-kill-load.XXXXXX)
DB="$WORK/db"
trap 'stop_all' EXIT

make_dataset "$A" 1 "$WORK/a.nq" || exit 2
make_dataset "$B" 2 "$WORK/b.nq" || exit 2
esimder load --no-link --db "$DB" "$WORK/a.nq" > "$WORK/load-a.out" 2>&1 || { echo "first load failed: $(tail -1 "$WORK/load-a.out")"; exit 2; }

PORT=$(free_port)
start_site "$DB" "$PORT" -Desimder.admin.password=kill-test || exit 2
before=$(persons "$PORT")
triples_before=$(sparql_count "$PORT" "{ ?s ?p ?o }")
echo "serving A: $before persons, $triples_before triples (generation $(readlink "$DB/current"))"
check "A is served complete before the crash ($before of $A persons)" test "$before" = "$A"

gens_before=$(ls -d "$DB"/gen-* | wc -l)
java -Xmx2g -jar "$CLI_JAR" load --no-link --db "$DB" "$WORK/b.nq" > "$WORK/load-b.out" 2>&1 &
LOADER=$!
# Wait (≤ 120 s) until the loader has created its new generation and written into it, then kill it.
for _ in $(seq 1 240); do
  new=$(ls -d "$DB"/gen-* 2>/dev/null | wc -l)
  if [[ $new -gt $gens_before ]] && [[ $(du -sk "$(ls -d "$DB"/gen-* | tail -1)" | cut -f1) -gt 2048 ]]; then break; fi
  kill -0 $LOADER 2>/dev/null || break
  sleep 0.5
done
if kill -0 $LOADER 2>/dev/null; then
  kill -9 $LOADER; wait $LOADER 2>/dev/null
  echo "killed the loader with -9 at $(du -sh "$(ls -d "$DB"/gen-* | tail -1)" | cut -f1) written into $(basename "$(ls -d "$DB"/gen-* | tail -1)")"
  verdict PASS "the loader was killed midway"
else
  verdict FAIL "the loader finished before it could be killed (use a larger PERSONS_B)"
fi

after=$(persons "$PORT")
triples_after=$(sparql_count "$PORT" "{ ?s ?p ?o }")
check "after kill -9 the running site still serves A complete ($after persons, $triples_after triples)" \
  test "$after" = "$before" -a "$triples_after" = "$triples_before"
page=$(some_person_page "$PORT")
check "a person page still answers 200 ($page)" test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$page")" = 200
reload=$(curl -s -u admin:kill-test -X POST "http://127.0.0.1:$PORT/admin/reload")
check "an admin reload after the crash keeps A (${reload%%$'\n'*})" test "$(persons "$PORT")" = "$before"

stop_pid "$SITE_PID"
start_site "$DB" "$PORT" -Desimder.admin.password=kill-test || exit 2
restarted=$(persons "$PORT")
check "after a restart the site serves A complete ($restarted persons)" test "$restarted" = "$before" -a \
  "$(sparql_count "$PORT" "{ ?s ?p ?o }")" = "$triples_before"

if timeout 600 java -Xmx2g -jar "$CLI_JAR" load --no-link --db "$DB" "$WORK/b.nq" > "$WORK/load-b2.out" 2>&1; then
  curl -s -u admin:kill-test -X POST "http://127.0.0.1:$PORT/admin/reload" > /dev/null
  check "the next load of B succeeds and is served ($(persons "$PORT") of $B persons)" test "$(persons "$PORT")" = "$B"
else
  verdict FAIL "the next load of B failed: $(tail -1 "$WORK/load-b2.out")"
fi

[[ $FAILED -eq 0 ]] && echo "VERDICT: PASS (kill -9 during load)" || echo "VERDICT: FAIL (kill -9 during load; logs in $WORK)"
[[ $FAILED -eq 0 ]] && rm -rf "$WORK"
exit $FAILED
