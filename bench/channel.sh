#!/usr/bin/env bash
# Figures of Channel at scale, on PostgreSQL: the case page p95 with 10,000 cases and 100,000 referrals in one
# council (cases in every stage, a meeting a month since 2015, interventions with their sessions), and the national
# statistics over 320 councils and 90,000 referrals, as a national analyst asks for them.
#
# Usage: bench/channel.sh        (BENCH_REFERRALS, BENCH_COUNCILS and BENCH_NATIONAL change the sizes)
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
    -Dexec.mainClass=org.preventduty.channel.ChannelBenchmark \
    -Dbench.referrals="${BENCH_REFERRALS:-100000}" \
    -Dbench.councils="${BENCH_COUNCILS:-320}" \
    -Dbench.national="${BENCH_NATIONAL:-90000}" \
    -Dexec.args="--service.web.secure-cookies=false --service.secret-key=bench-only-secret-key-0123456789abcdef --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/pdm_bench --spring.datasource.username=pdm_test --spring.datasource.password=" \
    | tee "$OUT/channel.txt"
