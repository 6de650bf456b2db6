// Scripting guide, filterPacket(): fakes a lossy network, dropping 20 % of all packets received.
export function filterPacket(packet, method, mac, client_ip, relay_ip, port) {
    return Math.random() > 0.2;
}
