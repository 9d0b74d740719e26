#!/usr/bin/env bash
# Figures of training at scale, on PostgreSQL: a staff list of 100,000 rows imported through the API (and again,
# changing nothing), 300,000 e-learning completions, and coverage of one council of that size.
#
# Usage: bench/training.sh        (BENCH_STAFF changes the size)
# It makes a database pdm_bench owned by the ordinary role pdm_test (row-level security applies, as in production),
# dropping any earlier one.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
mkdir -p "$OUT"

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    sleep 3
fi
psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<'SQL'
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pdm_test') THEN
        CREATE ROLE pdm_test LOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
END
$$;
DROP DATABASE IF EXISTS pdm_bench;
CREATE DATABASE pdm_bench OWNER pdm_test;
SQL

./mvnw -B -q -ntp test-compile
MAVEN_OPTS="${MAVEN_OPTS:--Xmx2g}" ./mvnw -B -q -ntp exec:java \
    -Dexec.classpathScope=test \
    -Dexec.mainClass=org.preventduty.training.TrainingBenchmark \
    -Dbench.staff="${BENCH_STAFF:-100000}" \
    -Dexec.args="--service.web.secure-cookies=false --service.secret-key=bench-only-secret-key-0123456789abcdef --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/pdm_bench --spring.datasource.username=pdm_test --spring.datasource.password=" \
    | tee "$OUT/training.txt"
