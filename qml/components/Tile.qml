import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One figure of the Dashboard's top row: a big number and what it counts, with a bar of state colour.
Frame {
    id: tile
    property string label: ""
    property string value: ""
    property string detail: ""
    property color accent: "transparent"
    padding: 10
    leftPadding: 14
    Layout.fillWidth: true
    Layout.preferredWidth: 150
    background: Rectangle {
        color: "transparent"
        border.color: tile.palette.mid
        radius: 2
        Rectangle { width: 4; height: parent.height - 2; x: 1; y: 1; color: tile.accent }
    }
    ColumnLayout {
        spacing: 2
        width: parent.width
        Label { text: tile.label; color: tile.palette.placeholderText; elide: Text.ElideRight; Layout.fillWidth: true }
        Label { text: tile.value; font.pixelSize: 24; font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
        Label { text: tile.detail; color: tile.palette.placeholderText; font.pixelSize: 11; elide: Text.ElideRight; Layout.fillWidth: true }
    }
}
