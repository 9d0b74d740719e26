#!/usr/bin/env bash
# Figures of reports at national size, on PostgreSQL, each beside its floor (the same rows read straight from
# PostgreSQL) and the ratio: with 320 councils and 90,000 referrals, and one council with 100,000 referrals and 50,000
# staff, the Prevent lead's home page, referral trends over ten years by month, and the committee report as Word and
# as PDF.
#
# Usage: bench/reports.sh   (BENCH_COUNCILS, BENCH_NATIONAL_REFERRALS, BENCH_REFERRALS and BENCH_STAFF change the sizes)
# It makes a fresh database pdm_bench (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

bench_database
MAVEN_OPTS="${MAVEN_OPTS:--Xmx3g}" bench_run reports org.preventduty.reporting.ReportsBenchmark \
    -Dbench.councils="${BENCH_COUNCILS:-320}" \
    -Dbench.nationalReferrals="${BENCH_NATIONAL_REFERRALS:-90000}" \
    -Dbench.referrals="${BENCH_REFERRALS:-100000}" \
    -Dbench.staff="${BENCH_STAFF:-50000}"
