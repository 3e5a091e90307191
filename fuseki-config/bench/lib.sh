# Esimder benchmark harness: shared functions (sourced, not run).
#
# The machine these run on is shared, so every figure is a RATIO against a baseline measured in
# the same run, back to back. Every server started here is remembered by PID and killed on exit;
# every wait is bounded in time; every wrk run in duration.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_DIR="$ROOT/fuseki-config/bench"
N=${N:-100000}
WORK=${BENCH_WORK:-/tmp/esimder-bench-$N}
BASE_IRI=${BENCH_BASE:-http://localhost:8080/}
WRK_SECONDS=${WRK_SECONDS:-20}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
WRK_THREADS=${WRK_THREADS:-2}
JENA_VERSION=5.6.0
ESIMDER_JAR="$ROOT/converters/target/esimder.jar"
SITE_JAR="$ROOT/site/target/esimder-site.jar"
mkdir -p "$WORK"

STARTED_PIDS=()
cleanup() {
    local pid
    for pid in "${STARTED_PIDS[@]:-}"; do
        [ -n "$pid" ] || continue
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    done
    STARTED_PIDS=()
}
trap cleanup EXIT INT TERM

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# figure NAME VALUE UNIT: one machine-readable line per figure, also appended to $WORK/figures.txt.
figure() { printf 'FIGURE %-44s %14s %s\n' "$1" "$2" "${3:-}" | tee -a "$WORK/figures.txt"; }

# ratio A B -> A/B with 3 decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "nan"; else printf "%.3f", a / b }'; }

# verdict NAME VALUE OP TARGET  (OP: le or ge) prints met / not met by how much
verdict() {
    local name=$1 value=$2 op=$3 target=$4 ok
    # A figure that could not be measured (a query stopped at the timeout gives "nan") meets nothing:
    # awk would compare the string "nan" and call it met.
    if ! [[ "$value" =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
        printf 'VERDICT %-44s %s (target %s %s): NOT MEASURED\n' "$name" "$value" "$op" "$target" | tee -a "$WORK/figures.txt"
        return
    fi
    ok=$(awk -v v="$value" -v t="$target" -v op="$op" 'BEGIN { print ((op == "le" && v <= t) || (op == "ge" && v >= t)) ? 1 : 0 }')
    if [ "$ok" = 1 ]; then
        printf 'VERDICT %-44s %s (target %s %s): met\n' "$name" "$value" "$op" "$target" | tee -a "$WORK/figures.txt"
    else
        printf 'VERDICT %-44s %s (target %s %s): NOT MET (%s of the target)\n' "$name" "$value" "$op" "$target" \
            "$(ratio "$value" "$target")" | tee -a "$WORK/figures.txt"
    fi
}

# timed NAME cmd...: runs cmd under /usr/bin/time -v; sets TIMED_SECONDS and TIMED_RSS_MB.
timed() {
    local name=$1; shift
    local out="$WORK/time-$name.txt"
    /usr/bin/time -v -o "$out" "$@" > "$WORK/$name.log" 2>&1 || { log "$name failed: see $WORK/$name.log"; tail -20 "$WORK/$name.log" >&2; return 1; }
    TIMED_SECONDS=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$out")
    TIMED_RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out")
}

dir_mb() { du -sm --apparent-size "$1" | cut -f1; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# wait_http URL SECONDS: until URL answers 200, the remembered process still alive, at most SECONDS.
wait_http() {
    local url=$1 limit=$2 pid=${STARTED_PIDS[-1]} i
    for i in $(seq 1 $((limit * 2))); do
        kill -0 "$pid" 2>/dev/null || { log "server $pid exited while starting"; return 1; }
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")" = 200 ] && return 0
        sleep 0.5
    done
    log "$url did not answer in $limit s"; return 1
}

stop_last() {
    local pid=${STARTED_PIDS[-1]}
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    unset 'STARTED_PIDS[-1]'
}

# The store module's runtime classpath (Fuseki main + jena-text + TDB2), resolved once by Maven.
store_classpath() {
    local cp="$WORK/store.cp"
    if [ ! -s "$cp" ]; then
        # -am package: the reactor's own modules (the ontology) resolve to their jars in target/, so a
        # fresh machine, whose local repository has none of them installed, needs nothing installed.
        (cd "$ROOT" && ./mvnw -B -q -pl fuseki-config -am package -DskipTests dependency:build-classpath \
            -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime.cp >&2)
        cp "$ROOT/fuseki-config/target/runtime.cp" "$cp"
    fi
    printf '%s:%s' "$ROOT/fuseki-config/target/classes" "$(cat "$cp")"
}

# jena-cmds 5.6.0 (tdb2.tdbloader) and its dependencies from Maven Central, into /tmp.
jena_cmds_classpath() {
    local dir=/tmp/esimder-bench-jena-cmds-$JENA_VERSION
    if [ ! -s "$dir/cp.txt" ]; then
        mkdir -p "$dir"
        cat > "$dir/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>jena-cmds-cp</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies><dependency><groupId>org.apache.jena</groupId><artifactId>jena-cmds</artifactId><version>$JENA_VERSION</version></dependency></dependencies>
</project>
EOF
        "$ROOT/mvnw" -B -q -f "$dir/pom.xml" dependency:build-classpath -Dmdep.outputFile="$dir/cp.txt" >&2
    fi
    cat "$dir/cp.txt"
}

# A standalone Fuseki (Fuseki's own main, esimder-fuseki.ttl as it is) over $1/data/esimder, as
# StandaloneFuseki and docs/deployment.md run it. Sets FUSEKI_URL; the PID is remembered.
start_fuseki() {
    local workdir=$1 port
    port=$(free_port)
    printf 'admin: %s\n' "bench-$RANDOM$RANDOM" > "$workdir/passwd"
    (cd "$workdir" && exec java -Xmx${FUSEKI_XMX:-4g} -Dlog4j2.configurationFile="$ROOT/fuseki-config/log4j2.properties" \
        -cp "$(store_classpath)" org.apache.jena.fuseki.main.cmds.FusekiMainCmd \
        --config "$ROOT/fuseki-config/esimder-fuseki.ttl" --passwd "$workdir/passwd" --port "$port" \
        > "$WORK/fuseki-$port.log" 2>&1) &
    STARTED_PIDS+=($!)
    FUSEKI_URL="http://127.0.0.1:$port"
    wait_http "$FUSEKI_URL/sparql?query=ASK%7B%7D" 180
}

# The site over the store $1/data/esimder (embedded Fuseki at /sparql). Sets SITE_URL.
# The per-client cap is raised above wrk's connection count: wrk is one client address.
start_site() {
    local workdir=$1 port
    port=$(free_port)
    (cd "$workdir" && exec java -Xmx${SITE_XMX:-1g} -jar "$SITE_JAR" --server.port="$port" \
        --esimder.db="$workdir/data/esimder" --esimder.base="$BASE_IRI" --esimder.demo=false \
        --esimder.sparql.maxConcurrentPerClient=64 --logging.level.root=WARN \
        > "$WORK/site-$port.log" 2>&1) &
    STARTED_PIDS+=($!)
    SITE_URL="http://127.0.0.1:$port"
    wait_http "$SITE_URL/sparql?query=ASK%7B%7D" 300
}

# run_wrk NAME URL PATHS_FILE [wrk options...]: wrk with random paths from PATHS_FILE; sets
# WRK_RPS, WRK_P50, WRK_P95, WRK_P99 (ms), WRK_BAD (4xx/5xx + socket errors).
run_wrk() {
    local name=$1 url=$2 paths=$3; shift 3
    local out="$WORK/wrk-$name.txt"
    timeout $((WRK_SECONDS + 30)) wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "${WRK_SECONDS}s" --latency --timeout 10s \
        -s "$BENCH_DIR/random-paths.lua" "$@" "$url" -- "$paths" > "$out" 2>&1 || true
    read -r WRK_RPS WRK_P50 WRK_P95 WRK_P99 WRK_BAD < <(awk '/^RESULT/ { print $2, $3, $4, $5, $6 }' "$out")
    [ -n "${WRK_RPS:-}" ] || { log "wrk $name produced no result: $(cat "$out")"; WRK_RPS=0 WRK_P50=nan WRK_P95=nan WRK_P99=nan WRK_BAD=nan; }
    figure "$name.requests_per_s" "$WRK_RPS" "req/s"
    figure "$name.p50" "$WRK_P50" "ms"
    figure "$name.p95" "$WRK_P95" "ms"
    figure "$name.p99" "$WRK_P99" "ms"
    figure "$name.bad_responses" "$WRK_BAD" ""
}

# warm_wrk NAME URL PATHS [wrk options...]: WARMUP_SECONDS (default 5) unrecorded, then run_wrk.
warm_wrk() {
    local name=$1 url=$2 paths=$3; shift 3
    timeout $((${WARMUP_SECONDS:-5} + 30)) wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "${WARMUP_SECONDS:-5}s" --timeout 10s \
        -s "$BENCH_DIR/random-paths.lua" "$@" "$url" -- "$paths" > "$WORK/wrk-$name-warmup.txt" 2>&1 || true
    run_wrk "$name" "$url" "$paths" "$@"
}

# person_iris COUNT: COUNT persons (seeded sample) of the converted data, one IRI a line.
person_iris() {
    local file="$WORK/persons-$1.txt"
    if [ ! -s "$file" ]; then
        grep -F '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/esimder/ontology#Person>' "$WORK/data.nq" \
            | awk '{ print substr($1, 2, length($1) - 2) }' | sort -u \
            | shuf -n "$1" --random-source=<(yes 1) > "$file"
    fi
    cat "$file"
}

urlencode() { python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote(l.rstrip("\n"), safe="")) for l in sys.stdin]'; }

# describe_paths COUNT: request paths "/sparql?query=DESCRIBE <p>" for a sample of persons.
describe_paths() {
    local file="$WORK/describe-paths.txt"
    person_iris "$1" | sed 's/.*/DESCRIBE <&>/' | urlencode | sed 's|^|/sparql?query=|' > "$file"
    echo "$file"
}
