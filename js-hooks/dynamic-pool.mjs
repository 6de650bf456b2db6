// Dynamic addresses for MACs the database does not know (staticDHCPd's dynamism), from extensions/_dynamism.mjs.
// The leases are shown in the console: a dashboard panel and a CSV action.
import { DynamicPool } from "./extensions/_dynamism.mjs";

const pool = new DynamicPool({
    subnet: "198.18.0.0/24", serial: 0, lease_time: 300, hostname_prefix: "dyn",
    subnet_mask: "255.255.255.0", gateway: "198.18.0.1", broadcast_address: "198.18.0.255",
    domain_name: "dyn.lab.example", domain_name_servers: "198.18.0.1",
});
pool.add_range("198.18.0.100", "198.18.0.149");

export function init() {
    callbacks.systemAddTickHandler(() => pool.tick());
    callbacks.webAddDashboard("dynamism", "leases", () => pool.show_leases_xhtml());
    callbacks.webAddMethod("/dynamism/leases.csv", () => ["text/csv", pool.show_leases_csv()],
                           { hidden: false, module: "dynamism", name: "leases (csv)", display_mode: callbacks.WEB_METHOD_RAW });
}

export function handleUnknownMAC(packet, method, mac, client_ip, relay_ip, port) {
    return pool.handle(method, packet, mac, client_ip);
}
