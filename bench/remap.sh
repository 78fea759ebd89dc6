#!/usr/bin/env bash
#
# bench/remap.sh: what a map file costs, in provgw and in tftpd-hpa 5.2, in one run on 127.0.0.1.
#
#   bench/remap.sh             20,000 names (about 4 minutes on a 2-core box)
#   QUICK=1 bench/remap.sh     2,000 names (about a minute)
#
# 1. The engine alone: ns per name for the path check every request pays (reference) and for
#    rewriting with the map file and then checking, in one JVM (bench/RemapBench.java).
# 2. A boot storm (provgw storm, 200 transfers in flight, 3 KB files) against four servers:
#    tftpd-hpa and provgw each without a map file, asked for the exact names, and with the same
#    deployment map file, asked for names the rules must fix (/tftpboot/sep...cnf.xml).
# Prints ns/name, transfers/s, the ratio with/without map file and the failures of each run.
#
# Run as root (tftpd-hpa chroots) after building the distribution (dist/target/provgw).
# Exit: 0 when every part ran, 1 when a server or the client failed, 2 on a setup problem.

set -euo pipefail
unset CDPATH

REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
DIST=${PROVGW_DIST:-$REPO/dist/target/provgw}
QUICK=${QUICK:-0}
if [ "$QUICK" = 1 ]; then FILES=${FILES:-2000}; WARMUP=${WARMUP:-200}; else FILES=${FILES:-20000}; WARMUP=${WARMUP:-1000}; fi

say() { printf '%s\n' "$*" >&2; }
die() { say "remap.sh: $*"; exit "${2:-1}"; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/provgw-remap-bench.XXXXXX")
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
    rm -rf -- "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" = 0 ] || die "run as root: tftpd-hpa needs root to chroot (-s)" 2
command -v ss >/dev/null || die "ss (iproute2) is needed to find free ports" 2
command -v perl >/dev/null || die "perl is needed to write the fixtures" 2
/usr/sbin/in.tftpd -V 2>&1 | grep -q '^tftp-hpa' || die "/usr/sbin/in.tftpd is not tftp-hpa (apt-get install tftpd-hpa)" 2
[ -x "$DIST/bin/provgw" ] || die "no distribution at $DIST: build it first (mvn -DskipTests package)" 2
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

USED_PORTS=" "
pick_port() {
    local port tries
    for ((tries = 0; tries < 200; tries++)); do
        port=$((20000 + RANDOM % 10001))
        case $USED_PORTS in *" $port "*) continue ;; esac
        if [ -z "$(ss -Hlun "sport = :$port")" ]; then USED_PORTS="$USED_PORTS$port "; echo "$port"; return 0; fi
    done
    return 1
}
wait_listening() { # PID PORT SECONDS
    local i
    for ((i = 0; i < $3 * 10; i++)); do
        kill -0 "$1" 2>/dev/null || return 1
        [ -n "$(ss -Hlun "sport = :$2")" ] && return 0
        sleep 0.1
    done
    return 1
}

# Fixtures: FILES files SEP<MAC>.cnf.xml of 3 KB; the exact names, and the names a phone with a
# careless DHCP boot-file setting sends (/tftpboot/sep<mac in lower case>.cnf.xml).
FX=$TMP/tftpboot
mkdir -p "$FX"
say "fixtures: $FILES x 3 KB in $FX ..."
perl -e '
    my ($dir, $count, $exact, $sloppy) = @ARGV;
    open(my $rnd, "<:raw", "/dev/urandom") or die;
    open(my $e, ">", $exact) or die; open(my $s, ">", $sloppy) or die;
    for my $i (0 .. $count - 1) {
        my $mac = sprintf("%012X", 0x001122000000 + $i);
        read($rnd, my $bytes, 3072) == 3072 or die;
        open(my $f, ">:raw", "$dir/SEP$mac.cnf.xml") or die; print $f $bytes; close($f) or die;
        print $e "SEP$mac.cnf.xml\n";
        print $s "/tftpboot/sep" . lc($mac) . ".cnf.xml\n";
    }
' "$FX" "$FILES" "$TMP/exact.txt" "$TMP/sloppy.txt"
chmod -R a+rX "$FX"
cat > "$TMP/phones.map" <<'EOF'
# a deployment's rules: separators, prefixes, MAC case, firmware, a refusal, a per-client file
rg \\ /
r ^/+
ri ^tftpboot/
ri ^(sep)([0-9a-f]{12})(\.cnf\.xml)$ SEP\U\2\E.cnf.xml
ri ^([^/]+\.(sbn|bin|loads|zz|sb2))$ firmware/\1
a \.\. no\ parent\ directories
r ^(XMLDefault\.cnf\.xml)$ \i/\1
EOF

