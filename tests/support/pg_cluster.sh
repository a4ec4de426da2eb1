#!/usr/bin/env bash
# pg_cluster.sh start|stop ADDRESS_FILE [durable]: a throwaway PostgreSQL 15 server for the tests, in a
# temporary folder, on a free port, reached through a unix socket — and over TLS on 127.0.0.1 only,
# with a certificate for "localhost" from a test CA made here. start writes the server's address
# (postgresql:///postgres?host=…&port=…&user=leda) to ADDRESS_FILE and the TLS address
# (postgresql://localhost:PORT/postgres?…&sslmode=verify-full&sslrootcert=…) to ADDRESS_FILE.tls;
# stop stops the server and removes its folder. initdb refuses root: as root it runs as postgres.
# The role leda_password_user (password "lösen-för-test") must give its password over TCP.
# Tests run with fsync off (they check what is stored, not the disk); "durable" keeps fsync on,
# for benchmarks whose save times must include it.
set -euo pipefail

action="${1:?start or stop}"
address_file="${2:?the file to write the address to}"
bin=/usr/lib/postgresql/15/bin
state_file="$address_file.folder"
fsync=off
[ "${3:-}" = durable ] && fsync=on

as_server=()
if [ "$(id -u)" -eq 0 ]; then
    as_server=(runuser -u postgres --)
fi

case "$action" in
start)
    [ -x "$bin/initdb" ] || { echo "pg_cluster: PostgreSQL 15 is not installed (apt-get install postgresql-15)" >&2; exit 1; }
    if [ -f "$state_file" ]; then "$0" stop "$address_file" || true; fi
    folder="$(mktemp -d /tmp/leda-pg-XXXXXX)" # under /tmp: the postgres user must reach it
    chmod 755 "$folder"
    [ ${#as_server[@]} -eq 0 ] || chown postgres "$folder"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "${as_server[@]}" "$bin/initdb" -D "$folder/data" -A trust -U leda --encoding=UTF8 --locale=C.UTF-8 \
        >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
    # TLS: a CA of the tests' own, and the server's certificate for localhost signed by it.
    tls="$folder/tls"
    mkdir -p "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Leda test CA" \
        -keyout "$tls/root.key" -out "$tls/root.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost\n' >"$tls/san.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/root.crt" -CAkey "$tls/root.key" -CAcreateserial -days 2 \
        -extfile "$tls/san.ext" -out "$tls/server.crt" 2>/dev/null
    chmod 644 "$tls/root.crt" "$tls/server.crt"
    chmod 600 "$tls/server.key"
    [ ${#as_server[@]} -eq 0 ] || chown -R postgres "$tls"
    # One role that must give a password (over TCP), for the test of Leda asking for it.
    { printf 'host all leda_password_user 127.0.0.1/32 scram-sha-256\n'; cat "$folder/data/pg_hba.conf"; } \
        >"$folder/pg_hba.conf" && cat "$folder/pg_hba.conf" >"$folder/data/pg_hba.conf" && rm "$folder/pg_hba.conf"
    cat >>"$folder/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
ssl = on
ssl_cert_file = '$tls/server.crt'
ssl_key_file = '$tls/server.key'
fsync = $fsync
CONF
    "${as_server[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
        -o "-p $port -k $folder" start >/dev/null \
        || { cat "$folder/server.log" >&2; exit 1; }
    "$bin/psql" -q "host=$folder port=$port user=leda dbname=postgres" \
        -c "CREATE ROLE leda_password_user LOGIN SUPERUSER PASSWORD 'lösen-för-test'" >/dev/null
    echo "$folder" >"$state_file"
    echo "postgresql:///postgres?host=$folder&port=$port&user=leda" >"$address_file"
    echo "postgresql://localhost:$port/postgres?user=leda&sslmode=verify-full&sslrootcert=$tls/root.crt" \
        >"$address_file.tls"
    echo "pg_cluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $folder, port $port"
    ;;
stop)
    [ -f "$state_file" ] || exit 0
    folder="$(cat "$state_file")"
    if [ -d "$folder/data" ]; then
        "${as_server[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$folder" "$state_file" "$address_file" "$address_file.tls"
    echo "pg_cluster: stopped and removed $folder"
    ;;
*)
    echo "usage: $0 start|stop ADDRESS_FILE" >&2
    exit 2
    ;;
esac
