#!/usr/bin/env bash
#
# bench/compare-tftpd-hpa.sh: tftpd-hpa 5.2 and provgw side by side. Both are started with the
# same in.tftpd command line and the same map file, each on its own copy of one fixture tree, and
# asked the same things by the same clients (tftp-hpa's tftp, curl, atftp): reads of files of
# several sizes, missing files, names the map file or the path check refuses, names the map file
# rewrites, uploads with and without -c onto new, world-writable and read-only files. Prints one
# line per command: what tftpd-hpa answered, what provgw answered, and whether they agree.
#
#   bench/compare-tftpd-hpa.sh        as root, after `mvn -DskipTests package` (about 40 s)
#
# Knobs (environment):
#   RUN_AS=nobody   the -u user both servers drop to (it must not be root)
#   BIG=1           0 leaves out the 33 MB transfer whose block numbers roll over
#   KEEP=0          1 keeps the temporary directory: trees, server logs, every client's output
#   PROVGW_DIST     the unpacked distribution (default dist/target/provgw)
#
# A result reads: `ok 513B 1f0e3dad9990` (bytes received and the first 12 hex digits of their
# SHA-256), `E1 "File not found"` (tftp-hpa's client shows the ERROR code and message),
# `exit 68 "TFTP error: File not found"` (curl and atftp: exit status and message),
# `[blksize=1428,tsize=200000]` (the options atftp saw acknowledged), and for an upload, after
# `;`, the file the server stored: size, SHA-256 (first 12 hex digits), mode and owner, or
# `absent`. With KEEP=1, results.tsv keeps every line and clients/ every client's output.
#
# Ports: the servers bind 127.0.0.1, ports 18300-18339 only: 18300-18307 to listen, 18308-18339
# for transfers (one -R range for all: a server skips a port in use, and an upload keeps its port
# while it waits for a repeated last block). Every process the script starts is killed when it
# exits, Ctrl-C included: each server runs in a session of its own, and everything left in that
# session (tftpd-hpa forks a child per request) is killed by pid, with SIGKILL after 5 s.
#
# Exit: 0 when every answer is the same or a deliberate difference listed in
#       bench/tftpd-hpa-differences.txt (the README's "Deliberate differences" explains each);
#       1 when any other difference shows; 2 on a setup problem.

set -uo pipefail
unset CDPATH

REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
DIST=${PROVGW_DIST:-$REPO/dist/target/provgw}
KNOWN_FILE=$REPO/bench/tftpd-hpa-differences.txt
README=$REPO/README.md
RUN_AS=${RUN_AS:-nobody}
BIG=${BIG:-1}
KEEP=${KEEP:-0}
HPA=/usr/sbin/in.tftpd
CLIENT_TIMEOUT=40          # seconds a client command may take
HPA_START=10 PGW_START=120 # seconds a server may take to bind its port

say() { printf '%s\n' "$*" >&2; }
die() { say "compare-tftpd-hpa.sh: $1"; exit "${2:-2}"; }

