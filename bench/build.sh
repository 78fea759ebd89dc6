#!/usr/bin/env bash
#
# bench/build.sh: what building Cisco files from a database costs, in one run:
#   1. cold build rate of the SQL provider, devices/s, from H2 and from PostgreSQL: a fresh
#      provider (empty cache) builds every device's SEP<MAC>.cnf.xml from 16 threads;
#   2. memory the cache holds per 10,000 devices;
#   3. the boot-storm serve rate of built (cached) files against static files of the same bytes
#      served by the filesystem provider, with provgw storm at 200 and 1000 transfers in flight.
#
#   bench/build.sh            full run: 10,000 devices, 3 runs each (about 5 minutes)
#   QUICK=1 bench/build.sh    smoke run: 2,000 devices, 1 run each (about a minute)
#
# Needs the distribution (mvn -q -DskipTests package) and, for the PostgreSQL row, PostgreSQL on
# 127.0.0.1:5432 (user postgres, database test; a schema of its own is created and dropped).
# Everything binds 127.0.0.1, UDP ports 18100 and 18101. Prints a table with medians and ratios.
#
# Exit: 0 when every part ran (failed transfers show in the table), 1 when a server did not
# start or a run failed, 2 on a setup problem.

set -euo pipefail
unset CDPATH

REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
DIST=${PROVGW_DIST:-$REPO/dist/target/provgw}
QUICK=${QUICK:-0}
PORT_BUILT=18100
PORT_STATIC=18101
if [ "$QUICK" = 1 ]; then
    DEVICES=${DEVICES:-2000}; RUNS=${RUNS:-1}; STORM_COUNT=${STORM_COUNT:-4000}; WARMUP=${WARMUP:-1000}
else
    DEVICES=${DEVICES:-10000}; RUNS=${RUNS:-3}; STORM_COUNT=${STORM_COUNT:-20000}; WARMUP=${WARMUP:-5000}
fi
STATIC_FILES=${STATIC_FILES:-2000}

say() { printf '%s\n' "$*" >&2; }
die() { say "build.sh: $*"; exit "${2:-1}"; }

[ -x "$DIST/bin/provgw" ] || die "no distribution at $DIST: run mvn -q -DskipTests package first" 2
command -v java >/dev/null || die "java is needed" 2
for port in $PORT_BUILT $PORT_STATIC; do
    if command -v ss >/dev/null && [ -n "$(ss -Hlun "sport = :$port")" ]; then
        die "UDP port $port is in use" 2
    fi
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/provgw-build-bench.XXXXXX")
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill -TERM -- "-$SERVER_PID" 2>/dev/null || kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ "${KEEP:-0}" = 1 ]; then say "kept $TMP"; else rm -rf -- "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cp -a "$DIST" "$TMP/provgw"
rm -rf "$TMP/provgw/data/"* "$TMP/provgw/logs/"*
LIB="$TMP/provgw/lib/*"

# field LINE KEY: one key=value of a RESULT line
field() { printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a + 0 == 0) print "-"; else printf "%.2f", b / a }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# ---------------------------------------------------------------------------------------------
# 1-2. Cold build rate and memory
# ---------------------------------------------------------------------------------------------
say "cold build from H2: $DEVICES devices, $RUNS run(s) ..."
H2_RESULT=$(java -Xmx512m -cp "$LIB" "$REPO/bench/BuildBench.java" h2 "$DEVICES" "$RUNS" "$TMP/h2" "$STATIC_FILES" \
    2>"$TMP/h2.log" | grep '^RESULT ') || die "the H2 build run failed: see $TMP/h2.log (KEEP=1 keeps it)"
PG_RESULT=
if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
    say "cold build from PostgreSQL: $DEVICES devices, $RUNS run(s) ..."
    PG_RESULT=$(java -Xmx512m -cp "$LIB" "$REPO/bench/BuildBench.java" postgres "$DEVICES" "$RUNS" "$TMP/pg" 0 \
        2>"$TMP/pg.log" | grep '^RESULT ') || die "the PostgreSQL build run failed: see $TMP/pg.log"
else
    say "PostgreSQL on 127.0.0.1:5432 does not answer: its row is skipped"
fi

