#!/usr/bin/env bash
# The load test: BENCH_USERS (50) signed-in people of the demo councils on the journeys of their roles (referrer,
# Prevent lead, Channel chair, training administrator; bench/load/locustfile.py) for BENCH_TIME (3m), with Locust
# (Debian's python3-locust), people arriving two a second, on PostgreSQL with BENCH_REFERRALS (100,000) referrals added to Barnet. Loopback only;
# prints each page's p95 and the errors, and keeps Locust's CSV in bench/out/load_*.csv.
#
# It makes a cluster of its own on 5433 and starts the product in demo mode from its jar on 8181.
# Usage: bench/load.sh   (needs locust and the PostgreSQL server binaries)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

USERS="${BENCH_USERS:-50}"
TIME="${BENCH_TIME:-3m}"
trap 'bench_cleanup' EXIT

bench_jar
bench_cluster load-db 5433
bench_node load-node 8181 5433 PDM_DEMO=true
./mvnw -B -q -ntp test-compile
./mvnw -B -q -ntp exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.preventduty.referrals.LoadData \
    -Dbench.referrals="${BENCH_REFERRALS:-100000}" \
    -Dexec.args="--spring.datasource.url=jdbc:postgresql://127.0.0.1:5433/pdm --spring.datasource.username=pdm --spring.datasource.password= --service.secret-key=$BENCH_SECRET_KEY --service.web.secure-cookies=false" \
    | tee "$OUT/load-data.txt"

locust -f bench/load/locustfile.py --headless --users "$USERS" --spawn-rate 2 --run-time "$TIME" \
    --host http://127.0.0.1:8181 --csv "$OUT/load" --only-summary > "$OUT/load-locust.txt" 2>&1 || true
if ! grep -q '^GET' "$OUT/load_stats.csv"; then
    echo "load: no page was read; see $OUT/load-locust.txt and $OUT/load-node.log" >&2
    exit 1
fi
python3 - "$OUT/load_stats.csv" <<'PY' | tee "$OUT/load.txt"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
print("%-34s %8s %7s %8s %8s" % ("page", "requests", "errors", "p50 ms", "p95 ms"))
for row in rows:
    print("%-34s %8s %7s %8s %8s" % (row["Name"][:34], row["Request Count"], row["Failure Count"],
                                     row["50%"], row["95%"]))
total = next(r for r in rows if r["Name"] == "Aggregated")
worst = max((r for r in rows if r["Name"] != "Aggregated"), key=lambda r: float(r["95%"]))
print("load: %s requests, %s errors, p95 %s ms over all pages, worst page p95 %s ms (%s)"
      % (total["Request Count"], total["Failure Count"], total["95%"], worst["95%"], worst["Name"]))
PY