say "engine alone (one JVM, median of 15 rounds over the sloppy names) ..."
ENGINE=$("$JAVA" -Xss512k -Dlog4j2.level=warn -cp "$DIST/lib/*" "$REPO/bench/RemapBench.java" \
    "$TMP/phones.map" "$TMP/sloppy.txt" 15 2>"$TMP/engine.log" | grep '^RESULT ') \
    || { cat "$TMP/engine.log" >&2; die "the engine benchmark failed"; }

declare -A PORT
start_hpa() { # NAME [MAPFILE]
    PORT[$1]=$(pick_port) || die "no free UDP port"
    setsid /usr/sbin/in.tftpd -L -s "$FX" -a "127.0.0.1:${PORT[$1]}" -u root ${2:+-m "$2"} \
        >"$TMP/$1.log" 2>&1 </dev/null &
    STARTED_PIDS+=("$!")
    wait_listening "$!" "${PORT[$1]}" 10 || die "$1 did not start"
}
start_provgw() { # NAME [MAPFILE]
    PORT[$1]=$(pick_port) || die "no free UDP port"
    cp -a "$DIST" "$TMP/$1-home"
    rm -rf "$TMP/$1-home/logs"
    {
        echo "providers = fs"
        echo "provider.fs.type = filesystem"
        echo "provider.fs.root = $FX"
        echo "provider.fs.case-insensitive = false"
        echo "tftp.listen = 127.0.0.1:${PORT[$1]}"
        [ -n "${2:-}" ] && echo "map-file = $2"
    } > "$TMP/$1.properties"
    setsid "$TMP/$1-home/bin/provgw" --config "$TMP/$1.properties" >"$TMP/$1.log" 2>&1 </dev/null &
    STARTED_PIDS+=("$!")
    wait_listening "$!" "${PORT[$1]}" 60 || { tail -n 20 "$TMP/$1.log" >&2; die "$1 did not start"; }
}
start_hpa hpa-plain
start_hpa hpa-map "$TMP/phones.map"
start_provgw pgw-plain
start_provgw pgw-map "$TMP/phones.map"

declare -A RESULT
storm() { # SERVER NAMES RUN
    say "  storm against $1 (run $3) ..."
    RESULT[$1.$3]=$(timeout 900 "$DIST/bin/provgw" storm --server "127.0.0.1:${PORT[$1]}" --files "$2" \
        --concurrency 200 --timeout 1s --warmup "$WARMUP" 2>"$TMP/$1.storm.err" | grep '^RESULT ') \
        || { cat "$TMP/$1.storm.err" >&2; die "storm client failed against $1"; }
}
say "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# plain, map, map, plain: a load that drifts during the run weighs on both sides alike
for s in hpa pgw; do
    storm $s-plain "$TMP/exact.txt" 1
    storm $s-map "$TMP/sloppy.txt" 1
    storm $s-map "$TMP/sloppy.txt" 2
    storm $s-plain "$TMP/exact.txt" 2
done

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< " $1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 == 0) print "-"; else printf "%.2f", b / a }'; }
mean_tps() { awk -v a="$(field "${RESULT[$1.1]}" tps)" -v b="$(field "${RESULT[$1.2]}" tps)" 'BEGIN { printf "%.1f", (a + b) / 2 }'; }
failures() { echo $(( $(field "${RESULT[$1.1]}" failures) + $(field "${RESULT[$1.2]}" failures) )); }

echo
echo "map file cost on 127.0.0.1 ($(nproc) cores; $(/usr/sbin/in.tftpd -V 2>&1 | head -n 1); QUICK=$QUICK)"
echo
echo "engine alone, ns per name (median of 15 rounds over $FILES names):"
printf '  %-44s %8s\n' "path check only (reference)" "$(field "$ENGINE" check_ns)"
printf '  %-44s %8s\n' "map file rewrite + path check" "$(field "$ENGINE" remap_check_ns)"
printf '  %-44s %8s\n' "ratio" "$(field "$ENGINE" ratio)"
echo
echo "boot storm, transfers/s (mean of two runs each, in the order plain, map, map, plain):"
printf '  %-10s %12s %14s %8s %11s %9s\n' "server" "plain" "map file" "ratio" "fail plain" "fail map"
for s in hpa pgw; do
    printf '  %-10s %12s %14s %8s %11s %9s\n' "$([ $s = hpa ] && echo tftpd-hpa || echo provgw)" \
        "$(mean_tps $s-plain)" "$(mean_tps $s-map)" "$(ratio "$(mean_tps $s-plain)" "$(mean_tps $s-map)")" \
        "$(failures $s-plain)" "$(failures $s-map)"
done
echo
echo "plain: exact names, no map file; map file: /tftpboot/sep<mac>.cnf.xml names, fixed by the rules."
echo "ratio = map file / plain. RESULT lines:"
for key in "${!RESULT[@]}"; do printf '  %-14s %s\n' "$key" "${RESULT[$key]}"; done | sort
