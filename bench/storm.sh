#!/usr/bin/env bash
#
# bench/storm.sh: provgw against tftpd-hpa 5.2 on the same fixtures, in one run, on 127.0.0.1.
#
#   bench/storm.sh                 full run (about 5-10 minutes on a 2-core box)
#   QUICK=1 bench/storm.sh         smoke run with small counts (about a minute)
#
# Prints a table (scenario, tftpd-hpa, provgw, ratio provgw/tftpd-hpa, failures of each) and the
# provgw server's peak RSS. See bench/README.md for the knobs and how to read the output.
#
# Exit: 0 when every scenario ran (transfer failures are reported in the table, not fatal),
#       1 when a server failed to start or the storm client could not run, 2 on a setup problem.

set -euo pipefail
unset CDPATH

REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
DIST=${PROVGW_DIST:-$REPO/dist/target/provgw}
QUICK=${QUICK:-0}
SERVERS=${SERVERS:-tftpd-hpa provgw}
VERIFY=${VERIFY:-1}
CLIENT_THREADS=${CLIENT_THREADS:-1}
KEEP=${KEEP:-0}
STORM_TIMEOUT=${STORM_TIMEOUT:-900}   # seconds, per storm invocation

if [ "$QUICK" = 1 ]; then
    BIG_MIB=${BIG_MIB:-4}; SMALL_FILES=${SMALL_FILES:-2000}; RUNS=${RUNS:-1}; SMALL_WARMUP=${SMALL_WARMUP:-200}
else
    BIG_MIB=${BIG_MIB:-32}; SMALL_FILES=${SMALL_FILES:-20000}; RUNS=${RUNS:-3}; SMALL_WARMUP=${SMALL_WARMUP:-1000}
fi

