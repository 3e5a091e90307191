# Shared by the fault and load scripts: the jars, a site on loopback, SPARQL counts, verdicts.
# Sourced, not run. Every server started here is stopped by its PID on exit.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
CLI_JAR="$ROOT/converters/target/esimder.jar"
SITE_JAR="$ROOT/site/target/esimder-site.jar"
ESM="https://w3id.org/esimder/ontology#"
FAILED=0
STARTED_PIDS=()

need_jars() {
  for jar in "$CLI_JAR" "$SITE_JAR"; do
    [[ -f "$jar" ]] || { echo "missing $jar: run ./mvnw -B -DskipTests package first" >&2; exit 2; }
  done
}

esimder() { java -Xmx2g -jar "$CLI_JAR" "$@"; }

verdict() { # verdict PASS|FAIL "what"
  echo "$1: $2"
  [[ "$1" == PASS ]] || FAILED=1
}

check() { # check "what" command...: PASS when the command succeeds
  local what="$1"; shift
  if "$@"; then verdict PASS "$what"; else verdict FAIL "$what"; fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_site DB PORT [extra java -D options...]: starts the site on loopback and waits (≤ 120 s) until it answers.
start_site() {
  local db="$1" port="$2"; shift 2
  ESIMDER_DB="$db" java -Xmx1g -Desimder.demo=false -Dserver.address=127.0.0.1 -Dserver.port="$port" "$@" \
    -jar "$SITE_JAR" > "$WORK/site-$port.log" 2>&1 &
  SITE_PID=$!
  STARTED_PIDS+=("$SITE_PID")
  for _ in $(seq 1 240); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/sparql?query=ASK%7B%7D"; then return 0; fi
    kill -0 "$SITE_PID" 2>/dev/null || { echo "the site exited; see $WORK/site-$port.log" >&2; return 1; }
    sleep 0.5
  done
  echo "the site did not answer within 120 s" >&2
  return 1
}

stop_pid() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; true; }

stop_all() { for pid in "${STARTED_PIDS[@]}"; do stop_pid "$pid"; done; }

# sparql_count PORT 'PATTERN': the COUNT(*) of a pattern through the site's /sparql, or "error".
sparql_count() {
  curl -s --max-time 60 -H 'Accept: text/csv' --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE $2" \
    "http://127.0.0.1:$1/sparql" | sed -n 2p | tr -d '\r' || echo error
}

persons() { sparql_count "$1" "{ ?p a <${ESM}Person> }"; }

# make_dataset N SEED OUT.nq: N generated persons, converted to N-Quads.
make_dataset() {
  local csv="$WORK/generated-$2.csv"
  esimder generate --persons "$1" --format csv --seed "$2" --output "$csv" > /dev/null
  esimder convert --input "$csv" --source-id "generated-$2" --output "$3" 2> "$WORK/convert-$2.err" > /dev/null
  local rc=$?
  [[ $rc -eq 0 || $rc -eq 3 ]] || { echo "convert failed ($rc): $(cat "$WORK/convert-$2.err")" >&2; return 1; }
}

# some_person_page PORT: the /page/person/... path of one person, through /sparql.
some_person_page() {
  curl -s --max-time 60 -H 'Accept: text/csv' --data-urlencode "query=SELECT ?p WHERE { ?p a <${ESM}Person> } LIMIT 1" \
    "http://127.0.0.1:$1/sparql" | sed -n 2p | tr -d '\r' | sed 's|^https\?://[^/]*/id/|/page/|'
}