# ------------------------------------------------------------------------------------------------
# Clean-up. Each server is started with setsid: its session id is its pid, and the session holds
# everything it forks, also children whose parent is gone. Clients run under timeout(1), which
# puts itself in a process group of its own: CLIENT is that group.
# ------------------------------------------------------------------------------------------------
TMP=
SESSIONS=()
CLIENT=
session_pids() { ps -e -o pid=,sid= | awk -v s="$1" '$2 == s { print $1 }'; }
sessions_alive() {
    local sid
    for sid in ${SESSIONS[@]+"${SESSIONS[@]}"}; do
        [ -n "$(session_pids "$sid")" ] && return 0
    done
    return 1
}
signal_sessions() { # SIGNAL
    local sid pids
    for sid in ${SESSIONS[@]+"${SESSIONS[@]}"}; do
        pids=$(session_pids "$sid")
        # shellcheck disable=SC2086 # one pid a word
        [ -n "$pids" ] && kill "-$1" $pids 2>/dev/null
    done
}
cleanup() {
    local i
    trap '' INT TERM
    [ -n "$CLIENT" ] && kill -KILL -- "-$CLIENT" 2>/dev/null
    signal_sessions TERM
    for ((i = 0; i < 50; i++)); do sessions_alive || break; sleep 0.1; done
    signal_sessions KILL
    for ((i = 0; i < 20; i++)); do sessions_alive || break; sleep 0.1; done
    if sessions_alive; then
        say "compare-tftpd-hpa.sh: processes still running after SIGKILL:"
        for i in ${SESSIONS[@]+"${SESSIONS[@]}"}; do ps -o pid=,stat=,args= -s "$i" >&2; done
    fi
    if [ -n "$TMP" ]; then
        if [ "$KEEP" = 1 ]; then say "kept $TMP"; else rm -rf -- "$TMP"; fi
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# ------------------------------------------------------------------------------------------------
# Prerequisites
# ------------------------------------------------------------------------------------------------
[ "$(id -u)" = 0 ] || die "run as root: tftpd-hpa -s chroots, and both servers drop to -u $RUN_AS"
"$HPA" -V 2>&1 | grep -q '^tftp-hpa' || die "$HPA is not tftpd-hpa (apt-get install tftpd-hpa)"
for tool in tftp curl atftp ss sha256sum setsid timeout stat find; do
    command -v "$tool" >/dev/null || die "$tool is needed (Debian: tftp-hpa, curl, atftp, iproute2, coreutils)"
done
tftp -V 2>&1 | grep -q '^tftp-hpa' || die "tftp is not tftp-hpa's client (apt-get install tftp-hpa)"
[ -x "$DIST/bin/in.tftpd" ] || die "no distribution at $DIST: build it first (mvn -DskipTests package)"
getent passwd "$RUN_AS" >/dev/null || die "no user $RUN_AS (set RUN_AS)"
[ "$(id -u "$RUN_AS")" != 0 ] || die "RUN_AS must not be root: the permission checks would not show"
[ -r "$KNOWN_FILE" ] || die "cannot read $KNOWN_FILE"

for ((port = 18300; port <= 18339; port++)); do
    [ -z "$(ss -Hlun "sport = :$port")" ] || die "UDP port $port is in use: this script needs 18300-18339"
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/provgw-compare.XXXXXX")
chmod 755 "$TMP" # the servers run as $RUN_AS
mkdir -p "$TMP/logs" "$TMP/local" "$TMP/clients"

# ------------------------------------------------------------------------------------------------
# Fixtures: one tree, copied for each server, and one map file
# ------------------------------------------------------------------------------------------------
# bytes FILE SIZE SEED: SIZE pseudo-random bytes, the same in every run
bytes() {
    if command -v openssl >/dev/null; then
        openssl enc -aes-128-ctr -nosalt -K "$(printf '%032x' "$3")" -iv 00000000000000000000000000000000 \
            -in /dev/zero 2>/dev/null | head -c "$2" > "$1"
    else
        head -c "$2" /dev/urandom > "$1"
    fi
}

FX=$TMP/fixture
mkdir -p "$FX"/{firmware,Desktops/320x212x12,private,127.0.0.1,upload}
bytes "$FX/size-0.dat" 0 1
bytes "$FX/size-511.dat" 511 2
bytes "$FX/size-512.dat" 512 3
bytes "$FX/size-513.dat" 513 4
bytes "$FX/multi.dat" 200000 5
# 65,625 blocks of 512: past block 65535. Read-only and read by pair A only: linked into its trees.
[ "$BIG" = 1 ] && bytes "$TMP/big.dat" 33600000 6 && chmod 644 "$TMP/big.dat"
bytes "$FX/firmware/P0030801SR02.sbn" 70000 7
bytes "$FX/firmware/SCCP41.9-4-2SR3-1S.loads" 3000 8
printf '<device>\n  <deviceProtocol>SCCP</deviceProtocol>\n  <loadInformation>P0030801SR02</loadInformation>\n</device>\n' \
    > "$FX/SEP0011AABBCC01.cnf.xml"
printf '<Default>\n  <callManagerGroup>shared</callManagerGroup>\n</Default>\n' > "$FX/XMLDefault.cnf.xml"
printf '<Default>\n  <callManagerGroup>for 127.0.0.1</callManagerGroup>\n</Default>\n' > "$FX/127.0.0.1/XMLDefault.cnf.xml"
printf '<CiscoIPPhoneImageList>\n</CiscoIPPhoneImageList>\n' > "$FX/Desktops/320x212x12/List.xml"
printf 'line one\nline two ends in CR LF\r\na bare\rCR\nlast line without a line end' > "$FX/netascii.txt"
printf 'not for phones\n' > "$FX/private/secret.txt"
printf 'a file a map rule refuses\n' > "$FX/phone.cfg"
printf 'readable by root only\n' > "$FX/unreadable.dat"
printf 'readable by its owner only\n' > "$FX/owner-only.dat"
ln -s size-513.dat "$FX/link-in.dat"
ln -s /etc/hostname "$FX/link-out.dat"
for f in ww-top.dat upload/ww.log upload/ww-curl.log upload/ww-atftp.log upload/ro.log upload/own.log; do
    printf 'old content of %s\n' "$f" > "$FX/$f"
done
chmod -R u=rwX,go=rX "$FX"
chmod 0640 "$FX/unreadable.dat"
chmod 0666 "$FX/ww-top.dat" "$FX/upload/ww.log" "$FX/upload/ww-curl.log" "$FX/upload/ww-atftp.log"
chown "$RUN_AS" "$FX/owner-only.dat" "$FX/upload" "$FX/upload/own.log"
chmod 0600 "$FX/owner-only.dat"

# What clients upload
LOCAL=$TMP/local
bytes "$LOCAL/put-0.bin" 0 11
bytes "$LOCAL/put-512.bin" 512 12
bytes "$LOCAL/put-700.bin" 700 13
bytes "$LOCAL/put-multi.bin" 100000 14
printf 'log line one\nlog line two ends in CR LF\r\na bare\rCR\nlast line\n' > "$LOCAL/put-text.txt"
chmod 644 "$LOCAL"/*

MAP=$TMP/phones.map
cat > "$MAP" <<'EOF'
# A Cisco phone deployment's rules, in tftpd-hpa's --map-file grammar.
rg \\ /
r ^/+
ri ^tftpboot/
ri ^sep([0-9a-f]{12})\.cnf\.xml$ SEP\U\1\E.cnf.xml
ri ^([^/]+\.(sbn|loads|zz|sb2))$ firmware/\1
a ^private/ private\ area
a \.(cfg|ini)$
r ^(XMLDefault\.cnf\.xml)$ \i/\1
Pr ^([^/]+\.log)$ upload/\1
EOF
chmod 644 "$MAP"

# ------------------------------------------------------------------------------------------------
# Servers: four pairs, each pair one in.tftpd command line given to tftpd-hpa and to provgw's
# bin/in.tftpd. Only the listening port and the directory (a copy of the fixture tree per server)
# differ within a pair; pair D, which takes no uploads, serves one directory to both, so that
# its clients can name the same absolute paths.
# ------------------------------------------------------------------------------------------------
PAIRS=(A B C D)
declare -A PAIR_OPTS=(
    [A]="-s -c -m @MAP"
    [B]="-s -m @MAP"
    [C]="-s -c -p -U 027 -B 1428 -r tsize -m @MAP"
    [D]="")
declare -A PAIR_TITLE=(
    [A]="-s -c: uploads may create files, the common Debian setup"
    [B]="-s without -c: uploads only onto existing world-writable files"
    [C]="-s -c -p -U 027 -B 1428 -r tsize: permissive, a umask, blksize at most 1428, tsize refused"
    [D]="no -s, no map file: clients name absolute paths inside the directory")
declare -A PORT TREE COMMAND

# wait_bound PID PORT SECONDS: true once PORT is bound, false if PID died or time ran out
wait_bound() {
    local i
    for ((i = 0; i < $3 * 10; i++)); do
        kill -0 "$1" 2>/dev/null || return 1
        [ -n "$(ss -Hlun "sport = :$2")" ] && return 0
        sleep 0.1
    done
    return 1
}

# start PAIR SIDE INDEX: SIDE is hpa or pgw; INDEX numbers the servers 0-7 for their ports
start() {
    local pair=$1 side=$2 index=$3 port key=$1-$2 pid sid word
    port=$((18300 + index))
    PORT[$key]=$port
    if [ "$pair" = D ]; then
        TREE[$key]=$TMP/tree-D
        [ -d "${TREE[$key]}" ] || cp -a "$FX" "${TREE[$key]}"
    else
        TREE[$key]=$TMP/tree-$key
        cp -a "$FX" "${TREE[$key]}"
    fi
    [ "$pair" = A ] && [ "$BIG" = 1 ] && ln "$TMP/big.dat" "${TREE[$key]}/big.dat"
    local args=(-L -a "127.0.0.1:$port" -u "$RUN_AS")
    for word in ${PAIR_OPTS[$pair]}; do
        if [ "$word" = @MAP ]; then args+=("$MAP"); else args+=("$word"); fi
    done
    args+=(-R 18308:18339 "${TREE[$key]}")
    if [ "$side" = hpa ]; then
        COMMAND[$key]="$HPA ${args[*]}"
        setsid "$HPA" "${args[@]}" </dev/null >"$TMP/logs/$key.log" 2>&1 &
    else
        local home=$TMP/provgw-$pair
        cp -a "$DIST" "$home"
        rm -rf "$home/logs" && mkdir "$home/logs" && chown "$RUN_AS" "$home/logs"
        COMMAND[$key]="bin/in.tftpd ${args[*]}"
        PROVGW_RUNTIME_DIR=$TMP/run-$pair setsid "$home/bin/in.tftpd" "${args[@]}" \
            </dev/null >"$TMP/logs/$key.log" 2>&1 &
    fi
    pid=$!
    SESSIONS+=("$pid")
    # setsid(1) makes its process a session leader (not a group leader here, it does not fork);
    # until it has, the session is still this script's
    local i
    for ((i = 0; i < 100; i++)); do
        sid=$(ps -o sid= -p "$pid" 2>/dev/null | tr -d ' ')
        [ "$sid" = "$pid" ] && break
        [ -z "$sid" ] && break # gone already: wait_bound reports it
        sleep 0.02
    done
    [ -z "$sid" ] || [ "$sid" = "$pid" ] || die "setsid did not start $key in a session of its own"
    PID[$key]=$pid
}
declare -A PID

HPA_VERSION=$("$HPA" -V 2>&1 | head -n 1)
PGW_VERSION=$("$DIST/bin/provgw" --version 2>/dev/null | head -n 1)
say "starting tftpd-hpa ($HPA_VERSION) and provgw ($PGW_VERSION) ${#PAIRS[@]} times each, as $RUN_AS ..."
index=0
for pair in "${PAIRS[@]}"; do
    start "$pair" hpa "$index"; index=$((index + 1))
    start "$pair" pgw "$index"; index=$((index + 1))
done
for pair in "${PAIRS[@]}"; do
    for side in hpa pgw; do
        key=$pair-$side
        limit=$HPA_START; [ "$side" = pgw ] && limit=$PGW_START
        wait_bound "${PID[$key]}" "${PORT[$key]}" "$limit" \
            || { tail -n 30 "$TMP/logs/$key.log" >&2; die "$key did not start on 127.0.0.1:${PORT[$key]}"; }
    done
done
say "all $((2 * ${#PAIRS[@]})) serving; running the clients ..."

# ------------------------------------------------------------------------------------------------
# Clients. Each helper takes the server's PORT and TREE first, writes the result line to stdout,
# and works in W, the case's own directory for this server.
# ------------------------------------------------------------------------------------------------
# run STDIN OUTPUT COMMAND...: one client under a time limit; RC is its exit status
run() {
    local input=$1 output=$2
    shift 2
    timeout -k 2 "$CLIENT_TIMEOUT" "$@" <"$input" >"$output" 2>&1 &
    CLIENT=$!
    wait "$CLIENT"
    RC=$?
    CLIENT=
}

sha() { sha256sum < "$1" | cut -c1-12; }
received() { printf '%sB %s' "$(stat -c %s "$1")" "$(sha "$1")"; }
# stored TREE PATH: what an upload left at PATH
stored() {
    local file=$1/$2
    if [ -L "$file" ]; then echo "a symlink"
    elif [ -d "$file" ]; then echo "a directory"
    elif [ -e "$file" ]; then
        printf '%sB %s %04o %s' "$(stat -c %s "$file")" "$(sha "$file")" "0$(stat -c %a "$file")" "$(stat -c %U "$file")"
    else echo absent
    fi
}

# tftp-hpa's client, driven by a command file: 1 s retransmission, 10 s in all
tftp_run() { # PORT MODE COMMAND
    printf 'mode %s\nrexmt 1\ntimeout 10\n%s\n' "$2" "$3" > "$W/commands"
    run "$W/commands" "$W/output" tftp 127.0.0.1 "$1"
}
tftp_failure() { # the failure tftp reported, if any
    local line
    line=$(grep -o 'Error code [0-9]*: .*' "$W/output" | head -n 1)
    if [ -n "$line" ]; then sed -E 's/^Error code ([0-9]+): (.*)$/E\1 "\2"/' <<< "$line"
    elif grep -q 'timed out' "$W/output"; then echo "timed out"
    elif [ "$RC" -ne 0 ]; then echo "exit $RC"
    fi
}
tftp_get() { # PORT TREE MODE NAME
    rm -f "$W/got"
    tftp_run "$1" "$3" "get $4 $W/got"
    local failure
    failure=$(tftp_failure)
    if [ -n "$failure" ]; then echo "$failure"; else echo "ok $(received "$W/got")"; fi
}
tftp_put() { # PORT TREE MODE LOCAL NAME STORED
    tftp_run "$1" "$3" "put $LOCAL/$4 $5"
    local failure
    failure=$(tftp_failure)
    echo "${failure:-ok}; $(stored "$2" "$6")"
}

# curl: the exit status tells the ERROR code (68 not found, 69 access, 71 other or illegal, 73
# exists ...); -v shows the server's message
curl_failure() {
    [ "$RC" -eq 0 ] && return 1
    local message
    message=$(grep -o -m 1 -E 'TFTP error: .*|invalid tsize.*|Operation timed out.*|Connection refused.*' "$W/output")
    echo "exit $RC${message:+ \"$message\"}"
}
curl_get() { # PORT TREE URL-PATH [CURL-OPTIONS...]
    local port=$1 path=$3 failure
    shift 3
    rm -f "$W/got"
    run /dev/null "$W/output" curl -sSv --max-time 30 "$@" -o "$W/got" "tftp://127.0.0.1:$port/$path"
    if failure=$(curl_failure); then echo "$failure"; else echo "ok $(received "$W/got")"; fi
}
curl_put() { # PORT TREE LOCAL URL-PATH STORED [CURL-OPTIONS...]
    local port=$1 tree=$2 local=$3 path=$4 file=$5 failure
    shift 5
    run /dev/null "$W/output" curl -sSv --max-time 30 "$@" -T "$LOCAL/$local" "tftp://127.0.0.1:$port/$path"
    failure=$(curl_failure) || failure=ok
    echo "$failure; $(stored "$tree" "$file")"
}

# atftp: --trace shows the options the server acknowledged; errors come as <message>
atftp_result() {
    local message oack
    message=$(sed -n 's/.*error received from server <\(.*\)>.*/\1/p' "$W/output" | head -n 1)
    if [ -n "$message" ] || [ "$RC" -ne 0 ]; then
        echo "exit $RC${message:+ \"$message\"}"
        return
    fi
    oack=$(sed -n 's/.*received OACK <\(.*\)>.*/\1/p' "$W/output" | head -n 1 \
        | tr ',' '\n' | tr -d ' \b' | grep . | sed 's/:/=/' | sort | paste -sd, -)
    printf 'ok%s' "${oack:+ [$oack]}"
}
atftp_get() { # PORT TREE NAME [ATFTP-OPTIONS...]
    local port=$1 name=$3 result
    shift 3
    rm -f "$W/got"
    run /dev/null "$W/output" atftp --trace --tftp-timeout 1 "$@" --get -r "$name" -l "$W/got" 127.0.0.1 "$port"
    result=$(atftp_result)
    case $result in ok*) echo "$result $(received "$W/got")" ;; *) echo "$result" ;; esac
}
atftp_put() { # PORT TREE LOCAL NAME STORED [ATFTP-OPTIONS...]
    local port=$1 tree=$2 local=$3 name=$4 file=$5
    shift 5
    run /dev/null "$W/output" atftp --trace --tftp-timeout 1 "$@" --put -l "$LOCAL/$local" -r "$name" 127.0.0.1 "$port"
    echo "$(atftp_result); $(stored "$tree" "$file")"
}

