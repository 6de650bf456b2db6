#!/bin/sh
# Hook for dhclient (-sf), udhcpc (-s) and dhcpcd (-c), called through a per-run wrapper:
#   nl_hook.sh OUTFILE KIND [args the client passes]      KIND = dhclient | udhcpc | dhcpcd
# Appends "### EVENT" and the environment to OUTFILE, then applies the address the way
# the distribution scripts would -- but never touches /etc/resolv.conf or anything outside
# the interface (this runs in a test namespace, the files are the host's).
out=$1; kind=$2; shift 2
PATH=/usr/sbin:/usr/bin:/sbin:/bin
export PATH
ev=${1:-$reason}            # udhcpc passes the event as $1, the others set $reason

case "$kind:$ev" in
dhclient:PREINIT|udhcpc:deconfig)
    ip link set dev "$interface" up
    ip -4 addr flush dev "$interface" ;;
dhclient:BOUND|dhclient:RENEW|dhclient:REBIND|dhclient:REBOOT)
    if [ "$old_ip_address" != "$new_ip_address" ] || [ "$reason" = BOUND ] || [ "$reason" = REBOOT ]; then
        ip -4 addr flush dev "$interface"
        ip addr add "$new_ip_address/$new_subnet_mask" dev "$interface"
    fi
    for r in $new_routers; do ip route replace default via "$r" dev "$interface"; break; done ;;
dhclient:EXPIRE|dhclient:FAIL|dhclient:RELEASE)
    ip -4 addr flush dev "$interface" ;;
udhcpc:bound|udhcpc:renew)
    ip -4 addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    for r in $router; do ip route replace default via "$r" dev "$interface"; break; done ;;
esac
# Record last: a driver that sees the event may stop the client at once, and must not kill
# this script half-way through configuring the interface.
{ echo "### $ev"; env; echo "### end"; } >> "$out"
exit 0
