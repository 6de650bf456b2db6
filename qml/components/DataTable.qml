import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP

// A table for the console's lists (CONSOLE.md "Keyboard first"): a header of sortable columns over a ListView.
// Arrows move, Enter activates (edit), Delete asks to remove; a row may carry action buttons ("Fix where you
// look"). Columns: [{role, title, width} or {role, title, fill: true}]; the model gives the roles by name.
FocusScope {
    id: table

    property var columns: []
    property alias model: list.model
    property alias currentIndex: list.currentIndex
    property alias count: list.count
    property alias view: list
    property string sortRole: ""
    property bool descending: false
    property bool sortable: true
    property Component actions: null
    property real actionsWidth: 0
    property string placeholder: ""
    // (role, value, row model) → text shown; the default prints the value.
    property var format: function(role, value, row) { return value === undefined || value === null ? "" : String(value) }
    // (role, value, row model) → a state colour, or "" for the palette's text colour.
    property var colorOf: function(role, value, row) { return "" }

    signal activated(int index)
    signal deleteRequested(int index)

    function widthOf(column) {
        if (!column.fill)
            return column.width || 120
        let used = table.actionsWidth + 16
        for (let i = 0; i < columns.length; ++i)
            if (!columns[i].fill) used += columns[i].width || 120
        return Math.max(80, list.width - used)
    }
    function sortBy(role) {
        if (!sortable) return
        if (sortRole === role) descending = !descending
        else { sortRole = role; descending = false }
    }

    implicitHeight: 200
    implicitWidth: 400

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 30
            color: table.palette.button
            border.color: table.palette.mid
            Row {
                x: 8
                height: parent.height
                Repeater {
                    model: table.columns
                    delegate: AbstractButton {
                        width: table.widthOf(modelData)
                        height: parent.height
                        focusPolicy: Qt.NoFocus
                        onClicked: table.sortBy(modelData.role)
                        contentItem: Label {
                            text: modelData.title + (table.sortRole === modelData.role ? (table.descending ? "  ▼" : "  ▲") : "")
                            font.bold: true
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            currentIndex: -1
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            Keys.onReturnPressed: if (currentIndex >= 0) table.activated(currentIndex)
            Keys.onEnterPressed: if (currentIndex >= 0) table.activated(currentIndex)
            Keys.onDeletePressed: if (currentIndex >= 0) table.deleteRequested(currentIndex)

            delegate: ItemDelegate {
                id: rowItem
                property var rowModel: model
                property int rowIndex: index
                width: ListView.view.width
                height: 30
                padding: 0
                leftPadding: 8
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus
                onClicked: { list.currentIndex = index; list.forceActiveFocus() }
                onDoubleClicked: table.activated(index)
                background: Rectangle {
                    color: rowItem.highlighted ? (list.activeFocus ? table.palette.highlight : table.palette.midlight)
                                               : (rowItem.rowIndex % 2 ? table.palette.alternateBase : table.palette.base)
                }
                contentItem: Row {
                    spacing: 0
                    Repeater {
                        model: table.columns
                        delegate: Label {
                            readonly property var value: rowItem.rowModel[modelData.role]
                            width: table.widthOf(modelData)
                            height: 30
                            leftPadding: 0
                            rightPadding: 8
                            text: table.format(modelData.role, value, rowItem.rowModel)
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                            font.family: modelData.mono ? Theme.monospace : Qt.application.font.family
                            color: {
                                const c = table.colorOf(modelData.role, value, rowItem.rowModel)
                                return c !== "" ? c : (rowItem.highlighted && list.activeFocus ? table.palette.highlightedText : table.palette.text)
                            }
                        }
                    }
                    Loader {
                        width: table.actionsWidth
                        height: 30
                        active: table.actions !== null
                        sourceComponent: table.actions
                        property var rowModel: rowItem.rowModel
                        property int rowIndex: rowItem.rowIndex
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0 && table.placeholder !== ""
                text: table.placeholder
                color: table.palette.placeholderText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                width: parent.width * 0.8
            }
        }
    }
}
