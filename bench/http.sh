#!/usr/bin/env bash
#
# bench/http.sh: provgw's HTTP endpoint against nginx on the same directory, with wrk, in one
# run, on 127.0.0.1.
#
#   bench/http.sh              full run: 4 scenarios x 2 servers x RUNS=5 runs of 5 s (about 5 minutes)
#   QUICK=1 bench/http.sh      smoke run: 1 run of 2 s each (about a minute)
#
# Prints, per scenario, requests/s and MB/s of both servers (the median of RUNS runs, the servers
# interleaved run by run), the ratio provgw / nginx, and each server's CPU time per request
# (steadier than rates on a shared machine). See bench/README.md for the knobs.
#
# Exit: 0 when every scenario ran (request errors are reported, not fatal), 1 when a server
#       failed to start or served wrong bytes, 2 on a setup problem.

set -euo pipefail
unset CDPATH

REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
DIST=${PROVGW_DIST:-$REPO/dist/target/provgw}
NGINX=${NGINX:-/usr/sbin/nginx}
QUICK=${QUICK:-0}
KEEP=${KEEP:-0}
NGINX_PORT=${NGINX_PORT:-18081}
PROVGW_PORT=${PROVGW_PORT:-18082}
THREADS=${THREADS:-2}            # wrk threads
ACCESS_LOG=${ACCESS_LOG:-on}     # off: provgw without its access log (diagnostic, see README)
SMALL_CONNECTIONS=${SMALL_CONNECTIONS:-32}
BIG_CONNECTIONS=${BIG_CONNECTIONS:-4}
if [ "$QUICK" = 1 ]; then
    RUNS=${RUNS:-1}; DURATION=${DURATION:-2}; WARMUP=${WARMUP:-2}
else
    RUNS=${RUNS:-5}; DURATION=${DURATION:-5}; WARMUP=${WARMUP:-5}
fi

say() { printf '%s\n' "$*" >&2; }
die() { say "http.sh: $*"; exit "${2:-1}"; }

# ------------------------------------------------------------------------------------------------
# Clean-up: both servers (each in its own session, killed by process group) and the temporary
# directory.
# ------------------------------------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/provgw-http-bench.XXXXXX")
chmod 755 "$TMP"
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
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)" 2
command -v curl >/dev/null || die "curl is needed to check both servers serve the same bytes" 2
command -v ss >/dev/null || die "ss (iproute2) is needed to check the ports" 2
[ -x "$NGINX" ] || die "no nginx at $NGINX (apt-get install nginx-light, or set NGINX)" 2
[ -x "$DIST/bin/provgw" ] || die "no distribution at $DIST: build it first (mvn -DskipTests package)" 2
for port in "$NGINX_PORT" "$PROVGW_PORT"; do
    [ "$port" -ge 18080 ] && [ "$port" -le 18099 ] || die "ports must be in 18080-18099, not $port" 2
    [ -z "$(ss -Hltn "sport = :$port")" ] || die "port $port is in use" 2
done

# wait_listening PID PORT SECONDS: true once PORT accepts, false if PID died or time ran out.
wait_listening() {
    local pid=$1 port=$2 i
    for ((i = 0; i < $3 * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        [ -n "$(ss -Hltn "sport = :$port")" ] && return 0
        sleep 0.1
    done
    return 1
}

# ------------------------------------------------------------------------------------------------
# Fixtures: a 3 KB configuration file and a 32 MiB firmware image, random bytes.
# ------------------------------------------------------------------------------------------------
WWW=$TMP/www
mkdir -p "$WWW"
head -c 3072 /dev/urandom > "$WWW/SEP001122334455.cnf.xml"
head -c $((32 * 1024 * 1024)) /dev/urandom > "$WWW/firmware.sbn"
chmod -R a+rX "$WWW"
SMALL=/SEP001122334455.cnf.xml
BIG=/firmware.sbn

# ------------------------------------------------------------------------------------------------
# nginx: its own prefix and configuration; as root the master drops its workers to nobody.
# Defaults of a static site: sendfile, an access log, keep-alive.
# ------------------------------------------------------------------------------------------------
NG=$TMP/nginx
mkdir -p "$NG/logs" "$NG/temp"
USER_LINE=""
[ "$(id -u)" = 0 ] && USER_LINE="user nobody nogroup;"
cat > "$NG/nginx.conf" <<EOF
$USER_LINE
daemon off;
worker_processes auto;
pid $NG/nginx.pid;
error_log $NG/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log $NG/logs/access.log;
    client_body_temp_path $NG/temp/body;
    proxy_temp_path $NG/temp/proxy;
    fastcgi_temp_path $NG/temp/fastcgi;
    uwsgi_temp_path $NG/temp/uwsgi;
    scgi_temp_path $NG/temp/scgi;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 60s;
    keepalive_requests 1000000;
    default_type application/octet-stream;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WWW;
    }
}
EOF
[ "$(id -u)" = 0 ] && chown -R nobody "$NG/logs" "$NG/temp"
setsid "$NGINX" -p "$NG" -c "$NG/nginx.conf" >"$NG/stdout.log" 2>&1 </dev/null &
NGINX_PID=$!
STARTED_PIDS+=("$NGINX_PID")
wait_listening "$NGINX_PID" "$NGINX_PORT" 10 \
    || { cat "$NG/stdout.log" "$NG/logs/error.log" >&2 2>/dev/null; die "nginx did not start on 127.0.0.1:$NGINX_PORT"; }
