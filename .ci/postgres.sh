#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1:5433 for the store's PostgreSQL tests.
# Prints the SQLAlchemy URL on success; exits non-zero (and the tests skip) when it cannot.
set -euo pipefail
PGDATA=${PGDATA_CI:-/tmp/materiel-pg}
PORT=${PGPORT_CI:-5433}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 || exit 1
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
rm -rf "$PGDATA" && mkdir -p "$PGDATA" && { [ "$(id -u)" != 0 ] || chown postgres "$PGDATA"; }
run "$bin/initdb -D $PGDATA -A trust -U postgres" >/dev/null
run "$bin/pg_ctl -D $PGDATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $PGDATA/log -w start" >/dev/null
psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "create database materiel_test" >/dev/null
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/materiel_test"
