// Network boot by client architecture (option 93, RFC 4578): BIOS gets pxelinux.0, UEFI gets bootx64.efi, and
// iPXE itself (user class "iPXE", option 77) gets an HTTP script. The boot server goes into siaddr and the file
// into the header's file field (staticDHCPd issues #3, #12, #68: prefer siaddr/file to options 66/67).
const TFTP_SERVER = "198.18.0.1";
const IPXE_SCRIPT = "http://198.18.0.1/boot.ipxe";

export function loadDHCPPacket(packet, method, mac, definition, relay_ip, port, source_packet) {
    const userClass = source_packet.getOption("user_class", true);
    const arch = source_packet.getOption("client_system", true);   // a list of 16-bit numbers, or null
    let file = null;
    if (userClass === "iPXE")
        file = IPXE_SCRIPT;
    else if (arch === null)
        return true;                       // not a PXE client: nothing to add
    else if (arch[0] === 0)
        file = "pxelinux.0";               // x86 BIOS
    else if (arch[0] === 7 || arch[0] === 9)
        file = "bootx64.efi";              // x64 UEFI
    if (file !== null) {
        packet.siaddr = TFTP_SERVER;
        packet.file = file;
    }
    return true;
}
