// A dynamic pool for MACs the database does not know: staticDHCPd's dynamism extension (inventory §7), in memory.
//   DISCOVER / REQUEST:*  allocate (or renew) a lease;   RELEASE / DECLINE  give it back;   INFORM  echo client_ip.
// A lease that expired stays bound to its MAC for one more lease_time (the client may come back), then its
// address returns to the pool. With discourage_renewals, T1 = T2 = 97.5 % of the lease.

function ipNumber(ip) { return new IPv4(ip).toInt(); }

export class DynamicPool {
    constructor({ subnet, serial = 0, lease_time, hostname_prefix, subnet_mask = null, gateway = null,
                  broadcast_address = null, domain_name = null, domain_name_servers = null, ntp_servers = null,
                  discourage_renewals = true, now = () => Date.now() / 1000 }) {
        Object.assign(this, { subnet, serial, lease_time, hostname_prefix, subnet_mask, gateway, broadcast_address,
                              domain_name, domain_name_servers, ntp_servers, discourage_renewals, now });
        this._free = [];            // addresses (numbers), least recently used first
        this._leases = new Map();   // mac text → { ip: number, expiration: seconds }
    }

    /// Adds addresses to the pool: a list of addresses, or add_range(first, last).
    add_ips(ips) {
        for (const ip of ips)
            this._free.push(ipNumber(ip));
    }
    add_range(first, last) {
        for (let n = ipNumber(first); n <= ipNumber(last); ++n)
            this._free.push(n);
    }

    /// The handleUnknownMAC answer for one request: a Definition or null.
    handle(method, packet, mac, client_ip) {
        const key = String(mac);
        if (method === "RELEASE" || method === "DECLINE") {
            this._reclaim(key, method === "DECLINE");
            return null;
        }
        if (method === "INFORM")
            return client_ip ? this._definition(client_ip.toInt()) : null;
        let lease = this._leases.get(key);
        if (!lease) {
            if (this._free.length === 0) {
                logger.warning(`dynamic pool ${this.subnet}: no address left for ${key}`);
                return null;
            }
            lease = { ip: this._free.shift(), expiration: 0 };
            this._leases.set(key, lease);
        }
        lease.expiration = this.now() + this.lease_time;
        if (this.discourage_renewals) {
            const t = Math.floor(this.lease_time * 0.975);
            packet.setOption("renewal_time_value", t);
            packet.setOption("rebinding_time_value", t);
        }
        return this._definition(lease.ip);
    }

    /// Once a second: bindings that expired more than a lease_time ago go back to the pool.
    tick() {
        const now = this.now();
        for (const [mac, lease] of this._leases) {
            if (lease.expiration + this.lease_time <= now) {
                this._leases.delete(mac);
                this._free.push(lease.ip);
            }
        }
    }

    leases() {
        return [...this._leases].map(([mac, l]) => ({ mac, ip: String(new IPv4(l.ip)), expiration: l.expiration }));
    }

    show_leases_xhtml() {
        const rows = this.leases().map(l => `<tr><td>${l.mac}</td><td>${l.ip}</td><td>${new Date(l.expiration * 1000).toISOString()}</td></tr>`);
        return `<table class="element"><thead><tr><th>MAC</th><th>IP</th><th>Expires</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
             + `<p>${this._free.length} addresses free</p>`;
    }

    show_leases_csv() {
        return "mac,ip,expiration\n" + this.leases().map(l => `${l.mac},${l.ip},${Math.round(l.expiration)}`).join("\n") + "\n";
    }

    _reclaim(mac, dirty) {
        const lease = this._leases.get(mac);
        if (!lease)
            return;
        this._leases.delete(mac);
        // a declined address is in use by someone else: put it at the end, to be tried last
        if (dirty) this._free.push(lease.ip); else this._free.unshift(lease.ip);
    }

    _definition(ip) {
        const address = new IPv4(ip);
        return new Definition({
            ip: address, lease_time: this.lease_time, subnet: this.subnet, serial: this.serial,
            hostname: `${this.hostname_prefix}-${address.toList().join("-")}`,
            gateways: this.gateway, subnet_mask: this.subnet_mask, broadcast_address: this.broadcast_address,
            domain_name: this.domain_name, domain_name_servers: this.domain_name_servers, ntp_servers: this.ntp_servers,
        });
    }
}
