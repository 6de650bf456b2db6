// Per-subnet option overrides: options that the subnets table has no column for, chosen by definition.subnet.
const OVERRIDES = {
    "198.18.0.0/24": {
        domain_search: rfc3397_119("lab.example,example.org"),
        interface_mtu: 9000,
    },
    "192.168.0.0/24": {
        ntp_servers: ["192.168.0.8"],
        classless_static_route: rfc3442_121([["10.0.0.0/8", "192.168.0.254"]]),
    },
};

export function loadDHCPPacket(packet, method, mac, definition, relay_ip, port, source_packet) {
    const options = OVERRIDES[definition.subnet];
    if (options) {
        for (const [name, value] of Object.entries(options))
            packet.setOption(name, value, true, true);   // force_selection: sent even if not requested
    }
    return true;
}
