#!/usr/bin/env bash
# Database faults under load: BENCH_CLIENTS (8) clients make and read referrals through the API while PostgreSQL is
# restarted, and then while it is unreachable for BENCH_DOWN (60) seconds. Proves, and prints, for each: no 5xx but 503
# with Retry-After, every acknowledged write held by the database afterwards, the service back within seconds of the
# database without restarting the application (the same process throughout).
#
# It makes a cluster of its own on 5433 and starts the product on it from its jar on 8181.
# Usage: bench/database-faults.sh   (needs the PostgreSQL server binaries; run as root or as the postgres user)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

CLIENTS="${BENCH_CLIENTS:-8}"
DOWN="${BENCH_DOWN:-60}"
FAULTS="$WORK/faults"
trap 'touch "$FAULTS/stop" 2> /dev/null; bench_cleanup' EXIT

bench_jar
rm -rf "$FAULTS" && mkdir -p "$FAULTS"
bench_cluster faults-db 5433
bench_node faults-node 8181 5433
node_pid="$(cat "$WORK/faults-node.pid")"
python3 bench/ops.py provision http://127.0.0.1:8181 "$FAULTS/keys.json"
pg() { as_postgres "$PGBIN/pg_ctl" -D "$WORK/faults-db/data" -l "$WORK/faults-db/server.log" -w "$@" > /dev/null; }
status=0

run() {
    local name="$1" down="$2"
    rm -f "$FAULTS/stop"
    python3 bench/ops.py load http://127.0.0.1:8181 "$FAULTS/keys.json" "$FAULTS/$name.tsv" "$FAULTS/stop" \
        "$CLIENTS" > "$FAULTS/$name.txt" &
    local load=$!
    sleep 10
    if [ "$down" = 0 ]; then
        pg restart -m fast
    else
        pg stop -m fast
        sleep "$down"
        pg start
    fi
    local up
    up="$(date +%s.%N)"
    sleep 20
    touch "$FAULTS/stop"
    wait "$load" || status=1
    echo "== $name"
    cat "$FAULTS/$name.txt"
    local last
    last="$(grep 'last failed answer at' "$FAULTS/$name.txt" | awk '{print $5}')"
    if [ -n "$last" ]; then
        printf 'service back %.1f s after the database\n' "$(echo "$last - $up" | bc)"
    else
        echo "service back: no request failed"
    fi
    python3 bench/ops.py held "$FAULTS/$name.tsv" 5433 || status=1
}

run restart 0
run unreachable "$DOWN"
if kill -0 "$node_pid" 2> /dev/null; then
    echo "the application ran throughout (process $node_pid, never restarted)"
else
    echo "the application stopped"
    status=1
fi
[ "$status" = 0 ] && echo "database faults: passed" || echo "database faults: FAILED"
exit "$status"
