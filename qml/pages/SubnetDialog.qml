import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// Adds or edits a subnet row (staticDHCPd's `subnets` table: lease time, gateway, mask, broadcast, DNS, NTP,
// domain). A refusal keeps the dialog open with the server's reason.
Dialog {
    id: dialog
    property var original: null
    property string serverError: ""
    signal saved()

    title: original ? qsTr("Edit subnet %1").arg(original.subnet) : qsTr("New subnet")
    modal: true
    standardButtons: Dialog.Save | Dialog.Cancel
    width: 460

    function edit(row) {
        original = row
        serverError = ""
        subnet.text = row ? row.subnet : ""
        serial.value = row ? row.serial : 0
        lease.value = row ? row.lease_time : 86400
        gateway.text = row ? (row.gateway || "") : ""
        mask.text = row ? (row.subnet_mask || "") : ""
        broadcast.text = row ? (row.broadcast_address || "") : ""
        dns.text = row ? (row.domain_name_servers || "") : ""
        ntp.text = row ? (row.ntp_servers || "") : ""
        domain.text = row ? (row.domain_name || "") : ""
        open()
        subnet.forceActiveFocus()
    }
    onAccepted: {
        const values = {subnet: subnet.text.trim(), serial: serial.value, lease_time: lease.value, gateway: gateway.text.trim(),
                        subnet_mask: mask.text.trim(), broadcast_address: broadcast.text.trim(), domain_name_servers: dns.text.trim(),
                        ntp_servers: ntp.text.trim(), domain_name: domain.text.trim()}
        const done = function(answer) {
            if (answer.ok) { dialog.saved(); return }
            dialog.serverError = answer.error
            dialog.open()
        }
        if (original) ConsoleActions.updateSubnet(original.subnet, original.serial, original.revision, values, done)
        else ConsoleActions.addSubnet(values, done)
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        Label { text: qsTr("Subnet") }
        TextField { id: subnet; Layout.fillWidth: true; placeholderText: "192.168.1.0/24"; enabled: !dialog.original }
        Label { text: qsTr("Serial") }
        SpinBox { id: serial; from: 0; to: 9999; editable: true; enabled: !dialog.original }
        Label { text: qsTr("Lease time (s)") }
        SpinBox { id: lease; from: 60; to: 31536000; stepSize: 3600; editable: true; Layout.fillWidth: true }
        Label { text: qsTr("Gateway") }
        TextField { id: gateway; Layout.fillWidth: true; placeholderText: "192.168.1.1" }
        Label { text: qsTr("Subnet mask") }
        TextField { id: mask; Layout.fillWidth: true; placeholderText: "255.255.255.0" }
        Label { text: qsTr("Broadcast") }
        TextField { id: broadcast; Layout.fillWidth: true; placeholderText: "192.168.1.255" }
        Label { text: qsTr("DNS servers") }
        TextField { id: dns; Layout.fillWidth: true; placeholderText: "192.168.1.1, 9.9.9.9" }
        Label { text: qsTr("NTP servers") }
        TextField { id: ntp; Layout.fillWidth: true }
        Label { text: qsTr("Domain") }
        TextField { id: domain; Layout.fillWidth: true; placeholderText: "office.example" }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.serverError !== ""
            text: dialog.serverError
            color: Theme.failure
            wrapMode: Text.WordWrap
        }
    }
}
