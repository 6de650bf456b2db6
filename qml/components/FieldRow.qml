import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP

// A labelled form field with its problem underneath ("Never lose work": the server's reason stays next to the
// field it concerns).
ColumnLayout {
    id: row
    property string label: ""
    property string error: ""
    default property alias field: holder.data
    spacing: 2
    Layout.fillWidth: true
    Label { text: row.label }
    Item {
        id: holder
        Layout.fillWidth: true
        implicitHeight: children.length ? children[0].implicitHeight : 0
        onChildrenChanged: if (children.length) children[0].width = Qt.binding(function() { return holder.width })
    }
    Label {
        visible: row.error !== ""
        text: row.error
        color: Theme.failure
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        font.pixelSize: 12
    }
}
