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
