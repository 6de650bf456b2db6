import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A titled, framed area of a page.
Frame {
    id: card
    property string title: ""
    property alias headerItems: headerRow.data
    default property alias content: body.data
    padding: 10
    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            visible: card.title !== "" || headerRow.children.length > 0
            Label { text: card.title; font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
            RowLayout { id: headerRow; spacing: 4 }
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
