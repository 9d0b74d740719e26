#!/usr/bin/env bash
# Figures of referrals at scale, on PostgreSQL: with 100,000 referrals of 80,000 people in one council, the rate of
# referrals submitted through the API (8 at a time), the latency of the triage queue page as the Prevent lead loads it,
# and the time to match a new referral against everyone already referred.
#
# Usage: bench/referrals.sh        (BENCH_REFERRALS, BENCH_PEOPLE and BENCH_SUBMISSIONS change the sizes)
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
    -Dexec.mainClass=org.preventduty.referrals.ReferralBenchmark \
    -Dbench.referrals="${BENCH_REFERRALS:-100000}" \
    -Dbench.people="${BENCH_PEOPLE:-80000}" \
    -Dbench.submissions="${BENCH_SUBMISSIONS:-2000}" \
    -Dexec.args="--service.web.secure-cookies=false --service.secret-key=bench-only-secret-key-0123456789abcdef --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/pdm_bench --spring.datasource.username=pdm_test --spring.datasource.password=" \
    | tee "$OUT/referrals.txt"
