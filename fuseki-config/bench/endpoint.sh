#!/usr/bin/env bash
# Endpoint benchmark over the store load.sh left in $WORK/store (run load.sh N first).
#
# Point lookup: DESCRIBE <person> for random persons (wrk, 16 connections, WRK_SECONDS each),
#   A. a standalone Fuseki (Fuseki's own main, fuseki-config/esimder-fuseki.ttl)   <- baseline
#   B. the site's /sparql (embedded Fuseki; per-client cap raised to 64: wrk is one client)
#   A again: the baseline is the mean of the two A runs (the machine is shared; drift shows).
#   Verdict: B >= 0.8x the baseline's requests/s. (TDB2 lets one JVM at a time open a store,
#   so the two cannot run side by side.)
# Counts by year on the standalone Fuseki: docs/queries/counts-by-year.rq (plain) vs the
#   precomputed {base}graph/statistics; "cold" = the first run after the server started (JVM and
#   TDB2 caches cold; the OS page cache is not dropped), "warm" = median of 5 later runs.
#   Verdicts: precomputed warm < 1 s and >= 5x faster than the plain query.
#
# Usage: fuseki-config/bench/endpoint.sh [N]
N=${1:-${N:-100000}}
source "$(dirname "$0")/lib.sh"
STORE="$WORK/store"
[ -L "$STORE/data/esimder/current" ] || { echo "no store in $STORE: run fuseki-config/bench/load.sh $N first" >&2; exit 2; }
PATHS=$(describe_paths 2000)

STATS_QUERY="$WORK/counts-by-year-precomputed.rq"
cat > "$STATS_QUERY" <<EOF
PREFIX esm:  <https://w3id.org/esimder/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
SELECT ?year ?type ?count
WHERE {
  GRAPH <${BASE_IRI}graph/statistics> { ?o esm:eventType ?t ; sdmx-dimension:refPeriod ?year ; sdmx-measure:obsValue ?count }
  ?t skos:notation ?type .
}
ORDER BY ?year ?type
EOF
PLAIN_QUERY="$ROOT/docs/queries/counts-by-year.rq"

# query_seconds URL FILE: one run; prints seconds, checks 200; the result stays in query-result.csv.
query_seconds() {
    local code
    code=$(curl -s -o "$WORK/query-result.csv" -w '%{http_code} %{time_total}' --max-time 120 \
        -H 'Accept: text/csv' --data-urlencode "query@$2" "$1/sparql")
    [ "${code%% *}" = 200 ] || { log "query $2 answered ${code%% *}"; echo nan; return; }
    echo "${code#* }"
}
result_rows() { echo $(($(wc -l < "$WORK/query-result.csv") - 1)); }
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# --- A: standalone Fuseki: counts by year cold, then warm, then the point lookup ------------------
log "standalone Fuseki (A1)"
start_fuseki "$STORE"
figure counts_precomputed.cold "$(query_seconds "$FUSEKI_URL" "$STATS_QUERY")" s
figure counts_precomputed.rows "$(result_rows)" ""
figure counts_plain.cold "$(query_seconds "$FUSEKI_URL" "$PLAIN_QUERY")" s
figure counts_plain.rows "$(result_rows)" ""
WARM_PLAIN=$(for _ in 1 2 3 4 5; do query_seconds "$FUSEKI_URL" "$PLAIN_QUERY"; done | median)
WARM_PRE=$(for _ in 1 2 3 4 5; do query_seconds "$FUSEKI_URL" "$STATS_QUERY"; done | median)
figure counts_plain.warm "$WARM_PLAIN" s
figure counts_precomputed.warm "$WARM_PRE" s
SPEEDUP=$(ratio "$WARM_PLAIN" "$WARM_PRE")
figure counts.warm_speedup_precomputed "$SPEEDUP" x
verdict counts_precomputed.warm_seconds "$WARM_PRE" le 1
verdict counts.warm_speedup_precomputed "$SPEEDUP" ge 5

warm_wrk fuseki_describe_a1 "$FUSEKI_URL" "$PATHS" -H 'Accept: text/turtle'
A1=$WRK_RPS
stop_last

# --- B: the site's /sparql ---------------------------------------------------------------------
log "site /sparql (B)"
start_site "$STORE"
warm_wrk site_sparql_describe "$SITE_URL" "$PATHS" -H 'Accept: text/turtle'
B=$WRK_RPS
stop_last

# --- A again -----------------------------------------------------------------------------------
log "standalone Fuseki (A2)"
start_fuseki "$STORE"
warm_wrk fuseki_describe_a2 "$FUSEKI_URL" "$PATHS" -H 'Accept: text/turtle'
A2=$WRK_RPS
stop_last

BASELINE=$(awk -v a="$A1" -v b="$A2" 'BEGIN { printf "%.1f", (a + b) / 2 }')
figure fuseki_describe.baseline_mean "$BASELINE" "req/s"
figure fuseki_describe.drift_a2_over_a1 "$(ratio "$A2" "$A1")" x
R=$(ratio "$B" "$BASELINE")
figure site_sparql_describe.ratio_to_standalone "$R" x
verdict site_sparql_describe.ratio_to_standalone "$R" ge 0.8
