import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QStaticDHCP

// About the console: its version, its licence (GPL-3.0-or-later, the repository's LICENSE) and what it builds on.
// Plain text only: nothing here loads anything.
Dialog {
    id: about
    title: qsTr("About QStaticDHCP")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 40 : 560)
    standardButtons: Dialog.Close

    readonly property string licence: qsTr("QStaticDHCP is free software: you can redistribute it and/or modify it "
        + "under the terms of the GNU General Public License as published by the Free Software Foundation, either "
        + "version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed "
        + "in the hope that it will be useful, but WITHOUT ANY WARRANTY; see the GNU General Public License for "
        + "more details.")

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            text: qsTr("QStaticDHCP console %1").arg(Qt.application.version)
            font.bold: true
            font.pixelSize: 16
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            text: about.licence
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            color: about.palette.placeholderText
            text: qsTr("A static DHCPv4 server that follows staticDHCPd (GPLv3) by Neil Tallim. Built with Qt, "
                       + "used under the terms of the GNU LGPL version 3.")
        }
    }
}
