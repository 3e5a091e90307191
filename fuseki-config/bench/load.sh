#!/usr/bin/env bash
# Data and load benchmark: N generated persons -> memory book -> N-Quads (esimder generate +
# convert), then the same N-Quads loaded, back to back in this run, by
#   1. Jena's tdb2.tdbloader (jena-cmds 5.6.0 from Maven Central)   <- the baseline
#   2. esimder load --no-link (bulk load + statistics + name index + atomic switch)
#   3. esimder load with linking (deduplication) on, a separate figure.
# Prints time, quads/s, peak RSS, size on disk; verdict: ours <= 1.2x tdbloader's time.
#
# Usage: fuseki-config/bench/load.sh [N]      (after ./mvnw -B -q -o -DskipTests package)
# SKIP_TDBLOADER=1 leaves out the baseline (1.): the linked load is then compared with the --no-link
# load of the same run only. SKIP_LINKED_LOAD=1 leaves out 3.
# Leaves $WORK/store/data/esimder (the --no-link store) for endpoint.sh and site/bench/site.sh.
N=${1:-${N:-100000}}
source "$(dirname "$0")/lib.sh"
[ -f "$ESIMDER_JAR" ] || { echo "missing $ESIMDER_JAR: run ./mvnw -B -q -o -DskipTests package" >&2; exit 2; }
: > "$WORK/figures.txt"
figure persons "$N" ""

# --- 1. data ---------------------------------------------------------------------------------
if [ ! -s "$WORK/data.nq" ]; then
    log "generate $N persons"
    timed generate java -Xmx2g -jar "$ESIMDER_JAR" generate --persons "$N" --format memorybook --seed 1 --output "$WORK/generated.txt"
    figure generate.seconds "$TIMED_SECONDS" s
    log "convert"
    timed convert java -Xmx4g -jar "$ESIMDER_JAR" convert --input "$WORK/generated.txt" --format memorybook \
        --synthetic --output "$WORK/data.nq" --report "$WORK/convert-report.json"
    figure convert.seconds "$TIMED_SECONDS" s
    figure convert.peak_rss "$TIMED_RSS_MB" MiB
fi
QUADS=$(wc -l < "$WORK/data.nq")
figure quads "$QUADS" ""
figure nquads.size "$(dir_mb "$WORK/data.nq")" MiB

# --- 2. load: tdbloader (baseline), ours, ours with linking -------------------------------------
LOAD_XMX=${LOAD_XMX:-8g}

if [ "${SKIP_TDBLOADER:-0}" != 1 ]; then
    JENA_CP=$(jena_cmds_classpath)
    rm -rf "$WORK/tdbloader"
    log "tdb2.tdbloader"
    timed tdbloader java -Xmx$LOAD_XMX -cp "$JENA_CP" tdb2.tdbloader --loc "$WORK/tdbloader" "$WORK/data.nq"
    T_BASE=$TIMED_SECONDS
    figure tdbloader.seconds "$T_BASE" s
    figure tdbloader.quads_per_s "$(awk -v q="$QUADS" -v t="$T_BASE" 'BEGIN { printf "%.0f", q / t }')" ""
    figure tdbloader.peak_rss "$TIMED_RSS_MB" MiB
    figure tdbloader.disk "$(dir_mb "$WORK/tdbloader")" MiB
    # Measured; removed now so that a 1,000,000-person run needs room for one database at a time.
    rm -rf "$WORK/tdbloader"
fi

rm -rf "$WORK/store"; mkdir -p "$WORK/store/data"
log "esimder load --no-link (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
timed load java -Xmx$LOAD_XMX -jar "$ESIMDER_JAR" load --no-link --db "$WORK/store/data/esimder" "$WORK/data.nq"
T_OURS=$TIMED_SECONDS
figure load.seconds "$T_OURS" s
figure load.quads_per_s "$(awk -v q="$QUADS" -v t="$T_OURS" 'BEGIN { printf "%.0f", q / t }')" ""
figure load.peak_rss "$TIMED_RSS_MB" MiB
LIVE="$WORK/store/data/esimder/current"
figure load.disk.tdb2 "$(dir_mb "$LIVE/tdb2")" MiB
figure load.disk.text_index "$(dir_mb "$LIVE/text")" MiB
figure load.disk.total "$(dir_mb "$(readlink -f "$LIVE")")" MiB
if [ -n "${T_BASE:-}" ]; then
    R=$(ratio "$T_OURS" "$T_BASE")
    figure load.time_ratio_to_tdbloader "$R" x
    verdict load.time_ratio_to_tdbloader "$R" le 1.2
fi

if [ "${SKIP_LINKED_LOAD:-0}" != 1 ]; then
    rm -rf "$WORK/store-linked"; mkdir -p "$WORK/store-linked"
    log "esimder load (with linking) (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
    if timed load-linked timeout "${LINKED_LOAD_LIMIT:-1800}" java -Xmx$LOAD_XMX -jar "$ESIMDER_JAR" load --db "$WORK/store-linked/esimder" "$WORK/data.nq"; then
        figure load_linked.seconds "$TIMED_SECONDS" s
        figure load_linked.peak_rss "$TIMED_RSS_MB" MiB
        [ -z "${T_BASE:-}" ] || figure load_linked.time_ratio_to_tdbloader "$(ratio "$TIMED_SECONDS" "$T_BASE")" x
        R_LINKED=$(ratio "$TIMED_SECONDS" "$T_OURS")
        figure load_linked.time_ratio_to_no_link "$R_LINKED" x
        verdict load_linked.time_ratio_to_no_link "$R_LINKED" le 1.5
        log "linking: $(grep -o 'persons [0-9]*, pairs compared.*' "$WORK/load-linked.log" || echo 'no summary line')"
    else
        figure load_linked.seconds "unfinished (limit ${LINKED_LOAD_LIMIT:-1800} s)" ""
    fi
    rm -rf "$WORK/store-linked"
    log "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
