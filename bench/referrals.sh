#!/usr/bin/env bash
# Figures of referrals at scale, on PostgreSQL: with 100,000 referrals of 80,000 people in one council, the rate of
# referrals submitted through the API (8 at a time), the latency of the triage queue page as the Prevent lead loads it,
# and the time to match a new referral against everyone already referred.
#
# Usage: bench/referrals.sh        (BENCH_REFERRALS, BENCH_PEOPLE and BENCH_SUBMISSIONS change the sizes)
# It makes a fresh database pdm_bench (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

bench_database
bench_run referrals org.preventduty.referrals.ReferralBenchmark \
    -Dbench.referrals="${BENCH_REFERRALS:-100000}" \
    -Dbench.people="${BENCH_PEOPLE:-80000}" \
    -Dbench.submissions="${BENCH_SUBMISSIONS:-2000}"
