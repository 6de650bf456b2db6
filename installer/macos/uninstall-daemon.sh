#!/bin/sh
# Stops the QStaticDHCP daemon and removes its launchd plist (run as root). With --purge it also deletes the
# configuration, the database and the logs.
#   sudo "/Applications/QStaticDHCP.app/Contents/Resources/uninstall-daemon.sh" [--purge]
set -eu
label=org.qstaticdhcp.qstaticdhcpd
[ "$(id -u)" -eq 0 ] || { echo "uninstall-daemon.sh: run with sudo" >&2; exit 1; }
launchctl bootout system/$label 2>/dev/null || true
rm -f /Library/LaunchDaemons/$label.plist
if [ "${1:-}" = "--purge" ]; then
    rm -rf "/Library/Application Support/QStaticDHCP" /Library/Logs/QStaticDHCP
fi
echo "the daemon is removed; drag QStaticDHCP.app to the Trash to remove the app"
