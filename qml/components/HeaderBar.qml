import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// The header (CONSOLE.md "Layout"): the server's name and state, uptime, the connection (embedded or host:port,
// TLS lock), Reinitialise and About.
ToolBar {
    id: header
    property string message: ""
    signal reinitialised(var answer)
    signal aboutRequested()

    readonly property bool connected: ConsoleClient.state === ConsoleClient.Connected
    readonly property var status: ConsoleClient.status
    property real now: Date.now()
    Timer { interval: 1000; running: true; repeat: true; onTriggered: header.now = Date.now() }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 12
        Rectangle {
            width: 12; height: 12; radius: 6
            color: header.connected ? Theme.good : (ConsoleClient.state === ConsoleClient.Connecting ? Theme.attention : Theme.failure)
            Accessible.name: stateLabel.text
        }
        Label {
            text: header.status.systemName || "QStaticDHCP"
            font.bold: true
            font.pixelSize: 16
        }
        Label {
            id: stateLabel
            text: header.connected ? qsTr("running") : (ConsoleClient.state === ConsoleClient.Connecting ? qsTr("connecting…") : qsTr("unreachable"))
            color: header.connected ? Theme.good : (ConsoleClient.state === ConsoleClient.Connecting ? Theme.attention : Theme.failure)
        }
        Label {
            visible: header.connected && header.status.startedAtMs !== undefined
            text: qsTr("up %1").arg(Theme.formatDuration((header.now - (header.status.startedAtMs || header.now)) / 1000))
            color: header.palette.placeholderText
        }
        Item { Layout.fillWidth: true }
        Label {
            text: header.message
            visible: header.message !== ""
            elide: Text.ElideRight
            Layout.maximumWidth: 360
        }
        Label {
            text: (ConsoleClient.tls ? "🔒 " : "") + (ConsoleClient.embedded ? qsTr("embedded server") : ConsoleClient.url.replace(/^tcp:\/\//, ""))
            color: header.palette.placeholderText
            ToolTip.visible: connectionHover.hovered
            ToolTip.text: ConsoleClient.url + (ConsoleClient.who ? "\n" + qsTr("signed in as %1").arg(ConsoleClient.who) : "")
            HoverHandler { id: connectionHover }
        }
        Button {
            text: qsTr("Reinitialise")
            enabled: header.connected
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Reload definitions, blacklist and hooks, as SIGHUP does")
            onClicked: ConsoleActions.reinitialise(function(answer) { header.reinitialised(answer) })
        }
        ToolButton {
            text: qsTr("About")
            onClicked: header.aboutRequested()
        }
    }
}
