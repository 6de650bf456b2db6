import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// The side panel that edits one map (CONSOLE.md "Definitions"): MAC well-formed, IP inside the subnet, checked
// as you type; the server's refusal (IP taken, changed by someone else) stays next to the field with the form
// still filled ("Never lose work").
Frame {
    id: editor
    property var original: null        // the row being edited; null: a new map
    property SubnetsModel subnets: null
    property string serverError: ""
    property string errorField: ""
    signal closed()
    signal saved(string mac)

    function edit(row) {
        original = row
        mac.text = row ? row.mac : ""
        ip.text = row ? row.ip : ""
        hostname.text = row ? (row.hostname || "") : ""
        subnet.currentIndex = Math.max(0, row && subnets ? subnets.indexOf(row.subnet, row.serial) : 0)
        serverError = ""; errorField = "";
        (row ? ip : mac).forceActiveFocus()
    }
    function prefill(macText, ipText, subnetIndex) {
        edit(null)
        mac.text = macText
        ip.text = ipText
        if (subnetIndex >= 0) subnet.currentIndex = subnetIndex
        hostname.forceActiveFocus()
    }

    readonly property var chosenSubnet: subnet.currentIndex >= 0 && subnet.currentValue ? subnet.currentValue : null
    readonly property string macProblem: mac.text === "" ? "" : (/^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$/.test(mac.text.trim()) ? "" : qsTr("a MAC looks like aa:bb:cc:dd:ee:ff"))
    readonly property string ipProblem: {
        if (ip.text === "") return ""
        const n = Net.toNumber(ip.text.trim())
        if (n < 0) return qsTr("not an IPv4 address")
        if (chosenSubnet && !Net.inSubnet(ip.text.trim(), chosenSubnet.subnet)) return qsTr("outside %1").arg(chosenSubnet.subnet)
        return ""
    }
    readonly property bool valid: mac.text !== "" && ip.text !== "" && macProblem === "" && ipProblem === "" && chosenSubnet !== null

    function save() {
        if (!valid) return
        const values = {mac: mac.text.trim().toLowerCase().replace(/-/g, ":"), ip: ip.text.trim(), hostname: hostname.text.trim(),
                        subnet: chosenSubnet.subnet, serial: chosenSubnet.serial}
        const done = function(answer) {
            if (answer.ok) { editor.saved(values.mac); editor.closed(); return }
            editor.serverError = answer.error
            editor.errorField = /\bip\b|address|taken|used/i.test(answer.error) ? "ip" : (/mac/i.test(answer.error) ? "mac" : "")
        }
        if (original)
            ConsoleActions.updateMap(original.mac, original.revision, values, done)
        else
            ConsoleActions.addMap(values, done)
    }

    padding: 12
    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label { text: editor.original ? qsTr("Edit %1").arg(editor.original.mac) : qsTr("New definition"); font.bold: true; font.pixelSize: 15 }
        FieldRow {
            label: qsTr("MAC address")
            error: editor.macProblem !== "" ? editor.macProblem : (editor.errorField === "mac" ? editor.serverError : "")
            TextField { id: mac; placeholderText: "aa:bb:cc:dd:ee:ff"; font.family: Theme.monospace; onAccepted: editor.save() }
        }
        FieldRow {
            label: qsTr("Subnet")
            ComboBox {
                id: subnet
                model: editor.subnets
                textRole: "label"
                valueRole: "row"
            }
        }
        FieldRow {
            label: qsTr("IP address")
            error: editor.ipProblem !== "" ? editor.ipProblem : (editor.errorField === "ip" ? editor.serverError : "")
            TextField { id: ip; placeholderText: editor.chosenSubnet ? editor.chosenSubnet.subnet : ""; onAccepted: editor.save() }
        }
        FieldRow {
            label: qsTr("Hostname")
            TextField { id: hostname; placeholderText: qsTr("optional"); onAccepted: editor.save() }
        }
        Label {
            visible: editor.serverError !== "" && editor.errorField === ""
            text: editor.serverError
            color: Theme.failure
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Button { text: qsTr("Save"); highlighted: true; enabled: editor.valid; onClicked: editor.save() }
            Button { text: qsTr("Cancel"); onClicked: editor.closed() }
        }
        Item { Layout.fillHeight: true }
    }
    Keys.onEscapePressed: editor.closed()
}