say "nginx ($("$NGINX" -v 2>&1 | sed 's/.*: //')) on 127.0.0.1:$NGINX_PORT, pid $NGINX_PID"

# ------------------------------------------------------------------------------------------------
# provgw: a private copy of the installation (its access log goes away with the temporary
# directory), everything at its shipped defaults but the tree and the listener.
# ------------------------------------------------------------------------------------------------
cp -a "$DIST" "$TMP/provgw-home"
rm -rf "$TMP/provgw-home/logs"
cat > "$TMP/provgw.properties" <<EOF
providers = fs
provider.fs.type = filesystem
provider.fs.root = $WWW
http.listen = 127.0.0.1:$PROVGW_PORT
EOF
if [ "$ACCESS_LOG" = off ]; then
    sed 's/<Logger name="provgw.access" level="INFO"/<Logger name="provgw.access" level="OFF"/' \
        "$TMP/provgw-home/conf/log4j2.xml" > "$TMP/log4j2-no-access.xml"
    grep -q 'name="provgw.access" level="OFF"' "$TMP/log4j2-no-access.xml" \
        || die "cannot turn the access log off in $TMP/provgw-home/conf/log4j2.xml" 2
    export PROVGW_JAVA_OPTS="-Xms32m -Xmx192m -XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError \
-Dlog4j2.configurationFile=$TMP/log4j2-no-access.xml"
    say "provgw runs WITHOUT its access log (ACCESS_LOG=off)"
fi
setsid "$TMP/provgw-home/bin/provgw" --config "$TMP/provgw.properties" >"$TMP/provgw.log" 2>&1 </dev/null &
PROVGW_PID=$!
STARTED_PIDS+=("$PROVGW_PID")
wait_listening "$PROVGW_PID" "$PROVGW_PORT" 60 \
    || { tail -n 40 "$TMP/provgw.log" >&2; die "provgw did not start on 127.0.0.1:$PROVGW_PORT"; }
say "provgw on 127.0.0.1:$PROVGW_PORT, pid $PROVGW_PID"

declare -A PORT=([nginx]=$NGINX_PORT [provgw]=$PROVGW_PORT)

# cpu_ticks SERVER: user + system clock ticks used so far by the server (nginx: master and workers).
CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() {
    local pids
    if [ "$1" = nginx ]; then pids="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"; else pids=$PROVGW_PID; fi
    awk '{ t += $14 + $15 } END { print t }' $(for p in $pids; do echo "/proc/$p/stat"; done)
}

# Both must serve exactly the fixture bytes before any number means anything.
for server in nginx provgw; do
    for path in "$SMALL" "$BIG"; do
        want=$(sha256sum < "$WWW$path")
        got=$(curl -sf "http://127.0.0.1:${PORT[$server]}$path" | sha256sum) \
            || die "$server did not answer $path"
        [ "$got" = "$want" ] || die "$server served wrong bytes for $path"
    done
done

# ------------------------------------------------------------------------------------------------
# wrk runs. A Lua hook prints the exact totals (wrk's own summary rounds them).
# ------------------------------------------------------------------------------------------------
cat > "$TMP/report.lua" <<'EOF'
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT requests=%d bytes=%d duration_us=%d errors=%d p99_us=%d\n",
        summary.requests, summary.bytes, summary.duration,
        e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(99)))
end
EOF

# wrk_run SERVER PATH CONNECTIONS SECONDS [HEADER]: prints the RESULT line.
wrk_run() {
    local server=$1 path=$2 connections=$3 seconds=$4 header=${5:-}
    local args=(-t "$THREADS" -c "$connections" -d "${seconds}s" --timeout 10s -s "$TMP/report.lua")
    [ -n "$header" ] && args+=(-H "$header")
    wrk "${args[@]}" "http://127.0.0.1:${PORT[$server]}$path" 2>&1 | grep '^RESULT ' \
        || die "wrk failed against $server$path"
}

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