say() { printf '%s\n' "$*" >&2; }
die() { say "storm.sh: $*"; exit "${2:-1}"; }
has_server() { case " $SERVERS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# ------------------------------------------------------------------------------------------------
# Clean-up: the servers we started (each in its own session, killed by process group) and the
# temporary directory.
# ------------------------------------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/provgw-bench.XXXXXX")
STARTED_PIDS=()
cleanup() {
    local pid i
    for pid in ${STARTED_PIDS[@]+"${STARTED_PIDS[@]}"}; do
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in ${STARTED_PIDS[@]+"${STARTED_PIDS[@]}"}; do
        for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    done
    if [ "$KEEP" = 1 ]; then say "kept $TMP"; else rm -rf -- "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------------------------------------
# Prerequisites
# ------------------------------------------------------------------------------------------------
command -v ss >/dev/null || die "ss (iproute2) is needed to find free ports" 2
command -v perl >/dev/null || die "perl is needed to write the fixtures" 2

if has_server tftpd-hpa; then
    [ "$(id -u)" = 0 ] || die "run as root: tftpd-hpa needs root to chroot (-s) and to drop privileges" 2
    if ! /usr/sbin/in.tftpd -V 2>&1 | grep -q '^tftp-hpa'; then
        say "installing tftpd-hpa (in.tftpd is missing or is not tftp-hpa) ..."
        apt-get install -y tftpd-hpa >"$TMP/apt.log" 2>&1 || die "apt-get install -y tftpd-hpa failed: see $TMP/apt.log" 2
        /usr/sbin/in.tftpd -V 2>&1 | grep -q '^tftp-hpa' \
            || die "/usr/sbin/in.tftpd is not tftp-hpa (Debian's atftpd package takes that path over)" 2
    fi
    HPA_VERSION=$(/usr/sbin/in.tftpd -V 2>&1 | head -n 1)
fi

if [ -n "${STORM_CMD:-}" ]; then
    read -r -a STORM <<< "$STORM_CMD"
else
    [ -x "$DIST/bin/provgw" ] || die "no distribution at $DIST: build it first (or set PROVGW_DIST)" 2
    STORM=("$DIST/bin/provgw" storm)
fi
if has_server provgw; then
    [ -x "$DIST/bin/provgw" ] || die "no distribution at $DIST: build it first (or set PROVGW_DIST)" 2
fi

# A random free UDP port in 20000-30000, never one handed out before in this run.
USED_PORTS=" "
pick_port() {
    local port tries
    for ((tries = 0; tries < 200; tries++)); do
        port=$((20000 + RANDOM % 10001))
        case $USED_PORTS in *" $port "*) continue ;; esac
        if [ -z "$(ss -Hlun "sport = :$port")" ]; then
            USED_PORTS="$USED_PORTS$port "
            echo "$port"
            return 0
        fi
    done
    return 1
}

# wait_listening PID PORT SECONDS: true once PORT is bound, false if PID died or time ran out.
wait_listening() {
    local pid=$1 port=$2 i
    for ((i = 0; i < $3 * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        [ -n "$(ss -Hlun "sport = :$port")" ] && return 0
        sleep 0.1
    done
    return 1
}

# ------------------------------------------------------------------------------------------------
# Fixtures: one big random file, SMALL_FILES distinct 3 KB files named like Cisco phone
# configurations, and the list of those names.
# ------------------------------------------------------------------------------------------------
FX=$TMP/tftpboot
mkdir -p "$FX" "$TMP/out"
say "fixtures in $FX: big.bin ($BIG_MIB MiB), $SMALL_FILES x 3 KB ..."
head -c $((BIG_MIB * 1024 * 1024)) /dev/urandom > "$FX/big.bin"
perl -e '
    my ($dir, $count, $list) = @ARGV;
    open(my $rnd, "<:raw", "/dev/urandom") or die "urandom: $!";
    open(my $names, ">", $list) or die "$list: $!";
    for my $i (0 .. $count - 1) {
        my $name = sprintf("SEP%012X.cnf.xml", 0x001122000000 + $i);
        read($rnd, my $bytes, 3072) == 3072 or die "short read";
        open(my $f, ">:raw", "$dir/$name") or die "$name: $!";
        print $f $bytes;
        close($f) or die "$name: $!";
        print $names "$name\n";
    }
    close($names) or die "$list: $!";
' "$FX" "$SMALL_FILES" "$TMP/names.txt"
chmod -R a+rX "$FX"
BIG_BYTES=$((BIG_MIB * 1024 * 1024))
VERIFY_ARGS=()
[ "$VERIFY" = 1 ] && VERIFY_ARGS=(--verify-dir "$FX")

# ------------------------------------------------------------------------------------------------
# Servers
# ------------------------------------------------------------------------------------------------
declare -A PORT
if has_server tftpd-hpa; then
    PORT[tftpd-hpa]=$(pick_port) || die "no free UDP port in 20000-30000"
    # -L: listen mode in the foreground, a forked child per transfer; -s: chroot to the fixtures;
    # -u root: as root it would otherwise switch to user tftp, which may not exist.
    setsid /usr/sbin/in.tftpd -L -s "$FX" -a "127.0.0.1:${PORT[tftpd-hpa]}" -u root \
        >"$TMP/tftpd-hpa.log" 2>&1 </dev/null &
    HPA_PID=$!
    STARTED_PIDS+=("$HPA_PID")
    wait_listening "$HPA_PID" "${PORT[tftpd-hpa]}" 10 \
        || { cat "$TMP/tftpd-hpa.log" >&2; die "tftpd-hpa did not start on 127.0.0.1:${PORT[tftpd-hpa]}"; }
    say "tftpd-hpa ($HPA_VERSION) on 127.0.0.1:${PORT[tftpd-hpa]}, pid $HPA_PID"
fi
if has_server provgw; then
    PORT[provgw]=$(pick_port) || die "no free UDP port in 20000-30000"
    # A private copy of the installation, so its logs/ (one access line per transfer) go away
    # with the temporary directory.
    cp -a "$DIST" "$TMP/provgw-home"
    rm -rf "$TMP/provgw-home/logs"
    cat > "$TMP/provgw.properties" <<EOF
providers = fs
provider.fs.type = filesystem
provider.fs.root = $FX
tftp.listen = 127.0.0.1:${PORT[provgw]}
EOF
    setsid "$TMP/provgw-home/bin/provgw" --config "$TMP/provgw.properties" \
        >"$TMP/provgw.log" 2>&1 </dev/null &
    PROVGW_PID=$!
    STARTED_PIDS+=("$PROVGW_PID")
    wait_listening "$PROVGW_PID" "${PORT[provgw]}" 60 \
        || { tail -n 40 "$TMP/provgw.log" >&2; die "provgw did not start on 127.0.0.1:${PORT[provgw]}"; }
    say "provgw on 127.0.0.1:${PORT[provgw]}, pid $PROVGW_PID"
fi

# ------------------------------------------------------------------------------------------------
# Storms
# ------------------------------------------------------------------------------------------------
declare -A RESULT   # "<scenario>|<server>" -> the RESULT line

# storm SCENARIO SERVER ARGS...: runs the client, keeps its RESULT line. Failed transfers are
# results; a client that cannot run at all (usage error, crash, time-out) stops the benchmark.
storm() {
    local scenario=$1 server=$2 rc=0 out
    shift 2
    out="$TMP/out/$scenario.$server.txt"
    say "  $scenario against $server ..."
    timeout "$STORM_TIMEOUT" "${STORM[@]}" --server "127.0.0.1:${PORT[$server]}" --threads "$CLIENT_THREADS" \
        "$@" >"$out" 2>&1 || rc=$?
    if [ "$rc" -gt 1 ] || ! grep -q '^RESULT ' "$out"; then
        cat "$out" >&2
        die "storm client failed (exit $rc) for $scenario against $server"
    fi
    RESULT["$scenario|$server"]=$(grep '^RESULT ' "$out" | tail -n 1)
}

# field SCENARIO SERVER KEY: one value of a RESULT line, or "-" when the scenario did not run.
field() {
    local line=${RESULT["$1|$2"]:-}
    [ -n "$line" ] || { echo -; return; }
    sed -n "s/.* $3=\([^ ]*\).*/\1/p" <<< "$line"
}

# The median of RUNS transfers of one big file, as MB/s (10^6 bytes): with --count RUNS the
# p50 latency is the median transfer (nearest rank); --warmup 1 first warms the JIT of both
# the client and a Java server, and the page cache.
big_mbps() {
    local p50
    p50=$(field "$1" "$2" p50ms)
    [ "$p50" = - ] && { echo -; return; }
    awk -v b="$BIG_BYTES" -v ms="$p50" 'BEGIN { if (ms > 0) printf "%.2f", b / 1e6 / (ms / 1000); else print "-" }'
}

run_big() {
    local scenario=$1 server=$2
    shift 2
    storm "$scenario" "$server" --file big.bin --warmup 1 --count "$RUNS" --retries 5 \
        ${VERIFY_ARGS[@]+"${VERIFY_ARGS[@]}"} "$@"
}

say "load average: $(cut -d' ' -f1-3 /proc/loadavg); running scenarios ..."
for server in $SERVERS; do
    run_big "lockstep-512" "$server"
done
for server in $SERVERS; do
    run_big "lockstep-1428" "$server" --blksize 1428
done
for server in $SERVERS; do
    run_big "lockstep-8192" "$server" --blksize 8192
done
# tftpd-hpa 5.2 has no windowsize: provgw's windowed transfer is set against its lockstep 1428.
if has_server provgw; then
    run_big "window16-1428" provgw --blksize 1428 --windowsize 16
fi
for concurrency in 200 1000; do
    for server in $SERVERS; do
        storm "small-c$concurrency" "$server" --files "$TMP/names.txt" --concurrency "$concurrency" \
            --timeout 1s --warmup "$SMALL_WARMUP" ${VERIFY_ARGS[@]+"${VERIFY_ARGS[@]}"}
    done
done

RSS=-
if has_server provgw; then
    RSS=$(awk '/^VmHWM:/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$PROVGW_PID/status" 2>/dev/null || echo -)
fi

# ------------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------------
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || a + 0 == 0) print "-"; else printf "%.2f", b / a }'
}
row() { # LABEL HPA PROVGW HPA_FAIL PROVGW_FAIL
    printf '%-34s %12s %12s %8s %9s %9s\n' "$1" "$2" "$3" "$(ratio "$2" "$3")" "$4" "$5"
}
# A scenario that did not run (server left out via SERVERS) shows "-" through field/big_mbps.
big_row() { # LABEL HPA_SCENARIO PROVGW_SCENARIO
    row "$1" "$(big_mbps "$2" tftpd-hpa)" "$(big_mbps "$3" provgw)" \
        "$(field "$2" tftpd-hpa failures)" "$(field "$3" provgw failures)"
}
small_rows() { # CONCURRENCY
    local s=small-c$1
    row "$SMALL_FILES x 3 KB, c=$1: transfers/s" "$(field "$s" tftpd-hpa tps)" "$(field "$s" provgw tps)" \
        "$(field "$s" tftpd-hpa failures)" "$(field "$s" provgw failures)"
    row "  p99 latency ms (lower is better)" "$(field "$s" tftpd-hpa p99ms)" "$(field "$s" provgw p99ms)" "" ""
    row "  retransmits" "$(field "$s" tftpd-hpa retransmits)" "$(field "$s" provgw retransmits)" "" ""
}

echo
echo "provgw vs tftpd-hpa on 127.0.0.1 ($(nproc) cores; ${HPA_VERSION:-tftpd-hpa not run}; QUICK=$QUICK)"
echo "MB/s: median of $RUNS transfers of $BIG_MIB MiB after 1 warm-up; ratio = provgw / tftpd-hpa"
echo
printf '%-34s %12s %12s %8s %9s %9s\n' "scenario" "tftpd-hpa" "provgw" "ratio" "fail hpa" "fail pgw"
printf '%-34s %12s %12s %8s %9s %9s\n' "--------" "---------" "------" "-----" "--------" "--------"
big_row "$BIG_MIB MiB blksize 512 lockstep MB/s" lockstep-512 lockstep-512
big_row "$BIG_MIB MiB blksize 1428 lockstep MB/s" lockstep-1428 lockstep-1428
big_row "$BIG_MIB MiB blksize 8192 lockstep MB/s" lockstep-8192 lockstep-8192
big_row "$BIG_MIB MiB 1428 window 16 MB/s (*)" lockstep-1428 window16-1428
small_rows 200
small_rows 1000
echo
echo "(*) tftpd-hpa 5.2 has no windowsize: its column is the lockstep 1428 value."
echo "provgw peak RSS (VmHWM) after the c=1000 run: $RSS"
echo
echo "RESULT lines:"
for key in "${!RESULT[@]}"; do
    printf '  %-24s %s\n' "$key" "${RESULT[$key]}"
done | sort
