// Header fields read and written: what the Packet class's property accessors cost.
export function filterPacket(packet, method, mac, client_ip, relay_ip, port) {
    return packet.xid >= 0 && packet.giaddr !== null && packet.hops === 1;
}

export function loadDHCPPacket(packet, method, mac, definition, relay_ip, port, source_packet) {
    packet.siaddr = "198.18.0.1";
    packet.file = "pxelinux.0";
    return packet.yiaddr[0] === 198;
}
