#!/usr/bin/env bash
# Site benchmark over the store fuseki-config/bench/load.sh left in $WORK/store (run it first).
# Back to back in one run, the same random persons (wrk, 16 connections, WRK_SECONDS each):
#   baseline 1: the raw lookup, DESCRIBE <person> on a standalone Fuseki over the same store;
#   the site (java -jar site/target/esimder-site.jar, embedded store, -Xmx1g):
#     person page /page/person/KEY (HTML, lang=ru) and data document /data/person/KEY.ttl,
#     the same page revalidated with If-None-Match (304) vs fetched whole (one person),
#     name search /search?q=SURNAME (random surnames of the data): p50/p95,
#     heap after warm-up (jcmd GC.heap_info, then after a full GC);
#   baseline 2: nginx serving a saved copy of one person page (the ceiling), own config in $WORK.
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
person_iris 2000 | sed "s|^${BASE_IRI}id/person/|/data/person/|; s|\$|.ttl|" > "$WORK/data-paths.txt"
grep -F '<https://w3id.org/esimder/ontology#surname>' "$WORK/data.nq" | sed 's/^[^"]*"\([^"]*\)".*/\1/' \
    | sort -u | shuf -n 500 --random-source=<(yes 1) | urlencode | sed 's|^|/search?lang=ru\&q=|' > "$WORK/search-paths.txt"

# --- baseline 1: raw Fuseki lookup ----------------------------------------------------------------
log "standalone Fuseki"
start_fuseki "$STORE"
warm_wrk fuseki_describe "$FUSEKI_URL" "$DESCRIBE" -H 'Accept: text/turtle'
RAW=$WRK_RPS
stop_last

# --- the site ------------------------------------------------------------------------------------
log "site"
start_site "$STORE"
SITE_PID=${STARTED_PIDS[-1]}
FIRST_PAGE=$(head -1 "$WORK/page-paths.txt")
curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$SITE_URL$FIRST_PAGE" | grep -q 200 \
    || { log "the site does not serve $FIRST_PAGE"; exit 1; }
WARMUP_SECONDS=10 warm_wrk site_page "$SITE_URL" "$WORK/page-paths.txt"
PAGE=$WRK_RPS PAGE_P99=$WRK_P99
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

# --- ratios and verdicts ----------------------------------------------------------------------------
R=$(ratio "$PAGE" "$RAW");  figure site_page.ratio_to_raw_fuseki "$R" x; verdict site_page.ratio_to_raw_fuseki "$R" ge 0.5
verdict site_page.p99_ms "$PAGE_P99" le 50
R=$(ratio "$DATA" "$RAW");  figure site_data.ratio_to_raw_fuseki "$R" x; verdict site_data.ratio_to_raw_fuseki "$R" ge 0.5
verdict site_data.p99_ms "$DATA_P99" le 50
figure site_page.ratio_to_nginx "$(ratio "$PAGE" "$NGINX")" x
figure site_one_page.ratio_to_nginx "$(ratio "$WHOLE" "$NGINX")" x
