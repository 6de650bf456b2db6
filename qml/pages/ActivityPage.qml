import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// Activity and logs (CONSOLE.md): the last event of every client with filters (MAC, IP, method, answered or
// dropped), the selected one explained ("why did it get nothing?") with the fixes beside it; and the log with
// severity and text filters.
Page {
    id: activityPage
    property alias events: eventRows
    property alias logRows: logRows

    function focusSearch() { (tabs.currentIndex === 0 ? macFilter : logFilter).forceActiveFocus() }
    // Selects the event of `mac` (the tour, "Show activity" from elsewhere).
    function select(mac) {
        tabs.currentIndex = 0
        for (let i = 0; i < eventFilter.count; ++i)
            if (eventFilter.get(i).mac === mac) { eventTable.currentIndex = i; return true }
        return false
    }
    function refresh() { eventRows.refresh() }
    Timer { interval: 2000; repeat: true; triggeredOnStart: true; running: activityPage.visible && ConsoleClient.state === ConsoleClient.Connected
            onTriggered: activityPage.refresh() }

    ActivityModel { id: eventRows; connection: ConsoleClient; limit: 1000 }
    RowsFilter {
        id: eventFilter
        sourceModel: eventRows
        text: macFilter.text
        searchRoles: ["mac", "ip", "detail"]
        filters: ({method: methodFilter.currentIndex > 0 ? methodFilter.currentText : ""})
        sortBy: eventTable.sortRole
        descending: eventTable.descending
        presence: resultFilter.currentIndex === 1 ? {drop: false} : (resultFilter.currentIndex === 2 ? {drop: true} : {})
    }
    // The log since connection, followed as the server pushes it.
    LogModel { id: logRows; connection: ConsoleClient; minimumSeverity: 0; limit: 1000; follow: true; keep: 2000 }
    RowsFilter { id: logFilterModel; sourceModel: logRows; text: logFilter.text; searchRoles: ["message", "category"]; minimum: ({severity: severityFilter.currentIndex}) }

    header: TabBar {
        id: tabs
        TabButton { text: qsTr("Activity") }
        TabButton { text: qsTr("Log") }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        ColumnLayout {
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 6
                TextField { id: macFilter; placeholderText: qsTr("MAC or IP (Ctrl+F)"); Layout.preferredWidth: 260; Keys.onDownPressed: eventTable.forceActiveFocus() }
                ComboBox { id: methodFilter; model: [qsTr("every method")].concat(ConsoleClient.counters.methods || []); Layout.preferredWidth: 160 }
                ComboBox { id: resultFilter; model: [qsTr("answered and dropped"), qsTr("answered only"), qsTr("dropped only")]; Layout.preferredWidth: 200 }
                Item { Layout.fillWidth: true }
                Label { text: qsTr("%n client(s)", "", eventTable.count); color: activityPage.palette.placeholderText }
            }
            SplitView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                DataTable {
                    id: eventTable
                    SplitView.fillWidth: true
                    model: eventFilter
                    sortRole: "timeMs"
                    descending: true
                    placeholder: qsTr("No activity yet.")
                    columns: [{role: "timeMs", title: qsTr("Time"), width: 90}, {role: "method", title: qsTr("Method"), width: 140},
                              {role: "mac", title: qsTr("MAC"), width: 150, mono: true}, {role: "ip", title: qsTr("IP"), width: 110},
                              {role: "drop", title: qsTr("Result"), fill: true}, {role: "processingMs", title: qsTr("ms"), width: 60}]
                    format: function(role, value, row) {
                        if (role === "timeMs") return new Date(value).toLocaleTimeString(Qt.locale(), "HH:mm:ss")
                        if (role === "drop") return value ? Theme.reasonText(value) : qsTr("answered: %1").arg(row.reply || "")
                        if (role === "processingMs") return Theme.number(value, 2)
                        return value === undefined ? "" : String(value)
                    }
                    colorOf: function(role, value) { return role === "drop" ? (value ? Theme.failure : Theme.good) : "" }
                }
                Frame {
                    SplitView.preferredWidth: 380
                    SplitView.minimumWidth: 300
                    readonly property var event: eventTable.currentIndex >= 0 ? eventFilter.get(eventTable.currentIndex) : null
                    id: detail
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 6
                        Label { text: detail.event ? detail.event.mac : qsTr("Select a client to see what happened."); font.bold: true; font.pixelSize: 15; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                        Label {
                            visible: detail.event !== null
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.pixelSize: 15
                            color: detail.event && detail.event.drop ? Theme.failure : Theme.good
                            text: !detail.event ? "" : (detail.event.drop ? qsTr("No answer: %1.").arg(Theme.reasonText(detail.event.drop))
                                                                         : qsTr("Answered with %1 %2.").arg(detail.event.reply || "").arg(detail.event.ip || ""))
                        }
                        Label { visible: detail.event !== null && (detail.event.dropHint || "") !== ""; text: detail.event ? detail.event.dropHint || "" : ""; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                        GridLayout {
                            visible: detail.event !== null
                            columns: 2
                            Layout.fillWidth: true
                            // Label, value, label, value … (two cells per line of the grid)
                            Repeater {
                                model: detail.event ? [qsTr("Time"), Theme.formatTime(detail.event.timeMs), qsTr("Method"), detail.event.method,
                                                       qsTr("Address"), detail.event.ip || "—", qsTr("Subnet"), detail.event.subnet || "—",
                                                       qsTr("From"), (detail.event.sourceIp || "") + ":" + (detail.event.port || ""),
                                                       qsTr("Relay"), detail.event.relayIp && detail.event.relayIp !== "0.0.0.0" ? detail.event.relayIp : qsTr("direct"),
                                                       qsTr("Processing"), qsTr("%1 ms").arg(Theme.number(detail.event.processingMs, 3)),
                                                       qsTr("Detail"), detail.event.detail || "—"] : []
                                delegate: Label {
                                    text: modelData
                                    Layout.fillWidth: index % 2 === 1
                                    wrapMode: Text.WordWrap
                                    color: index % 2 ? activityPage.palette.text : activityPage.palette.placeholderText
                                }
                            }
                        }
                        RowLayout {
                            visible: detail.event !== null
                            Button { text: qsTr("Assign address…"); visible: detail.event && detail.event.drop === "unknown-client"; onClicked: window.assignAddress(detail.event.mac) }
                            Button { text: qsTr("Show definition"); visible: detail.event && !detail.event.drop; onClicked: window.showDefinition(detail.event.mac) }
                            Button { text: qsTr("Blacklist", "verb: put this MAC on the blacklist"); onClicked: window.blacklistMac(detail.event.mac, "") }
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
            }
        }

        ColumnLayout {
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 6
                TextField { id: logFilter; placeholderText: qsTr("Text in the message"); Layout.preferredWidth: 260 }
                ComboBox { id: severityFilter; model: [qsTr("debug and above"), qsTr("info and above"), qsTr("warnings and above"), qsTr("errors only")]; currentIndex: 1; Layout.preferredWidth: 200 }
                Item { Layout.fillWidth: true }
                Label { text: qsTr("%n record(s)", "", logFilterModel.count); color: activityPage.palette.placeholderText }
            }
            DataTable {
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: logFilterModel
                sortable: false
                placeholder: qsTr("No log record at this severity.")
                columns: [{role: "timeMs", title: qsTr("Time"), width: 160}, {role: "level", title: qsTr("Level"), width: 80},
                          {role: "category", title: qsTr("Category"), width: 110}, {role: "message", title: qsTr("Message"), fill: true}]
                format: function(role, value) { return role === "timeMs" ? Theme.formatTime(value) : (value === undefined ? "" : String(value)) }
                colorOf: function(role, value, row) { return row.severity >= 3 ? Theme.failure : (row.severity === 2 ? Theme.attention : "") }
            }
        }
    }
}
