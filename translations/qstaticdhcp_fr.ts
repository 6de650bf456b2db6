<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="10"/>
        <source>About QStaticDHCP</source>
        <translation>À propos de QStaticDHCP</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="17"/>
        <source>QStaticDHCP is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; see the GNU General Public License for more details.</source>
        <translation>QStaticDHCP est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est distribué dans l’espoir d’être utile, mais SANS AUCUNE GARANTIE ; voir la GNU General Public License pour plus de détails.</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="27"/>
        <source>QStaticDHCP console %1</source>
        <translation>Console QStaticDHCP %1</translation>
    </message>
    <message>
        <location filename="../qml/components/AboutDialog.qml" line="42"/>
        <source>A static DHCPv4 server that follows staticDHCPd (GPLv3) by Neil Tallim. Built with Qt, used under the terms of the GNU LGPL version 3.</source>
        <translation>Un serveur DHCPv4 statique qui suit staticDHCPd (GPLv3) de Neil Tallim. Construit avec Qt, utilisé selon les termes de la GNU LGPL version 3.</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="44"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="45"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="57"/>
        <source>MAC or IP (Ctrl+F)</source>
        <translation>MAC ou IP (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="58"/>
        <source>every method</source>
        <translation>toutes les méthodes</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="59"/>
        <source>answered and dropped</source>
        <translation>tous les résultats</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="59"/>
        <source>answered only</source>
        <translation>répondus seulement</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="59"/>
        <source>dropped only</source>
        <translation>rejetés seulement</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ActivityPage.qml" line="61"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="72"/>
        <source>No activity yet.</source>
        <translation>Aucune activité pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="73"/>
        <location filename="../qml/pages/ActivityPage.qml" line="109"/>
        <location filename="../qml/pages/ActivityPage.qml" line="151"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="73"/>
        <location filename="../qml/pages/ActivityPage.qml" line="109"/>
        <source>Method</source>
        <translation>Méthode</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="75"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="78"/>
        <source>answered: %1</source>
        <translation>répondu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="92"/>
        <source>Select a client to see what happened.</source>
        <translation>Sélectionnez un client pour voir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="99"/>
        <source>No answer: %1.</source>
        <translation>Pas de réponse, motif&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="127"/>
        <source>Blacklist</source>
        <comment>verb: put this MAC on the blacklist</comment>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="100"/>
        <source>Answered with %1 %2.</source>
        <translation>Réponse envoyée&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="110"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="110"/>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="111"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="112"/>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="112"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="113"/>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="113"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="114"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="125"/>
        <source>Assign address…</source>
        <translation>Attribuer une adresse…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="126"/>
        <source>Show definition</source>
        <translation>Voir l&apos;attribution</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="140"/>
        <source>Text in the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="141"/>
        <source>debug and above</source>
        <translation>debug et plus</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="141"/>
        <source>info and above</source>
        <translation>info et plus</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="141"/>
        <source>warnings and above</source>
        <translation>avertissements et plus</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="141"/>
        <source>errors only</source>
        <translation>erreurs seulement</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ActivityPage.qml" line="143"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="150"/>
        <source>No log record at this severity.</source>
        <translation>Aucune entrée de journal à ce niveau.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="151"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="152"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../qml/pages/ActivityPage.qml" line="152"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../qml/components/Banner.qml" line="25"/>
        <source>The definitions database is not answering: %1</source>
        <translation>La base de définitions ne répond pas : %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Banner.qml" line="27"/>
        <source>Connecting to %1…</source>
        <translation>Connexion vers %1…</translation>
    </message>
    <message>
        <location filename="../qml/components/Banner.qml" line="27"/>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location filename="../qml/components/Banner.qml" line="29"/>
        <source>The embedded server did not start: %1</source>
        <translation>Le serveur intégré n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/Banner.qml" line="30"/>
        <source>The server is unreachable: %1. Trying again every two seconds.</source>
        <translation>Le serveur est injoignable&#xa0;: %1. Nouvelle tentative toutes les deux secondes.</translation>
    </message>
</context>
<context>
    <name>BlacklistPage</name>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="28"/>
        <source>%1 released</source>
        <translation>%1 débloqué</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="44"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="46"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="50"/>
        <source>permanently</source>
        <translation>définitivement</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="50"/>
        <source>for 10 minutes</source>
        <translation>pendant 10 minutes</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="51"/>
        <source>for 1 hour</source>
        <translation>pendant 1 heure</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="51"/>
        <source>for 1 day</source>
        <translation>pendant 1 jour</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="55"/>
        <source>Blacklist</source>
        <comment>verb: put this MAC on the blacklist</comment>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="20"/>
        <source>%1 blacklisted</source>
        <translation>%1 mis sur liste noire</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="68"/>
        <source>Temporarily ignored (%1)</source>
        <translation>Ignorés temporairement (%1)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="75"/>
        <source>Nobody is ignored: flooding clients, clients a hook set aside and unknown clients in their wait time appear here.</source>
        <translation>Personne n&apos;est ignoré. Apparaissent ici les clients qui envoient trop de requêtes, ceux qu&apos;un hook a mis de côté et les clients inconnus pendant leur délai d&apos;attente.</translation>
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
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="77"/>
        <location filename="../qml/pages/BlacklistPage.qml" line="96"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="83"/>
        <source>Release now</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="88"/>
        <source>Permanent (%1)</source>
        <translation>Permanents (%1)</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="95"/>
        <source>No permanent entry.</source>
        <translation>Aucune entrée permanente.</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="97"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="97"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../qml/pages/BlacklistPage.qml" line="103"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <location filename="../app/console/consoleactions.cpp" line="44"/>
        <location filename="../app/console/consoleactions.cpp" line="129"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>ConsoleClient</name>
    <message>
        <location filename="../app/console/consoleclient.cpp" line="83"/>
        <location filename="../app/console/consoleclient.cpp" line="86"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location filename="../app/console/consoleclient.cpp" line="87"/>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <location filename="../app/console/consoleclient.cpp" line="171"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../app/console/consoleclient.h" line="157"/>
        <source>the server did not answer</source>
        <translation>le serveur n&apos;a pas répondu</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../app/console/consolesession.cpp" line="50"/>
        <source>the configuration %1 sets no local management socket ([management] listen): the console cannot reach its own server</source>
        <translation>la configuration %1 ne définit aucun socket de gestion local ([management] listen)&#xa0;: la console ne peut pas joindre son propre serveur</translation>
    </message>
</context>
<context>
    <name>CsvDefinitions</name>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="135"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="143"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="150"/>
        <source>%1: the first line must name the columns, at least mac and ip (found: %2)</source>
        <translation>%1&#xa0;: la première ligne doit nommer les colonnes, au moins mac et ip (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="166"/>
        <location filename="../app/console/csvdefinitions.cpp" line="339"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="236"/>
        <source>&apos;%1&apos; is not a MAC address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse MAC</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="239"/>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="242"/>
        <source>no subnet: add a subnet column or choose the subnet to import into</source>
        <translation>aucun sous-réseau&#xa0;: ajoutez une colonne subnet ou choisissez le sous-réseau de destination</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="245"/>
        <source>subnet %1 (serial %2) does not exist: add it first</source>
        <translation>le sous-réseau %1 (numéro de série %2) n&apos;existe pas&#xa0;: ajoutez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="248"/>
        <source>%1 is outside %2</source>
        <translation>%1 est en dehors de %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="251"/>
        <source>MAC %1 also on line %2</source>
        <translation>MAC %1 aussi à la ligne %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="254"/>
        <source>%1 also on line %2</source>
        <translation>%1 aussi à la ligne %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="257"/>
        <source>%1 already belongs to %2</source>
        <translation>%1 appartient déjà à %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="265"/>
        <source>was %1 %2</source>
        <translation>avant&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/console/csvdefinitions.cpp" line="353"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/console/csvdefinitions.cpp" line="356"/>
        <source>%n definition(s) written to %1</source>
        <translation>
            <numerusform>%n attribution écrite dans %1</numerusform>
            <numerusform>%n attributions écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="94"/>
        <source>Packets/s</source>
        <translation>Paquets/s</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="95"/>
        <source>%1 since start</source>
        <translation>%1 depuis le démarrage</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="96"/>
        <source>Answered/s</source>
        <translation>Répondus/s</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="97"/>
        <source>Dropped/s</source>
        <translation>Rejetés/s</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="99"/>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="99"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="100"/>
        <source>average per packet</source>
        <translation>moyenne par paquet</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="101"/>
        <source>Definitions</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="102"/>
        <source>Unknown clients</source>
        <translation>Clients inconnus</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="104"/>
        <source>%1 blacklisted</source>
        <translation>%1 sur liste noire</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="114"/>
        <source>Packets per second</source>
        <translation>Paquets par seconde</translation>
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
        <translation>2 jours</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="148"/>
        <source>hours before now</source>
        <translation>heures avant maintenant</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="148"/>
        <source>minutes before now</source>
        <translation>minutes avant maintenant</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="173"/>
        <source>Show or hide %1</source>
        <translation>Afficher ou masquer %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="179"/>
        <source>dropped</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="193"/>
        <source>Processing time (ms per packet)</source>
        <translation>Temps de traitement (ms par paquet)</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="213"/>
        <source>Averages (packets/s, dropped/s)</source>
        <translation>Moyennes (paquets/s, rejetés/s)</translation>
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
        <translation>Depuis le démarrage</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="257"/>
        <location filename="../qml/pages/DashboardPage.qml" line="311"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="258"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="259"/>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="260"/>
        <source>Dropped</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="294"/>
        <source>Drops: %1</source>
        <translation>Rejets&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="294"/>
        <source>No drops.</source>
        <translation>Aucun rejet.</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="301"/>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="309"/>
        <source>No client has asked yet.</source>
        <translation>Aucun client n&apos;a encore fait de demande.</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="310"/>
        <location filename="../qml/pages/DashboardPage.qml" line="330"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="310"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="311"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="314"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="314"/>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="321"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="329"/>
        <source>No events.</source>
        <translation>Aucun événement.</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="330"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../qml/pages/DashboardPage.qml" line="331"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>DefinitionsPage</name>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="44"/>
        <source>Search MAC, IP or hostname (Ctrl+F)</source>
        <translation>Chercher MAC, IP ou nom d&apos;hôte (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/DefinitionsPage.qml" line="50"/>
        <location filename="../qml/pages/DefinitionsPage.qml" line="110"/>
        <source>%n definition(s)</source>
        <translation>
            <numerusform>%n attribution</numerusform>
            <numerusform>%n attributions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="59"/>
        <source>Add definition</source>
        <translation>Nouvelle attribution</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="60"/>
        <source>Import CSV…</source>
        <translation>Importer CSV…</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="61"/>
        <source>Export CSV…</source>
        <translation>Exporter CSV…</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="75"/>
        <source>Subnets</source>
        <translation>Sous-réseaux</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="76"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="77"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="78"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="79"/>
        <source>Only a subnet without definitions can be deleted</source>
        <translation>Seul un sous-réseau sans attribution peut être supprimé</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="97"/>
        <source>All subnets</source>
        <translation>Tous les sous-réseaux</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="110"/>
        <source>lease %1</source>
        <translation>bail %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="111"/>
        <source>gateway %1</source>
        <translation>passerelle %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="119"/>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="135"/>
        <source>No definition matches “%1”.</source>
        <translation>Aucune attribution ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="136"/>
        <source>No definitions yet: add one, import a CSV file, or assign an address to an unknown client.</source>
        <translation>Aucune attribution pour l&apos;instant&#xa0;: ajoutez-en une, importez un fichier CSV ou attribuez une adresse à un client inconnu.</translation>
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
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="138"/>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="139"/>
        <source>Last seen</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="158"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="170"/>
        <source>Delete?</source>
        <translation>Supprimer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="173"/>
        <source>Delete the definition of %1 (%2)? The client gets no answer afterwards.</source>
        <translation>Supprimer l&apos;attribution de %1 (%2)&#x202f;? Le client ne recevra plus de réponse.</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="174"/>
        <source>Delete the subnet %1?</source>
        <translation>Supprimer le sous-réseau %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="180"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="188"/>
        <source>Import definitions from CSV</source>
        <translation>Importer des attributions depuis un CSV</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="189"/>
        <location filename="../qml/pages/DefinitionsPage.qml" line="198"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="189"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/pages/DefinitionsPage.qml" line="195"/>
        <source>Export definitions to CSV</source>
        <translation>Exporter les attributions en CSV</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <location filename="../app/console/embeddedserver.cpp" line="39"/>
        <source>
Binding the DHCP port needs privileges: run the server as the service (sudo systemctl start qstaticdhcpd) and manage it from here with qstaticdhcp --connect local:qstaticdhcpd, or start the console as root.</source>
        <translation>
Écouter sur le port DHCP demande des privilèges&#xa0;: lancez le serveur comme service (sudo systemctl start qstaticdhcpd) et gérez-le d’ici avec qstaticdhcp --connect local:qstaticdhcpd, ou lancez la console en tant que root.</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="67"/>
        <location filename="../app/console/firstrunsetup.cpp" line="81"/>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="71"/>
        <source>&apos;%1&apos; is not a network like 192.168.1.0/24</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un réseau de la forme 192.168.1.0/24</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="73"/>
        <source>the server&apos;s address %1 is not inside %2</source>
        <translation>l&apos;adresse du serveur %1 n&apos;est pas dans %2</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="76"/>
        <source>the gateway %1 is not inside %2</source>
        <translation>la passerelle %1 n&apos;est pas dans %2</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="86"/>
        <source>a lease of less than a minute makes clients ask all the time</source>
        <translation>avec un bail de moins d&apos;une minute, les clients redemandent sans arrêt</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="91"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="106"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/console/firstrunsetup.cpp" line="143"/>
        <source>This console runs as an ordinary user and cannot answer on the DHCP port (67). Run the server as the service (sudo systemctl start qstaticdhcpd) and manage it with qstaticdhcp --connect local:qstaticdhcpd, or start the console as root.</source>
        <translation>Cette console tourne sous un utilisateur ordinaire et ne peut pas répondre sur le port DHCP (67). Lancez le serveur comme service (sudo systemctl start qstaticdhcpd) et gérez-le avec qstaticdhcp --connect local:qstaticdhcpd, ou lancez la console en root.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="34"/>
        <source>Welcome to QStaticDHCP</source>
        <translation>Bienvenue dans QStaticDHCP</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="38"/>
        <source>QStaticDHCP gives each machine you list the address you chose for it. Machines you have not listed get no answer, so it never disturbs anything on your network until you add them. Three questions and you are ready.</source>
        <translation>QStaticDHCP donne à chaque machine de votre liste l&apos;adresse que vous avez choisie pour elle. Les machines absentes de la liste ne reçoivent aucune réponse&#xa0;: il ne perturbe donc rien sur votre réseau tant que vous ne les ajoutez pas. Trois questions et c&apos;est prêt.</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="40"/>
        <source>1. Which network card serves the clients?</source>
        <translation>1. Quelle carte réseau dessert les clients&#x202f;?</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="51"/>
        <source>%1 — %2 (network %3)</source>
        <translation>%1 — %2 (réseau %3)</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="60"/>
        <source>2. The network the clients are on</source>
        <translation>2. Le réseau des clients</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="64"/>
        <source>This server&apos;s address</source>
        <translation>Adresse de ce serveur</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="66"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="68"/>
        <source>Gateway (router)</source>
        <translation>Passerelle (routeur)</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="70"/>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="71"/>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="72"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="73"/>
        <source>optional, e.g. office.example</source>
        <translation>facultatif, par ex. office.example</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="74"/>
        <source>Lease time (hours)</source>
        <translation>Durée du bail (heures)</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="77"/>
        <source>3. Unknown machines</source>
        <translation>3. Machines inconnues</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="81"/>
        <source>Authoritative: tell unknown machines that their address is wrong (NAK)</source>
        <translation>Faisant autorité&#xa0;: dire aux machines inconnues que leur adresse est incorrecte (NAK)</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="87"/>
        <source>Only turn this on when QStaticDHCP is the only DHCP server on this network: it will refuse addresses other servers hand out.</source>
        <translation>N&apos;activez cette option que si QStaticDHCP est le seul serveur DHCP de ce réseau&#xa0;: il refusera les adresses distribuées par d&apos;autres serveurs.</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="88"/>
        <source>Recommended: unknown machines are listed under Unknown clients, where one click gives them an address.</source>
        <translation>Recommandé&#xa0;: les machines inconnues apparaissent dans «&#xa0;Clients inconnus&#xa0;», où un clic leur donne une adresse.</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="93"/>
        <source>The configuration goes to %1</source>
        <translation>La configuration sera enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/FirstRunWizard.qml" line="94"/>
        <source>Create and start</source>
        <translation>Créer et démarrer</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="37"/>
        <source>running</source>
        <translation>en service</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="37"/>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="37"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="42"/>
        <source>up %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="53"/>
        <source>embedded server</source>
        <translation>serveur intégré</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="56"/>
        <source>signed in as %1</source>
        <translation>connecté en tant que %1</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="60"/>
        <source>Reinitialise</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="63"/>
        <source>Reload definitions, blacklist and hooks, as SIGHUP does</source>
        <translation>Recharger les attributions, la liste noire et les hooks (comme SIGHUP)</translation>
    </message>
    <message>
        <location filename="../qml/components/HeaderBar.qml" line="67"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="40"/>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HooksPage.qml" line="40"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="47"/>
        <source>Saved and reloaded.</source>
        <translation>Enregistré et rechargé.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="47"/>
        <source>Saved, but the reload failed: %1 (the previous hooks stay active)</source>
        <translation>Enregistré, mais le rechargement a échoué&#xa0;: %1 (les hooks précédents restent actifs)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="56"/>
        <source>No hook file is configured ([hooks] file)</source>
        <translation>Aucun fichier de hooks configuré ([hooks] file)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="57"/>
        <source>(changed)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="59"/>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="59"/>
        <source>no hook file</source>
        <translation>aucun fichier de hooks</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="59"/>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="60"/>
        <source>reload failed</source>
        <translation>échec du rechargement</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="64"/>
        <source>Validate</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="65"/>
        <source>Save &amp;&amp; reload</source>
        <translation>Enregistrer &amp;&amp; recharger</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="66"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="146"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="155"/>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="165"/>
        <source>No hook file: set [hooks] file in Settings.</source>
        <translation>Aucun fichier de hooks&#xa0;: renseignez [hooks] file dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="165"/>
        <source>The hook file defines no hook.</source>
        <translation>Le fichier de hooks ne définit aucun hook.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="166"/>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="166"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="167"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="167"/>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="168"/>
        <source>Average ms</source>
        <translation>Moy. ms</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="168"/>
        <source>Worst ms</source>
        <translation>Max. ms</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="169"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="178"/>
        <source>Actions from hooks</source>
        <translation>Actions des hooks</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="185"/>
        <source>None: a hook adds one with callbacks.webAddMethod.</source>
        <translation>Aucune&#xa0;: un hook en ajoute avec callbacks.webAddMethod.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="208"/>
        <source>The action answered %1, which the console does not show.</source>
        <translation>L’action a répondu %1, que la console n’affiche pas.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="209"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="219"/>
        <source>Run %1?</source>
        <translation>Exécuter %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../qml/pages/HooksPage.qml" line="221"/>
        <source>The hook asks for confirmation before this action runs.</source>
        <translation>Le hook demande une confirmation avant d&apos;exécuter cette action.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="11"/>
        <source>Import definitions from CSV</source>
        <translation>Importer des attributions depuis un CSV</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="30"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="32"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 conflicts, %5 invalid.</source>
        <translation>Nouvelles&#xa0;: %1, modifiées&#xa0;: %2, inchangées&#xa0;: %3, en conflit&#xa0;: %4, invalides&#xa0;: %5.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="34"/>
        <source>Imported %1, refused %2.</source>
        <translation>Importées&#xa0;: %1, refusées&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="42"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="42"/>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="44"/>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="45"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="48"/>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="48"/>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="48"/>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="48"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="49"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="49"/>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="49"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../qml/pages/ImportDialog.qml" line="62"/>
        <source>Conflicting and invalid lines are left out; fix them in the file and import again.</source>
        <translation>Les lignes en conflit ou invalides sont ignorées&#x202f;; corrigez-les dans le fichier et importez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/ImportDialog.qml" line="68"/>
        <source>Import %n line(s)</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="17"/>
        <source>%1 — QStaticDHCP console</source>
        <translation>%1 — Console QStaticDHCP</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="17"/>
        <source>QStaticDHCP console</source>
        <translation>Console QStaticDHCP</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="25"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="26"/>
        <source>Definitions</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="27"/>
        <source>Unknown clients</source>
        <translation>Clients inconnus</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>Blacklist</source>
        <translation>Liste noire</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30"/>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="64"/>
        <source>Reinitialised in %1 s</source>
        <translation>Réinitialisé en %1 s</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="65"/>
        <source>Reinitialisation failed: %1</source>
        <translation>Échec de la réinitialisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="113"/>
        <source>Subnet %1 added</source>
        <translation>Sous-réseau %1 ajouté</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="37"/>
        <source>a MAC looks like aa:bb:cc:dd:ee:ff</source>
        <translation>une adresse MAC ressemble à aa:bb:cc:dd:ee:ff</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="41"/>
        <source>not an IPv4 address</source>
        <translation>pas une adresse IPv4</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="42"/>
        <source>outside %1</source>
        <translation>en dehors de %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="66"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="66"/>
        <source>New definition</source>
        <translation>Nouvelle attribution</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="68"/>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="73"/>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="82"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="87"/>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="88"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="98"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/pages/MapEditor.qml" line="99"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/components/NavRail.qml" line="48"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="118"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="126"/>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="131"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="133"/>
        <source>%1 is outside %2 … %3</source>
        <translation>%1 est en dehors de %2 … %3</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="137"/>
        <location filename="../app/console/settingsmodel.cpp" line="143"/>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="149"/>
        <source>&apos;%1&apos; is not a fraction between 0 and 1</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entre 0 et 1 (par ex. 0.5)</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="153"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs %2</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="157"/>
        <source>&apos;%1&apos; is not debug, info, warning, error or critical</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas debug, info, warning, error ou critical</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="209"/>
        <source>the settings of a remote server are changed in its configuration file on that machine</source>
        <translation>les paramètres d&apos;un serveur distant se modifient dans son fichier de configuration, sur sa propre machine</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="212"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="235"/>
        <source>cannot write beside %1: %2</source>
        <translation>impossible d&apos;écrire dans le dossier de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/console/settingsmodel.cpp" line="249"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="48"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="51"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="55"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="57"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="62"/>
        <source>Find a key (Ctrl+F)</source>
        <translation>Chercher une clé (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="75"/>
        <source>Embedded server, configuration %1. Changes are written to this file and take effect when the server restarts.</source>
        <translation>Serveur intégré, configuration %1. Les modifications sont écrites dans ce fichier et prennent effet au redémarrage du serveur.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="76"/>
        <source>Connected to %1 as %2. These are the keys the daemon runs with; change them in its configuration file %3 on that machine.</source>
        <translation>Connecté à %1 en tant que %2. Voici les clés avec lesquelles le service tourne&#x202f;; modifiez-les dans son fichier de configuration %3, sur cette machine-là.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="82"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="89"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="94"/>
        <source>Restart the server to apply</source>
        <translation>Redémarrer pour appliquer</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="98"/>
        <source>The file differs from what the server runs with: restart to apply.</source>
        <translation>Le fichier diffère de la configuration en cours&#xa0;: redémarrez pour appliquer.</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="135"/>
        <source>staticDHCPd: %1</source>
        <translation>staticDHCPd&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="150"/>
        <source>restart needed</source>
        <translation>redémarrage requis</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="172"/>
        <location filename="../qml/pages/SettingsPage.qml" line="209"/>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="172"/>
        <source>unset</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="185"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="186"/>
        <source>not set once saved</source>
        <translation>non défini une fois enregistré</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="187"/>
        <source>set (type a new value to replace it)</source>
        <translation>défini (saisir une nouvelle valeur pour le remplacer)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="187"/>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="191"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="201"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
</context>
<context>
    <name>SubnetDialog</name>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="15"/>
        <source>Edit subnet %1</source>
        <translation>Modifier le sous-réseau %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="15"/>
        <source>New subnet</source>
        <translation>Nouveau sous-réseau</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="51"/>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="53"/>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="55"/>
        <source>Lease time (s)</source>
        <translation>Durée du bail (s)</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="57"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="59"/>
        <source>Subnet mask</source>
        <translation>Masque de sous-réseau</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="61"/>
        <source>Broadcast</source>
        <translation>Adresse de diffusion</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="63"/>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="65"/>
        <source>NTP servers</source>
        <translation>Serveurs NTP</translation>
    </message>
    <message>
        <location filename="../qml/pages/SubnetDialog.qml" line="67"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message numerus="yes">
        <location filename="../qml/Theme.qml" line="35"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Theme.qml" line="36"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Theme.qml" line="37"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Theme.qml" line="38"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="44"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>répondu</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="56"/>
        <source>malformed packet</source>
        <translation>paquet mal formé</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="57"/>
        <source>not DHCP</source>
        <translation>pas du DHCP</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="58"/>
        <source>not a request</source>
        <translation>pas une requête</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="59"/>
        <source>relay not allowed</source>
        <translation>relais interdits</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="60"/>
        <source>relay not authorised</source>
        <translation>relais non autorisé</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="61"/>
        <source>local requests not allowed</source>
        <translation>requêtes locales interdites</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="62"/>
        <source>other network</source>
        <translation>autre réseau</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="63"/>
        <source>blacklisted</source>
        <translation>sur liste noire</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="64"/>
        <source>temporarily ignored</source>
        <translation>ignoré temporairement</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="65"/>
        <source>flood-suspended</source>
        <translation>suspendu (trop de requêtes)</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="66"/>
        <source>hook said no</source>
        <translation>refusé par un hook</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="67"/>
        <source>hook ignored it</source>
        <translation>ignoré par un hook</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="68"/>
        <source>hook vetoed the reply</source>
        <translation>réponse bloquée par un hook</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="69"/>
        <source>hook failed</source>
        <translation>échec du hook</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="70"/>
        <source>unknown MAC</source>
        <translation>adresse MAC inconnue</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="71"/>
        <source>chose another server</source>
        <translation>a choisi un autre serveur</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="72"/>
        <source>not RFC 2131 compliant</source>
        <translation>non conforme à la RFC 2131</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="73"/>
        <source>missing fields</source>
        <translation>champs manquants</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="74"/>
        <source>wrong address</source>
        <translation>mauvaise adresse</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="75"/>
        <source>lease query not served</source>
        <translation>requête de bail non prise en charge</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="76"/>
        <source>database error</source>
        <translation>erreur de base de données</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="77"/>
        <source>database unreachable</source>
        <translation>base de données injoignable</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="78"/>
        <source>database too slow</source>
        <translation>base de données trop lente</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="79"/>
        <source>reply not sent</source>
        <translation>réponse non envoyée</translation>
    </message>
    <message>
        <location filename="../qml/Theme.qml" line="80"/>
        <source>reply address not allowed</source>
        <translation>adresse de réponse non autorisée</translation>
    </message>
</context>
<context>
    <name>UnknownClientsPage</name>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="33"/>
        <source>Filter by MAC or vendor (Ctrl+F)</source>
        <translation>Filtrer par MAC ou fabricant (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/UnknownClientsPage.qml" line="34"/>
        <source>%n unknown client(s)</source>
        <translation>
            <numerusform>%n client inconnu</numerusform>
            <numerusform>%n clients inconnus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="38"/>
        <source>Authoritative: unknown clients are NAKed.</source>
        <translation>Faisant autorité&#xa0;: les clients inconnus reçoivent un NAK.</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="38"/>
        <source>Not authoritative: unknown clients are ignored, never NAKed.</source>
        <translation>Ne fait pas autorité&#xa0;: les clients inconnus sont ignorés, sans jamais recevoir de NAK.</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="50"/>
        <source>No unknown client. A machine that asks for an address and has no definition appears here.</source>
        <translation>Aucun client inconnu. Toute machine qui demande une adresse sans avoir d&apos;attribution apparaît ici.</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="51"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="51"/>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="52"/>
        <source>First seen</source>
        <translation>Premier</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="52"/>
        <source>Last seen</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="53"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="53"/>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="54"/>
        <source>Last reason</source>
        <translation>Dernier motif</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="58"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="60"/>
        <source>unknown vendor</source>
        <translation>fabricant inconnu</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="67"/>
        <source>Assign address…</source>
        <translation>Attribuer une adresse…</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="68"/>
        <source>unknown client</source>
        <translation>client inconnu</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="68"/>
        <source>Blacklist</source>
        <comment>verb: put this MAC on the blacklist</comment>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="78"/>
        <source>Assign an address to %1</source>
        <translation>Attribuer une adresse à %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="104"/>
        <source>Add a subnet first (Definitions page).</source>
        <translation>Ajoutez d&apos;abord un sous-réseau (page «&#xa0;Attributions&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="107"/>
        <source>%1 gets %2 at its next request</source>
        <translation>%1 recevra %2 à sa prochaine requête</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="118"/>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="128"/>
        <source>IP address (the next free one is suggested)</source>
        <translation>Adresse IP (la prochaine libre est proposée)</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="131"/>
        <source>outside %1</source>
        <translation>en dehors de %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="136"/>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../qml/pages/UnknownClientsPage.qml" line="137"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
</context>
</TS>