# ------------------------------------------------------------------------------------------------
# Comparing
# ------------------------------------------------------------------------------------------------
declare -A KNOWN REASON SEEN # case id -> key; key -> reason; keys seen
while read -r key cases reason; do
    case $key in ''|'#'*) continue ;; esac
    REASON[$key]=$reason
    for id in ${cases//,/ }; do KNOWN[$id]=$key; done
done < "$KNOWN_FILE"

WIDTH_ID=24 WIDTH_CMD=50 WIDTH_RESULT=46
row() { printf "%-${WIDTH_ID}s %-${WIDTH_CMD}s %-${WIDTH_RESULT}s %-${WIDTH_RESULT}s %s\n" "$@"; }
TOTAL=0 SAME=0 KNOWN_SEEN=0 DIFFERENT=0
RESULTS=$TMP/results.tsv

verdict() { # ID HPA-RESULT PGW-RESULT: sets VERDICT and counts it
    TOTAL=$((TOTAL + 1))
    if [ "$2" = "$3" ]; then
        SAME=$((SAME + 1)); VERDICT=same
    elif [ -n "${KNOWN[$1]+x}" ]; then
        KNOWN_SEEN=$((KNOWN_SEEN + 1)); SEEN[${KNOWN[$1]}]+="$1 "; VERDICT="known: ${KNOWN[$1]}"
    else
        DIFFERENT=$((DIFFERENT + 1)); VERDICT=DIFFERENT
    fi
}

# check ID DISPLAY FUNCTION ARGS...: runs FUNCTION against both servers of the current PAIR
check() {
    local id=$1 display=$2 fn=$3 hpa pgw side
    shift 3
    for side in hpa pgw; do
        W=$TMP/clients/$PAIR-$side/$id
        mkdir -p "$W"
        "$fn" "${PORT[$PAIR-$side]}" "${TREE[$PAIR-$side]}" "$@" > "$W/result"
    done
    hpa=$(cat "$TMP/clients/$PAIR-hpa/$id/result")
    pgw=$(cat "$TMP/clients/$PAIR-pgw/$id/result")
    verdict "$id" "$hpa" "$pgw"
    row "$id" "$display" "$hpa" "$pgw" "$VERDICT"
    printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$display" "$hpa" "$pgw" "$VERDICT" >> "$RESULTS"
}

# The trees after a pair's commands: every entry's type, size, mode and content (owners show in
# the upload lines). A path that differs gets a line of its own, PAIR-tree:PATH.
listing() { # TREE
    (cd "$1" && find . -mindepth 1 -printf '%P\t%y %s %m\n' | LC_ALL=C sort) | while IFS=$'\t' read -r path meta; do
        if [ -f "$1/$path" ] && [ ! -L "$1/$path" ]; then meta="$meta $(sha "$1/$path")"; fi
        printf '%s\t%s\n' "$(printf '%s' "$path" | tr '\001' '?')" "$meta"
    done
}
compare_trees() {
    local a=$TMP/clients/$PAIR-hpa.tree b=$TMP/clients/$PAIR-pgw.tree path hpa pgw differing=0
    listing "${TREE[$PAIR-hpa]}" > "$a"
    listing "${TREE[$PAIR-pgw]}" > "$b"
    while IFS= read -r path; do
        hpa=$(awk -F'\t' -v p="$path" '$1 == p { print $2 }' "$a"); hpa=${hpa:-absent}
        pgw=$(awk -F'\t' -v p="$path" '$1 == p { print $2 }' "$b"); pgw=${pgw:-absent}
        [ "$hpa" = "$pgw" ] && continue
        differing=1
        verdict "$PAIR-tree:$path" "$hpa" "$pgw"
        row "$PAIR-tree:$path" "the tree afterwards: this path" "$hpa" "$pgw" "$VERDICT"
    done < <(cut -f1 "$a" "$b" | LC_ALL=C sort -u)
    if [ "$differing" = 0 ]; then
        verdict "$PAIR-tree" x x
        row "$PAIR-tree" "the tree afterwards: $(wc -l < "$a") entries" "type, size, mode, content" "the same" "$VERDICT"
    fi
}

pair_header() {
    PAIR=$1
    echo
    echo "Pair $PAIR: ${PAIR_TITLE[$PAIR]}"
    echo "  tftpd-hpa: ${COMMAND[$PAIR-hpa]}"
    echo "  provgw:    ${COMMAND[$PAIR-pgw]}"
    echo
    row "case" "command (H = the server)" "tftpd-hpa" "provgw" "verdict"
    row "----" "------------------------" "---------" "------" "-------"
}

echo "tftpd-hpa and provgw side by side on 127.0.0.1 ($HPA_VERSION; $PGW_VERSION; -u $RUN_AS)"
echo "map file (both): $(grep -vc '^#' "$MAP") rules: case folding of SEP names, \\ to /, leading slashes,"
echo "  /tftpboot/, firmware/, two denials (a), a per-client file (\\i), uploads of logs into upload/ (P)"

# --- A: -s -c ---------------------------------------------------------------------------------
pair_header A
check tftp-get-0          "tftp get size-0.dat"                          tftp_get octet size-0.dat
check tftp-get-511        "tftp get size-511.dat"                        tftp_get octet size-511.dat
check tftp-get-512        "tftp get size-512.dat"                        tftp_get octet size-512.dat
check tftp-get-513        "tftp get size-513.dat"                        tftp_get octet size-513.dat
check tftp-get-multi      "tftp get multi.dat (200000 bytes)"            tftp_get octet multi.dat
[ "$BIG" = 1 ] &&
check tftp-get-rollover   "tftp get big.dat (65625 blocks: roll-over)"   tftp_get octet big.dat
check tftp-get-ascii      "tftp -m netascii get netascii.txt"            tftp_get netascii netascii.txt
check tftp-get-ascii-cnf  "tftp -m netascii get SEP0011AABBCC01.cnf.xml" tftp_get netascii SEP0011AABBCC01.cnf.xml
check tftp-get-missing    "tftp get missing.dat"                         tftp_get octet missing.dat
check tftp-get-dotdot     "tftp get ../etc/passwd"                       tftp_get octet ../etc/passwd
check tftp-get-dotdot-in  "tftp get firmware/../size-511.dat"            tftp_get octet firmware/../size-511.dat
check tftp-get-deny       "tftp get private/secret.txt (a rule)"         tftp_get octet private/secret.txt
check tftp-get-deny-plain "tftp get phone.cfg (a rule, no message)"      tftp_get octet phone.cfg
check tftp-get-sep-case   "tftp get sep0011aabbcc01.cnf.xml"             tftp_get octet sep0011aabbcc01.cnf.xml
check tftp-get-backslash  'tftp get \Desktops\320x212x12\List.xml'       tftp_get octet '\Desktops\320x212x12\List.xml'
check tftp-get-slash      "tftp get /size-513.dat"                       tftp_get octet /size-513.dat
check tftp-get-tftpboot   "tftp get /tftpboot/SEP0011AABBCC01.cnf.xml"   tftp_get octet /tftpboot/SEP0011AABBCC01.cnf.xml
check tftp-get-firmware   "tftp get P0030801SR02.sbn (-> firmware/)"     tftp_get octet P0030801SR02.sbn
check tftp-get-per-client "tftp get XMLDefault.cnf.xml (-> \\i/)"        tftp_get octet XMLDefault.cnf.xml
check tftp-get-unreadable "tftp get unreadable.dat (0640 root)"          tftp_get octet unreadable.dat
check tftp-get-owner-only "tftp get owner-only.dat (0600 $RUN_AS)"       tftp_get octet owner-only.dat
check tftp-get-dir        "tftp get firmware (a directory)"              tftp_get octet firmware
check tftp-get-link-in    "tftp get link-in.dat (-> size-513.dat)"       tftp_get octet link-in.dat
check tftp-get-link-out   "tftp get link-out.dat (-> /etc/hostname)"     tftp_get octet link-out.dat
check curl-get-0          "curl tftp://H/size-0.dat"                     curl_get size-0.dat
check curl-get-513        "curl tftp://H/size-513.dat"                   curl_get size-513.dat
check curl-get-blksize    "curl --tftp-blksize 1024 tftp://H/multi.dat"  curl_get multi.dat --tftp-blksize 1024
check curl-get-noopt      "curl --tftp-no-options tftp://H/multi.dat"    curl_get multi.dat --tftp-no-options
check curl-get-512-noopt  "curl --tftp-no-options tftp://H/size-512.dat" curl_get size-512.dat --tftp-no-options
check curl-get-ascii      "curl --use-ascii tftp://H/netascii.txt"       curl_get netascii.txt --use-ascii
check curl-get-missing    "curl tftp://H/missing.dat"                    curl_get missing.dat
check curl-get-deny       "curl tftp://H/private/secret.txt"             curl_get private/secret.txt
check curl-get-sep-case   "curl tftp://H/sep0011aabbcc01.cnf.xml"        curl_get sep0011aabbcc01.cnf.xml
check curl-get-backslash  "curl tftp://H/%5CDesktops%5C320x212x12%5CList.xml" curl_get '%5CDesktops%5C320x212x12%5CList.xml'
check curl-get-slash      "curl tftp://H//size-511.dat"                  curl_get /size-511.dat
check atftp-get-blksize   "atftp --get multi.dat blksize 1428, tsize"    atftp_get multi.dat --option "blksize 1428" --option "tsize 0"
check atftp-get-window    "atftp --get multi.dat blksize 1024, window 8" atftp_get multi.dat --option "blksize 1024" --option "windowsize 8"
check atftp-get-512-window "atftp --get size-512.dat windowsize 4, tsize" atftp_get size-512.dat --option "windowsize 4" --option "tsize 0"
check atftp-get-big-block "atftp --get multi.dat blksize 65464"          atftp_get multi.dat --option "blksize 65464"
check atftp-get-timeout   "atftp --get size-513.dat timeout 2"           atftp_get size-513.dat --option "timeout 2"
check atftp-get-blksize-8 "atftp --get size-513.dat blksize 8"           atftp_get size-513.dat --option "blksize 8"
check atftp-get-ascii     "atftp --get netascii.txt mode netascii"       atftp_get netascii.txt --option "mode netascii"
check atftp-get-ascii-tsize "atftp --get netascii.txt netascii, tsize"   atftp_get netascii.txt --option "mode netascii" --option "tsize 0"
check atftp-get-missing   "atftp --get missing.dat"                      atftp_get missing.dat
check atftp-get-deny      "atftp --get phone.cfg"                        atftp_get phone.cfg
check atftp-get-firmware  "atftp --get /tftpboot/SCCP41.9-4-2SR3-1S.loads" atftp_get /tftpboot/SCCP41.9-4-2SR3-1S.loads
check tftp-put-new        "tftp put put-700.bin upload/new-tftp.bin"     tftp_put octet put-700.bin upload/new-tftp.bin upload/new-tftp.bin
check tftp-put-512        "tftp put put-512.bin upload/new-512.bin"      tftp_put octet put-512.bin upload/new-512.bin upload/new-512.bin
check tftp-put-empty      "tftp put put-0.bin upload/new-empty.bin"      tftp_put octet put-0.bin upload/new-empty.bin upload/new-empty.bin
check tftp-put-remap      "tftp put put-700.bin SEP0011AABBCC01.log (P)" tftp_put octet put-700.bin SEP0011AABBCC01.log upload/SEP0011AABBCC01.log
check tftp-put-ascii      "tftp -m netascii put put-text.txt upload/new.txt" tftp_put netascii put-text.txt upload/new.txt upload/new.txt
check tftp-put-ww         "tftp put put-700.bin upload/ww.log (0666 root)" tftp_put octet put-700.bin upload/ww.log upload/ww.log
check tftp-put-ro         "tftp put put-700.bin upload/ro.log (0644 root)" tftp_put octet put-700.bin upload/ro.log upload/ro.log
check tftp-put-own        "tftp put put-700.bin upload/own.log (0644 $RUN_AS)" tftp_put octet put-700.bin upload/own.log upload/own.log
check tftp-put-ww-topdir  "tftp put put-700.bin ww-top.dat (0666, root's dir)" tftp_put octet put-700.bin ww-top.dat ww-top.dat
check tftp-put-nodir      "tftp put put-700.bin upload/nodir/x.bin"      tftp_put octet put-700.bin upload/nodir/x.bin upload/nodir/x.bin
check tftp-put-topdir     "tftp put put-700.bin new-top.bin (root's dir)" tftp_put octet put-700.bin new-top.bin new-top.bin
check tftp-put-deny       "tftp put put-700.bin private/x.bin (a rule)"  tftp_put octet put-700.bin private/x.bin private/x.bin
check tftp-put-dotdot     "tftp put put-700.bin upload/../x.bin"         tftp_put octet put-700.bin upload/../x.bin x.bin
check tftp-put-dir        "tftp put put-700.bin upload (a directory)"    tftp_put octet put-700.bin upload upload
check curl-put-new        "curl -T put-multi.bin tftp://H/upload/new-curl.bin" curl_put put-multi.bin upload/new-curl.bin upload/new-curl.bin
check curl-put-blksize    "curl --tftp-blksize 1024 -T put-multi.bin .../new-curl-1024.bin" curl_put put-multi.bin upload/new-curl-1024.bin upload/new-curl-1024.bin --tftp-blksize 1024
check curl-put-empty      "curl -T put-0.bin tftp://H/upload/new-curl-empty.bin" curl_put put-0.bin upload/new-curl-empty.bin upload/new-curl-empty.bin
check curl-put-ww         "curl -T put-multi.bin tftp://H/upload/ww-curl.log" curl_put put-multi.bin upload/ww-curl.log upload/ww-curl.log
check curl-put-ro         "curl -T put-700.bin tftp://H/upload/ro.log"   curl_put put-700.bin upload/ro.log upload/ro.log
check atftp-put-new       "atftp --put upload/new-atftp.bin blksize 1428, tsize" atftp_put put-multi.bin upload/new-atftp.bin upload/new-atftp.bin --option "blksize 1428" --option "tsize 100000"
check atftp-put-window    "atftp --put upload/new-window.bin window 8"   atftp_put put-multi.bin upload/new-window.bin upload/new-window.bin --option "blksize 1024" --option "windowsize 8"
check atftp-put-ww        "atftp --put upload/ww-atftp.log"              atftp_put put-multi.bin upload/ww-atftp.log upload/ww-atftp.log
check atftp-put-ro        "atftp --put upload/ro.log"                    atftp_put put-700.bin upload/ro.log upload/ro.log
compare_trees

# --- B: -s, no -c -------------------------------------------------------------------------------
pair_header B
check B-tftp-get-513      "tftp get size-513.dat"                        tftp_get octet size-513.dat
check B-tftp-put-new      "tftp put put-700.bin upload/new-tftp.bin"     tftp_put octet put-700.bin upload/new-tftp.bin upload/new-tftp.bin
check B-tftp-put-remap    "tftp put put-700.bin SEP0011AABBCC01.log (P)" tftp_put octet put-700.bin SEP0011AABBCC01.log upload/SEP0011AABBCC01.log
check B-tftp-put-ww       "tftp put put-700.bin upload/ww.log (0666 root)" tftp_put octet put-700.bin upload/ww.log upload/ww.log
check B-tftp-put-ro       "tftp put put-700.bin upload/ro.log (0644 root)" tftp_put octet put-700.bin upload/ro.log upload/ro.log
check B-tftp-put-own      "tftp put put-700.bin upload/own.log (0644 $RUN_AS)" tftp_put octet put-700.bin upload/own.log upload/own.log
check B-curl-put-new      "curl -T put-multi.bin tftp://H/upload/new-curl.bin" curl_put put-multi.bin upload/new-curl.bin upload/new-curl.bin
check B-curl-put-ww       "curl -T put-multi.bin tftp://H/upload/ww-curl.log" curl_put put-multi.bin upload/ww-curl.log upload/ww-curl.log
check B-atftp-put-new     "atftp --put upload/new-atftp.bin blksize 1428" atftp_put put-multi.bin upload/new-atftp.bin upload/new-atftp.bin --option "blksize 1428"
check B-atftp-put-ww      "atftp --put upload/ww-atftp.log tsize"        atftp_put put-multi.bin upload/ww-atftp.log upload/ww-atftp.log --option "tsize 100000"
compare_trees

# --- C: -s -c -p -U 027 -B 1428 -r tsize ----------------------------------------------------------
pair_header C
check C-tftp-get-owner-only "tftp get owner-only.dat (0600 $RUN_AS)"     tftp_get octet owner-only.dat
check C-tftp-get-unreadable "tftp get unreadable.dat (0640 root)"        tftp_get octet unreadable.dat
check C-atftp-get-blksize "atftp --get multi.dat blksize 8192, tsize"    atftp_get multi.dat --option "blksize 8192" --option "tsize 0"
check C-curl-get-0        "curl tftp://H/size-0.dat"                     curl_get size-0.dat
check C-curl-get-blksize  "curl --tftp-blksize 4096 tftp://H/multi.dat"  curl_get multi.dat --tftp-blksize 4096
check C-tftp-put-new      "tftp put put-700.bin upload/new-tftp.bin"     tftp_put octet put-700.bin upload/new-tftp.bin upload/new-tftp.bin
check C-tftp-put-own      "tftp put put-700.bin upload/own.log (0644 $RUN_AS)" tftp_put octet put-700.bin upload/own.log upload/own.log
check C-tftp-put-ro       "tftp put put-700.bin upload/ro.log (0644 root)" tftp_put octet put-700.bin upload/ro.log upload/ro.log
check C-tftp-put-ww       "tftp put put-700.bin upload/ww.log (0666 root)" tftp_put octet put-700.bin upload/ww.log upload/ww.log
check C-curl-put-new      "curl -T put-multi.bin tftp://H/upload/new-curl.bin" curl_put put-multi.bin upload/new-curl.bin upload/new-curl.bin
check C-atftp-put-new     "atftp --put upload/new-atftp.bin blksize 8192, tsize" atftp_put put-multi.bin upload/new-atftp.bin upload/new-atftp.bin --option "blksize 8192" --option "tsize 100000"
compare_trees

# --- D: no -s, no map file, one directory for both -----------------------------------------------
pair_header D
DIR_D=$TMP/tree-D
check D-tftp-get-abs      "tftp get DIR/size-513.dat (absolute)"         tftp_get octet "$DIR_D/size-513.dat"
check D-tftp-get-abs-sub  "tftp get DIR/firmware/P0030801SR02.sbn"       tftp_get octet "$DIR_D/firmware/P0030801SR02.sbn"
check D-tftp-get-relative "tftp get size-513.dat (relative)"             tftp_get octet size-513.dat
check D-tftp-get-outside  "tftp get /etc/hostname"                       tftp_get octet /etc/hostname
check D-tftp-get-dotdot   "tftp get DIR/../tree-D/size-513.dat"          tftp_get octet "$DIR_D/../tree-D/size-513.dat"
check D-tftp-get-prefix   "tftp get DIRx/size-513.dat (DIR as a prefix)" tftp_get octet "${DIR_D}x/size-513.dat"
check D-tftp-get-double   "tftp get DIR//size-513.dat"                   tftp_get octet "$DIR_D//size-513.dat"
check D-tftp-get-missing  "tftp get DIR/missing.dat"                     tftp_get octet "$DIR_D/missing.dat"
check D-curl-get-abs      "curl tftp://H/DIR/size-513.dat"               curl_get "$DIR_D/size-513.dat"
check D-atftp-get-abs     "atftp --get DIR/multi.dat blksize 1428"       atftp_get "$DIR_D/multi.dat" --option "blksize 1428"
check D-tftp-put-relative "tftp put put-700.bin upload/ww.log (relative)" tftp_put octet put-700.bin upload/ww.log upload/ww.log
check D-tftp-put-outside  "tftp put put-700.bin /.../outside.bin (beside DIR)" tftp_put octet put-700.bin "$TMP/outside.bin" ../outside.bin
check D-tftp-put-new      "tftp put put-700.bin DIR/upload/new.bin"      tftp_put octet put-700.bin "$DIR_D/upload/new.bin" upload/new.bin

# ------------------------------------------------------------------------------------------------
# Summary
# ------------------------------------------------------------------------------------------------
echo
echo "$TOTAL comparisons: $SAME the same, $KNOWN_SEEN known deliberate differences, $DIFFERENT other differences."
if [ "$KNOWN_SEEN" -gt 0 ]; then
    echo
    echo "Known deliberate differences seen (bench/tftpd-hpa-differences.txt; the README explains each):"
    for key in $(printf '%s\n' "${!SEEN[@]}" | LC_ALL=C sort); do
        printf '  %-20s %s\n  %-20s (%s)\n' "$key" "${REASON[$key]}" "" "${SEEN[$key]% }"
    done
fi
unseen=()
for id in $(printf '%s\n' "${!KNOWN[@]}" | LC_ALL=C sort); do
    case " ${SEEN[${KNOWN[$id]}]:-} " in *" $id "*) ;; *) unseen+=("$id") ;; esac
done
if [ "${#unseen[@]}" -gt 0 ]; then
    echo
    echo "Listed as known differences but the same (or not run) this time: ${unseen[*]}"
fi
missing_in_readme=()
for key in "${!REASON[@]}"; do
    grep -qF "\`$key\`" "$README" || missing_in_readme+=("$key")
done
if [ "${#missing_in_readme[@]}" -gt 0 ]; then
    echo
    echo "Warning: README.md does not explain these known differences: ${missing_in_readme[*]}"
fi
if [ "$DIFFERENT" -gt 0 ]; then
    echo
    echo "DIFFERENT: $DIFFERENT answers differ and are not known differences (exit 1)."
    [ "$KEEP" = 1 ] || echo "Run with KEEP=1 to keep every client's output and the server logs."
    exit 1
fi
exit 0
