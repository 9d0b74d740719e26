#!/usr/bin/env bash
# Figures of reports at national size, on PostgreSQL, each beside its floor (the same rows read straight from
# PostgreSQL) and the ratio: with 320 councils and 90,000 referrals, and one council with 100,000 referrals and 50,000
# staff, the Prevent lead's home page, referral trends over ten years by month, and the committee report as Word and
# as PDF.
#
# Usage: bench/reports.sh   (BENCH_COUNCILS, BENCH_NATIONAL_REFERRALS, BENCH_REFERRALS and BENCH_STAFF change the sizes)
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
MAVEN_OPTS="${MAVEN_OPTS:--Xmx3g}" ./mvnw -B -q -ntp exec:java \
    -Dexec.classpathScope=test \
    -Dexec.mainClass=org.preventduty.reporting.ReportsBenchmark \
    -Dbench.councils="${BENCH_COUNCILS:-320}" \
    -Dbench.nationalReferrals="${BENCH_NATIONAL_REFERRALS:-90000}" \
    -Dbench.referrals="${BENCH_REFERRALS:-100000}" \
    -Dbench.staff="${BENCH_STAFF:-50000}" \
    -Dexec.args="--service.web.secure-cookies=false --service.secret-key=bench-only-secret-key-0123456789abcdef --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/pdm_bench --spring.datasource.username=pdm_test --spring.datasource.password=" \
    | tee "$OUT/reports.txt"
