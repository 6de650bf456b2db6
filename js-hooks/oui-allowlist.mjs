// Only network cards from known vendors (the first three bytes of the MAC, the OUI) are served; anything else
// is ignored for unauthorized_client_timeout seconds (null), so a foreign device does not keep the server busy.
const ALLOWED_OUIS = new Set([
    "02:00:00",   // locally administered lab MACs
    "00:1b:21",   // Intel
    "3c:ec:ef",   // Super Micro
]);

export function filterPacket(packet, method, mac, client_ip, relay_ip, port) {
    const oui = String(mac).slice(0, 8);
    if (ALLOWED_OUIS.has(oui))
        return true;
    logger.info(`${mac}: vendor ${oui} is not on the allow list`);
    return null;
}
