import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// Shown while the server cannot be reached (issue 7: "a banner shows when the server is unreachable, and it
// reconnects by itself"), with the reason; and, while it can, when its definitions database cannot answer (an
// outage of a network database: cached clients are still served).
Rectangle {
    id: banner
    readonly property bool serverDown: ConsoleClient.state !== ConsoleClient.Connected
    readonly property var database: ConsoleClient.status.database || ({})
    readonly property bool databaseDown: !serverDown && database.ok === false && (database.error || "") !== ""
    visible: (serverDown || databaseDown) && !ConsoleSession.needsSetup
    color: serverDown && ConsoleClient.state !== ConsoleClient.Connecting ? Theme.failure : Theme.attention
    implicitHeight: visible ? text.implicitHeight + 16 : 0
    Label {
        id: text
        anchors.fill: parent
        anchors.margins: 8
        color: "white"
        wrapMode: Text.WordWrap
        text: banner.databaseDown
              ? qsTr("The definitions database is not answering: %1").arg(banner.database.error)
              : ConsoleClient.state === ConsoleClient.Connecting
              ? (ConsoleClient.url ? qsTr("Connecting to %1…").arg(ConsoleClient.url) : qsTr("Connecting to the server…"))
              : (ConsoleSession.mode === "embedded" && ConsoleSession.serverError !== ""
                 ? qsTr("The embedded server did not start: %1").arg(ConsoleSession.serverError)
                 : qsTr("The server is unreachable: %1. Trying again every two seconds.").arg(ConsoleClient.error))
    }
}
