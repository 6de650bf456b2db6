import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import QStaticDHCP
import QStaticDHCP.Console

// Dashboard (CONSOLE.md): tiles, the packets-per-second chart by method with drops as their own series (10 min,
// 1 h, 2 days), processing time, lifetime counters, averages, recent activity, events and the hooks' panels.
// Everything moves by itself once a second.
Page {
    id: dashboard
    property alias chart: source
    property alias chartView: rates
    readonly property bool connected: ConsoleClient.state === ConsoleClient.Connected
    readonly property var counters: ConsoleClient.counters
    readonly property real definitionCount: subnets.mapCount
    property var hidden: ({})      // series name → true when hidden from the legend

    function focusSearch() { }
    Component.onCompleted: rebuildSeries()
    function refresh() {
        recent.refresh()
        events.refresh()
        subnets.refresh()
    }
    Timer { interval: 2000; repeat: true; triggeredOnStart: true; running: dashboard.visible && dashboard.connected; onTriggered: dashboard.refresh() }

    ChartSource {
        id: source
        connection: ConsoleClient
        onUpdated: dashboard.redraw()
        onMethodsChanged: dashboard.rebuildSeries()
    }
    ActivityModel { id: recent; connection: ConsoleClient; limit: 12 }
    LogModel { id: events; connection: ConsoleClient; minimumSeverity: 1; limit: 12; newestFirst: true }
    SubnetsModel { id: subnets; connection: ConsoleClient }   // the definitions: the maps of every subnet

    property var seriesList: []
    property string seriesKey: ""
    // The methods seen since start, and the drops: a series per method nobody uses would only add noise.
    function activeNames() {
        const names = []
        for (let i = 0; i < source.methods.length; ++i)
            if (methodTotal("received", i) > 0) names.push(source.methods[i])
        return names.concat(["dropped"])
    }
    function rebuildSeries() {
        rates.removeAllSeries()
        const list = []
        const names = activeNames()
        seriesKey = names.join(",")
        for (let i = 0; i < names.length; ++i) {
            const s = rates.createSeries(ChartView.SeriesTypeLine, names[i], axisX, axisY)
            s.color = names[i] === "dropped" ? Theme.dropColor : Theme.seriesColors[i % Theme.seriesColors.length]
            s.width = names[i] === "dropped" ? 2.5 : 1.5
            s.useOpenGL = false
            s.visible = !hidden[names[i]]
            list.push(s)
        }
        seriesList = list
        redraw()
    }
    function redraw() {
        if (activeNames().join(",") !== seriesKey) { rebuildSeries(); return }
        for (let i = 0; i < seriesList.length; ++i)
            source.fill(seriesList[i], seriesList[i].name)
        source.fill(processing, "processing")
    }
    function toggle(name) {
        const h = Object.assign({}, hidden)
        h[name] = !h[name]
        hidden = h
        for (let i = 0; i < seriesList.length; ++i)
            if (seriesList[i].name === name) seriesList[i].visible = !h[name]
    }
    function methodTotal(key, index) { return counters[key] ? counters[key][index] : 0 }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                Layout.bottomMargin: 0
                spacing: Theme.spacing
                Tile { label: qsTr("Packets/s"); value: Theme.number(source.lastSecond.received) ; accent: Theme.seriesColors[0]
                       detail: qsTr("%1 since start").arg(Theme.number(dashboard.counters.totalReceived)) }
                Tile { label: qsTr("Answered/s"); value: Theme.number(source.lastSecond.answered); accent: Theme.good }
                Tile { label: qsTr("Dropped/s"); value: Theme.number(source.lastSecond.dropped)
                       accent: (source.lastSecond.dropped || 0) > 0 ? Theme.failure : "transparent" }
                Tile { label: qsTr("Processing"); value: qsTr("%1 ms").arg(Theme.number(dashboard.counters.averageProcessingMs, 3))
                       detail: qsTr("average per packet") }
                Tile { label: qsTr("Definitions"); value: Theme.number(dashboard.definitionCount) }
                Tile { label: qsTr("Unknown clients"); value: Theme.number(dashboard.counters.unknownClients)
                       accent: (dashboard.counters.unknownClients || 0) > 0 ? Theme.attention : "transparent"
                       detail: qsTr("%1 blacklisted").arg((dashboard.counters.temporaryBlacklist || 0) + (dashboard.counters.permanentBlacklist || 0)) }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                spacing: Theme.spacing

                Card {
                    title: qsTr("Packets per second")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    Layout.preferredHeight: 300
                    headerItems: [
                        Repeater {
                            model: [qsTr("10 min"), qsTr("1 h"), qsTr("2 days")]
                            delegate: Button {
                                text: modelData
                                flat: source.range !== index
                                highlighted: source.range === index
                                onClicked: source.range = index
                            }
                        }
                    ]
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 2
                        ChartView {
                            id: rates
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            antialiasing: true
                            animationOptions: ChartView.NoAnimation
                            legend.visible: false
                            backgroundColor: dashboard.palette.base
                            plotAreaColor: dashboard.palette.base
                            margins { top: 4; bottom: 4; left: 4; right: 4 }
                            ValueAxis {
                                id: axisX
                                min: source.xMinimum
                                max: 0
                                tickCount: 6
                                labelFormat: "%.0f"
                                titleText: source.range === 2 ? qsTr("hours before now") : qsTr("minutes before now")
                                labelsColor: dashboard.palette.text
                                titleBrush: dashboard.palette.text
                                gridLineColor: dashboard.palette.mid
                            }
                            ValueAxis {
                                id: axisY
                                min: 0
                                max: source.maxRate
                                tickCount: 5
                                labelFormat: source.maxRate <= 4 ? "%.1f" : "%.0f"
                                labelsColor: dashboard.palette.text
                                gridLineColor: dashboard.palette.mid
                            }
                        }
                        // The legend: click a name to hide or show its series.
                        Flow {
                            Layout.fillWidth: true
                            spacing: 10
                            Repeater {
                                model: dashboard.seriesList
                                delegate: AbstractButton {
                                    implicitWidth: legendRow.implicitWidth
                                    implicitHeight: legendRow.implicitHeight
                                    onClicked: dashboard.toggle(modelData.name)
                                    Accessible.name: qsTr("Show or hide %1").arg(modelData.name)
                                    Row {
                                        id: legendRow
                                        spacing: 4
                                        opacity: dashboard.hidden[modelData.name] ? 0.35 : 1
                                        Rectangle { width: 14; height: 4; y: 7; color: modelData.color }
                                        Label { text: modelData.name === "dropped" ? qsTr("dropped") : modelData.name; font.pixelSize: 12 }
                                    }
                                }
                            }
                        }
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    Layout.preferredHeight: 300
                    spacing: Theme.spacing
                    Card {
                        title: qsTr("Processing time (ms per packet)")
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        ChartView {
                            anchors.fill: parent
                            antialiasing: true
                            animationOptions: ChartView.NoAnimation
                            legend.visible: false
                            backgroundColor: dashboard.palette.base
                            plotAreaColor: dashboard.palette.base
                            margins { top: 2; bottom: 2; left: 2; right: 2 }
                            LineSeries {
                                id: processing
                                color: Theme.seriesColors[2]
                                axisX: ValueAxis { min: source.xMinimum; max: 0; tickCount: 6; labelFormat: "%.0f"; labelsColor: dashboard.palette.text; gridLineColor: dashboard.palette.mid }
                                axisY: ValueAxis { min: 0; max: source.maxProcessingMs; tickCount: 3; labelFormat: "%.2f"; labelsColor: dashboard.palette.text; gridLineColor: dashboard.palette.mid }
                            }
                        }
                    }
                    Card {
                        title: qsTr("Averages (packets/s, dropped/s)")
                        Layout.fillWidth: true
                        Layout.preferredHeight: 100
                        GridLayout {
                            anchors.fill: parent
                            columns: 7
                            rowSpacing: 0
                            columnSpacing: 8
                            Repeater {
                                model: [qsTr("5 min"), qsTr("10 min"), qsTr("15 min"), qsTr("20 min"), qsTr("1 h"), qsTr("6 h"), qsTr("24 h")]
                                delegate: Label { text: modelData; color: dashboard.palette.placeholderText; font.pixelSize: 11 }
                            }
                            Repeater {
                                model: dashboard.counters.averages || []
                                delegate: Label { text: Theme.number(modelData.packetsPerSecond, 1); font.bold: true }
                            }
                            Repeater {
                                model: dashboard.counters.averages || []
                                delegate: Label { text: Theme.number(modelData.discardedPerSecond, 1); color: modelData.discardedPerSecond > 0 ? Theme.failure : dashboard.palette.placeholderText }
                            }
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.preferredHeight: 260
                spacing: Theme.spacing

                Card {
                    title: qsTr("Since start")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 4
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 2
                        GridLayout {
                            Layout.fillWidth: true
                            columns: 4
                            rowSpacing: 1
                            Label { text: qsTr("Method"); font.bold: true; Layout.fillWidth: true; Layout.minimumWidth: 60 }
                            Label { text: qsTr("Received"); font.bold: true; elide: Text.ElideRight; Layout.maximumWidth: 80; horizontalAlignment: Text.AlignRight }
                            Label { text: qsTr("Answered"); font.bold: true; elide: Text.ElideRight; Layout.maximumWidth: 80; horizontalAlignment: Text.AlignRight }
                            Label { text: qsTr("Dropped"); font.bold: true; elide: Text.ElideRight; Layout.maximumWidth: 80; horizontalAlignment: Text.AlignRight }
                            // Only the methods seen, so the table stays short and calm.
                            Repeater {
                                model: {
                                    const rows = []
                                    const methods = dashboard.counters.methods || []
                                    for (let i = 0; i < methods.length; ++i)
                                        if (dashboard.methodTotal("received", i) > 0) rows.push(i)
                                    const cells = []
                                    for (let r = 0; r < rows.length; ++r)
                                        for (let c = 0; c < 4; ++c) cells.push({row: rows[r], column: c})
                                    return cells
                                }
                                delegate: Label {
                                    text: modelData.column === 0 ? dashboard.counters.methods[modelData.row]
                                                                 : Theme.number(dashboard.methodTotal(["", "received", "processed", "discarded"][modelData.column], modelData.row))
                                    color: modelData.column === 3 && dashboard.methodTotal("discarded", modelData.row) > 0 ? Theme.failure : dashboard.palette.text
                                    font.pixelSize: 12
                                    elide: Text.ElideRight
                                    Layout.fillWidth: modelData.column === 0
                                    Layout.minimumWidth: modelData.column === 0 ? 60 : 0
                                    Layout.alignment: modelData.column === 0 ? Qt.AlignLeft : Qt.AlignRight
                                }
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.pixelSize: 12
                            color: dashboard.palette.placeholderText
                            text: {
                                const d = dashboard.counters.drops || {}
                                const parts = []
                                for (const k in d) parts.push(Theme.reasonText(k) + ": " + Theme.number(d[k]))
                                return parts.length ? qsTr("Drops: %1").arg(parts.join(", ")) : qsTr("No drops.")
                            }
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
                Card {
                    title: qsTr("Recent activity")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 4
                    DataTable {
                        anchors.fill: parent
                        model: recent
                        sortable: false
                        placeholder: qsTr("No client has asked yet.")
                        columns: [{role: "timeMs", title: qsTr("Time"), width: 70}, {role: "mac", title: qsTr("MAC"), width: 140, mono: true},
                                  {role: "method", title: qsTr("Method"), width: 80}, {role: "drop", title: qsTr("Result"), fill: true}]
                        format: function(role, value, row) {
                            if (role === "timeMs") return new Date(value).toLocaleTimeString(Qt.locale(), "HH:mm:ss")
                            if (role === "drop") return value ? Theme.reasonText(value) : qsTr("%1 %2").arg(row.reply || qsTr("answered")).arg(row.ip || "")
                            return value === undefined ? "" : String(value)
                        }
                        colorOf: function(role, value, row) { return role === "drop" ? (value ? Theme.failure : Theme.good) : "" }
                    }
                }
                Card {
                    title: qsTr("Events")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 4
                    DataTable {
                        anchors.fill: parent
                        model: events
                        sortable: false
                        placeholder: qsTr("No events.")
                        columns: [{role: "timeMs", title: qsTr("Time"), width: 70}, {role: "level", title: qsTr("Level"), width: 76},
                                  {role: "message", title: qsTr("Message"), fill: true}]
                        format: function(role, value, row) {
                            if (role === "timeMs") return new Date(value).toLocaleTimeString(Qt.locale(), "HH:mm:ss")
                            return value === undefined ? "" : String(value)
                        }
                        colorOf: function(role, value, row) {
                            return role === "level" ? (value === "ERROR" || value === "CRITICAL" ? Theme.failure : (value === "WARNING" ? Theme.attention : "")) : ""
                        }
                    }
                }
            }

            // Panels the hooks registered with callbacks.webAddDashboard.
            Repeater {
                model: ConsoleClient.extensionPanels
                delegate: Card {
                    title: modelData.module + " — " + modelData.name
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    Layout.preferredHeight: Math.min(300, panelText.implicitHeight + 50)
                    Label {
                        id: panelText
                        width: parent.width
                        text: Theme.inertHtml(modelData.html)
                        textFormat: Text.RichText
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
