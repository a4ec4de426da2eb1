#!/bin/sh
# Runs a test as an unprivileged user: file permissions (read-only files) do not bind root.
# usage: as_unprivileged.sh TEST_BINARY ARGS...
if [ "$(id -u)" -ne 0 ]; then
    exec "$@"
fi
# The build may lie where that user cannot go (a clone in /root): run a copy from a folder of its own.
binary=$1
shift
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
cp "$binary" "$work/test" && chmod 755 "$work/test" || exit 1
cd "$work" || exit 1
setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/tmp "$work/test" "$@"