SCENARIOS=(
    "3 KB, keep-alive (c=$SMALL_CONNECTIONS)|$SMALL|$SMALL_CONNECTIONS|"
    "3 KB, new connection per request (c=$SMALL_CONNECTIONS)|$SMALL|$SMALL_CONNECTIONS|Connection: close"
    "32 MiB, keep-alive (c=$BIG_CONNECTIONS)|$BIG|$BIG_CONNECTIONS|"
    "32 MiB, new connection per request (c=$BIG_CONNECTIONS)|$BIG|$BIG_CONNECTIONS|Connection: close"
)

say "warming up both servers ($WARMUP s each: JIT, page cache) ..."
for server in nginx provgw; do
    wrk_run "$server" "$SMALL" "$SMALL_CONNECTIONS" "$WARMUP" >/dev/null
    wrk_run "$server" "$SMALL" "$SMALL_CONNECTIONS" "$WARMUP" "Connection: close" >/dev/null
    wrk_run "$server" "$BIG" "$BIG_CONNECTIONS" "$WARMUP" >/dev/null
done

declare -A RPS MBS ERR CPU
for entry in "${SCENARIOS[@]}"; do
    IFS='|' read -r name path connections header <<< "$entry"
    say "$name: $RUNS run(s) of $DURATION s per server ..."
    for server in nginx provgw; do
        : > "$TMP/$server.rps"; : > "$TMP/$server.mbs"; : > "$TMP/$server.cpu"; ERR[$server]=0
    done
    for ((run = 1; run <= RUNS; run++)); do
        for server in nginx provgw; do
            before=$(cpu_ticks "$server")
            line=$(wrk_run "$server" "$path" "$connections" "$DURATION" "$header")
            after=$(cpu_ticks "$server")
            requests=$(field "$line" requests); bytes=$(field "$line" bytes); us=$(field "$line" duration_us)
            awk -v r="$requests" -v us="$us" 'BEGIN { printf "%.1f\n", r / (us / 1e6) }' >> "$TMP/$server.rps"
            awk -v b="$bytes" -v us="$us" 'BEGIN { printf "%.2f\n", b / 1e6 / (us / 1e6) }' >> "$TMP/$server.mbs"
            awk -v t=$((after - before)) -v hz="$CLK_TCK" -v r="$requests" \
                'BEGIN { printf "%.1f\n", (r > 0 ? t / hz * 1e6 / r : 0) }' >> "$TMP/$server.cpu"
            ERR[$server]=$((ERR[$server] + $(field "$line" errors)))
        done
    done
    for server in nginx provgw; do
        RPS["$name|$server"]=$(median < "$TMP/$server.rps")
        MBS["$name|$server"]=$(median < "$TMP/$server.mbs")
        CPU["$name|$server"]=$(median < "$TMP/$server.cpu")
        ERR["$name|$server"]=${ERR[$server]}
    done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

printf '\n%-44s %12s %12s %6s %10s %10s %6s %14s %11s\n' scenario "nginx req/s" "provgw req/s" ratio \
    "nginx MB/s" "provgw MB/s" ratio "CPU us/req n/p" "errors n/p"
printf '%-44s %12s %12s %6s %10s %10s %6s %14s %11s\n' -------- ----------- ------------ ----- \
    ---------- ----------- ----- -------------- ----------
for entry in "${SCENARIOS[@]}"; do
    IFS='|' read -r name _ <<< "$entry"
    n_rps=${RPS["$name|nginx"]}; p_rps=${RPS["$name|provgw"]}
    n_mbs=${MBS["$name|nginx"]}; p_mbs=${MBS["$name|provgw"]}
    printf '%-44s %12s %12s %6s %10s %10s %6s %14s %11s\n' "$name" "$n_rps" "$p_rps" "$(ratio "$p_rps" "$n_rps")" \
        "$n_mbs" "$p_mbs" "$(ratio "$p_mbs" "$n_mbs")" "${CPU["$name|nginx"]}/${CPU["$name|provgw"]}" \
        "${ERR["$name|nginx"]}/${ERR["$name|provgw"]}"
done
printf '\nmedians of %d run(s) of %d s, wrk -t%d; MB = 10^6 bytes; ratio = provgw / nginx; access log %s\n' \
    "$RUNS" "$DURATION" "$THREADS" "$ACCESS_LOG"
printf 'CPU us/req: server CPU (user + system) per request, nginx master and workers / the provgw JVM\n'
printf 'provgw peak RSS (VmHWM): %s; load average at the end: %s\n' \
    "$(awk '/VmHWM/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$PROVGW_PID/status")" "$(cut -d' ' -f1-3 /proc/loadavg)"
