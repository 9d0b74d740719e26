#!/usr/bin/env bash
# Two nodes, one database, behind HAProxy (Debian's): proves and prints that a person signed in through one node is
# signed in through the other; that a rolling restart of each node in turn, while BENCH_PEOPLE (8) signed-in people
# read pages through the balancer, loses no request and no session; and that each scheduled job runs once across the
# nodes (the nightly retention run is set to every ten seconds on both: each council must have one run, not one per
# node or per tick).
#
# It makes a cluster of its own on 5433, starts the product in demo mode from its jar on 8181 and 8182, and HAProxy on
# 8180 (round robin, no stickiness: every other request goes to the other node; health checks on readiness; a request
# refused by a stopping node is retried on the other).
# Usage: bench/two-nodes.sh   (needs haproxy and the PostgreSQL server binaries)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PEOPLE="${BENCH_PEOPLE:-8}"
NODES="$WORK/nodes"
trap 'touch "$NODES/stop" 2> /dev/null; [ -f "$NODES/haproxy.pid" ] && kill "$(cat "$NODES/haproxy.pid")" 2> /dev/null; bench_cleanup' EXIT

bench_jar
rm -rf "$NODES" && mkdir -p "$NODES"
bench_cluster nodes-db 5433
node() { bench_node "node-$1" "$2" 5433 PDM_DEMO=true SERVICE_PRIVACY_RETENTION_CRON='*/10 * * * * *'; }
node a 8181
node b 8182

cat > "$NODES/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
frontend web
    bind 127.0.0.1:8180
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 500ms fall 1 rise 2
    server a 127.0.0.1:8181 check
    server b 127.0.0.1:8182 check
CFG
haproxy -f "$NODES/haproxy.cfg" -D -p "$NODES/haproxy.pid"
sleep 2
status=0

echo "== sessions are shared"
python3 bench/ops.py session http://127.0.0.1:8181 http://127.0.0.1:8182 prevent-lead@barnet.example || status=1
python3 bench/ops.py session http://127.0.0.1:8182 http://127.0.0.1:8181 referrer@wolverhampton.example || status=1

echo "== rolling restart while $PEOPLE people work"
emails=""
roles=(prevent-lead referrer channel-chair training-admin)
councils=(barnet birmingham westminster wolverhampton)
for i in $(seq 0 $((PEOPLE - 1))); do
    emails="$emails${emails:+,}${roles[$((i % 4))]}@${councils[$((i / 4 % 4))]}.example"
done
python3 bench/ops.py browse http://127.0.0.1:8180 "$emails" "$NODES/stop" "$NODES/browse.txt" > "$NODES/browse.log" &
browse=$!
sleep 5
for n in b a; do
    port=$([ "$n" = a ] && echo 8181 || echo 8182)
    started=$(date +%s.%N)
    bench_node_stop "node-$n"
    node "$n" "$port"
    printf 'node %s stopped and back in %.1f s\n' "$n" "$(echo "$(date +%s.%N) - $started" | bc)"
    sleep 5
done
touch "$NODES/stop"
wait "$browse" || status=1
cat "$NODES/browse.log"

echo "== scheduled jobs run once across the nodes"
runs="$(psql -h 127.0.0.1 -p 5433 -U postgres -d pdm -At -F ' ' -c "select count(*), coalesce(max(n), 0) from
    (select tenant_id, count(*) n from audit_event where action = 'RETENTION_RUN' group by tenant_id) t")"
read -r councils most <<< "$runs"
echo "retention runs: in $councils councils, at most $most in any council (the lock keeps a run 5 minutes)"
[ "$most" = 1 ] || status=1
psql -h 127.0.0.1 -p 5433 -U postgres -d pdm -At -c "select name || ' locked until ' || lock_until || ' by ' || locked_by
    from job_lock order by name"

[ "$status" = 0 ] && echo "two nodes: passed" || echo "two nodes: FAILED"
exit "$status"
