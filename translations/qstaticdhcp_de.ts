<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="10"/>
        <source>About QStaticDHCP</source>
        <translation>Über QStaticDHCP</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="17"/>
        <source>QStaticDHCP is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; see the GNU General Public License for more details.</source>
        <translation>QStaticDHCP ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Sie wird in der Hoffnung verbreitet, dass sie nützlich ist, aber OHNE JEDE GEWÄHRLEISTUNG; Einzelheiten in der GNU General Public License.</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="27"/>
        <source>QStaticDHCP console %1</source>
        <translation>QStaticDHCP-Konsole %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="42"/>
        <source>A static DHCPv4 server that follows staticDHCPd (GPLv3) by Neil Tallim. Built with Qt, used under the terms of the GNU LGPL version 3.</source>
        <translation>Ein statischer DHCPv4-Server nach dem Vorbild von staticDHCPd (GPLv3) von Neil Tallim. Gebaut mit Qt, verwendet unter den Bedingungen der GNU LGPL Version 3.</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="44"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="45"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="57"/>
        <source>MAC or IP (Ctrl+F)</source>
        <translation>MAC oder IP (Strg+F)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="58"/>
        <source>every method</source>
        <translation>alle Methoden</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="59"/>
        <source>answered and dropped</source>
        <translation>alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="59"/>
        <source>answered only</source>
        <translation>nur beantwortet</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="59"/>
        <source>dropped only</source>
        <translation>nur verworfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ActivityPage.qml" line="61"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Client</numerusform>
            <numerusform>%n Clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="72"/>
        <source>No activity yet.</source>
        <translation>Noch keine Aktivität.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="73"/>
        <location filename="../qml/pages/ActivityPage.qml" line="109"/>
        <location filename="../qml/pages/ActivityPage.qml" line="151"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="73"/>
        <location filename="../qml/pages/ActivityPage.qml" line="109"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="74"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="74"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="75"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="75"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="78"/>
        <source>answered: %1</source>
        <translation>beantwortet: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="92"/>
        <source>Select a client to see what happened.</source>
        <translation>Wählen Sie einen Client aus, um zu sehen, was passiert ist.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="99"/>
        <source>No answer: %1.</source>
        <translation>Keine Antwort, Grund: %1.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="127"/>
        <source>Blacklist</source>
        <comment>verb: put this MAC on the blacklist</comment>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="100"/>
        <source>Answered with %1 %2.</source>
        <translation>Beantwortet mit %1 %2.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="110"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="110"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="111"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="112"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="112"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="113"/>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="113"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="114"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="125"/>
        <source>Assign address…</source>
        <translation>Adresse zuweisen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="126"/>
        <source>Show definition</source>
        <translation>Zuordnung zeigen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="140"/>
        <source>Text in the message</source>
        <translation>Text in der Meldung</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="141"/>
        <source>debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="141"/>
        <source>info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="141"/>
        <source>warnings and above</source>
        <translation>Warnungen und höher</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="141"/>
        <source>errors only</source>
        <translation>nur Fehler</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ActivityPage.qml" line="143"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="150"/>
        <source>No log record at this severity.</source>
        <translation>Kein Protokolleintrag auf dieser Stufe.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="151"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="152"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="152"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../qml/components/Banner.qml" line="25"/>
        <source>The definitions database is not answering: %1</source>
        <translation>Die Definitionsdatenbank antwortet nicht: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Banner.qml" line="27"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../qml/components/Banner.qml" line="27"/>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../qml/components/Banner.qml" line="29"/>
        <source>The embedded server did not start: %1</source>
        <translation>Der eingebaute Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Banner.qml" line="30"/>
        <source>The server is unreachable: %1. Trying again every two seconds.</source>
        <translation>Der Server ist nicht erreichbar: %1. Neuer Versuch alle zwei Sekunden.</translation>
    </message>
