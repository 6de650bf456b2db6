import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP
import QStaticDHCP.Console

// The console's window (CONSOLE.md): header, banner, navigation rail, seven pages. Ctrl+1…7 switch pages,
// Ctrl+F searches the current page. With --tour DIR it visits every page in light and dark and saves a
// screenshot of each (Tour.qml).
ApplicationWindow {
    id: window
    width: 1280
    height: 720
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: ConsoleClient.status.systemName ? qsTr("%1 — QStaticDHCP console").arg(ConsoleClient.status.systemName) : qsTr("QStaticDHCP console")

    property int page: 0
    readonly property alias about: aboutDialog
    property int unknownSeen: 0
    readonly property int unknownCount: ConsoleClient.counters.unknownClients || 0
    readonly property var pageItems: [dashboard, definitions, unknown, blacklist, activity, hooks, settings]
    readonly property var pages: [
        {title: qsTr("Dashboard")},
        {title: qsTr("Definitions")},
        {title: qsTr("Unknown clients"), badge: page === 2 ? 0 : Math.max(0, unknownCount - unknownSeen)},
        {title: qsTr("Blacklist")},
        {title: qsTr("Activity")},
        {title: qsTr("Hooks")},
        {title: qsTr("Settings")}
    ]

    function show(index) {
        page = index
        if (index === 2) unknownSeen = unknownCount
        pageItems[index].forceActiveFocus()
    }
    // Cross-page actions ("Fix where you look").
    function showDefinition(mac) { definitions.showMac(mac); show(1) }
    function blacklistMac(mac, reason) { blacklist.openAdd(mac, reason); show(3) }
    function assignAddress(mac) { unknown.assign(mac); show(2) }
    function notify(text) { header.message = text; messageTimer.restart() }
    onUnknownCountChanged: if (page === 2) unknownSeen = unknownCount

    Timer { id: messageTimer; interval: 8000; onTriggered: header.message = "" }
    AboutDialog { id: aboutDialog }

    Loader {
        anchors.fill: parent
        active: ConsoleSession.needsSetup
        sourceComponent: FirstRunWizard { }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: !ConsoleSession.needsSetup

        HeaderBar {
            id: header
            Layout.fillWidth: true
            onReinitialised: function(answer) {
                window.notify(answer.ok ? qsTr("Reinitialised in %1 s").arg(Theme.number(answer.seconds, 2))
                                        : qsTr("Reinitialisation failed: %1").arg(answer.error))
            }
            onAboutRequested: aboutDialog.open()
        }
        Banner { Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            NavRail {
                Layout.fillHeight: true
                pages: window.pages
                current: window.page
                onChosen: function(index) { window.show(index) }
            }
            StackLayout {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: window.page
                DashboardPage { id: dashboard }
                DefinitionsPage { id: definitions }
                UnknownClientsPage { id: unknown }
                BlacklistPage { id: blacklist }
                ActivityPage { id: activity }
                HooksPage { id: hooks }
                SettingsPage { id: settings }
            }
        }
    }

    Instantiator {
        model: 7
        delegate: Shortcut {
            sequence: "Ctrl+" + (index + 1)
            enabled: !ConsoleSession.needsSetup
            onActivated: window.show(index)
        }
    }
    Shortcut {
        sequence: StandardKey.Find
        enabled: !ConsoleSession.needsSetup
        onActivated: window.pageItems[window.page].focusSearch()
    }

    // After the wizard: the subnet it proposed is added once the embedded server answers.
    Connections {
        target: FirstRunSetup
        function onPendingSubnetAdded(ok, subnet, error) { window.notify(ok ? qsTr("Subnet %1 added").arg(subnet) : error) }
    }

    Loader {
        active: ConsoleSession.tourDir !== ""
        sourceComponent: Tour { target: window }
    }
}
