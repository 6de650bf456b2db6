import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// Unknown clients (CONSOLE.md): MACs that asked and got nothing, with the vendor, first and last seen, requests,
// relay and the last reason. "Assign address…" turns one into a definition in one step, pre-filled with the next
// free address of the subnet the request came from; the client's next request gets it.
Page {
    id: unknownPage
    property alias rows: clients
    signal promoted(string mac, string ip)

    function focusSearch() { filterField.forceActiveFocus(); filterField.selectAll() }
    function refresh() { clients.refresh() }
    function assign(mac) {
        const i = clients.indexOf(mac)
        assignDialog.begin(mac, i >= 0 ? clients.get(i) : null)
    }
    Timer { interval: 1000; repeat: true; triggeredOnStart: true; running: unknownPage.visible && ConsoleClient.state === ConsoleClient.Connected
            onTriggered: unknownPage.refresh() }

    UnknownClientsModel { id: clients; connection: ConsoleClient }
    SubnetsModel { id: subnets; connection: ConsoleClient }
    RowsFilter { id: filtered; sourceModel: clients; text: filterField.text; searchRoles: ["mac", "vendor", "relayIp"]; sortBy: table.sortRole; descending: table.descending }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            TextField { id: filterField; placeholderText: qsTr("Filter by MAC or vendor (Ctrl+F)"); Layout.preferredWidth: 320; Keys.onDownPressed: table.forceActiveFocus() }
            Label { text: qsTr("%n unknown client(s)", "", clients.count); color: unknownPage.palette.placeholderText }
            Item { Layout.fillWidth: true }
            Label {
                text: (ConsoleClient.status.config || {})["server/authoritative"] === "true"
                      ? qsTr("Authoritative: unknown clients are NAKed.") : qsTr("Not authoritative: unknown clients are ignored, never NAKed.")
                color: unknownPage.palette.placeholderText
            }
        }
    }

    DataTable {
        id: table
        anchors.fill: parent
        model: filtered
        sortRole: "lastSeenMs"
        descending: true
        placeholder: qsTr("No unknown client. A machine that asks for an address and has no definition appears here.")
        columns: [{role: "mac", title: qsTr("MAC"), width: 150, mono: true}, {role: "vendor", title: qsTr("Vendor"), width: 150},
                  {role: "firstSeenMs", title: qsTr("First seen"), width: 100}, {role: "lastSeenMs", title: qsTr("Last seen"), width: 100},
                  {role: "requests", title: qsTr("Requests"), width: 80}, {role: "relayIp", title: qsTr("Relay"), width: 100},
                  {role: "lastReason", title: qsTr("Last reason"), fill: true}]
        actionsWidth: 250
        format: function(role, value, row) {
            if (role === "firstSeenMs" || role === "lastSeenMs") return Theme.formatAgo(value)
            if (role === "relayIp") return value && value !== "0.0.0.0" ? value : qsTr("direct")
            if (role === "lastReason") return Theme.reasonText(value || "") + (row.lastReasonHint ? " — " + row.lastReasonHint : "")
            if (role === "vendor") return value || qsTr("unknown vendor")
            return value === undefined ? "" : String(value)
        }
        colorOf: function(role, value, row) { return role === "vendor" && !value ? unknownPage.palette.placeholderText : "" }
        actions: Component {
            RowLayout {
                spacing: 4
                Button { text: qsTr("Assign address…"); highlighted: true; onClicked: unknownPage.assign(rowModel.mac) }
                Button { text: qsTr("Blacklist", "verb: put this MAC on the blacklist"); onClicked: window.blacklistMac(rowModel.mac, qsTr("unknown client")) }
            }
        }
        onActivated: function(index) { unknownPage.assign(filtered.get(index).mac) }
    }

    Dialog {
        id: assignDialog
        property string mac: ""
        property string error: ""
        title: qsTr("Assign an address to %1").arg(mac)
        modal: true
        anchors.centerIn: parent
        width: 440
        standardButtons: Dialog.Ok | Dialog.Cancel

        function begin(mac, row) {
            assignDialog.mac = mac
            error = ""
            hostname.text = ""
            subnetBox.currentIndex = subnets.indexForRequest(row ? row.relayIp : "")
            suggest()
            open()
            ip.forceActiveFocus()
        }
        function suggest() {
            const s = subnets.get(subnetBox.currentIndex)
            if (!s.subnet) { ip.text = ""; return }
            ConsoleActions.nextFreeIp(s.subnet, s.serial, function(a) {
                if (a.ok) ip.text = a.ip
                else assignDialog.error = a.error
            })
        }
        // Kept open on a refusal, with the server's reason ("Never lose work").
        function promote(onDone) {
            const s = subnets.get(subnetBox.currentIndex)
            if (!s.subnet) { error = qsTr("Add a subnet first (Definitions page)."); open(); return }
            ConsoleActions.promoteUnknown(mac, s.subnet, s.serial, ip.text.trim(), hostname.text.trim(), function(a) {
                if (!a.ok) { assignDialog.error = a.error; assignDialog.open(); if (onDone) onDone(false); return }
                window.notify(qsTr("%1 gets %2 at its next request").arg(assignDialog.mac).arg(a.map.ip))
                unknownPage.promoted(assignDialog.mac, a.map.ip)
                unknownPage.refresh()
                if (onDone) onDone(true)
            })
        }
        onAccepted: promote()

        ColumnLayout {
            anchors.fill: parent
            FieldRow {
                label: qsTr("Subnet")
                ComboBox {
                    id: subnetBox
                    model: subnets
                    textRole: "label"
                    valueRole: "row"
                    onActivated: assignDialog.suggest()
                }
            }
            FieldRow {
                label: qsTr("IP address (the next free one is suggested)")
                error: {
                    const s = subnetBox.currentValue
                    return s && ip.text !== "" && !Net.inSubnet(ip.text, s.subnet) ? qsTr("outside %1").arg(s.subnet) : ""
                }
                TextField { id: ip; onAccepted: assignDialog.accept() }
            }
            FieldRow {
                label: qsTr("Hostname")
                TextField { id: hostname; placeholderText: qsTr("optional"); onAccepted: assignDialog.accept() }
            }
            Label { visible: assignDialog.error !== ""; text: assignDialog.error; color: Theme.failure; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }
    }
    property alias assignDialog: assignDialog
}