</context>
<context>
    <name>BlacklistPage</name>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="28"/>
        <source>%1 released</source>
        <translation>%1 freigegeben</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="44"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="46"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="50"/>
        <source>permanently</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="50"/>
        <source>for 10 minutes</source>
        <translation>für 10 Minuten</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="51"/>
        <source>for 1 hour</source>
        <translation>für 1 Stunde</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="51"/>
        <source>for 1 day</source>
        <translation>für 1 Tag</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="55"/>
        <source>Blacklist</source>
        <comment>verb: put this MAC on the blacklist</comment>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="20"/>
        <source>%1 blacklisted</source>
        <translation>%1 gesperrt</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="68"/>
        <source>Temporarily ignored (%1)</source>
        <translation>Vorübergehend ignoriert (%1)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="75"/>
        <source>Nobody is ignored: flooding clients, clients a hook set aside and unknown clients in their wait time appear here.</source>
        <translation>Niemand wird ignoriert. Hier erscheinen Clients, die zu viele Anfragen senden, Clients, die ein Hook zurückgestellt hat, und unbekannte Clients während ihrer Wartezeit.</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="76"/>
        <location filename="../qml/pages/BlacklistPage.qml" line="96"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="76"/>
        <source>Time left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="77"/>
        <location filename="../qml/pages/BlacklistPage.qml" line="96"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="83"/>
        <source>Release now</source>
        <translation>Jetzt freigeben</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="88"/>
        <source>Permanent (%1)</source>
        <translation>Dauerhaft (%1)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="95"/>
        <source>No permanent entry.</source>
        <translation>Kein dauerhafter Eintrag.</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="97"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="97"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="103"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <location filename="../app/console/consoleactions.cpp" line="44"/>
        <location filename="../app/console/consoleactions.cpp" line="129"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>ConsoleClient</name>
    <message>
        <location filename="../app/console/consoleclient.cpp" line="83"/>
        <location filename="../app/console/consoleclient.cpp" line="86"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../app/console/consoleclient.cpp" line="87"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../app/console/consoleclient.cpp" line="171"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/console/consoleclient.h" line="157"/>
        <source>the server did not answer</source>
        <translation>der Server hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../app/console/consolesession.cpp" line="50"/>
        <source>the configuration %1 sets no local management socket ([management] listen): the console cannot reach its own server</source>
        <translation>die Konfiguration %1 legt keinen lokalen Verwaltungs-Socket fest ([management] listen): Die Konsole kann ihren eigenen Server nicht erreichen</translation>
    </message>
