# What the PostgreSQL benchmarks share; each script sources it from the repository's root.
#
# bench_database: starts PostgreSQL if it is down, and makes a fresh database pdm_bench owned by the ordinary role
# pdm_test (row-level security applies, as in production), dropping any earlier one.
# bench_run NAME MAIN_CLASS [MAVEN -D options...]: compiles the tests and runs the benchmark's main class against
# pdm_bench, printing its figures and keeping them in bench/out/NAME.txt. MAVEN_OPTS sets the heap (default -Xmx2g).

OUT=bench/out
mkdir -p "$OUT"

bench_database() {
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
}

bench_run() {
    local name="$1" main="$2"
    shift 2
    ./mvnw -B -q -ntp test-compile
    MAVEN_OPTS="${MAVEN_OPTS:--Xmx2g}" ./mvnw -B -q -ntp exec:java \
        -Dexec.classpathScope=test \
        -Dexec.mainClass="$main" \
        "$@" \
        -Dexec.args="--service.web.secure-cookies=false --service.secret-key=bench-only-secret-key-0123456789abcdef --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/pdm_bench --spring.datasource.username=pdm_test --spring.datasource.password=" \
        | tee "$OUT/$name.txt"
}

# What the operations drills share (two nodes, the restore drill, database faults, the load test): throwaway
# PostgreSQL clusters of their own on other ports, so that the server on 5432 is never stopped, and the product started
# from its jar as a council would run it.
#
# bench_cluster NAME PORT [postgresql.conf lines...]: makes and starts a cluster in $WORK/NAME with a role pdm and its
# database pdm (trust authentication, 127.0.0.1 only). bench_cluster_stop NAME stops it.
# bench_jar: builds target/prevent-duty-manager.jar unless it is there (BENCH_REBUILD=1 rebuilds it), and copies it for
# the nodes.
# bench_node NAME HTTP_PORT DB_PORT [VAR=value...]: starts the product on the cluster's database, as a PostgreSQL
# deployment runs (MFA, secure cookies off: loopback only), logging to $OUT/NAME.log, and waits until it is ready.
# bench_node_stop NAME: stops it gracefully. bench_cleanup stops every node and cluster the script started.

PGBIN="${PGBIN:-/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin}"
WORK="${BENCH_WORK:-/tmp/pdm-bench}"
BENCH_BOOTSTRAP_KEY="bench-only-bootstrap-key-0123456789abcdef"
BENCH_SECRET_KEY="bench-only-secret-key-0123456789abcdef"
mkdir -p "$WORK"

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bench_cluster() {
    local name="$1" port="$2"
    shift 2
    local dir="$WORK/$name"
    bench_cluster_stop "$name"
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$WORK" "$dir"
    as_postgres "$PGBIN/initdb" -D "$dir/data" --auth=trust -U postgres > /dev/null
    {
        echo "port = $port"
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$dir'"
        echo "max_connections = 200"
        for line in "$@"; do echo "$line"; done
    } >> "$dir/data/postgresql.conf"
    as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start > /dev/null
    psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "create role pdm login nosuperuser nobypassrls" -c "create database pdm owner pdm"
}

bench_cluster_stop() {
    local dir="$WORK/$1"
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null 2>&1 || true
    fi
}

bench_jar() {
    if [ -n "${BENCH_REBUILD:-}" ] || [ ! -f target/prevent-duty-manager.jar ]; then
        ./mvnw -B -q -ntp -DskipTests -Dspotless.check.skip=true package
    fi
    # The nodes run a copy, so that a build meanwhile does not change the jar under them.
    cp target/prevent-duty-manager.jar "$WORK/prevent-duty-manager.jar"
}

bench_node() {
    local name="$1" port="$2" dbport="$3"
    shift 3
    env PORT="$port" \
        PDM_DATABASE_URL="jdbc:postgresql://127.0.0.1:$dbport/pdm" PDM_DATABASE_USERNAME=pdm PDM_DATABASE_PASSWORD= \
        PDM_SECRET_KEY="$BENCH_SECRET_KEY" PDM_BOOTSTRAP_API_KEY="$BENCH_BOOTSTRAP_KEY" \
        PDM_BASE_URL="http://127.0.0.1:$port" PDM_SECURE_COOKIES=false PDM_MFA_REQUIRED=false \
        PDM_DATABASE_CONNECTION_TIMEOUT="${PDM_DATABASE_CONNECTION_TIMEOUT:-2000}" \
        "$@" java ${JAVA_OPTS:--Xmx768m} -jar "$WORK/prevent-duty-manager.jar" >> "$OUT/$name.log" 2>&1 &
    echo $! > "$WORK/$name.pid"
    bench_wait_ready "$port" "$name"
}

bench_wait_ready() {
    local port="$1" name="$2"
    for _ in $(seq 1 240); do
        if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "$(cat "$WORK/$name.pid")" 2> /dev/null; then
            echo "$name stopped while starting; see $OUT/$name.log" >&2
            return 1
        fi
        sleep 0.5
    done
    echo "$name did not become ready; see $OUT/$name.log" >&2
    return 1
}

bench_node_stop() {
    local pidfile="$WORK/$1.pid"
    if [ -f "$pidfile" ]; then
        local pid
        pid="$(cat "$pidfile")"
        kill -TERM "$pid" 2> /dev/null || true
        for _ in $(seq 1 120); do kill -0 "$pid" 2> /dev/null || break; sleep 0.25; done
        rm -f "$pidfile"
    fi
}

bench_cleanup() {
    for pidfile in "$WORK"/*.pid; do
        [ -f "$pidfile" ] && bench_node_stop "$(basename "$pidfile" .pid)"
    done
    for dir in "$WORK"/*/; do
        [ -d "$dir/data" ] && bench_cluster_stop "$(basename "$dir")"
    done
    return 0
}
