// Scripting guide, loadDHCPPacket(): T1 of one minute for clients whose address ends in a multiple of 3;
// otherwise REQUESTs are NAKed half of the time, and 10 % of the rest are dropped.
export function loadDHCPPacket(packet, method, mac, definition, relay_ip, port, source_packet) {
    if (!(definition.ip[3] % 3)) {   // Python's `not x % 3`: in JavaScript `!` binds tighter than `%`
        packet.setOption("renewal_time_value", 60);
    } else if (method.startsWith("REQUEST:") && Math.random() < 0.5) {
        packet.transformToDHCPNakPacket();
    } else if (Math.random() < 0.1) {
        return false;
    }
    return true;
}
