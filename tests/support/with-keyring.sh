#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring, so that keychain
# tests talk to a real Secret Service. packaging/dev.sh test already provides one for the whole
# run and says so with SHOPDESK_KEYRING_READY.
#   with-keyring.sh [--own-session] [--no-keyring] program [args...]
# --own-session  a session of the test's own even inside dev.sh test: for tests that lock the
#                keyring or take the Secret Service's name, which would disturb the others
# --no-keyring   no Secret Service in the session at all
set -eu
own=""
keyring="yes"
while [ $# -gt 0 ]; do
    case "$1" in
    --own-session) own="yes"; shift ;;
    --no-keyring) keyring=""; own="yes"; shift ;;
    *) break ;;
    esac
done
if [ -n "${SHOPDESK_KEYRING_READY:-}" ] && [ -z "$own" ]; then
    exec "$@"
fi
HOME="$(mktemp -d)"
XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
if [ -z "$keyring" ]; then
    exec dbus-run-session -- "$@"
fi
exec dbus-run-session -- sh -c '
    echo -n shopdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    SHOPDESK_KEYRING_READY=1 exec "$@"' sh "$@"