</context>
<context>
    <name>CsvDefinitions</name>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="135"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="143"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="150"/>
        <source>%1: the first line must name the columns, at least mac and ip (found: %2)</source>
        <translation>%1: Die erste Zeile muss die Spalten benennen, mindestens mac und ip (gefunden: %2)</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="166"/>
        <location filename="../app/console/csvdefinitions.cpp" line="339"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="236"/>
        <source>&apos;%1&apos; is not a MAC address</source>
        <translation>„%1“ ist keine MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="239"/>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="242"/>
        <source>no subnet: add a subnet column or choose the subnet to import into</source>
        <translation>kein Subnetz: Fügen Sie eine Spalte subnet hinzu oder wählen Sie das Subnetz, in das importiert werden soll</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="245"/>
        <source>subnet %1 (serial %2) does not exist: add it first</source>
        <translation>Subnetz %1 (Seriennummer %2) existiert nicht: Legen Sie es zuerst an</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="248"/>
        <source>%1 is outside %2</source>
        <translation>%1 liegt außerhalb von %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="251"/>
        <source>MAC %1 also on line %2</source>
        <translation>MAC %1 steht auch in Zeile %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="254"/>
        <source>%1 also on line %2</source>
        <translation>%1 steht auch in Zeile %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="257"/>
        <source>%1 already belongs to %2</source>
        <translation>%1 gehört schon zu %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="265"/>
        <source>was %1 %2</source>
        <translation>vorher %1 %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="353"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/console/csvdefinitions.cpp" line="356"/>
        <source>%n definition(s) written to %1</source>
        <translation>
            <numerusform>%n Zuordnung in %1 geschrieben</numerusform>
            <numerusform>%n Zuordnungen in %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="94"/>
        <source>Packets/s</source>
        <translation>Pakete/s</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="95"/>
        <source>%1 since start</source>
        <translation>%1 seit dem Start</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="96"/>
        <source>Answered/s</source>
        <translation>Beantwortet/s</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="97"/>
        <source>Dropped/s</source>
        <translation>Verworfen/s</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="99"/>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="99"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="100"/>
        <source>average per packet</source>
        <translation>Mittel pro Paket</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="101"/>
        <source>Definitions</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="102"/>
        <source>Unknown clients</source>
        <translation>Unbekannte Clients</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="104"/>
        <source>%1 blacklisted</source>
        <translation>%1 gesperrt</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="114"/>
        <source>Packets per second</source>
        <translation>Pakete pro Sekunde</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="120"/>
        <location filename="../qml/pages/DashboardPage.qml" line="222"/>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="120"/>
        <location filename="../qml/pages/DashboardPage.qml" line="222"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="120"/>
        <source>2 days</source>
        <translation>2 Tage</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="148"/>
        <source>hours before now</source>
        <translation>Stunden bis jetzt</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="148"/>
        <source>minutes before now</source>
        <translation>Minuten bis jetzt</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="173"/>
        <source>Show or hide %1</source>
        <translation>%1 ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="179"/>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="193"/>
        <source>Processing time (ms per packet)</source>
        <translation>Verarbeitungszeit (ms pro Paket)</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="213"/>
        <source>Averages (packets/s, dropped/s)</source>
        <translation>Mittelwerte (Pakete/s, verworfen/s)</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="222"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="222"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="222"/>
        <source>20 min</source>
        <translation>20 min</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="222"/>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="222"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="246"/>
        <source>Since start</source>
        <translation>Seit dem Start</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="257"/>
        <location filename="../qml/pages/DashboardPage.qml" line="311"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="258"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="259"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="260"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="294"/>
        <source>Drops: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="294"/>
        <source>No drops.</source>
        <translation>Nichts verworfen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="301"/>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="309"/>
        <source>No client has asked yet.</source>
        <translation>Noch hat kein Client angefragt.</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="310"/>
        <location filename="../qml/pages/DashboardPage.qml" line="330"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="310"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="311"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="314"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="314"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="321"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="329"/>
        <source>No events.</source>
        <translation>Keine Ereignisse.</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="330"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="331"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>DefinitionsPage</name>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="44"/>
        <source>Search MAC, IP or hostname (Ctrl+F)</source>
        <translation>MAC, IP oder Hostname suchen (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/DefinitionsPage.qml" line="50"/>
        <location filename="../qml/pages/DefinitionsPage.qml" line="110"/>
        <source>%n definition(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="59"/>
        <source>Add definition</source>
        <translation>Neue Zuordnung</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="60"/>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="61"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="75"/>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="76"/>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="77"/>
        <source>Edit</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="78"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="79"/>
        <source>Only a subnet without definitions can be deleted</source>
        <translation>Nur ein Subnetz ohne Zuordnungen kann gelöscht werden</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="97"/>
        <source>All subnets</source>
        <translation>Alle Subnetze</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="110"/>
        <source>lease %1</source>
        <translation>Lease %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="111"/>
        <source>gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="119"/>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="135"/>
        <source>No definition matches “%1”.</source>
        <translation>Keine Zuordnung passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="136"/>
        <source>No definitions yet: add one, import a CSV file, or assign an address to an unknown client.</source>
        <translation>Noch keine Zuordnungen: Legen Sie eine an, importieren Sie eine CSV-Datei oder weisen Sie einem unbekannten Client eine Adresse zu.</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="137"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="137"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="138"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="138"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="139"/>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="158"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="170"/>
        <source>Delete?</source>
        <translation>Löschen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="173"/>
        <source>Delete the definition of %1 (%2)? The client gets no answer afterwards.</source>
        <translation>Zuordnung von %1 (%2) löschen? Der Client bekommt danach keine Antwort mehr.</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="174"/>
        <source>Delete the subnet %1?</source>
        <translation>Subnetz %1 löschen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="180"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="188"/>
        <source>Import definitions from CSV</source>
        <translation>Zuordnungen aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="189"/>
        <location filename="../qml/pages/DefinitionsPage.qml" line="198"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="189"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="195"/>
        <source>Export definitions to CSV</source>
        <translation>Zuordnungen als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <location filename="../app/console/embeddedserver.cpp" line="39"/>
        <source>
Binding the DHCP port needs privileges: run the server as the service (sudo systemctl start qstaticdhcpd) and manage it from here with qstaticdhcp --connect local:qstaticdhcpd, or start the console as root.</source>
        <translation>
Für den DHCP-Port braucht der Server besondere Rechte: Starten Sie ihn als Dienst (sudo systemctl start qstaticdhcpd) und verwalten Sie ihn von hier mit qstaticdhcp --connect local:qstaticdhcpd, oder starten Sie die Konsole als root.</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="67"/>
        <location filename="../app/console/firstrunsetup.cpp" line="81"/>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="71"/>
        <source>&apos;%1&apos; is not a network like 192.168.1.0/24</source>
        <translation>„%1“ ist kein Netzwerk der Form 192.168.1.0/24</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="73"/>
        <source>the server&apos;s address %1 is not inside %2</source>
        <translation>die Adresse des Servers %1 liegt nicht in %2</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="76"/>
        <source>the gateway %1 is not inside %2</source>
        <translation>das Gateway %1 liegt nicht in %2</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="86"/>
        <source>a lease of less than a minute makes clients ask all the time</source>
        <translation>eine Lease-Dauer unter einer Minute lässt die Clients ständig neu anfragen</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="91"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="106"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="143"/>
        <source>This console runs as an ordinary user and cannot answer on the DHCP port (67). Run the server as the service (sudo systemctl start qstaticdhcpd) and manage it with qstaticdhcp --connect local:qstaticdhcpd, or start the console as root.</source>
        <translation>Diese Konsole läuft als normaler Benutzer und kann auf dem DHCP-Port (67) nicht antworten. Starten Sie den Server als Dienst (sudo systemctl start qstaticdhcpd) und verwalten Sie ihn mit qstaticdhcp --connect local:qstaticdhcpd, oder starten Sie die Konsole als root.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="34"/>
        <source>Welcome to QStaticDHCP</source>
        <translation>Willkommen bei QStaticDHCP</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="38"/>
        <source>QStaticDHCP gives each machine you list the address you chose for it. Machines you have not listed get no answer, so it never disturbs anything on your network until you add them. Three questions and you are ready.</source>
        <translation>QStaticDHCP gibt jedem Gerät, das Sie eintragen, die Adresse, die Sie dafür gewählt haben. Geräte, die Sie nicht eingetragen haben, bekommen keine Antwort – so stört es nichts in Ihrem Netzwerk, bis Sie Geräte hinzufügen. Drei Fragen, und es kann losgehen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="40"/>
        <source>1. Which network card serves the clients?</source>
        <translation>1. Über welche Netzwerkkarte werden die Clients versorgt?</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="51"/>
        <source>%1 — %2 (network %3)</source>
        <translation>%1 — %2 (Netzwerk %3)</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="60"/>
        <source>2. The network the clients are on</source>
        <translation>2. Das Netzwerk der Clients</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="64"/>
        <source>This server&apos;s address</source>
        <translation>Adresse dieses Servers</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="66"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="68"/>
        <source>Gateway (router)</source>
        <translation>Gateway (Router)</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="70"/>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="71"/>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="72"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="73"/>
        <source>optional, e.g. office.example</source>
        <translation>optional, z. B. office.example</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="74"/>
        <source>Lease time (hours)</source>
        <translation>Lease-Dauer (Stunden)</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="77"/>
        <source>3. Unknown machines</source>
        <translation>3. Unbekannte Geräte</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="81"/>
        <source>Authoritative: tell unknown machines that their address is wrong (NAK)</source>
        <translation>Autoritativ: Unbekannten Geräten mitteilen, dass ihre Adresse falsch ist (NAK)</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="87"/>
        <source>Only turn this on when QStaticDHCP is the only DHCP server on this network: it will refuse addresses other servers hand out.</source>
        <translation>Schalten Sie das nur ein, wenn QStaticDHCP der einzige DHCP-Server in diesem Netzwerk ist: Er lehnt Adressen ab, die andere Server vergeben.</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="88"/>
        <source>Recommended: unknown machines are listed under Unknown clients, where one click gives them an address.</source>
        <translation>Empfohlen: Unbekannte Geräte erscheinen unter „Unbekannte Clients“; dort bekommen sie mit einem Klick eine Adresse.</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="93"/>
        <source>The configuration goes to %1</source>
        <translation>Die Konfiguration wird in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="94"/>
        <source>Create and start</source>
        <translation>Anlegen und starten</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="37"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="37"/>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="37"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="42"/>
        <source>up %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="53"/>
        <source>embedded server</source>
        <translation>eingebauter Server</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="56"/>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="60"/>
        <source>Reinitialise</source>
        <translation>Neu initialisieren</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="63"/>
        <source>Reload definitions, blacklist and hooks, as SIGHUP does</source>
        <translation>Zuordnungen, Sperrliste und Hooks neu laden (wie SIGHUP)</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="67"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="40"/>
        <source>No problem found.</source>
        <translation>Kein Problem gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HooksPage.qml" line="40"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="47"/>
        <source>Saved and reloaded.</source>
        <translation>Gespeichert und neu geladen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="47"/>
        <source>Saved, but the reload failed: %1 (the previous hooks stay active)</source>
        <translation>Gespeichert, aber das Neuladen ist fehlgeschlagen: %1 (die bisherigen Hooks bleiben aktiv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="56"/>
        <source>No hook file is configured ([hooks] file)</source>
        <translation>Keine Hook-Datei konfiguriert ([hooks] file)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="57"/>
        <source>(changed)</source>
        <translation>(geändert)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="59"/>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="59"/>
        <source>no hook file</source>
        <translation>keine Hook-Datei</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="59"/>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="60"/>
        <source>reload failed</source>
        <translation>Neuladen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="64"/>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="65"/>
        <source>Save &amp;&amp; reload</source>
        <translation>Speichern &amp;&amp; neu laden</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="66"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="146"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="155"/>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="165"/>
        <source>No hook file: set [hooks] file in Settings.</source>
        <translation>Keine Hook-Datei: [hooks] file in den Einstellungen setzen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="165"/>
        <source>The hook file defines no hook.</source>
        <translation>Die Hook-Datei definiert keinen Hook.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="166"/>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="166"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="167"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="167"/>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="168"/>
        <source>Average ms</source>
        <translation>Mittel ms</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="168"/>
        <source>Worst ms</source>
        <translation>Max. ms</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="169"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="178"/>
        <source>Actions from hooks</source>
        <translation>Aktionen der Hooks</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="185"/>
        <source>None: a hook adds one with callbacks.webAddMethod.</source>
        <translation>Keine: Ein Hook fügt sie mit callbacks.webAddMethod hinzu.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="208"/>
        <source>The action answered %1, which the console does not show.</source>
        <translation>Die Aktion antwortete mit %1, das die Konsole nicht anzeigt.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="209"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="219"/>
        <source>Run %1?</source>
        <translation>%1 ausführen?</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="221"/>
        <source>The hook asks for confirmation before this action runs.</source>
        <translation>Der Hook verlangt vor dieser Aktion eine Bestätigung.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="11"/>
        <source>Import definitions from CSV</source>
        <translation>Zuordnungen aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="30"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="32"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 conflicts, %5 invalid.</source>
        <translation>%1 neu, %2 geändert, %3 unverändert, %4 im Konflikt, %5 ungültig.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="34"/>
        <source>Imported %1, refused %2.</source>
        <translation>Importiert: %1, abgelehnt: %2.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="42"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="43"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="43"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="44"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="44"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="45"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="48"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="48"/>
        <source>update</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="48"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="48"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="49"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="49"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="49"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="62"/>
        <source>Conflicting and invalid lines are left out; fix them in the file and import again.</source>
        <translation>Zeilen mit Konflikten und ungültige Zeilen werden ausgelassen; korrigieren Sie sie in der Datei und importieren Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ImportDialog.qml" line="68"/>
        <source>Import %n line(s)</source>
        <translation>
            <numerusform>%n Zeile importieren</numerusform>
            <numerusform>%n Zeilen importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="17"/>
        <source>%1 — QStaticDHCP console</source>
        <translation>%1 — QStaticDHCP-Konsole</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="17"/>
        <source>QStaticDHCP console</source>
        <translation>QStaticDHCP-Konsole</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="25"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="26"/>
        <source>Definitions</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="27"/>
        <source>Unknown clients</source>
        <translation>Unbekannte Clients</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>Blacklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30"/>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="64"/>
        <source>Reinitialised in %1 s</source>
        <translation>Neu initialisiert in %1 s</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="65"/>
        <source>Reinitialisation failed: %1</source>
        <translation>Neuinitialisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="113"/>
        <source>Subnet %1 added</source>
        <translation>Subnetz %1 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="37"/>
        <source>a MAC looks like aa:bb:cc:dd:ee:ff</source>
        <translation>eine MAC-Adresse sieht so aus: aa:bb:cc:dd:ee:ff</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="41"/>
        <source>not an IPv4 address</source>
        <translation>keine IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="42"/>
        <source>outside %1</source>
        <translation>außerhalb von %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="66"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="66"/>
        <source>New definition</source>
        <translation>Neue Zuordnung</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="68"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="73"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="82"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="87"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="88"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="98"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="99"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/components/NavRail.qml" line="48"/>
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="118"/>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="126"/>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="131"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="133"/>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 liegt außerhalb von %2 … %3</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="137"/>
        <location filename="../app/console/settingsmodel.cpp" line="143"/>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="149"/>
        <source>&apos;%1&apos; is not a fraction between 0 and 1</source>
        <translation>„%1“ ist keine Zahl zwischen 0 und 1 (z. B. 0.5)</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="153"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="157"/>
        <source>&apos;%1&apos; is not debug, info, warning, error or critical</source>
        <translation>„%1“ ist nicht debug, info, warning, error oder critical</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="209"/>
        <source>the settings of a remote server are changed in its configuration file on that machine</source>
        <translation>die Einstellungen eines entfernten Servers ändert man in seiner Konfigurationsdatei auf jenem Rechner</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="212"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="235"/>
        <source>cannot write beside %1: %2</source>
        <translation>im Ordner von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="249"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="48"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="51"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="55"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="62"/>
        <source>Find a key (Ctrl+F)</source>
        <translation>Schlüssel suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="75"/>
        <source>Embedded server, configuration %1. Changes are written to this file and take effect when the server restarts.</source>
        <translation>Eingebauter Server, Konfiguration %1. Änderungen werden in diese Datei geschrieben und gelten, sobald der Server neu startet.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="76"/>
        <source>Connected to %1 as %2. These are the keys the daemon runs with; change them in its configuration file %3 on that machine.</source>
        <translation>Verbunden mit %1 als %2. Das sind die Schlüssel, mit denen der Dienst läuft; ändern Sie sie in seiner Konfigurationsdatei %3 auf jenem Rechner.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="82"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="89"/>
        <source>Saved to %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="94"/>
        <source>Restart the server to apply</source>
        <translation>Neu starten und übernehmen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="98"/>
        <source>The file differs from what the server runs with: restart to apply.</source>
        <translation>Die Datei weicht von dem ab, womit der Server läuft: Zum Übernehmen neu starten.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="135"/>
        <source>staticDHCPd: %1</source>
        <translation>staticDHCPd: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="150"/>
        <source>restart needed</source>
        <translation>Neustart nötig</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="172"/>
        <location filename="../qml/pages/SettingsPage.qml" line="209"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="172"/>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="185"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="186"/>
        <source>not set once saved</source>
        <translation>nach dem Speichern nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="187"/>
        <source>set (type a new value to replace it)</source>
        <translation>gesetzt (einen neuen Wert eingeben, um ihn zu ersetzen)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="187"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="191"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="201"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
</context>
<context>
    <name>SubnetDialog</name>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="15"/>
        <source>Edit subnet %1</source>
        <translation>Subnetz %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="15"/>
        <source>New subnet</source>
        <translation>Neues Subnetz</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="51"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="53"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="55"/>
        <source>Lease time (s)</source>
        <translation>Lease-Dauer (s)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="57"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="59"/>
        <source>Subnet mask</source>
        <translation>Subnetzmaske</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="61"/>
        <source>Broadcast</source>
        <translation>Broadcast-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="63"/>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="65"/>
        <source>NTP servers</source>
        <translation>NTP-Server</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="67"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message numerus="yes">
        <location filename="../qml/Theme.qml" line="35"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Theme.qml" line="36"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Theme.qml" line="37"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Theme.qml" line="38"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="44"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="45"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="46"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="47"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="55"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="56"/>
        <source>malformed packet</source>
        <translation>fehlerhaftes Paket</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="57"/>
        <source>not DHCP</source>
        <translation>kein DHCP</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="58"/>
        <source>not a request</source>
        <translation>keine Anfrage</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="59"/>
        <source>relay not allowed</source>
        <translation>Relays nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="60"/>
        <source>relay not authorised</source>
        <translation>Relay nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="61"/>
        <source>local requests not allowed</source>
        <translation>lokale Anfragen nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="62"/>
        <source>other network</source>
        <translation>anderes Netzwerk</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="63"/>
        <source>blacklisted</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="64"/>
        <source>temporarily ignored</source>
        <translation>vorübergehend ignoriert</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="65"/>
        <source>flood-suspended</source>
        <translation>wegen Anfrageflut pausiert</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="66"/>
        <source>hook said no</source>
        <translation>von Hook abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="67"/>
        <source>hook ignored it</source>
        <translation>von Hook ignoriert</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="68"/>
        <source>hook vetoed the reply</source>
        <translation>Antwort von Hook blockiert</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="69"/>
        <source>hook failed</source>
        <translation>Hook-Fehler</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="70"/>
        <source>unknown MAC</source>
        <translation>unbekannte MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="71"/>
        <source>chose another server</source>
        <translation>anderen Server gewählt</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="72"/>
        <source>not RFC 2131 compliant</source>
        <translation>nicht RFC-2131-konform</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="73"/>
        <source>missing fields</source>
        <translation>fehlende Felder</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="74"/>
        <source>wrong address</source>
        <translation>falsche Adresse</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="75"/>
        <source>lease query not served</source>
        <translation>Lease-Abfrage nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="76"/>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="77"/>
        <source>database unreachable</source>
        <translation>Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="78"/>
        <source>database too slow</source>
        <translation>Datenbank zu langsam</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="79"/>
        <source>reply not sent</source>
        <translation>Antwort nicht gesendet</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="80"/>
        <source>reply address not allowed</source>
        <translation>Antwortadresse nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>UnknownClientsPage</name>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="33"/>
        <source>Filter by MAC or vendor (Ctrl+F)</source>
        <translation>Nach MAC oder Hersteller filtern (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/UnknownClientsPage.qml" line="34"/>
        <source>%n unknown client(s)</source>
        <translation>
            <numerusform>%n unbekannter Client</numerusform>
            <numerusform>%n unbekannte Clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="38"/>
        <source>Authoritative: unknown clients are NAKed.</source>
        <translation>Autoritativ: Unbekannte Clients werden mit NAK abgewiesen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="38"/>
        <source>Not authoritative: unknown clients are ignored, never NAKed.</source>
        <translation>Nicht autoritativ: Unbekannte Clients werden ignoriert, nie mit NAK abgewiesen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="50"/>
        <source>No unknown client. A machine that asks for an address and has no definition appears here.</source>
        <translation>Kein unbekannter Client. Hier erscheint jedes Gerät, das eine Adresse anfragt und keine Zuordnung hat.</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="51"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="51"/>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="52"/>
        <source>First seen</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="52"/>
        <source>Last seen</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="53"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="53"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="54"/>
        <source>Last reason</source>
        <translation>Letzter Grund</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="58"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="60"/>
        <source>unknown vendor</source>
        <translation>unbekannter Hersteller</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="67"/>
        <source>Assign address…</source>
        <translation>Adresse zuweisen…</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="68"/>
        <source>unknown client</source>
        <translation>unbekannter Client</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="68"/>
        <source>Blacklist</source>
        <comment>verb: put this MAC on the blacklist</comment>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="78"/>
        <source>Assign an address to %1</source>
        <translation>%1 eine Adresse zuweisen</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="104"/>
        <source>Add a subnet first (Definitions page).</source>
        <translation>Legen Sie zuerst ein Subnetz an (Seite „Zuordnungen“).</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="107"/>
        <source>%1 gets %2 at its next request</source>
        <translation>%1 bekommt %2 bei seiner nächsten Anfrage</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="118"/>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="128"/>
        <source>IP address (the next free one is suggested)</source>
        <translation>IP-Adresse (die nächste freie wird vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="131"/>
        <source>outside %1</source>
        <translation>außerhalb von %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="136"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="137"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
</context>
</TS>
