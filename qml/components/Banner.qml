import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// Shown while the server cannot be reached (issue 7: "a banner shows when the server is unreachable, and it
// reconnects by itself"), with the reason.
Rectangle {
    id: banner
    visible: client.state !== ConsoleClient.Connected && !session.needsSetup
    color: client.state === ConsoleClient.Connecting ? Theme.attention : Theme.failure
    implicitHeight: visible ? text.implicitHeight + 16 : 0
    Label {
        id: text
        anchors.fill: parent
        anchors.margins: 8
        color: "white"
        wrapMode: Text.WordWrap
        text: client.state === ConsoleClient.Connecting
              ? (client.url ? qsTr("Connecting to %1…").arg(client.url) : qsTr("Connecting to the server…"))
              : (session.mode === "embedded" && session.serverError !== ""
                 ? qsTr("The embedded server did not start: %1").arg(session.serverError)
                 : qsTr("The server is unreachable: %1. Trying again every two seconds.").arg(client.error))
    }
}
