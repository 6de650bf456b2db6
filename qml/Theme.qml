pragma Singleton
import QtQuick

// Colour only for state (CONSOLE.md "Calm by default"): green running, amber attention, red failure. Everything
// else comes from the desktop's palette. Series colours stay distinguishable in light and dark.
QtObject {
    readonly property color good: "#2e9e4f"
    readonly property color attention: "#d08a00"
    readonly property color failure: "#c93c37"
    readonly property var seriesColors: ["#3b7dd8", "#2e9e4f", "#8e5bd0", "#d0742a", "#1f9ea3", "#b0487d", "#7a8a2a", "#5f6f86", "#c4a000"]
    readonly property color dropColor: failure
    readonly property int spacing: 8
    readonly property int railWidth: 196
    readonly property string monospace: "monospace"

    // Hook panels and action results are HTML written by the server's hook file, shown as rich text. Nothing in
    // them may make this machine fetch anything: Qt loads an <img src>, a background attribute or a CSS url()
    // from wherever it points, which would tell a hook's author who looks, from where, and reach this machine's
    // network. Those are removed; the rest of the markup stays.
    function inertHtml(html) {
        return String(html)
            .replace(/<img\b[^>]*>/gi, "")
            .replace(/\s(?:src|background)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "")
            .replace(/url\s*\(/gi, "blocked(")
            .replace(/@import/gi, "")
    }

    function formatTime(ms) {
        if (!ms) return ""
        return new Date(ms).toLocaleString(Qt.locale(), "yyyy-MM-dd HH:mm:ss")
    }
    function formatAgo(ms) {
        if (!ms) return ""
        const s = Math.max(0, Math.round((Date.now() - ms) / 1000))
        if (s < 60) return qsTr("%n s ago", "", s)
        if (s < 3600) return qsTr("%n min ago", "", Math.floor(s / 60))
        if (s < 86400) return qsTr("%n h ago", "", Math.floor(s / 3600))
        return qsTr("%n d ago", "", Math.floor(s / 86400))
    }
    function formatDuration(seconds) {
        seconds = Math.max(0, Math.round(seconds))
        const d = Math.floor(seconds / 86400), h = Math.floor(seconds / 3600) % 24
        const m = Math.floor(seconds / 60) % 60, s = seconds % 60
        if (d > 0) return qsTr("%1 d %2 h").arg(d).arg(h)
        if (h > 0) return qsTr("%1 h %2 min").arg(h).arg(m)
        if (m > 0) return qsTr("%1 min %2 s").arg(m).arg(s)
        return qsTr("%1 s").arg(s)
    }
    function number(value, decimals) {
        return Number(value || 0).toLocaleString(Qt.locale(), "f", decimals === undefined ? 0 : decimals)
    }
    // The drop reasons of the engine (DropReason), in words for people; the server's hint says what to do.
    function reasonText(reason) {
        switch (reason) {
        case "": return qsTr("answered")
        case "malformed": return qsTr("malformed packet")
        case "not-dhcp": return qsTr("not DHCP")
        case "not-a-request": return qsTr("not a request")
        case "relay-not-allowed": return qsTr("relay not allowed")
        case "relay-not-authorised": return qsTr("relay not authorised")
        case "local-not-allowed": return qsTr("local requests not allowed")
        case "other-network": return qsTr("other network")
        case "blacklisted": return qsTr("blacklisted")
        case "temporarily-ignored": return qsTr("temporarily ignored")
        case "flood-suspended": return qsTr("flood-suspended")
        case "hook-rejected": return qsTr("hook said no")
        case "hook-ignored": return qsTr("hook ignored it")
        case "hook-vetoed": return qsTr("hook vetoed the reply")
        case "hook-failed": return qsTr("hook failed")
        case "unknown-client": return qsTr("unknown MAC")
        case "other-server-selected": return qsTr("chose another server")
        case "not-compliant": return qsTr("not RFC 2131 compliant")
        case "missing-fields": return qsTr("missing fields")
        case "wrong-address": return qsTr("wrong address")
        case "leasequery-unsupported": return qsTr("lease query not served")
        case "database-error": return qsTr("database error")
        case "database-unavailable": return qsTr("database unreachable")
        case "lookup-queue-full": return qsTr("database too slow")
        case "send-failed": return qsTr("reply not sent")
        case "reply-not-allowed": return qsTr("reply address not allowed")
        default: return reason
        }
    }
}
