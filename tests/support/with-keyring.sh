#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring, so that keychain
# tests talk to a real Secret Service. packaging/dev.sh test already provides one for the whole
# run and says so with SHOPDESK_KEYRING_READY.
set -eu
if [ -n "${SHOPDESK_KEYRING_READY:-}" ]; then
    exec "$@"
fi
HOME="$(mktemp -d)"
XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
exec dbus-run-session -- sh -c '
    echo -n shopdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    SHOPDESK_KEYRING_READY=1 exec "$@"' sh "$@"