# ---------------------------------------------------------------------------------------------
# 3. Boot storm: built (cached) files against the same bytes as static files
# ---------------------------------------------------------------------------------------------
# start_server NAME PORT CONFIG-LINES...: starts provgw, waits until it serves (and, for the SQL
# provider, has pre-built every device)
start_server() {
    local name=$1 port=$2 i
    shift 2
    printf '%s\n' "$@" "tftp.listen = 127.0.0.1:$port" > "$TMP/$name.properties"
    setsid "$TMP/provgw/bin/provgw" --config "$TMP/$name.properties" >"$TMP/$name.out" 2>&1 &
    SERVER_PID=$!
    for ((i = 0; i < 600; i++)); do
        if grep -q 'serving tftp' "$TMP/$name.out" && { [ "$name" != built ] || grep -q 'pre-built the files' "$TMP/$name.out"; }; then
            return 0
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/$name.out" >&2; die "provgw ($name) did not start"; }
        sleep 0.5
    done
    die "provgw ($name) not ready after 300 s: see $TMP/$name.out"
}

stop_server() {
    RSS=$(awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status" 2>/dev/null || echo -)
    kill -TERM -- "-$SERVER_PID" 2>/dev/null || kill -TERM "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

declare -A TPS FAIL PEAK
storms() {
    local name=$1 port=$2 c run line
    "$TMP/provgw/bin/provgw" storm --server "127.0.0.1:$port" --files "$TMP/h2/names.txt" --count "$WARMUP" \
        --concurrency 200 --verify-dir "$TMP/h2/static" >/dev/null 2>&1 || true
    for c in 200 1000; do
        local rates=() failures=0
        for ((run = 1; run <= RUNS; run++)); do
            line=$("$TMP/provgw/bin/provgw" storm --server "127.0.0.1:$port" --files "$TMP/h2/names.txt" \
                --count "$STORM_COUNT" --concurrency "$c" --timeout 1s --verify-dir "$TMP/h2/static" 2>&1 \
                | grep '^RESULT ') || die "storm client failed against $name"
            rates+=("$(field "$line" tps)")
            failures=$((failures + $(field "$line" failures)))
        done
        TPS["$name|$c"]=$(median "${rates[@]}")
        FAIL["$name|$c"]=$failures
    done
}

say "boot storm against built files (SQL provider, pre-built, cached) ..."
start_server built $PORT_BUILT "providers = sql" "provider.sql.type = sql" \
    "provider.sql.url = jdbc:h2:file:$TMP/h2/bench" "provider.sql.user = provgw" \
    "provider.sql.prebuild = true" "provider.sql.poll-interval = 1h"
storms built $PORT_BUILT
stop_server
PEAK[built]=$RSS

say "boot storm against the same bytes as static files (filesystem provider) ..."
start_server static $PORT_STATIC "providers = fs" "provider.fs.type = filesystem" "provider.fs.root = $TMP/h2/static"
storms static $PORT_STATIC
stop_server
PEAK[static]=$RSS

SIZE=$(head -n 1 "$TMP/h2/names.txt" | xargs -I{} stat -c %s "$TMP/h2/static/{}")

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------
printf '\n%s devices, %s run(s) per value (medians), load average %s\n\n' "$DEVICES" "$RUNS" \
    "$(cut -d ' ' -f 1-3 /proc/loadavg)"
printf '%-48s %12s %12s %8s\n' "measure" "value" "reference" "ratio"
printf '%-48s %12s %12s %8s\n' "-------" "-----" "---------" "-----"
H2_RATE=$(field "$H2_RESULT" median)
printf '%-48s %12s %12s %8s\n' "cold build from H2, devices/s" "$H2_RATE" "" ""
if [ -n "$PG_RESULT" ]; then
    PG_RATE=$(field "$PG_RESULT" median)
    printf '%-48s %12s %12s %8s\n' "cold build from PostgreSQL, devices/s (ref H2)" "$PG_RATE" "$H2_RATE" \
        "$(ratio "$H2_RATE" "$PG_RATE")"
fi
printf '%-48s %12s %12s %8s\n' "heap of the cache per 10,000 devices, MiB" "$(field "$H2_RESULT" mem_per_10k_mib)" "" ""
for c in 200 1000; do
    printf '%-48s %12s %12s %8s\n' "storm c=$c built files, transfers/s (ref static)" "${TPS[built|$c]}" \
        "${TPS[static|$c]}" "$(ratio "${TPS[static|$c]}" "${TPS[built|$c]}")"
    printf '%-48s %12s %12s %8s\n' "  failed transfers (built / static)" "${FAIL[built|$c]}" "${FAIL[static|$c]}" ""
done
printf '%-48s %12s %12s %8s\n' "server peak RSS, MiB (built / static)" "${PEAK[built]}" "${PEAK[static]}" ""
printf '\nfile size %s bytes (SEP<MAC>.cnf.xml), %s distinct names in the storm, %s transfers per storm\n' \
    "$SIZE" "$STATIC_FILES" "$STORM_COUNT"
printf 'RESULT lines:\n  %s\n  %s\n' "$H2_RESULT" "${PG_RESULT:-postgres skipped}"
