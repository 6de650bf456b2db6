import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// Hooks (CONSOLE.md): the hook file in a monospace editor with line numbers; Validate, Save & reload; problems
// that jump to their line; per-hook calls, errors, average and worst time; the hooks' actions as buttons.
Page {
    id: hooksPage
    property alias hookFile: hookFile
    property alias actionResult: actionResult
    property string loadedSource: ""
    property string message: ""
    property bool messageIsError: false
    readonly property var hookStatus: ConsoleClient.status.hooks || ({})
    readonly property bool dirty: editor.text !== loadedSource

    function focusSearch() { editor.forceActiveFocus() }
    function say(text, isError) { message = text; messageIsError = isError }
    function goToLine(line) {
        const lines = editor.text.split("\n")
        let position = 0
        for (let i = 0; i < Math.min(line - 1, lines.length); ++i) position += lines[i].length + 1
        editor.cursorPosition = position
        editor.forceActiveFocus()
    }

    // The file as the server has it: read on connection and whenever anyone saves or reloads the hooks or
    // reinitialises. Edits not saved yet stay in the editor.
    HookFile {
        id: hookFile
        connection: ConsoleClient
        onLoaded: function(error) {
            if (error !== "") { hooksPage.say(error, true); return }
            if (!hooksPage.dirty) editor.text = source
            hooksPage.loadedSource = source
        }
        onValidated: function(ok, error) {
            hooksPage.say(ok ? qsTr("No problem found.") : (error || qsTr("%n problem(s)", "", problems.length)), !ok)
        }
        onSaved: function(ok, error) {
            if (!ok) { hooksPage.say(error, true); return }
            hooksPage.loadedSource = source
        }
        onReloaded: function(ok, error) {
            hooksPage.say(ok ? qsTr("Saved and reloaded.") : qsTr("Saved, but the reload failed: %1 (the previous hooks stay active)").arg(error), !ok)
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            Label { text: hookFile.path || qsTr("No hook file is configured ([hooks] file)"); elide: Text.ElideMiddle; Layout.maximumWidth: 420 }
            Label { text: hooksPage.dirty ? qsTr("(changed)") : ""; color: Theme.attention }
            Label {
                text: ({"loaded": qsTr("loaded"), "none": qsTr("no hook file"), "not loaded": qsTr("not loaded"),
                        "reload failed": qsTr("reload failed")})[hooksPage.hookStatus.status] || (hooksPage.hookStatus.status || "")
                color: hooksPage.hookStatus.status === "loaded" ? Theme.good : (hooksPage.hookStatus.status === "none" ? hooksPage.palette.placeholderText : Theme.failure)
            }
            Item { Layout.fillWidth: true }
            Button { text: qsTr("Validate"); enabled: hookFile.path !== ""; onClicked: hookFile.validate(editor.text) }
            Button { text: qsTr("Save && reload"); highlighted: true; enabled: hookFile.path !== "" && hooksPage.dirty; onClicked: hookFile.save(editor.text) }
            Button { text: qsTr("Revert"); enabled: hooksPage.dirty; onClicked: editor.text = hooksPage.loadedSource }
        }
    }
    Shortcut { sequence: StandardKey.Save; enabled: hooksPage.visible && hooksPage.dirty; onActivated: hookFile.save(editor.text) }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Vertical

        // The editor with its line numbers.
        Rectangle {
            SplitView.fillHeight: true
            color: hooksPage.palette.base
            border.color: hooksPage.palette.mid
            Flickable {
                id: flick
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                contentWidth: width
                contentHeight: editor.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }
                function ensureVisible(r) {
                    if (contentY >= r.y) contentY = r.y
                    else if (contentY + height <= r.y + r.height) contentY = r.y + r.height - height
                }
                Row {
                    width: flick.width
                    Column {
                        id: gutter
                        width: 48
                        Repeater {
                            model: editor.lineCount
                            delegate: Label {
                                width: gutter.width - 8
                                height: editor.lineHeight
                                horizontalAlignment: Text.AlignRight
                                text: index + 1
                                font: editor.font
                                color: hookFile.problems.some(function(p) { return p.line === index + 1 }) ? Theme.failure : hooksPage.palette.placeholderText
                            }
                        }
                    }
                    TextEdit {
                        id: editor
                        readonly property real lineHeight: lineCount > 0 ? contentHeight / lineCount : font.pixelSize * 1.3
                        width: flick.width - gutter.width - 12
                        font.family: Theme.monospace
                        font.pixelSize: 13
                        color: hooksPage.palette.text
                        selectionColor: hooksPage.palette.highlight
                        selectedTextColor: hooksPage.palette.highlightedText
                        wrapMode: TextEdit.NoWrap
                        selectByMouse: true
                        persistentSelection: true
                        activeFocusOnTab: true
                        onCursorRectangleChanged: flick.ensureVisible(cursorRectangle)
                        Keys.onTabPressed: function(event) { insert(cursorPosition, "    ") }
                    }
                }
            }
        }

        ColumnLayout {
            SplitView.preferredHeight: 230
            spacing: 4
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 8
                visible: hooksPage.message !== ""
                text: hooksPage.message
                color: hooksPage.messageIsError ? Theme.failure : Theme.good
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: hookFile.problems
                delegate: Button {
                    Layout.leftMargin: 8
                    flat: true
                    text: qsTr("line %1: %2").arg(modelData.line).arg(modelData.message)
                    onClicked: hooksPage.goToLine(modelData.line)
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing
                Card {
                    title: qsTr("Hooks")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 3
                    RowsModel { id: hookRows; roles: ["name", "calls", "errors", "timeouts", "averageMs", "worstMs", "lastError"]; keyRole: "name" }
                    Connections { target: ConsoleClient; function onStatusChanged() { hookRows.setRows(hooksPage.hookStatus.hooks || []) } }
                    DataTable {
                        anchors.fill: parent
                        model: hookRows
                        sortable: false
                        placeholder: hooksPage.hookStatus.status === "none" ? qsTr("No hook file: set [hooks] file in Settings.") : qsTr("The hook file defines no hook.")
                        columns: [{role: "name", title: qsTr("Hook"), width: 170}, {role: "calls", title: qsTr("Calls"), width: 80},
                                  {role: "errors", title: qsTr("Errors"), width: 70}, {role: "timeouts", title: qsTr("Timeouts"), width: 80},
                                  {role: "averageMs", title: qsTr("Average ms"), width: 90}, {role: "worstMs", title: qsTr("Worst ms"), width: 90},
                                  {role: "lastError", title: qsTr("Last error"), fill: true}]
                        format: function(role, value) {
                            if (role === "averageMs" || role === "worstMs") return Theme.number(value, 3)
                            return value === undefined ? "" : String(value)
                        }
                        colorOf: function(role, value) { return (role === "errors" || role === "timeouts" || role === "lastError") && value ? Theme.failure : "" }
                    }
                }
                Card {
                    title: qsTr("Actions from hooks")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 2
                    Flow {
                        anchors.fill: parent
                        spacing: 6
                        Label { visible: ConsoleClient.extensionActions.length === 0; text: qsTr("None: a hook adds one with callbacks.webAddMethod."); color: hooksPage.palette.placeholderText; width: parent.width; wrapMode: Text.WordWrap }
                        Repeater {
                            model: ConsoleClient.extensionActions
                            delegate: Button {
                                text: modelData.module + " — " + modelData.name
                                onClicked: {
                                    if (modelData.confirm) { confirmAction.action = modelData; confirmAction.open() }
                                    else hooksPage.invoke(modelData)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // The web method's result, shown as its MIME type says (ConsoleActions::displayOf): HTML as inert rich text,
    // other text as plain text.
    function invoke(action) {
        ConsoleActions.invokeAction(action.path, {}, function(a) {
            actionResult.title = action.module + " — " + action.name
            actionResult.text = !a.ok ? a.error
                              : !a.readable ? qsTr("The action answered %1, which the console does not show.").arg(a.mimetype || "?")
                              : (a.data || qsTr("Done."))
            actionResult.isHtml = a.ok && a.readable && a.richText
            actionResult.open()
        })
    }
    Dialog {
        id: confirmAction
        property var action: null
        anchors.centerIn: parent
        modal: true
        title: qsTr("Run %1?").arg(action ? action.name : "")
        standardButtons: Dialog.Yes | Dialog.No
        Label { text: qsTr("The hook asks for confirmation before this action runs.") }
        onAccepted: hooksPage.invoke(action)
    }
    Dialog {
        id: actionResult
        property string text: ""
        property bool isHtml: false
        readonly property alias shown: actionText
        anchors.centerIn: parent
        width: Math.min(700, hooksPage.width - 40)
        height: Math.min(500, hooksPage.height - 40)
        modal: true
        standardButtons: Dialog.Close
        ScrollView {
            anchors.fill: parent
            Label {
                id: actionText
                text: actionResult.isHtml ? Theme.inertHtml(actionResult.text) : actionResult.text
                textFormat: actionResult.isHtml ? Text.RichText : Text.PlainText
                wrapMode: Text.WordWrap
                width: actionResult.availableWidth
            }
        }
    }
}
