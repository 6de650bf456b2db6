import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// CSV import with the conflicts first (CONSOLE.md): nothing is written until Import.
Dialog {
    id: dialog
    property alias csv: csv
    title: qsTr("Import definitions from CSV")
    modal: true
    width: Math.min(parent ? parent.width - 80 : 900, 1000)
    height: Math.min(parent ? parent.height - 80 : 560, 600)
    standardButtons: Dialog.Close

    function preview(url, subnet, serial) {
        csv.preview(url, subnet, serial)
        open()
    }

    CsvDefinitions { id: csv; connection: ConsoleClient }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: csv.busy ? qsTr("Reading…")
                 : (csv.summary.error ? csv.summary.error
                    : qsTr("%1 new, %2 changed, %3 unchanged, %4 conflicts, %5 invalid.").arg(csv.summary.new || 0).arg(csv.summary.update || 0)
                        .arg(csv.summary.same || 0).arg(csv.summary.conflict || 0).arg(csv.summary.invalid || 0)
                      + (csv.summary.imported !== undefined ? " " + qsTr("Imported %1, refused %2.").arg(csv.summary.imported).arg(csv.summary.failed) : ""))
            color: csv.summary.error ? Theme.failure : dialog.palette.text
        }
        DataTable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: csv.rows
            sortable: false
            columns: [{role: "line", title: qsTr("Line"), width: 50}, {role: "status", title: qsTr("Status"), width: 90},
                      {role: "mac", title: qsTr("MAC"), width: 150, mono: true}, {role: "ip", title: qsTr("IP"), width: 120},
                      {role: "hostname", title: qsTr("Hostname"), width: 130}, {role: "subnet", title: qsTr("Subnet"), width: 130},
                      {role: "message", title: qsTr("Why"), fill: true}]
            format: function(role, value, row) {
                if (role === "status") {
                    return {"new": qsTr("new"), "update": qsTr("update"), "same": qsTr("unchanged"), "conflict": qsTr("conflict"),
                            "invalid": qsTr("invalid"), "imported": qsTr("imported"), "refused": qsTr("refused")}[value] || value
                }
                return value === undefined ? "" : String(value)
            }
            colorOf: function(role, value, row) {
                if (role !== "status") return ""
                if (value === "conflict" || value === "invalid" || value === "refused") return Theme.failure
                if (value === "new" || value === "update" || value === "imported") return Theme.good
                return ""
            }
        }
        RowLayout {
            Label {
                text: qsTr("Conflicting and invalid lines are left out; fix them in the file and import again.")
                color: dialog.palette.placeholderText
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            Button {
                text: qsTr("Import %n line(s)", "", (csv.summary.new || 0) + (csv.summary.update || 0))
                highlighted: true
                enabled: !csv.busy && (csv.summary.new || 0) + (csv.summary.update || 0) > 0 && csv.summary.imported === undefined
                onClicked: csv.importRows()
            }
        }
    }
}
