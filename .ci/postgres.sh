#!/usr/bin/env bash
# Start a local PostgreSQL server for the store tests (tests/store/test_postgres.py).
#
# Called by .ci/run before `make test`. Installs Debian's postgresql package when it is
# missing, starts a cluster on localhost:5432 and creates the role and database the tests
# use by default (HADATH_TEST_PG_URL=postgresql://hadath:hadath@localhost/hadath_test).
# It exports nothing: the tests find the server by that default URL, and skip with a
# reason when it is not reachable. Safe to run again: every step checks before it acts.
set -euo pipefail

ROLE=hadath
PASSWORD=hadath
DB=hadath_test

as_postgres() {
    if [ "$(id -u)" = "0" ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sudo -n -u postgres sh -c "$*"
    fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    if [ "$(id -u)" != "0" ]; then
        echo "postgres.sh: PostgreSQL is not installed and we are not root; skipping" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi

if command -v pg_lsclusters >/dev/null 2>&1; then
    # Debian's wrapper: use the newest installed version's cluster, create one if none.
    read -r VER CLUSTER _ < <(pg_lsclusters --no-header | sort -rV | head -n1 || true) || true
    if [ -z "${VER:-}" ]; then
        VER=$(ls /usr/lib/postgresql | sort -rV | head -n1)
        CLUSTER=main
        pg_createcluster "$VER" "$CLUSTER" >/dev/null
    fi
    if ! pg_lsclusters --no-header | awk -v v="$VER" -v c="$CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
        pg_ctlcluster "$VER" "$CLUSTER" start
    fi
else
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -rV | head -n1)
    PGDATA=/var/lib/postgresql/hadath-ci
    if [ ! -d "$PGDATA" ]; then
        mkdir -p "$PGDATA" && chown postgres "$PGDATA"
        as_postgres "$PGBIN/initdb -D $PGDATA --auth-local=trust --auth-host=md5 --username=postgres" >/dev/null
    fi
    as_postgres "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/log -w status" >/dev/null 2>&1 \
        || as_postgres "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/log -w start"
fi

# Wait until it accepts connections (a fresh cluster takes a moment).
for _ in $(seq 1 30); do
    if as_postgres "psql -qAtc 'select 1'" >/dev/null 2>&1; then break; fi
    sleep 1
done

as_postgres "psql -qAt -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB;
  END IF;
END \$\$;
SQL
if ! as_postgres "psql -qAtc \"select 1 from pg_database where datname = '$DB'\"" | grep -q 1; then
    as_postgres "createdb -O $ROLE $DB"
fi
echo "postgres.sh: PostgreSQL ready at postgresql://$ROLE:***@localhost/$DB" >&2
