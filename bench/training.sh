#!/usr/bin/env bash
# Figures of training at scale, on PostgreSQL: a staff list of 100,000 rows imported through the API (and again,
# changing nothing), 300,000 e-learning completions, and coverage of one council of that size.
#
# Usage: bench/training.sh        (BENCH_STAFF changes the size)
# It makes a fresh database pdm_bench (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

bench_database
bench_run training org.preventduty.training.TrainingBenchmark \
    -Dbench.staff="${BENCH_STAFF:-100000}"
