#!/usr/bin/env bash
# Site benchmark over the store fuseki-config/bench/load.sh left in $WORK/store (run it first).
# Back to back in one run (wrk, 16 connections, WRK_SECONDS each):
#   baseline 1: the raw lookup, DESCRIBE <person> on a standalone Fuseki over the same store, for
#     the seeded sample of 2,000 persons (random picks) and for 10,000 other persons walked in order;
#   the site (java -jar site/target/esimder-site.jar, embedded store, -Xmx1g), twice:
#     A. page cache off (ESIMDER_PAGE_CACHE_MEGABYTES=0): person page /page/person/KEY?lang=ru for
#        the 2,000 (random picks) and for the 10,000 walked in order (no page asked twice), data
#        document /data/person/KEY.ttl, one page whole vs revalidated with If-None-Match (304),
#        name search /search?q=SURNAME (random surnames of the data);
#     B. page cache on (the default, 64 MB): the same page figures; heap after the runs (jcmd);
#   each site run starts measuring once the name index is built (a search answers 200, not 503);
#   baseline 2: nginx serving a saved copy of one person page (the ceiling), own config in $WORK;
#   baseline 1 again (the baseline is the mean of the two Fuseki runs: the machine is shared).
# Verdicts: page and data document >= 0.5x the raw lookup, p99 < 50 ms.
#
# Usage: site/bench/site.sh [N]
N=${1:-${N:-100000}}
source "$(dirname "$0")/../../fuseki-config/bench/lib.sh"
STORE="$WORK/store"
[ -L "$STORE/data/esimder/current" ] || { echo "no store in $STORE: run fuseki-config/bench/load.sh $N first" >&2; exit 2; }
[ -f "$SITE_JAR" ] || { echo "missing $SITE_JAR: run ./mvnw -B -q -o -DskipTests package" >&2; exit 2; }
SITE_XMX=${SITE_XMX:-1g}

DESCRIBE=$(describe_paths 2000)
person_iris 2000 | sed "s|^${BASE_IRI}id/person/|/page/person/|; s|\$|?lang=ru|" > "$WORK/page-paths.txt"
# 10,000 other persons (another seed, none of the 2,000), walked in order by walk-paths.lua.
grep -F '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/esimder/ontology#Person>' "$WORK/data.nq" \
    | awk '{ print substr($1, 2, length($1) - 2) }' | sort -u | grep -vxF -f "$WORK/persons-2000.txt" \
    | shuf -n 10000 --random-source=<(yes 2) > "$WORK/persons-walk.txt"
sed "s|^${BASE_IRI}id/person/|/page/person/|; s|\$|?lang=ru|" "$WORK/persons-walk.txt" > "$WORK/walk-page-paths.txt"
sed 's/.*/DESCRIBE <&>/' "$WORK/persons-walk.txt" | urlencode | sed 's|^|/sparql?query=|' > "$WORK/walk-describe-paths.txt"
person_iris 2000 | sed "s|^${BASE_IRI}id/person/|/data/person/|; s|\$|.ttl|" > "$WORK/data-paths.txt"
grep -F '<https://w3id.org/esimder/ontology#surname>' "$WORK/data.nq" | sed 's/^[^"]*"\([^"]*\)".*/\1/' \
    | sort -u | shuf -n 500 --random-source=<(yes 1) | urlencode | sed 's|^|/search?lang=ru\&q=|' > "$WORK/search-paths.txt"

# walk_wrk NAME URL PATHS [wrk options...]: like run_wrk, but each thread walks its share of PATHS in order.
walk_wrk() {
    local name=$1 url=$2 paths=$3; shift 3
    local out="$WORK/wrk-$name.txt"
    timeout $((WRK_SECONDS + 30)) wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "${WRK_SECONDS}s" --latency --timeout 10s \
        -s "$ROOT/site/bench/walk-paths.lua" "$@" "$url" -- "$paths" "$WRK_THREADS" > "$out" 2>&1 || true
    read -r WRK_RPS WRK_P50 WRK_P95 WRK_P99 WRK_BAD < <(awk '/^RESULT/ { print $2, $3, $4, $5, $6 }' "$out")
    [ -n "${WRK_RPS:-}" ] || { log "wrk $name produced no result: $(cat "$out")"; WRK_RPS=0 WRK_P50=nan WRK_P95=nan WRK_P99=nan WRK_BAD=nan; }
    for f in requests_per_s:WRK_RPS:req/s p50:WRK_P50:ms p95:WRK_P95:ms p99:WRK_P99:ms bad_responses:WRK_BAD:; do
        IFS=: read -r label var unit <<< "$f"; figure "$name.$label" "${!var}" "$unit"
    done
}

