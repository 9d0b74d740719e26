#!/usr/bin/env bash
# Figures of training coverage at national scale, on PostgreSQL: 40 councils of 50,000 staff (2,000,000 staff and
# 6,000,000 completions), coverage of one council through the API and national coverage by council.
#
# Usage: bench/training-national.sh        (BENCH_COUNCILS and BENCH_STAFF, staff per council, change the size)
# It makes a fresh database pdm_bench (bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

bench_database
MAVEN_OPTS="${MAVEN_OPTS:--Xmx3g}" bench_run training-national org.preventduty.training.NationalCoverageBenchmark \
    -Dbench.staff="${BENCH_STAFF:-50000}" \
    -Dbench.councils="${BENCH_COUNCILS:-40}"
