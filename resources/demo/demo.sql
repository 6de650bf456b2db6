-- QStaticDHCP demo database (plain SQL for SQLite).
--
-- Safe on any LAN: every address is in 198.18.0.0/15 (RFC 2544 benchmarking space, never routed) and every
-- MAC is locally administered (02:…), so no real client matches a definition. Pair it with the demo
-- configuration, which is non-authoritative: unknown clients are ignored, never NAKed.
--
-- Build it either way:
--   sqlite3 demo.sqlite < demo.sql                  (creates the tables)
--   or open demo.sqlite with the server first, then run this script (the tables already exist)
-- The tables are staticDHCPd's schema, so the file also works with staticDHCPd.

CREATE TABLE IF NOT EXISTS subnets (
    subnet TEXT NOT NULL,
    serial INTEGER NOT NULL DEFAULT 0,
    lease_time INTEGER NOT NULL,
    gateway TEXT,
    subnet_mask TEXT,
    broadcast_address TEXT,
    ntp_servers TEXT,
    domain_name_servers TEXT,
    domain_name TEXT,
    PRIMARY KEY(subnet, serial)
);

CREATE TABLE IF NOT EXISTS maps (
    mac TEXT PRIMARY KEY NOT NULL,
    ip TEXT NOT NULL,
    hostname TEXT,
    subnet TEXT NOT NULL,
    serial INTEGER NOT NULL DEFAULT 0,
    UNIQUE (ip, subnet, serial),
    FOREIGN KEY (subnet, serial) REFERENCES subnets (subnet, serial)
);

CREATE INDEX IF NOT EXISTS case_insensitive_macs ON maps (mac COLLATE NOCASE);

-- The lab: one hour leases.
INSERT INTO subnets (subnet, serial, lease_time, gateway, subnet_mask, broadcast_address,
                     ntp_servers, domain_name_servers, domain_name)
VALUES ('198.18.0.0/24', 0, 3600, '198.18.0.1', '255.255.255.0', '198.18.0.255',
        '198.18.0.1', '198.18.0.1', 'lab.example');

-- The classroom: two-hour leases, two DNS servers.
INSERT INTO subnets (subnet, serial, lease_time, gateway, subnet_mask, broadcast_address,
                     ntp_servers, domain_name_servers, domain_name)
VALUES ('198.18.1.0/24', 0, 7200, '198.18.1.1', '255.255.255.0', '198.18.1.255',
        '198.18.0.1', '198.18.1.1,198.18.0.1', 'classroom.lab.example');

INSERT INTO maps (mac, ip, hostname, subnet, serial) VALUES
    ('02:00:00:00:00:01', '198.18.0.11', 'labpc01', '198.18.0.0/24', 0),
    ('02:00:00:00:00:02', '198.18.0.12', 'labpc02', '198.18.0.0/24', 0),
    ('02:00:00:00:00:03', '198.18.0.13', 'labpc03', '198.18.0.0/24', 0),
    ('02:00:00:00:00:04', '198.18.0.14', 'labpc04', '198.18.0.0/24', 0),
    ('02:00:00:00:00:05', '198.18.0.15', 'labpc05', '198.18.0.0/24', 0),
    ('02:00:00:00:00:06', '198.18.1.21', 'labpc06', '198.18.1.0/24', 0),
    ('02:00:00:00:00:07', '198.18.1.22', 'labpc07', '198.18.1.0/24', 0),
    ('02:00:00:00:00:08', '198.18.1.23', 'labpc08', '198.18.1.0/24', 0),
    ('02:00:00:00:00:09', '198.18.1.24', 'labpc09', '198.18.1.0/24', 0),
    ('02:00:00:00:00:0a', '198.18.1.25', 'labpc10', '198.18.1.0/24', 0);
