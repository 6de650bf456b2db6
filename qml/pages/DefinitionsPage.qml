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
    property alias subnets: subnetsModel
    property alias subnetIndex: subnetList.currentIndex     // -1: all subnets
    readonly property var selectedSubnet: subnetList.currentItem ? subnetList.currentItem.row : null

    function focusSearch() { search.forceActiveFocus(); search.selectAll() }
    function showMac(mac) { subnetIndex = -1; search.text = mac; mapsModel.search = mac }
    function remove(row) {
        confirmDelete.row = row
        confirmDelete.open()
    }
    // "Last seen" moves on by itself: the rows shown are asked for again, in place.
    Timer { interval: 5000; repeat: true; running: definitionsPage.visible && ConsoleClient.state === ConsoleClient.Connected
            onTriggered: mapsModel.refresh() }

    SubnetsModel { id: subnetsModel; connection: ConsoleClient }
    MapsModel {
        id: mapsModel
        connection: ConsoleClient
        subnet: definitionsPage.selectedSubnet ? definitionsPage.selectedSubnet.subnet : ""
        serial: definitionsPage.selectedSubnet ? definitionsPage.selectedSubnet.serial : -1
        sortRole: table.sortRole
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
            Button { text: qsTr("Add definition"); enabled: subnetsModel.count > 0; onClicked: { editor.visible = true; editor.edit(null); editor.prefillSubnet() } }
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
            // "All subnets" first (the list's header, current when no subnet is), then the subnets.
            ListView {
                id: subnetList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                keyNavigationEnabled: true
                activeFocusOnTab: true
                model: subnetsModel
                currentIndex: -1
                Keys.onUpPressed: function(event) { if (currentIndex === 0) currentIndex = -1; else event.accepted = false }
                header: ItemDelegate {
                    width: ListView.view.width
                    highlighted: subnetList.currentIndex === -1
                    onClicked: subnetList.currentIndex = -1
                    contentItem: Label { text: qsTr("All subnets"); font.bold: true }
                }
                delegate: ItemDelegate {
                    required property int index
                    required property var row
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    onClicked: subnetList.currentIndex = index
                    onDoubleClicked: subnetDialog.edit(row)
                    contentItem: ColumnLayout {
                        spacing: 0
                        Label { text: row.subnet + (row.serial ? "  #" + row.serial : ""); font.bold: true }
                        Label {
                            text: qsTr("%n definition(s)", "", row.maps || 0) + " · " + qsTr("lease %1").arg(Theme.formatDuration(row.lease_time || 0))
                                  + (row.gateway ? " · " + qsTr("gateway %1").arg(row.gateway) : "")
                            font.pixelSize: 11
                            color: definitionsPage.palette.placeholderText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: (row.domain_name_servers || "") !== ""
                            text: qsTr("DNS %1").arg(row.domain_name_servers || "") + (row.domain_name ? " · " + row.domain_name : "")
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
                if (role === "lastSeen") return Theme.formatAgo(value)
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
            subnets: subnetsModel
            function prefillSubnet() { if (definitionsPage.subnetIndex >= 0) editor.prefill("", "", definitionsPage.subnetIndex) }
            onClosed: { visible = false; table.forceActiveFocus() }
            onSaved: function(mac) { window.notify(qsTr("Saved %1").arg(mac)) }
        }
    }

    SubnetDialog { id: subnetDialog }
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
            if (r.mac) ConsoleActions.deleteMap(r.mac, r.revision, done)
            else ConsoleActions.deleteSubnet(r.subnet, r.serial, r.revision, done)
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
