"""PostgreSQL for the qsdpg / qsdpgnc runs of run_bench.py: the throw-away server of the scale-out integration
test (tests/integration/test_scaleout.py: a private data directory, a Unix socket only -- reachable from the
server's network namespace as a file, on the same machine), loaded with the bench's definitions in staticDHCPd's
schema."""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "integration"))
from test_scaleout import DATABASE, PASSWORD, PORT, Postgres, pg_bin  # noqa: E402


def missing():
    for tool in ("runuser", "psql"):
        if not shutil.which(tool):
            return "missing %s (apt-get install postgresql)" % tool
    try:
        pg_bin("initdb")
    except RuntimeError as e:
        return str(e)
    return None


def start():
    pg = Postgres()
    pg.start()
    return pg


def database_keys(pg):
    return {"engine": "postgresql", "postgresql_host": pg.dir, "postgresql_port": str(PORT),
            "postgresql_database": DATABASE, "postgresql_username": "postgres", "postgresql_password": PASSWORD}


def load(pg, defs, subnet, lease_time, server_ip, netmask, broadcast, domain):
    """Replaces every table by staticDHCPd's two, holding one subnet and `defs` (mac, ip, hostname)."""
    pg.psql("DROP TABLE IF EXISTS maps, subnets, qsd_audit, qsd_blacklist, qsd_schema_version")
    pg.psql("CREATE TABLE subnets (subnet TEXT, serial INTEGER, lease_time INTEGER, gateway TEXT, subnet_mask TEXT,"
            " broadcast_address TEXT, ntp_servers TEXT, domain_name_servers TEXT, domain_name TEXT,"
            " PRIMARY KEY(subnet, serial))")
    pg.psql("CREATE TABLE maps (mac TEXT PRIMARY KEY, ip TEXT, hostname TEXT, subnet TEXT, serial INTEGER)")
    pg.psql("INSERT INTO subnets VALUES ('%s', 0, %d, '%s', '%s', '%s', NULL, '%s', '%s')"
            % (subnet, lease_time, server_ip, netmask, broadcast, server_ip, domain))
    rows = "".join("%s\t%s\t%s\t%s\t0\n" % (mac, ip, host, subnet) for mac, ip, host in defs)
    r = subprocess.run(["psql", "-h", pg.dir, "-p", str(PORT), "-U", "postgres", "-d", DATABASE, "-v", "ON_ERROR_STOP=1",
                        "-qc", "COPY maps FROM STDIN"], input=rows, capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, PGPASSWORD=PASSWORD))
    if r.returncode:
        raise RuntimeError("COPY maps failed:\n%s%s" % (r.stderr, pg.server_log()))
    pg.psql("ANALYZE maps")
