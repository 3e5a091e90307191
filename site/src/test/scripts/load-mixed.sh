#!/usr/bin/env bash
# Load: a mixed workload (person pages, data documents, name search, cookbook SPARQL) with wrk at
# 64 connections for 60 s on loopback, then the same with one more client sending a runaway SPARQL
# query (a four-way cross join) every second. Verdicts: zero 5xx in both runs; every runaway query
# stopped at the timeout (503) or refused by the per-client cap (429); the others' p99 in the second
# run within 2x of the calm run. The site runs as behind a reverse proxy (X-Forwarded-For trusted
# from loopback), so each wrk connection is a client of its own for the per-client cap.
#   site/src/test/scripts/load-mixed.sh [PERSONS=5000] [SECONDS=60] [CONNECTIONS=64]
# Environment: TIMEOUT (SPARQL timeout, default 10s), CAP (per-client concurrency, default 2),
# PRIME_SECONDS (how long to wait for the cookbook answers to be prepared, default 900), SITE_JAVA_OPTS,
# STORE_DB (an existing store to serve, e.g. fuseki-config/bench/load.sh's 100,000 persons in
# /tmp/esimder-bench-100000/store/data/esimder: then PERSONS is ignored and nothing is loaded).
# Besides the verdicts it prints, per run, the answers by kind of path (page, data, search, sparql)
# and status, read from the site's access log, and the start of the first 5xx bodies.
set -u
source "$(dirname "$0")/common.sh"
need_jars
N=${1:-5000}; DURATION=${2:-60}; CONNECTIONS=${3:-64}
TIMEOUT=${TIMEOUT:-10s}; CAP=${CAP:-2}
WORK=$(mktemp -d /tmp/esimder-load.XXXXXX)
DB="$WORK/db"
trap 'stop_all' EXIT
command -v wrk > /dev/null || { echo "wrk is needed"; exit 2; }

if [[ -n "${STORE_DB:-}" ]]; then
  DB="$STORE_DB"
else
  make_dataset "$N" 11 "$WORK/data.nq" || exit 2
  esimder load --no-link --db "$DB" "$WORK/data.nq" > "$WORK/load.out" 2>&1 || { echo "load failed: $(tail -1 "$WORK/load.out")"; exit 2; }
fi
PORT=$(free_port)
# SITE_JAVA_OPTS: more JVM options for the site (e.g. -Xlog:gc:file=/tmp/gc.log to see its pauses).
# shellcheck disable=SC2086
start_site "$DB" "$PORT" ${SITE_JAVA_OPTS:-} -Desimder.sparql.timeout="$TIMEOUT" -Desimder.sparql.maxConcurrentPerClient="$CAP" \
  -Dserver.forward-headers-strategy=native -Dserver.tomcat.threads.max=200 \
  -Dserver.tomcat.accesslog.enabled=true -Dserver.tomcat.accesslog.directory="$WORK" \
  -Dserver.tomcat.accesslog.prefix=access -Dserver.tomcat.accesslog.suffix=.log -Dserver.tomcat.accesslog.rotate=false \
  '-Dserver.tomcat.accesslog.pattern=%s %D %m %U' || exit 2
SITE_UP=$SECONDS
echo "site on 127.0.0.1:$PORT with $(persons "$PORT") persons; SPARQL timeout $TIMEOUT, $CAP queries at once per client"

