import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// The first-run wizard (issue 7; DESIGN.md "Safe by default"): pick the interface, confirm the network, and the
// console writes the configuration and the SQLite database, starts the embedded server and adds the subnet.
// Authoritative stays off unless the admin turns it on knowingly.
Page {
    id: wizard
    property var interfaces: FirstRunSetup.interfaces()
    property int chosenIndex: 0
    readonly property var chosen: interfaces.length > chosenIndex ? interfaces[chosenIndex] : null
    property string error: ""
    property string errorField: ""

    function create() {
        const answer = FirstRunSetup.create({interface: chosen ? chosen.name : "", address: address.text.trim(), network: network.text.trim(),
                                     gateway: gateway.text.trim(), dns: dns.text.trim(), domain: domain.text.trim(),
                                     leaseTime: lease.value * 3600, authoritative: authoritative.checked, port: 67})
        if (!answer.ok) { error = answer.error; errorField = answer.field || ""; return }
        if (!ConsoleSession.startEmbedded(answer.configFile)) { error = ConsoleSession.serverError; errorField = "" }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width, 720)
            x: (wizard.width - width) / 2
            spacing: 12
            Item { Layout.preferredHeight: 20 }
            Label { text: qsTr("Welcome to QStaticDHCP"); font.pixelSize: 24; font.bold: true }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("QStaticDHCP gives each machine you list the address you chose for it. Machines you have not listed get no answer, so it never disturbs anything on your network until you add them. Three questions and you are ready.")
            }
            Label { text: qsTr("1. Which network card serves the clients?"); font.bold: true }
            ListView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 160)
                clip: true
                model: wizard.interfaces
                currentIndex: 0
                keyNavigationEnabled: true
                delegate: RadioDelegate {
                    width: ListView.view.width
                    checked: wizard.chosenIndex === index
                    text: qsTr("%1 — %2 (network %3)").arg(modelData.name).arg(modelData.address).arg(modelData.network)
                    onClicked: {
                        wizard.chosenIndex = index
                        address.text = modelData.address
                        network.text = modelData.network
                        gateway.text = modelData.gateway
                    }
                }
            }
            Label { text: qsTr("2. The network the clients are on"); font.bold: true }
            GridLayout {
                columns: 2
                Layout.fillWidth: true
                Label { text: qsTr("This server's address") }
                TextField { id: address; text: wizard.chosen ? wizard.chosen.address : ""; Layout.fillWidth: true }
                Label { text: qsTr("Network") }
                TextField { id: network; text: wizard.chosen ? wizard.chosen.network : ""; Layout.fillWidth: true; placeholderText: "192.168.1.0/24" }
                Label { text: qsTr("Gateway (router)") }
                TextField { id: gateway; text: wizard.chosen ? wizard.chosen.gateway : ""; Layout.fillWidth: true }
                Label { text: qsTr("DNS servers") }
                TextField { id: dns; text: gateway.text; Layout.fillWidth: true; placeholderText: qsTr("comma-separated") }
                Label { text: qsTr("Domain") }
                TextField { id: domain; Layout.fillWidth: true; placeholderText: qsTr("optional, e.g. office.example") }
                Label { text: qsTr("Lease time (hours)") }
                SpinBox { id: lease; from: 1; to: 720; value: 24; editable: true }
            }
            Label { text: qsTr("3. Unknown machines"); font.bold: true }
            CheckBox {
                id: authoritative
                checked: false
                text: qsTr("Authoritative: tell unknown machines that their address is wrong (NAK)")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: authoritative.checked ? Theme.attention : wizard.palette.placeholderText
                text: authoritative.checked ? qsTr("Only turn this on when QStaticDHCP is the only DHCP server on this network: it will refuse addresses other servers hand out.")
                                            : qsTr("Recommended: unknown machines are listed under Unknown clients, where one click gives them an address.")
            }
            Label { visible: FirstRunSetup.privilegeProblem !== ""; text: FirstRunSetup.privilegeProblem; color: Theme.attention; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { visible: wizard.error !== ""; text: wizard.error; color: Theme.failure; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            RowLayout {
                Label { text: qsTr("The configuration goes to %1").arg(FirstRunSetup.configFile); color: wizard.palette.placeholderText; Layout.fillWidth: true; elide: Text.ElideMiddle }
                Button { text: qsTr("Create and start"); highlighted: true; onClicked: wizard.create() }
            }
            Item { Layout.preferredHeight: 20 }
        }
    }
}
