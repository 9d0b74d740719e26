#!/usr/bin/env bash
# Figures of the foundation: time from start to ready and resident memory with the embedded database and demo data;
# requests per second and p95 latency of the sign-in page at 32 concurrent connections.
# Usage: bench/foundation.sh [seconds of load, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
OUT=bench/out
PORT=18080
rm -rf "$OUT" && mkdir -p "$OUT"

command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null
[ -f target/prevent-duty-manager.jar ] || ./mvnw -B -q -ntp package -DskipTests

start=$(date +%s%N)
java -jar target/prevent-duty-manager.jar --server.port=$PORT \
    "--spring.datasource.url=jdbc:h2:file:./$OUT/data/preventduty;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,KEY" \
    > "$OUT/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
    kill -0 $PID 2>/dev/null || { echo "the application stopped; see $OUT/app.log"; exit 1; }
    sleep 0.1
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
rss_ready=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)

cat > "$OUT/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
# Warm up the JIT before measuring.
wrk -t2 -c32 -d10s "http://127.0.0.1:$PORT/sign-in" >/dev/null
wrk -t2 -c32 -d"${DURATION}s" --latency -s "$OUT/p95.lua" "http://127.0.0.1:$PORT/sign-in" > "$OUT/wrk.txt"
rss_load=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)

echo "start_to_ready_ms=$ready"
grep -o "Started Application in [0-9.]* seconds" "$OUT/app.log" || true
echo "rss_at_ready_mb=$((rss_ready / 1024))"
echo "rss_after_load_mb=$((rss_load / 1024))"
grep -E "Requests/sec|Non-2xx|Socket errors" "$OUT/wrk.txt" || true
grep -E "p95_ms" "$OUT/wrk.txt"
