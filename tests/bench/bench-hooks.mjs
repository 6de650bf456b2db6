// The benchmark's hook pair (issue 4's target): each hook reads one option and sets one.
export function filterPacket(packet, method, mac, client_ip, relay_ip, port) {
    packet.getOption("parameter_request_list");
    packet.setOption("vendor_class_identifier", "bench");
    return true;
}

export function loadDHCPPacket(packet, method, mac, definition, relay_ip, port, source_packet) {
    packet.getOption("domain_name");
    packet.setOption("renewal_time_value", 1800);
    return true;
}
