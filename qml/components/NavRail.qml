import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP

// The navigation rail (CONSOLE.md "Layout"): one entry per page with its shortcut, a badge on Unknown clients.
Rectangle {
    id: rail
    property var pages: []          // [{title, badge}]
    property int current: 0
    signal chosen(int index)

    color: palette.window
    implicitWidth: Theme.railWidth
    Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: rail.palette.mid }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 8
        spacing: 2
        Repeater {
            model: rail.pages
            delegate: ItemDelegate {
                Layout.fillWidth: true
                Layout.leftMargin: 4
                Layout.rightMargin: 5
                highlighted: rail.current === index
                onClicked: rail.chosen(index)
                Accessible.name: modelData.title
                contentItem: RowLayout {
                    spacing: 6
                    Label {
                        text: modelData.title
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.bold: rail.current === index
                        color: rail.current === index ? rail.palette.highlightedText : rail.palette.windowText
                    }
                    Rectangle {
                        visible: (modelData.badge || 0) > 0
                        radius: height / 2
                        color: Theme.attention
                        implicitHeight: 18
                        implicitWidth: Math.max(18, badgeText.implicitWidth + 10)
                        Label { id: badgeText; anchors.centerIn: parent; text: modelData.badge || ""; color: "white"; font.pixelSize: 11; font.bold: true }
                    }
                    Label {
                        text: qsTr("Ctrl+%1").arg(index + 1)
                        font.pixelSize: 10
                        color: rail.current === index ? rail.palette.highlightedText : rail.palette.placeholderText
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
