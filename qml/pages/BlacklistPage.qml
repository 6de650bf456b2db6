import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// Blacklist (CONSOLE.md): temporary entries with a countdown and Release; permanent entries with their reason,
// when and by whom, and Remove; add by MAC (or from Unknown clients and Activity).
Page {
    id: blacklistPage
    readonly property RowsModel temporaryRows: blacklistModel.temporary
    readonly property RowsModel permanentRows: blacklistModel.permanent
    property real now: Date.now()

    function focusSearch() { macField.forceActiveFocus(); macField.selectAll() }
    function openAdd(mac, text) { macField.text = mac; reason.text = text || ""; reason.forceActiveFocus() }
    function addEntry() {
        const mac = macField.text.trim()
        ConsoleActions.blacklistAdd(mac, duration.model[duration.currentIndex].seconds, reason.text.trim(), function(a) {
            if (a.ok) { window.notify(qsTr("%1 blacklisted").arg(mac)); macField.text = ""; reason.text = ""; addError.text = "" }
            else addError.text = a.error
            blacklistPage.refresh()
        })
    }
    function refresh() { blacklistModel.refresh() }
    function release(mac) {
        ConsoleActions.blacklistRemove(mac, function(a) {
            window.notify(a.ok ? qsTr("%1 released").arg(mac) : a.error)
            blacklistPage.refresh()
        })
    }
    // Temporary entries come and go by themselves (flood suspension, ignore periods): asked for again while shown.
    Timer { interval: 5000; repeat: true; triggeredOnStart: true; running: blacklistPage.visible && ConsoleClient.state === ConsoleClient.Connected
            onTriggered: blacklistPage.refresh() }
    Timer { interval: 1000; repeat: true; running: blacklistPage.visible; onTriggered: blacklistPage.now = Date.now() }

    BlacklistModel { id: blacklistModel; connection: ConsoleClient }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            Label { text: qsTr("Add") }
            TextField { id: macField; placeholderText: "aa:bb:cc:dd:ee:ff"; font.family: Theme.monospace; Layout.preferredWidth: 170 }
            TextField { id: reason; placeholderText: qsTr("reason"); Layout.preferredWidth: 220; onAccepted: addButton.clicked() }
            ComboBox {
                id: duration
                textRole: "text"
                model: [{text: qsTr("permanently"), seconds: 0}, {text: qsTr("for 10 minutes"), seconds: 600},
                        {text: qsTr("for 1 hour"), seconds: 3600}, {text: qsTr("for 1 day"), seconds: 86400}]
            }
            Button {
                id: addButton
                text: qsTr("Blacklist", "verb: put this MAC on the blacklist")
                enabled: /^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$/.test(macField.text.trim())
                onClicked: blacklistPage.addEntry()
            }
            Label { id: addError; color: Theme.failure; Layout.fillWidth: true; elide: Text.ElideRight }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        Card {
            title: qsTr("Temporarily ignored (%1)").arg(blacklistPage.temporaryRows.count)
            Layout.fillWidth: true
            Layout.fillHeight: true
            DataTable {
                anchors.fill: parent
                model: blacklistPage.temporaryRows
                sortable: false
                placeholder: qsTr("Nobody is ignored: flooding clients, clients a hook set aside and unknown clients in their wait time appear here.")
                columns: [{role: "mac", title: qsTr("MAC"), width: 170, mono: true}, {role: "secondsLeft", title: qsTr("Time left"), width: 120},
                          {role: "reason", title: qsTr("Reason"), fill: true}]
                actionsWidth: 110
                format: function(role, value, row) {
                    if (role === "secondsLeft") return Theme.formatDuration(value - (blacklistPage.now - blacklistModel.fetchedAtMs) / 1000)
                    return value === undefined ? "" : String(value)
                }
                actions: Component { Button { text: qsTr("Release now"); onClicked: blacklistPage.release(rowModel.mac) } }
                onDeleteRequested: function(index) { blacklistPage.release(blacklistPage.temporaryRows.get(index).mac) }
            }
        }
        Card {
            title: qsTr("Permanent (%1)").arg(blacklistPage.permanentRows.count)
            Layout.fillWidth: true
            Layout.fillHeight: true
            DataTable {
                anchors.fill: parent
                model: blacklistPage.permanentRows
                sortable: false
                placeholder: qsTr("No permanent entry.")
                columns: [{role: "mac", title: qsTr("MAC"), width: 170, mono: true}, {role: "reason", title: qsTr("Reason"), fill: true},
                          {role: "addedAtMs", title: qsTr("Added"), width: 160}, {role: "addedBy", title: qsTr("By"), width: 120}]
                actionsWidth: 90
                format: function(role, value, row) {
                    if (role === "addedAtMs") return Theme.formatTime(value)
                    return value === undefined ? "" : String(value)
                }
                actions: Component { Button { text: qsTr("Remove"); onClicked: blacklistPage.release(rowModel.mac) } }
                onDeleteRequested: function(index) { blacklistPage.release(blacklistPage.permanentRows.get(index).mac) }
            }
        }
    }
}
