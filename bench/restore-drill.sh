#!/usr/bin/env bash
# The restore drill: a base backup taken and WAL archived while the product takes writes, restored to a second
# PostgreSQL cluster on another port to a point in time, and every write acknowledged before that point checked.
#
# It makes a cluster of its own on 5433 with WAL archiving (PostgreSQL's own archive_command and pg_basebackup), starts
# the product on it from its jar on 8181, and has BENCH_CLIENTS (4) clients make referrals through the API throughout.
# The recovery point is taken BENCH_AFTER (10) seconds after the backup ends, while the writes go on; the restore is a
# copy of the base backup with restore_command and recovery_target_time, started on 5434. It ends with the line
#   restore drill: N of N acknowledged writes restored, recovery S s
# (S: from starting the restored server to its accepting writes) and exits 1 if any write is missing.
#
# Usage: bench/restore-drill.sh   (needs the PostgreSQL server binaries; run as root or as the postgres user)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

CLIENTS="${BENCH_CLIENTS:-4}"
AFTER="${BENCH_AFTER:-10}"
DRILL="$WORK/drill"
trap 'touch "$DRILL/stop" 2> /dev/null; bench_cleanup' EXIT

bench_jar
rm -rf "$DRILL" && mkdir -p "$DRILL/wal"
[ "$(id -u)" = 0 ] && chown postgres "$DRILL" "$DRILL/wal"
bench_cluster source 5433 \
    "wal_level = replica" "archive_mode = on" "archive_timeout = 1" \
    "archive_command = 'test ! -f $DRILL/wal/%f && cp %p $DRILL/wal/%f'"
bench_node drill-node 8181 5433
python3 bench/ops.py provision http://127.0.0.1:8181 "$DRILL/keys.json"

python3 bench/ops.py write http://127.0.0.1:8181 "$DRILL/keys.json" "$DRILL/acks.tsv" "$DRILL/stop" "$CLIENTS" \
    > "$DRILL/writes.txt" &
writes=$!
sleep 5
echo "base backup while writing ($(wc -l < "$DRILL/acks.tsv") writes acknowledged so far)"
as_postgres "$PGBIN/pg_basebackup" -h 127.0.0.1 -p 5433 -U postgres -D "$DRILL/base" -Fp -X stream -c fast
sleep "$AFTER"
target="$(date -u +%Y-%m-%dT%H:%M:%S.%6N+00:00)"
echo "recovery point $target ($(wc -l < "$DRILL/acks.tsv") writes acknowledged so far)"
sleep 5
touch "$DRILL/stop"
wait "$writes"
cat "$DRILL/writes.txt"
# The WAL up to now is archived before the restore reads it.
psql -h 127.0.0.1 -p 5433 -U postgres -d postgres -q -At -c "select pg_switch_wal()" > /dev/null
segment="$(psql -h 127.0.0.1 -p 5433 -U postgres -d postgres -At -c \
    "select pg_walfile_name(pg_current_wal_lsn())")"
for _ in $(seq 1 60); do
    archived="$(psql -h 127.0.0.1 -p 5433 -U postgres -d postgres -At -c \
        "select coalesce(last_archived_wal, '') from pg_stat_archiver")"
    [[ "$archived" > "$segment" || "$archived" == "$segment" ]] && break
    sleep 0.5
done
bench_node_stop drill-node

mkdir -p "$WORK/restored"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/restored"
rm -rf "$WORK/restored/data"
cp -a "$DRILL/base" "$WORK/restored/data"
{
    echo "port = 5434"
    echo "unix_socket_directories = '$WORK/restored'"
    echo "archive_mode = off"
    echo "restore_command = 'cp $DRILL/wal/%f %p'"
    echo "recovery_target_time = '$target'"
    echo "recovery_target_action = 'promote'"
} >> "$WORK/restored/data/postgresql.conf"
touch "$WORK/restored/data/recovery.signal"
[ "$(id -u)" = 0 ] && chown -R postgres "$WORK/restored"
started=$(date +%s.%N)
as_postgres "$PGBIN/pg_ctl" -D "$WORK/restored/data" -l "$WORK/restored/server.log" start > /dev/null
for _ in $(seq 1 600); do
    if [ "$(psql -h 127.0.0.1 -p 5434 -U postgres -d postgres -At -c 'select pg_is_in_recovery()' 2> /dev/null)" = f ]
    then break; fi
    sleep 0.1
done
recovery=$(echo "$(date +%s.%N) - $started" | bc)

result="$(python3 bench/ops.py restored "$DRILL/acks.tsv" "$target" 5434)" || true
echo "$result"
found="$(echo "$result" | head -1 | cut -d' ' -f1)"
total="$(echo "$result" | head -1 | cut -d' ' -f3)"
echo "archived WAL: $(ls "$DRILL/wal" | wc -l) segments, base backup $(du -sh "$DRILL/base" | cut -f1)"
printf 'restore drill: %s of %s acknowledged writes restored, recovery %.1f s\n' "$found" "$total" "$recovery" \
    | tee "$OUT/restore-drill.txt"
[ "$found" = "$total" ] && [ "$total" -gt 0 ]