# wait_index SECONDS: until a name search answers 200 (the name index is built; 503 before), bounded.
wait_index() {
    local probe i
    probe=$(head -1 "$WORK/search-paths.txt")
    START_SECONDS=$(date +%s)
    for i in $(seq 1 "$1"); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$SITE_URL$probe")" = 200 ] \
            && { figure "$2.name_index_ready_after" "$(( $(date +%s) - START_SECONDS ))" s; return 0; }
        sleep 1
    done
    log "the name index was not ready after $1 s"
}

# --- baseline 1: raw Fuseki lookup ----------------------------------------------------------------
log "standalone Fuseki"
start_fuseki "$STORE"
warm_wrk fuseki_describe "$FUSEKI_URL" "$DESCRIBE" -H 'Accept: text/turtle'
RAW=$WRK_RPS
walk_wrk fuseki_describe_walk "$FUSEKI_URL" "$WORK/walk-describe-paths.txt" -H 'Accept: text/turtle'
RAW_WALK=$WRK_RPS
stop_last

# --- the site, A: page cache off -------------------------------------------------------------------
log "site, page cache off"
ESIMDER_PAGE_CACHE_MEGABYTES=0 start_site "$STORE"
FIRST_PAGE=$(head -1 "$WORK/page-paths.txt")
curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$SITE_URL$FIRST_PAGE" | grep -q 200 \
    || { log "the site does not serve $FIRST_PAGE"; exit 1; }
wait_index 900 site
WARMUP_SECONDS=10 warm_wrk site_page "$SITE_URL" "$WORK/page-paths.txt"
PAGE=$WRK_RPS PAGE_P99=$WRK_P99
walk_wrk site_page_walk "$SITE_URL" "$WORK/walk-page-paths.txt"
PAGE_WALK=$WRK_RPS
warm_wrk site_data "$SITE_URL" "$WORK/data-paths.txt" -H 'Accept: text/turtle'
DATA=$WRK_RPS DATA_P99=$WRK_P99

# One page, whole vs revalidated (its ETag in If-None-Match: a 304 before any query).
echo "$FIRST_PAGE" > "$WORK/one-page.txt"
ETAG=$(curl -s -D - -o "$WORK/saved-page.html" --max-time 60 "$SITE_URL$FIRST_PAGE" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')
figure site_page.size "$(wc -c < "$WORK/saved-page.html")" bytes
run_wrk site_one_page_whole "$SITE_URL" "$WORK/one-page.txt"
WHOLE=$WRK_RPS
if [ -n "$ETAG" ]; then
    figure site_one_page.revalidation_status "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$SITE_URL$FIRST_PAGE")" ""
    run_wrk site_one_page_304 "$SITE_URL" "$WORK/one-page.txt" -H "If-None-Match: $ETAG"
    figure site_one_page.etag_speedup "$(ratio "$WRK_RPS" "$WHOLE")" x
else
    log "the page has no ETag"
    figure site_one_page.etag_speedup nan x
fi

run_wrk site_search "$SITE_URL" "$WORK/search-paths.txt"
stop_last

# --- the site, B: page cache on (the default) ---------------------------------------------------------
log "site, page cache on"
start_site "$STORE"
SITE_PID=${STARTED_PIDS[-1]}
wait_index 900 site_cached
# Fill the cache with the 2,000 pages once (the same-person figure measures the cache at work).
sed "s|^|$SITE_URL|" "$WORK/page-paths.txt" | xargs -P 8 -I{} curl -s -o /dev/null --max-time 60 {} || true
WARMUP_SECONDS=10 warm_wrk site_cached_page "$SITE_URL" "$WORK/page-paths.txt"
CACHED=$WRK_RPS CACHED_P99=$WRK_P99
walk_wrk site_cached_page_walk "$SITE_URL" "$WORK/walk-page-paths.txt"
CACHED_WALK=$WRK_RPS
run_wrk site_cached_one_page "$SITE_URL" "$WORK/one-page.txt"

