#!/bin/sh
# Runs a test as an unprivileged user: file permissions (read-only files) do not bind root.
# usage: as_unprivileged.sh TEST_BINARY ARGS...
if [ "$(id -u)" -eq 0 ]; then
    exec setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/tmp "$@"
fi
exec "$@"
