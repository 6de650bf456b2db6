pragma Singleton
import QtQuick

// IPv4 arithmetic for inline validation in forms (the server validates again on every edit).
QtObject {
    function toNumber(text) {
        const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(String(text))
        if (!m) return -1
        let n = 0
        for (let i = 1; i <= 4; ++i) {
            const b = parseInt(m[i], 10)
            if (b > 255) return -1
            n = n * 256 + b
        }
        return n
    }
    // "192.168.1.0/24" contains "192.168.1.7"?
    function inSubnet(ip, subnet) {
        const parts = String(subnet).split("/")
        const base = toNumber(parts[0]), address = toNumber(ip)
        const length = parts.length > 1 ? parseInt(parts[1], 10) : 32
        if (base < 0 || address < 0 || isNaN(length)) return false
        const size = Math.pow(2, 32 - length)
        return Math.floor(address / size) === Math.floor(base / size)
    }
}
