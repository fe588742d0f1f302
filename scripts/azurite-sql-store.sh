#!/usr/bin/env bash
# Starts a private MariaDB on loopback for Azurite's SQL metadata store and prints the AZURITE_DB value of a fresh,
# empty database. Azurite's default store (LokiJS) keeps every blob in sorted in-memory arrays, so each upload costs
# more as the account fills; its SQL store indexes blobs, as Azure does. Used by the 5-dump bench (see README).
# Usage: AZURITE_DB=$(scripts/azurite-sql-store.sh) dotnet run ... bench-ingest ...   |   scripts/azurite-sql-store.sh stop
set -euo pipefail
source "$(dirname "$0")/azurite.sh"

data=${PIPELINE_MARIADB_DIR:-/tmp/pipeline-mariadb}
socket=$data/mysqld.sock

if [ "${1:-}" = stop ]; then
  [ -f "$data/mysqld.pid" ] && kill "$(cat "$data/mysqld.pid")" && echo "MariaDB stopped" >&2
  exit 0
fi

if ! command -v mariadbd >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "MariaDB is missing: install the Debian package mariadb-server (as root)" >&2; exit 1; }
  echo "Installing mariadb-server (apt-get)..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-server >&2
fi

if [ ! -S "$socket" ]; then
  if [ ! -d "$data/mysql" ]; then
    mkdir -p "$data"
    mariadb-install-db --user="$(id -un)" --datadir="$data" --auth-root-authentication-method=socket >/dev/null
  fi
  port=$(free_port)
  echo "$port" > "$data/port"
  mariadbd --user="$(id -un)" --datadir="$data" --socket="$socket" --pid-file="$data/mysqld.pid" \
    --bind-address=127.0.0.1 --port="$port" > "$data/mariadb.log" 2>&1 &
  for _ in $(seq 1 100); do [ -S "$socket" ] && break; sleep 0.1; done
  [ -S "$socket" ] || { echo "MariaDB did not start; see $data/mariadb.log" >&2; exit 1; }
fi

# A fresh database and a password made up now: nothing secret is kept in the repository.
db=azurite_$(date +%s%N)
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mariadb --socket="$socket" -uroot -e "CREATE DATABASE $db; CREATE OR REPLACE USER 'azurite'@'127.0.0.1' IDENTIFIED BY '$password'; GRANT ALL ON $db.* TO 'azurite'@'127.0.0.1';"
echo "mysql://azurite:$password@127.0.0.1:$(cat "$data/port")/$db"
