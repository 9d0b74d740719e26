#!/usr/bin/env bash
# Figures of the foundation: time from start to ready and resident memory with the embedded database and demo data;
# requests per second and p95 latency of the sign-in page at 32 concurrent connections.
#
# Usage: bench/foundation.sh [seconds of load, default 20]
# JAVA_OPTS sets the JVM options (default: the ones the README recommends for a small node). The application is run
# twice: from the plain jar, and from the extracted jar with a class data sharing archive made by a training run, as
# the README describes for production.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -Xss512k}"
OUT=bench/out
PORT=18080
rm -rf "$OUT" && mkdir -p "$OUT"

command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null
[ -f target/prevent-duty-manager.jar ] || ./mvnw -B -q -ntp package -DskipTests

url() {
    echo "jdbc:h2:file:./$OUT/$1/preventduty;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,KEY"
}

# Start the application with the given command, measure readiness and memory, then load the sign-in page.
measure() {
    local name="$1"
    shift
    local start pid ready rss_ready rss_load
    start=$(date +%s%N)
    "$@" --server.port=$PORT "--spring.datasource.url=$(url "$name")" > "$OUT/$name.log" 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
        kill -0 $pid 2>/dev/null || { echo "the application stopped; see $OUT/$name.log"; exit 1; }
        sleep 0.05
    done
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    rss_ready=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    # Warm up the JIT before measuring.
    wrk -t1 -c32 -d15s "http://127.0.0.1:$PORT/sign-in" >/dev/null
    wrk -t1 -c32 -d"${DURATION}s" --latency -s "$OUT/p95.lua" "http://127.0.0.1:$PORT/sign-in" > "$OUT/$name-wrk.txt"
    rss_load=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    kill $pid
    wait $pid 2>/dev/null || true
    echo "[$name] start_to_ready_ms=$ready rss_at_ready_mb=$((rss_ready / 1024)) rss_after_load_mb=$((rss_load / 1024))"
    echo "[$name] $(grep -o 'Started Application in [0-9.]* seconds' "$OUT/$name.log" || true)"
    echo "[$name] $(grep -E 'Requests/sec' "$OUT/$name-wrk.txt" | tr -s ' ') $(grep p95_ms "$OUT/$name-wrk.txt")"
}

cat > "$OUT/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA

echo "JAVA_OPTS=$JAVA_OPTS cores=$(nproc)"
# shellcheck disable=SC2086
measure jar java $JAVA_OPTS -jar target/prevent-duty-manager.jar

# The extracted jar with a class data sharing archive made by a training run (Spring Boot's recommended layout).
java -Djarmode=tools -jar target/prevent-duty-manager.jar extract --destination "$OUT/app" >/dev/null
# shellcheck disable=SC2086
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$OUT/app/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$OUT/app/prevent-duty-manager.jar" "--spring.datasource.url=$(url training)" > "$OUT/training.log" 2>&1 || true
# shellcheck disable=SC2086
measure cds java $JAVA_OPTS -XX:SharedArchiveFile="$OUT/app/app.jsa" -jar "$OUT/app/prevent-duty-manager.jar"
