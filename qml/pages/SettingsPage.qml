import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// Settings (CONSOLE.md): the console's language and palette, the connection, and every key of the
// configuration file grouped by section, validated as you type. The embedded server's file is edited in place
// and applies on restart (one button); a remote daemon's keys are shown read-only.
Page {
    id: settingsPage
    property var changes: ({})
    property var problems: ({})
    property string saveError: ""
    property string saveErrorKey: ""

    function focusSearch() { keyFilter.forceActiveFocus() }
    function setChange(id, value) {
        const c = Object.assign({}, changes)
        c[id] = value
        changes = c
        const p = Object.assign({}, problems)
        p[id] = settingsModel.validate(id, value)
        problems = p
    }
    function dropChange(id) {
        const c = Object.assign({}, changes)
        delete c[id]
        changes = c
        const p = Object.assign({}, problems)
        delete p[id]
        problems = p
    }
    readonly property bool hasChanges: Object.keys(changes).length > 0
    readonly property bool hasProblems: Object.keys(problems).some(function(k) { return problems[k] !== "" })

    SettingsModel {
        id: settingsModel
        connection: ConsoleClient
        configFile: ConsoleSession.mode === "embedded" ? ConsoleSession.configFile : ""
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            Label { text: qsTr("Language") }
            ComboBox {
                id: language
                model: [qsTr("System"), "English", "Deutsch", "Français"]
                currentIndex: Math.max(0, Preferences.languages.indexOf(Preferences.language))
                onActivated: Preferences.language = Preferences.languages[currentIndex]
            }
            Label { text: qsTr("Appearance") }
            ComboBox {
                model: [qsTr("Desktop"), qsTr("Light"), qsTr("Dark")]
                currentIndex: Math.max(0, ["system", "light", "dark"].indexOf(Preferences.theme))
                onActivated: Preferences.theme = ["system", "light", "dark"][currentIndex]
            }
            Item { Layout.fillWidth: true }
            TextField { id: keyFilter; placeholderText: qsTr("Find a key (Ctrl+F)"); Layout.preferredWidth: 220 }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: ConsoleSession.mode === "embedded"
                  ? qsTr("Embedded server, configuration %1. Changes are written to this file and take effect when the server restarts.").arg(ConsoleSession.configFile)
                  : qsTr("Connected to %1 as %2. These are the keys the daemon runs with; change them in its configuration file %3 on that machine.")
                        .arg(ConsoleClient.url).arg(ConsoleClient.who || "?").arg(ConsoleClient.status.configFile || "")
        }
        RowLayout {
            visible: ConsoleSession.mode === "embedded"
            Button {
                text: qsTr("Save")
                highlighted: true
                enabled: settingsPage.hasChanges && !settingsPage.hasProblems
                onClicked: {
                    const answer = settingsModel.save(settingsPage.changes)
                    settingsPage.saveError = answer.ok ? "" : answer.error
                    settingsPage.saveErrorKey = answer.ok ? "" : (answer.key || "")
                    if (answer.ok) { settingsPage.changes = ({}); window.notify(qsTr("Saved to %1").arg(ConsoleSession.configFile)) }
                }
            }
            Button { text: qsTr("Discard changes"); enabled: settingsPage.hasChanges; onClicked: { settingsPage.changes = ({}); settingsPage.problems = ({}); settingsModel.reload() } }
            Button {
                text: qsTr("Restart the server to apply")
                enabled: settingsModel.needsRestart
                onClicked: ConsoleSession.restartEmbedded()
            }
            Label { text: settingsModel.needsRestart ? qsTr("The file differs from what the server runs with: restart to apply.") : ""; color: Theme.attention }
        }
        Label { visible: settingsPage.saveError !== ""; text: settingsPage.saveError; color: Theme.failure; wrapMode: Text.WordWrap; Layout.fillWidth: true }

        ListView {
            id: keys
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: settingsModel
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar { }
            section.property: "section"
            section.delegate: Label {
                text: "[" + section + "]"
                font.bold: true
                font.pixelSize: 15
                topPadding: 10
                bottomPadding: 4
            }
            delegate: Item {
                id: keyRow
                readonly property bool matches: keyFilter.text === "" || model.id.indexOf(keyFilter.text.toLowerCase()) >= 0
                readonly property string current: settingsPage.changes[model.id] !== undefined ? settingsPage.changes[model.id] : model.value
                readonly property string problem: settingsPage.problems[model.id] || (settingsPage.saveErrorKey === model.id ? settingsPage.saveError : "")
                width: ListView.view.width
                height: matches ? row.implicitHeight + (problem !== "" ? 18 : 6) : 0
                visible: matches
                RowLayout {
                    id: row
                    width: parent.width
                    spacing: 10
                    Label {
                        text: model.key
                        Layout.preferredWidth: 240
                        font.family: Theme.monospace
                        ToolTip.visible: keyHover.hovered && model.staticdhcpd !== ""
                        ToolTip.text: qsTr("staticDHCPd: %1").arg(model.staticdhcpd)
                        HoverHandler { id: keyHover }
                    }
                    Loader {
                        Layout.preferredWidth: 320
                        enabled: settingsModel.editable
                        sourceComponent: model.secret ? secretEditor
                                       : model.type === "bool" ? boolEditor : ((model.type === "choice" || model.type === "severity") ? choiceEditor : textEditor)
                        property string keyId: model.id
                        property bool secretSet: model.value !== ""   // a secret's value is "(set)" or ""
                        property string value: keyRow.current
                        property string defaultValue: model.defaultValue
                        property var choices: model.type === "severity" ? ["debug", "info", "warning", "error", "critical"] : model.choices
                    }
                    Label {
                        text: model.changed || settingsPage.changes[model.id] !== undefined ? qsTr("restart needed") : ""
                        color: Theme.attention
                        font.pixelSize: 11
                    }
                    Item { Layout.fillWidth: true }
                }
                Label {
                    anchors.top: row.bottom
                    x: 250
                    text: keyRow.problem
                    color: Theme.failure
                    font.pixelSize: 11
                    visible: keyRow.problem !== ""
                }
            }
        }
    }

    Component {
        id: textEditor
        TextField {
            text: value
            placeholderText: defaultValue !== "" ? qsTr("default: %1").arg(defaultValue) : qsTr("unset")
            onTextEdited: settingsPage.setChange(keyId, text)
        }
    }
    // A secret (README "Secrets stay on the server") is never shown, only whether it is set: the field starts
    // empty and typing replaces the secret; left empty it keeps the file's, and Clear unsets it.
    Component {
        id: secretEditor
        RowLayout {
            TextField {
                id: secretField
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: !secretSet ? qsTr("not set")
                               : value === "" ? qsTr("not set once saved")
                               : settingsModel.editable ? qsTr("set (type a new value to replace it)") : qsTr("set")
                onTextEdited: text === "" ? settingsPage.dropChange(keyId) : settingsPage.setChange(keyId, text)
            }
            Button {
                text: qsTr("Clear")
                visible: secretSet && value !== ""
                onClicked: { secretField.clear(); settingsPage.setChange(keyId, "") }
            }
        }
    }
    Component {
        id: boolEditor
        CheckBox {
            checked: (value !== "" ? value : defaultValue) === "true"
            text: value === "" ? qsTr("(default)") : ""
            onToggled: settingsPage.setChange(keyId, checked ? "true" : "false")
        }
    }
    Component {
        id: choiceEditor
        ComboBox {
            model: [""].concat(choices)
            displayText: currentIndex <= 0 ? qsTr("default: %1").arg(defaultValue) : currentText
            currentIndex: Math.max(0, choices.indexOf(value) + 1)
            onActivated: settingsPage.setChange(keyId, currentIndex <= 0 ? "" : currentText)
        }
    }
}
