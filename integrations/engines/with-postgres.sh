#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server (Debian's package) in a temporary directory, listening
# on 127.0.0.1 only, runs the PostgreSQL differential test against it, and stops it.
#
#   integrations/engines/with-postgres.sh [extra cargo test arguments]
#   GDPR_INTEGRATION_PROFILE=dev integrations/engines/with-postgres.sh   # as CI runs it
#
# When no server can be started (no PostgreSQL binaries, initdb or pg_ctl failing), it says so
# on one line starting with `SKIPPED:` and the test is not run: it stays ignored, not passed.
# Run as root, the server runs as the `postgres` user (initdb refuses root).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

skip() {
    echo "SKIPPED: the PostgreSQL differential test: $*"
    exit 0
}

# GDPR_PG_BIN: where initdb, pg_ctl and postgres are (default: Debian's newest).
bin="${GDPR_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ -n "$bin" ] && [ -x "$bin/initdb" ] || skip "no PostgreSQL server binaries in ${bin:-/usr/lib/postgresql/*/bin} (apt-get install postgresql)"

dir="$(mktemp -d /tmp/gdpr-pg.XXXXXX)"
as_server=()
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || skip "running as root and there is no postgres user to run the server as"
    chown postgres "$dir"
    as_server=(runuser -u postgres --)
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55439)"

stop() {
    "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$dir"
}
trap stop EXIT

"${as_server[@]}" "$bin/initdb" -D "$dir/data" -A trust -U gdpr -E UTF8 >"$dir/initdb.log" 2>&1 \
    || skip "initdb failed: $(tail -n 3 "$dir/initdb.log" | tr '\n' ' ')"
"${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off" start >/dev/null \
    || skip "the server did not start: $(tail -n 3 "$dir/server.log" 2>/dev/null | tr '\n' ' ')"

echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
export GDPR_TEST_POSTGRES="host=127.0.0.1 port=$port user=gdpr dbname=postgres"
cd "$here/.."
cargo test --profile "${GDPR_INTEGRATION_PROFILE:-release}" --workspace --test postgres "$@" -- --ignored --nocapture