jcmd "$SITE_PID" GC.heap_info > "$WORK/heap-after-warmup.txt" 2>&1 || true
figure site_heap.used_after_warmup "$(grep -o 'used [0-9]*K' "$WORK/heap-after-warmup.txt" | head -1 | awk '{ printf "%.0f", $2 / 1024 }')" MiB
jcmd "$SITE_PID" GC.run > /dev/null 2>&1 || true
jcmd "$SITE_PID" GC.heap_info > "$WORK/heap-after-gc.txt" 2>&1 || true
figure site_heap.live_after_full_gc "$(grep -o 'used [0-9]*K' "$WORK/heap-after-gc.txt" | head -1 | awk '{ printf "%.0f", $2 / 1024 }')" MiB
figure site_heap.max "$SITE_XMX" ""
stop_last

# --- baseline 2: nginx serving the saved page -------------------------------------------------------
NGINX_PORT=$(free_port)
NGX="$WORK/nginx"; mkdir -p "$NGX/html/page/person" "$NGX/logs"
cp "$WORK/saved-page.html" "$NGX/html/page/person/$(basename "${FIRST_PAGE%%\?*}")"
cat > "$NGX/nginx.conf" <<EOF
daemon off;
worker_processes 2;
pid $NGX/nginx.pid;
error_log $NGX/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    client_body_temp_path $NGX/tmp; proxy_temp_path $NGX/tmp; fastcgi_temp_path $NGX/tmp;
    uwsgi_temp_path $NGX/tmp; scgi_temp_path $NGX/tmp;
    server { listen 127.0.0.1:$NGINX_PORT; root $NGX/html; }
}
EOF
mkdir -p "$NGX/tmp"
nginx -p "$NGX" -c "$NGX/nginx.conf" > "$NGX/logs/stdout" 2>&1 &
STARTED_PIDS+=($!)
wait_http "http://127.0.0.1:$NGINX_PORT$FIRST_PAGE" 20
run_wrk nginx_saved_page "http://127.0.0.1:$NGINX_PORT" "$WORK/one-page.txt"
NGINX=$WRK_RPS
stop_last

# --- baseline 1 again, after the site: the machine is shared, so the baseline is the mean of both runs
log "standalone Fuseki, again"
start_fuseki "$STORE"
warm_wrk fuseki_describe_after "$FUSEKI_URL" "$DESCRIBE" -H 'Accept: text/turtle'
RAW=$(awk -v a="$RAW" -v b="$WRK_RPS" 'BEGIN { printf "%.1f", (a + b) / 2 }')
walk_wrk fuseki_describe_walk_after "$FUSEKI_URL" "$WORK/walk-describe-paths.txt" -H 'Accept: text/turtle'
RAW_WALK=$(awk -v a="$RAW_WALK" -v b="$WRK_RPS" 'BEGIN { printf "%.1f", (a + b) / 2 }')
figure fuseki_describe.baseline_mean "$RAW" req/s
figure fuseki_describe_walk.baseline_mean "$RAW_WALK" req/s
stop_last

# --- ratios and verdicts ----------------------------------------------------------------------------
R=$(ratio "$PAGE" "$RAW");  figure site_page.ratio_to_raw_fuseki "$R" x; verdict site_page.ratio_to_raw_fuseki "$R" ge 0.5
verdict site_page.p99_ms "$PAGE_P99" le 50
figure site_page_walk.ratio_to_raw_fuseki_walk "$(ratio "$PAGE_WALK" "$RAW_WALK")" x
R=$(ratio "$CACHED" "$RAW");  figure site_cached_page.ratio_to_raw_fuseki "$R" x; verdict site_cached_page.ratio_to_raw_fuseki "$R" ge 0.5
verdict site_cached_page.p99_ms "$CACHED_P99" le 50
figure site_cached_page_walk.ratio_to_raw_fuseki_walk "$(ratio "$CACHED_WALK" "$RAW_WALK")" x
R=$(ratio "$DATA" "$RAW");  figure site_data.ratio_to_raw_fuseki "$R" x; verdict site_data.ratio_to_raw_fuseki "$R" ge 0.5
verdict site_data.p99_ms "$DATA_P99" le 50
figure site_page.ratio_to_nginx "$(ratio "$PAGE" "$NGINX")" x
figure site_cached_page.ratio_to_nginx "$(ratio "$CACHED" "$NGINX")" x
figure site_one_page.ratio_to_nginx "$(ratio "$WHOLE" "$NGINX")" x
figure load_average "$(cut -d' ' -f1-3 /proc/loadavg)" ""
