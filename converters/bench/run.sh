#!/usr/bin/env bash
# Reproduces the "Conversion" figures of docs/benchmarks.md: esimder convert, Jena RIOT (riot --count
# of the same output) and CARML 0.4.11 (persons.rml.ttl) side by side on one generated CSV, REPEAT
# times, then (MILLION=1) one streaming pass over 1,000,000 generated memory-book records under -Xmx512m.
# Run from the repository root after `./mvnw -B -q -pl converters -am package -DskipTests`.
# Downloads nothing but the baselines' jars from Maven Central (through ./mvnw).
set -euo pipefail
ROWS=${ROWS:-100000}
REPEAT=${REPEAT:-3}
MILLION=${MILLION:-0}
WORK=${WORK:-/tmp/esimder-bench}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${JAR:-$ROOT/converters/target/esimder.jar}  # a copy, to rebuild while the benchmark runs
BENCH=$ROOT/converters/bench
mkdir -p "$WORK/carml" "$WORK/classes"

[ -s "$WORK/riot.cp" ] || "$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" -Priot dependency:build-classpath -Dmdep.outputFile="$WORK/riot.cp"
[ -s "$WORK/carml.cp" ] || "$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" -Pcarml dependency:build-classpath -Dmdep.outputFile="$WORK/carml.cp"
javac -d "$WORK/classes" -cp "$(cat "$WORK/carml.cp")" "$BENCH/CarmlBench.java"

# seconds, peak RSS (KiB) of a command's whole process tree (tree-rss.py: esimder convert runs in a child JVM);
# its exit code is not ours to judge here (convert exits 3 on a rejected record)
measure() {
    local name=$1; shift
    python3 "$BENCH/tree-rss.py" "$WORK/$name.time" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" || true
    read -r SECS RSS < <(tail -1 "$WORK/$name.time")
}

if [ "$REPEAT" -gt 0 ]; then
    java -jar "$JAR" generate --persons "$ROWS" --format csv --seed 1 --output "$WORK/persons.csv"
    # CARML's CSV reader (univocity) garbles the first header cell of a UTF-8 file without a BOM: give it one.
    { printf '\xef\xbb\xbf'; cat "$WORK/persons.csv"; } > "$WORK/carml/persons.csv"
    echo "tool run rows quads seconds peak_rss_kib" > "$WORK/results.txt"
    for i in $(seq "$REPEAT"); do
        measure ours java -jar "$JAR" convert --input "$WORK/persons.csv" --output "$WORK/ours.nq" --report "$WORK/ours.json"
        QUADS=$(wc -l < "$WORK/ours.nq")
        echo "esimder $i $ROWS $QUADS $SECS $RSS" | tee -a "$WORK/results.txt"
        measure riot java -cp "$(cat "$WORK/riot.cp")" riotcmd.riot --count "$WORK/ours.nq"
        echo "riot $i - $QUADS $SECS $RSS" | tee -a "$WORK/results.txt"
        measure carml java -cp "$WORK/classes:$(cat "$WORK/carml.cp")" CarmlBench "$BENCH/persons.rml.ttl" "$WORK/carml" "$WORK/carml.nq"
        echo "carml $i $ROWS $(wc -l < "$WORK/carml.nq") $SECS $RSS" | tee -a "$WORK/results.txt"
    done
    python3 - "$WORK/results.txt" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]).read().splitlines()[1:]]
med = {}
for tool in ("esimder", "riot", "carml"):
    r = [x for x in rows if x[0] == tool]
    secs = statistics.median(float(x[4]) for x in r)
    quads = int(r[0][3])
    n = r[0][2]
    med[tool] = dict(secs=secs, quads=quads, rows=None if n == "-" else int(n),
                     rss=statistics.median(int(x[5]) for x in r) / 1024)
for tool, m in med.items():
    rps = f"{m['rows'] / m['secs']:,.0f}" if m["rows"] else "-"
    print(f"{tool:8} median of {len([x for x in rows if x[0] == tool])}: {m['secs']:.1f} s, rows/s {rps}, "
          f"quads {m['quads']:,}, quads/s {m['quads'] / m['secs']:,.0f}, peak RSS {m['rss']:,.0f} MiB")
e, r, c = med["esimder"], med["riot"], med["carml"]
print(f"esimder quads/s / riot quads/s = {(e['quads'] / e['secs']) / (r['quads'] / r['secs']):.2f}")
print(f"esimder rows/s / carml rows/s = {(e['rows'] / e['secs']) / (c['rows'] / c['secs']):.2f}")
print(f"esimder RSS / carml RSS = {e['rss'] / c['rss']:.2f}")
PY
fi

if [ "$MILLION" = 1 ]; then
    [ -s "$WORK/million.txt" ] || java -jar "$JAR" generate --persons 1000000 --format memorybook --seed 1 --output "$WORK/million.txt"
    measure million java -Xmx512m -jar "$JAR" convert --input "$WORK/million.txt" --output "$WORK/million.nq" --report "$WORK/million.json"
    QUADS=$(wc -l < "$WORK/million.nq")
    echo "million: $SECS s, peak RSS $((RSS / 1024)) MiB, $QUADS quads, $(python3 -c "print(f'{1000000/$SECS:,.0f} records/s, {$QUADS/$SECS:,.0f} quads/s')")"
    head -4 "$WORK/million.json"
fi
