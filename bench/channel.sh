#!/usr/bin/env bash
# Figures of Channel at scale, on PostgreSQL: the case page p95 with 10,000 cases and 100,000 referrals in one
# council (cases in every stage, a meeting a month since 2015, interventions with their sessions), and the national
# statistics over 320 councils and 90,000 referrals, as a national analyst asks for them.
#
# Usage: bench/channel.sh        (BENCH_REFERRALS, BENCH_COUNCILS and BENCH_NATIONAL change the sizes)
# It makes a fresh database pdm_bench (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

bench_database
bench_run channel org.preventduty.channel.ChannelBenchmark \
    -Dbench.referrals="${BENCH_REFERRALS:-100000}" \
    -Dbench.councils="${BENCH_COUNCILS:-320}" \
    -Dbench.national="${BENCH_NATIONAL:-90000}"
