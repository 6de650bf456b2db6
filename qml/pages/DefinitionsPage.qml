import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import QStaticDHCP
import QStaticDHCP.Console

// Definitions (CONSOLE.md): subnets on the left, the selected subnet's maps on the right (paged from the server,
// fast with 100 000 rows), a search across both, a side panel to edit one row, CSV import and export.
Page {
    id: definitionsPage
    property alias maps: mapsModel
    property var subnetRows: []
    property int subnetIndex: -1            // -1: all subnets
    property var lastSeen: ({})             // mac → timeMs of its last request
    readonly property var selectedSubnet: subnetIndex >= 0 ? subnetRows[subnetIndex] : null

    function focusSearch() { search.forceActiveFocus(); search.selectAll() }
    function showMac(mac) { subnetIndex = -1; search.text = mac; mapsModel.search = mac }
    function loadSubnets() {
        client.call("subnets", [], function(a) {
            if (!a.ok) return
            subnetRows = a.subnets
            if (subnetIndex >= subnetRows.length) subnetIndex = -1
        })
    }
    function loadLastSeen() {
        client.call("recentActivity", [5000], function(a) {
            if (!a.ok) return
            const seen = {}
            for (let i = 0; i < a.events.length; ++i) seen[a.events[i].mac] = a.events[i].timeMs
            lastSeen = seen
        })
    }
    function remove(row) {
        confirmDelete.row = row
        confirmDelete.open()
    }
    Connections {
        target: client
        function onConnected() { definitionsPage.loadSubnets() }
        function onDefinitionsChanged(what, key, who) { if (what === "subnet" || what === "map") definitionsPage.loadSubnets() }
    }
    Component.onCompleted: loadSubnets()
    Timer { interval: 5000; repeat: true; triggeredOnStart: true; running: definitionsPage.visible && client.state === ConsoleClient.Connected
            onTriggered: definitionsPage.loadLastSeen() }

    MapsModel {
        id: mapsModel
        connection: client
        subnet: definitionsPage.selectedSubnet ? definitionsPage.selectedSubnet.subnet : ""
        serial: definitionsPage.selectedSubnet ? definitionsPage.selectedSubnet.serial : -1
        sortColumn: ["mac", "ip", "hostname", "subnet"].indexOf(table.sortRole) >= 0 ? ["mac", "ip", "hostname", "subnet"].indexOf(table.sortRole) : 1
        descending: table.descending
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            TextField {
                id: search
                placeholderText: qsTr("Search MAC, IP or hostname (Ctrl+F)")
                Layout.preferredWidth: 320
                onTextChanged: searchDelay.restart()
                Keys.onDownPressed: table.forceActiveFocus()
                Timer { id: searchDelay; interval: 250; onTriggered: mapsModel.search = search.text.trim() }
            }
            Label { text: qsTr("%n definition(s)", "", mapsModel.total); color: definitionsPage.palette.placeholderText }
            Label {
                text: mapsModel.error.replace(/\s+/g, " ")   // one line: driver messages span several
                color: Theme.failure; visible: mapsModel.error !== ""
                elide: Text.ElideRight; maximumLineCount: 1; Layout.maximumWidth: 300
                ToolTip.visible: errorArea.containsMouse; ToolTip.text: text
                MouseArea { id: errorArea; anchors.fill: parent; hoverEnabled: true }
            }
            Item { Layout.fillWidth: true }
            Button { text: qsTr("Add definition"); enabled: definitionsPage.subnetRows.length > 0; onClicked: { editor.visible = true; editor.edit(null); editor.prefillSubnet() } }
            Button { text: qsTr("Import CSV…"); onClicked: openCsv.open() }
            Button { text: qsTr("Export CSV…"); onClicked: saveCsv.open() }
        }
    }

    SplitView {
        anchors.fill: parent

        ColumnLayout {
            SplitView.preferredWidth: 300
            SplitView.minimumWidth: 200
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 6
                Label { text: qsTr("Subnets"); font.bold: true; Layout.fillWidth: true }
                Button { text: qsTr("Add"); flat: true; onClicked: subnetDialog.edit(null) }
                Button { text: qsTr("Edit"); flat: true; enabled: definitionsPage.selectedSubnet !== null; onClicked: subnetDialog.edit(definitionsPage.selectedSubnet) }
                Button { text: qsTr("Delete"); flat: true; enabled: definitionsPage.selectedSubnet !== null && definitionsPage.selectedSubnet.maps === 0
                         ToolTip.visible: hovered; ToolTip.text: qsTr("Only a subnet without definitions can be deleted")
                         onClicked: { confirmDelete.row = definitionsPage.selectedSubnet; confirmDelete.open() } }
            }
            ListView {
                id: subnetList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                keyNavigationEnabled: true
                activeFocusOnTab: true
                model: [{subnet: qsTr("All subnets"), all: true}].concat(definitionsPage.subnetRows)
                currentIndex: definitionsPage.subnetIndex + 1
                onCurrentIndexChanged: definitionsPage.subnetIndex = currentIndex - 1
                delegate: ItemDelegate {
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    onClicked: subnetList.currentIndex = index
                    onDoubleClicked: if (!modelData.all) subnetDialog.edit(modelData)
                    contentItem: ColumnLayout {
                        spacing: 0
                        Label { text: modelData.subnet + (modelData.serial ? "  #" + modelData.serial : ""); font.bold: true }
                        Label {
                            visible: !modelData.all
                            text: qsTr("%n definition(s)", "", modelData.maps || 0) + " · " + qsTr("lease %1").arg(Theme.formatDuration(modelData.lease_time || 0))
                                  + (modelData.gateway ? " · " + qsTr("gateway %1").arg(modelData.gateway) : "")
                            font.pixelSize: 11
                            color: definitionsPage.palette.placeholderText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: !modelData.all && (modelData.domain_name_servers || "") !== ""
                            text: qsTr("DNS %1").arg(modelData.domain_name_servers || "") + (modelData.domain_name ? " · " + modelData.domain_name : "")
                            font.pixelSize: 11
                            color: definitionsPage.palette.placeholderText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        DataTable {
            id: table
            SplitView.fillWidth: true
            model: mapsModel
            sortRole: "ip"
            placeholder: mapsModel.search !== "" ? qsTr("No definition matches “%1”.").arg(mapsModel.search)
                                                : qsTr("No definitions yet: add one, import a CSV file, or assign an address to an unknown client.")
            columns: [{role: "mac", title: qsTr("MAC"), width: 160, mono: true}, {role: "ip", title: qsTr("IP"), width: 130},
                      {role: "hostname", title: qsTr("Hostname"), fill: true}, {role: "subnet", title: qsTr("Subnet"), width: 140},
                      {role: "lastSeen", title: qsTr("Last seen"), width: 110}]
            format: function(role, value, row) {
                if (!row.loaded) return role === "mac" ? "…" : ""
                if (role === "lastSeen") return Theme.formatAgo(definitionsPage.lastSeen[row.mac])
                if (role === "subnet") return row.subnet + (row.serial ? " #" + row.serial : "")
                return value === undefined || value === null ? "" : String(value)
            }
            onActivated: function(index) { editor.visible = true; editor.edit(mapsModel.get(index)) }
            onDeleteRequested: function(index) { definitionsPage.remove(mapsModel.get(index)) }
        }

        MapEditor {
            id: editor
            visible: false
            SplitView.preferredWidth: 320
            SplitView.minimumWidth: 260
            subnets: definitionsPage.subnetRows
            function prefillSubnet() { if (definitionsPage.subnetIndex >= 0) editor.prefill("", "", definitionsPage.subnetIndex) }
            onClosed: { visible = false; table.forceActiveFocus() }
            onSaved: function(mac) { window.notify(qsTr("Saved %1").arg(mac)) }
        }
    }

    SubnetDialog { id: subnetDialog; onSaved: definitionsPage.loadSubnets() }
    ImportDialog { id: importDialog; onClosed: mapsModel.reload() }

    Dialog {
        id: confirmDelete
        property var row: null
        modal: true
        anchors.centerIn: parent
        title: qsTr("Delete?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            text: confirmDelete.row ? (confirmDelete.row.mac ? qsTr("Delete the definition of %1 (%2)? The client gets no answer afterwards.").arg(confirmDelete.row.mac).arg(confirmDelete.row.ip)
                                                              : qsTr("Delete the subnet %1?").arg(confirmDelete.row.subnet)) : ""
            wrapMode: Text.WordWrap
            width: 380
        }
        onAccepted: {
            const r = row
            const done = function(a) { window.notify(a.ok ? qsTr("Deleted") : a.error) }
            if (r.mac) client.call("deleteMap", [r.mac, r.revision], done)
            else client.call("deleteSubnet", [r.subnet, r.serial, r.revision], function(a) { done(a); definitionsPage.loadSubnets() })
        }
    }

    FileDialog {
        id: openCsv
        title: qsTr("Import definitions from CSV")
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: importDialog.preview(selectedFile, definitionsPage.selectedSubnet ? definitionsPage.selectedSubnet.subnet : "",
                                         definitionsPage.selectedSubnet ? definitionsPage.selectedSubnet.serial : 0)
    }
    FileDialog {
        id: saveCsv
        title: qsTr("Export definitions to CSV")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: importDialog.csv.exportTo(selectedFile, mapsModel.search, mapsModel.subnet, mapsModel.serial)
    }
    Connections {
        target: importDialog.csv
        function onExported(ok, message) { window.notify(message) }
    }
}