# The workload: 300 persons x (page, Turtle, JSON-LD, search by surname) + the cookbook queries (~20%).
BASE="http://127.0.0.1:$PORT"
curl -s -H 'Accept: text/csv' --data-urlencode "query=SELECT ?p ?s WHERE { ?p a <${ESM}Person> ; <${ESM}surname> ?s } LIMIT 300" \
  "$BASE/sparql" | tail -n +2 | tr -d '\r' > "$WORK/persons.csv"
{
  while IFS=, read -r iri surname; do
    path=${iri#*://*/id/}
    echo "/page/$path|text/html"
    echo "/data/$path.ttl|text/turtle"
    echo "/data/$path.jsonld|application/ld+json"
    echo "/search?q=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$surname")|text/html"
  done < "$WORK/persons.csv"
  # Cookbook answers are asked as real clients ask them: with Accept-Encoding: gzip (browsers, curl
  # --compressed, Python requests and most HTTP libraries send it by default). The site keeps them
  # gzip-compressed on disk and sends the file as it is to such a client; wrk sends no
  # Accept-Encoding unless told, which would make every request pay for decompressing 10-70 MB
  # on the server, a cost real clients do not cause. Pages, data documents and searches are asked
  # as before (no Accept-Encoding), so their figures stay comparable with earlier runs.
  for rq in "$ROOT"/docs/queries/*.rq; do   # each encoded once, then repeated
    line="/sparql?query=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(open(sys.argv[1]).read()))' "$rq")|application/sparql-results+json|gzip"
    for _ in $(seq 1 50); do echo "$line"; done
  done
} | shuf --random-source=<(yes) > "$WORK/paths.txt"
echo "workload: $(wc -l < "$WORK/paths.txt") requests in rotation ($(grep -c '^/page/' "$WORK/paths.txt") pages, $(grep -c '^/data/' "$WORK/paths.txt") data documents, $(grep -c '^/search' "$WORK/paths.txt") searches, $(grep -c '^/sparql' "$WORK/paths.txt") SPARQL)"

run_wrk() { PATHS="$WORK/paths.txt" BODIES="$WORK/bodies-$2.txt" wrk -t2 -c"$CONNECTIONS" -d"$1"s --timeout 30s -s "$(dirname "$0")/mixed.lua" "$BASE" 2>&1 | grep '^RESULT'; }
ACCESS="$WORK/access.log"
log_lines() { [[ -f "$ACCESS" ]] && wc -l < "$ACCESS" || echo 0; }
# by_kind FROM_LINE: answers since that line of the access log, by kind of path and status, with their median time
by_kind() {
  sleep 1
  tail -n +"$(($1 + 1))" "$ACCESS" 2>/dev/null | awk '{
      k = $4 ~ /^\/page\// ? "page" : $4 ~ /^\/data\// ? "data" : $4 ~ /^\/search/ ? "search" : $4 ~ /^\/sparql/ ? "sparql" : "other"
      n[k " " $1]++ }
    END { for (x in n) printf "%s=%d ", x, n[x] }' | tr ' ' '\n' | paste -d' ' - - | sed 's/ /:/' | sort | tr '\n' ' '
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

# The cookbook answers are prepared once per generation, in the background, into the generation's
# directory (CookbookAnswers); until one is ready it is answered 503 with Retry-After. Wait until each
# is ready (at most PRIME_SECONDS, default 900, for all), as a deployment would after a load, and say
# when each became ready and how large it is (gzip, as sent to the load's clients).
PRIME_SECONDS=${PRIME_SECONDS:-900}
prime_end=$((SECONDS + PRIME_SECONDS))
for rq in "$ROOT"/docs/queries/*.rq; do
  while :; do
    answer=$(curl -s -o /dev/null --max-time 120 -H 'Accept: application/sparql-results+json' -H 'Accept-Encoding: gzip' \
      -w '%{http_code} %{size_download}' -G --data-urlencode "query@$rq" "$BASE/sparql")
    [[ ${answer%% *} == 503 && $SECONDS -lt $prime_end ]] || break
    sleep 2
  done
  echo "cookbook $(basename "$rq" .rq): ${answer%% *} $((SECONDS - SITE_UP)) s after the site started, ${answer#* } bytes gzip"
done
run_wrk 15 warmup > /dev/null   # warm-up (JIT, caches), not recorded
FROM=$(log_lines)
CALM=$(run_wrk "$DURATION" calm)
echo "calm:    $CALM"
echo "calm, by kind and status: $(by_kind "$FROM")"
[[ -s "$WORK/bodies-calm.txt" ]] && echo "calm, first 5xx: $(head -3 "$WORK/bodies-calm.txt" | cut -c1-200 | tr '\n' '|')"

RUNAWAY="SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
: > "$WORK/runaway.txt"
(
  end=$((SECONDS + DURATION))
  while [[ $SECONDS -lt $end ]]; do
    curl -s -o /dev/null --max-time 300 -H 'X-Forwarded-For: 10.9.9.9' -H 'Accept: application/sparql-results+json' \
      -w '%{http_code} %{time_total}\n' --data-urlencode "query=$RUNAWAY" "$BASE/sparql" >> "$WORK/runaway.txt" &
    sleep 1
  done
  wait
) &
RUNNER=$!
FROM=$(log_lines)
STORM=$(run_wrk "$DURATION" runaway)
wait $RUNNER
echo "runaway: $STORM"
echo "runaway run, by kind and status (the runaway client's own answers included): $(by_kind "$FROM")"
[[ -s "$WORK/bodies-runaway.txt" ]] && echo "runaway run, first 5xx: $(head -3 "$WORK/bodies-runaway.txt" | cut -c1-200 | tr '\n' '|')"
sent=$(wc -l < "$WORK/runaway.txt")
stopped=$(awk '$1 == 503' "$WORK/runaway.txt" | wc -l)
refused=$(awk '$1 == 429' "$WORK/runaway.txt" | wc -l)
slowest=$(awk '$1 == 503 { if ($2 > m) m = $2 } END { printf "%.1f", m }' "$WORK/runaway.txt")
echo "runaway client: $sent queries sent, $stopped stopped at the timeout (503, slowest answer ${slowest}s), $refused refused over its cap (429), other: $(awk '$1 != 503 && $1 != 429' "$WORK/runaway.txt" | cut -d' ' -f1 | sort | uniq -c | tr '\n' ' ')"

check "calm run: zero 5xx" test "$(field "$CALM" status_5xx)" = 0
check "runaway run: zero 5xx for everyone else" test "$(field "$STORM" status_5xx)" = 0
check "every runaway query was stopped at the timeout or refused by the cap" test $((stopped + refused)) -eq "$sent" -a "$stopped" -gt 0
limit=$(python3 -c "import re,sys; t='$TIMEOUT'; v=float(re.sub('[a-z]+','',t)); print(v*(0.001 if t.endswith('ms') else 60 if t.endswith('m') else 1)*1.5+2)")
check "each stopped runaway answered within 1.5x the timeout + 2 s (slowest ${slowest}s, limit ${limit}s)" \
  python3 -c "import sys; sys.exit(0 if float('$slowest') <= float('$limit') else 1)"
p99c=$(field "$CALM" p99_ms); p99s=$(field "$STORM" p99_ms)
check "everyone else's p99 within 2x of the calm run (${p99s} ms vs ${p99c} ms calm)" \
  python3 -c "import sys; sys.exit(0 if float('$p99s') <= 2 * float('$p99c') else 1)"
[[ $FAILED -eq 0 ]] && echo "VERDICT: PASS (mixed load)" || echo "VERDICT: FAIL (mixed load; logs in $WORK)"
[[ $FAILED -eq 0 ]] && rm -rf "$WORK"
exit $FAILED
