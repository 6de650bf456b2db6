#!/bin/sh
# Sets up the QStaticDHCP daemon under launchd (run as root, from the installed app):
#   sudo "/Applications/QStaticDHCP.app/Contents/Resources/install-daemon.sh" [--start]
# Creates /Library/Application Support/QStaticDHCP with the default qstaticdhcpd.conf (an existing one is kept)
# and data/ for the database and the management socket, owned by the daemon's user (nobody); /Library/Logs/
# QStaticDHCP; installs the launchd plist. With --start (once dhcp_server_ip is set) it bootstraps the daemon.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
label=org.qstaticdhcp.qstaticdhcpd
conf_dir="/Library/Application Support/QStaticDHCP"
plist=/Library/LaunchDaemons/$label.plist

[ "$(id -u)" -eq 0 ] || { echo "install-daemon.sh: run with sudo" >&2; exit 1; }
install -d -m 0755 "$conf_dir"
install -d -m 0750 -o nobody -g nobody "$conf_dir/data"
install -d -m 0755 /Library/Logs/QStaticDHCP
[ -f "$conf_dir/qstaticdhcpd.conf" ] || install -m 0640 -g nobody "$here/qstaticdhcpd.conf" "$conf_dir/qstaticdhcpd.conf"
install -m 0644 -o root -g wheel "$here/$label.plist" "$plist"
echo "installed $plist; configuration: $conf_dir/qstaticdhcpd.conf"

if [ "${1:-}" = "--start" ]; then
    "$here/../MacOS/qstaticdhcpd" --config "$conf_dir/qstaticdhcpd.conf" --check-config
    launchctl bootout system/$label 2>/dev/null || true
    launchctl bootstrap system "$plist"
    echo "started; log: /Library/Logs/QStaticDHCP/qstaticdhcpd.log"
else
    echo "set [server] dhcp_server_ip, then: sudo \"$0\" --start"
fi
