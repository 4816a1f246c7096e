<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="40"/>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="158"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="43"/>
        <source>same as the username</source>
        <translation>wie der Benutzername</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="44"/>
        <source>as given when the account was activated</source>
        <translation>wie bei der Aktivierung des Kontos angegeben</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="49"/>
        <source>Car-Pass helpdesk number</source>
        <translation>Nummer des Car-Pass-Helpdesks</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="50"/>
        <source>Car-Pass helpdesk: &lt;a href=&apos;%1&apos;&gt;car-pass.be&lt;/a&gt; (contact form)</source>
        <translation>Car-Pass-Helpdesk: &lt;a href=&apos;%1&apos;&gt;car-pass.be&lt;/a&gt; (Kontaktformular)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="58"/>
        <source>Username
(establishment no.)</source>
        <translation>Benutzername
(Niederlassungsnr.)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="59"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="60"/>
        <source>Enterprise no.
(VAT)</source>
        <translation>Unternehmensnr.
(USt.)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="61"/>
        <source>Establishment no.</source>
        <translation>Niederlassungsnr.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="62"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="63"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="64"/>
        <source>Helpdesk telephone</source>
        <translation>Telefon Helpdesk</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="66"/>
        <source>Save account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="69"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="80"/>
        <source>Car-Pass account</source>
        <translation>Car-Pass-Konto</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="92"/>
        <source>km/day</source>
        <translation>km/Tag</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="96"/>
        <source>Do not send these operations:</source>
        <translation>Diese Arbeiten nicht senden:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="102"/>
        <source>Do not send these vehicles:</source>
        <translation>Diese Fahrzeuge nicht senden:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="108"/>
        <source>Foreign number plates</source>
        <translation>Ausländische Kennzeichen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="116"/>
        <source>Warn above</source>
        <translation>Warnen ab</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="117"/>
        <source>Vehicle history report in</source>
        <translation>Sprache der Fahrzeughistorie</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="118"/>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="122"/>
        <source>Reporting rules</source>
        <translation>Melderegeln</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="124"/>
        <source>Car-Pass covers cars and vans up to 3.5 t registered in Belgium. Excluded readings are kept from Car-Pass; the prechecks say so.</source>
        <translation>Car-Pass gilt für in Belgien zugelassene Pkw und Lieferwagen bis 3,5 t. Ausgeschlossene Kilometerstände gehen nicht an Car-Pass; die Vorabprüfungen weisen darauf hin.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="158"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="170"/>
        <source>Set by FLEETDESK_CARPASS_%1 for unattended runs</source>
        <translation>Durch FLEETDESK_CARPASS_%1 für unbeaufsichtigte Läufe gesetzt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="177"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="179"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="186"/>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="227"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="192"/>
        <source>Enterprise number</source>
        <translation>Unternehmensnummer</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="193"/>
        <source>Establishment number</source>
        <translation>Niederlassungsnummer</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="194"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="224"/>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="231"/>
        <source>Testing the connection to Car-Pass…</source>
        <translation>Verbindung zu Car-Pass wird getestet…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="263"/>
        <source>Saved: the prechecks use these rules from now on.</source>
        <translation>Gespeichert: Die Vorabprüfungen verwenden ab jetzt diese Regeln.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="55"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="55"/>
        <source>answer on its way</source>
        <translation>Antwort unterwegs</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="61"/>
        <source>requestGuid %1</source>
        <translation>requestGuid %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="74"/>
        <source>Correct reading</source>
        <translation>Kilometerstand korrigieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="90"/>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="152"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="94"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="220"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="97"/>
        <source>Change what was typed wrongly; everything else is sent again as it was. One correction closes every issue of this reading.</source>
        <translation>Ändern Sie, was falsch eingegeben wurde; alles andere wird unverändert erneut gesendet. Eine Korrektur schließt alle Probleme dieses Kilometerstands.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="103"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="104"/>
        <source>Licence plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="105"/>
        <source>Odometer (km)</source>
        <translation>Kilometerstand (km)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="106"/>
        <source>Reading date</source>
        <translation>Ablesedatum</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="107"/>
        <source>DIV unifier</source>
        <translation>DIV-Unifier</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="111"/>
        <source>I checked the warnings: the corrected reading is right</source>
        <translation>Ich habe die Warnungen geprüft: Der korrigierte Kilometerstand stimmt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="116"/>
        <source>Send correction</source>
        <translation>Korrektur senden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="185"/>
        <source>Look at the warnings; tick the box if the corrected reading is right, then send again.</source>
        <translation>Sehen Sie sich die Warnungen an; setzen Sie das Häkchen, wenn der korrigierte Kilometerstand stimmt, und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="188"/>
        <source>Not sent: correct what is marked ✖.</source>
        <translation>Nicht gesendet: Korrigieren Sie, was mit ✖ markiert ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="204"/>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="207"/>
        <source>Confirm…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="209"/>
        <source>Tell Car-Pass the data as sent is right. This cannot be undone.</source>
        <translation>Car-Pass bestätigen, dass die gesendeten Daten stimmen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="232"/>
        <source>No outstanding Car-Pass issues.
When Car-Pass questions a reading, the issue appears here with its number, type and description, to correct or confirm.</source>
        <translation>Keine offenen Car-Pass-Probleme.
Wenn Car-Pass einen Kilometerstand beanstandet, erscheint das Problem hier mit Nummer, Art und Beschreibung, zum Korrigieren oder Bestätigen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="249"/>
        <source>%1 outstanding issue(s) on %2 reading(s). One correction or confirmation closes all issues of a reading.</source>
        <translation>Offene Probleme: %1 (Kilometerstände: %2). Eine Korrektur oder Bestätigung schließt alle Probleme eines Kilometerstands.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="282"/>
        <source>Correction stored and queued for Car-Pass.</source>
        <translation>Korrektur gespeichert und für Car-Pass vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="292"/>
        <source>Confirm the reading?</source>
        <translation>Kilometerstand bestätigen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="293"/>
        <source>You tell Car-Pass that %1 with %2 on %3 is right as it was sent. Car-Pass registers it (it may check it by hand first).

A confirmation cannot be undone.</source>
        <translation>Sie bestätigen Car-Pass, dass %1 mit %2 am %3 so stimmt, wie gesendet. Car-Pass registriert ihn (eventuell nach einer manuellen Prüfung).

Eine Bestätigung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="298"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="316"/>
        <source>Confirmation stored and queued for Car-Pass.</source>
        <translation>Bestätigung gespeichert und für Car-Pass vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="34"/>
        <source>Vehicle history report ready</source>
        <translation>Fahrzeughistorie bereit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="36"/>
        <source>Fetching the vehicle history report…</source>
        <translation>Fahrzeughistorie wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="106"/>
        <source>Copy GUID</source>
        <translation>GUID kopieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="109"/>
        <source>Request VHR…</source>
        <translation>VHR anfordern…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="111"/>
        <source>Start a vehicle history report request for this vehicle with today&apos;s odometer reading</source>
        <translation>Eine Fahrzeughistorie für dieses Fahrzeug mit dem heutigen Kilometerstand anfordern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="135"/>
        <source>No readings yet.
Enter the odometer reading of a vehicle in the workshop on the left: it is checked, stored and sent to Car-Pass, and you can follow it here.</source>
        <translation>Noch keine Kilometerstände.
Geben Sie links den Kilometerstand eines Fahrzeugs in der Werkstatt ein: Er wird geprüft, gespeichert und an Car-Pass gesendet, und Sie können ihn hier verfolgen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="143"/>
        <source>Select a reading to see its Car-Pass requests and issues.</source>
        <translation>Wählen Sie einen Kilometerstand, um seine Car-Pass-Anfragen und -Probleme zu sehen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="144"/>
        <source>Selected reading</source>
        <translation>Ausgewählter Kilometerstand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="168"/>
        <source>%1 processed</source>
        <translation>%1 verarbeitet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="170"/>
        <source>%1 being validated</source>
        <translation>%1 in Prüfung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="172"/>
        <source>%1 waiting to send</source>
        <translation>%1 warten auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="175"/>
        <source>%1 with an issue</source>
        <translation>%1 mit Problem</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="210"/>
        <source>Work: %1</source>
        <translation>Arbeiten: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="216"/>
        <source>Corrected; first sent as: %1</source>
        <translation>Korrigiert; zuerst gesendet als: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="220"/>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="25"/>
        <source>report ready</source>
        <translation>Historie bereit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="46"/>
        <source>No report selected.
To get a vehicle history report, enter today&apos;s odometer reading with the type “Vehicle history report”. The report appears here once Car-Pass processed it; print it for the showroom and put its link in your ads.</source>
        <translation>Keine Historie ausgewählt.
Für eine Fahrzeughistorie geben Sie den heutigen Kilometerstand mit der Art „Fahrzeughistorie“ ein. Sie erscheint hier, sobald Car-Pass sie verarbeitet hat; drucken Sie sie für den Showroom aus und setzen Sie den Link in Ihre Anzeigen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="54"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="57"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="60"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="69"/>
        <source>Public link:</source>
        <translation>Öffentlicher Link:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="134"/>
        <source>Fetching the report from Car-Pass…</source>
        <translation>Historie wird bei Car-Pass abgerufen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="136"/>
        <source>Car-Pass did not deliver the report: %1</source>
        <translation>Car-Pass hat die Historie nicht geliefert: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="139"/>
        <source>The report is available once Car-Pass processed the request. Now: %1.</source>
        <translation>Die Historie ist verfügbar, sobald Car-Pass die Anfrage verarbeitet hat. Jetzt: %1.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="147"/>
        <source>The stored report file is missing or damaged.</source>
        <translation>Die gespeicherte Historien-Datei fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="164"/>
        <source>Public link copied.</source>
        <translation>Öffentlicher Link kopiert.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="175"/>
        <source>Save the vehicle history report</source>
        <translation>Fahrzeughistorie speichern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="176"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="190"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="192"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="202"/>
        <source>Fetching the report in %1…</source>
        <translation>Historie wird abgerufen in %1…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="70"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="73"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="88"/>
        <source>Pull data now</source>
        <translation>Daten jetzt abrufen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="94"/>
        <source>Eligibility:</source>
        <translation>Eignung:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="95"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="96"/>
        <source>Odometer:</source>
        <translation>Km-Stand:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="97"/>
        <source>Revoked because:</source>
        <translation>Widerrufen, weil:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="101"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="104"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="127"/>
        <source>Select a vehicle to see its timeline, its latest odometer and to revoke its clearance.</source>
        <translation>Wählen Sie ein Fahrzeug, um seinen Verlauf und letzten Kilometerstand zu sehen und seine Freigabe zu widerrufen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="147"/>
        <source>found on the High Mobility account</source>
        <translation>im High-Mobility-Konto gefunden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="154"/>
        <source>%1, reported %2</source>
        <translation>%1, gemeldet am %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="158"/>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="159"/>
        <source>available once approved</source>
        <translation>nach Genehmigung verfügbar</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="172"/>
        <source>High Mobility refused this request: %1</source>
        <translation>High Mobility hat diese Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="175"/>
        <source>High Mobility is still changing this clearance; FleetDesk tries again at %1.</source>
        <translation>High Mobility ändert diese Freigabe noch; FleetDesk versucht es um %1 erneut.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="179"/>
        <source>Not sent yet (%1). It stays queued and is sent automatically.</source>
        <translation>Noch nicht gesendet (%1). Es bleibt vorgemerkt und wird automatisch gesendet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="193"/>
        <source>The request is still pending: canceling stops it.</source>
        <translation>Die Anfrage läuft noch: Abbrechen stoppt sie.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="195"/>
        <source>Revoking ends data access at once (use it when a vehicle leaves the fleet).</source>
        <translation>Widerrufen beendet den Datenzugriff sofort (wenn ein Fahrzeug die Flotte verlässt).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="197"/>
        <source>This request never reached High Mobility: withdrawing just drops it.</source>
        <translation>Diese Anfrage hat High Mobility nie erreicht: Zurückziehen verwirft sie einfach.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="199"/>
        <source>A revoke is waiting to be sent.</source>
        <translation>Ein Widerruf wartet auf den Versand.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="75"/>
        <source>High Mobility cannot cancel a pending request for %1 vehicles (only Mercedes-Benz and Stellantis brands can be canceled while pending). Wait until it is approved, then revoke it.</source>
        <translation>High Mobility kann eine laufende Anfrage für %1-Fahrzeuge nicht abbrechen (nur bei Mercedes-Benz und den Stellantis-Marken ist das möglich, solange die Anfrage läuft). Warten Sie, bis sie genehmigt ist, und widerrufen Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="88"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="90"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="90"/>
        <source>could not check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="91"/>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="91"/>
        <source>Not eligible</source>
        <translation>Ungeeignet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="204"/>
        <source>High Mobility cannot check the eligibility of %1 vehicles</source>
        <translation>High Mobility kann die Eignung von %1-Fahrzeugen nicht prüfen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="207"/>
        <source>Reported %1</source>
        <translation>Gemeldet am %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="96"/>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="29"/>
        <source>1 day late</source>
        <translation>1 Tag zu spät</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="29"/>
        <source>%1 days late</source>
        <translation>%1 T. zu spät</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="31"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="32"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="36"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="32"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="36"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="98"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="100"/>
        <source>Requested %1</source>
        <translation>Angefordert am %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="103"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="102"/>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="87"/>
        <source>%1: %2 to the legal limit</source>
        <translation>%1: noch %2 bis zur gesetzlichen Frist</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="206"/>
        <source>Unit</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="206"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="252"/>
        <source>Driver card</source>
        <translation>Fahrerkarte</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="252"/>
        <source>Vehicle unit (tachograph)</source>
        <translation>Fahrzeugeinheit (Tachograph)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="256"/>
        <source>Legal limit: %1 days, until %2</source>
        <translation>Gesetzliche Frist: %1 Tage, bis %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="258"/>
        <source>Fleet interval: %1 days, until %2</source>
        <translation>Flotten-Intervall: %1 Tage, bis %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="264"/>
        <source>A manual remote download can be requested.</source>
        <translation>Ein manueller Fern-Download kann angefordert werden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="266"/>
        <source>The legal remote downloads are up to date.</source>
        <translation>Die gesetzlichen Fern-Downloads sind aktuell.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="267"/>
        <source>The legal remote downloads are delayed.</source>
        <translation>Die gesetzlichen Fern-Downloads sind verspätet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="268"/>
        <source>The legal remote downloads are delayed out of legal compliance.</source>
        <translation>Die gesetzlichen Fern-Downloads sind über die gesetzliche Frist hinaus verspätet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="269"/>
        <source>Never has downloaded any data.</source>
        <translation>Hat noch nie Daten heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="270"/>
        <source>The telematics link was removed from the vehicle.</source>
        <translation>Die Telematik-Verbindung wurde vom Fahrzeug entfernt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="292"/>
        <source>Search plate, VIN, card or country</source>
        <translation>Kennzeichen, FIN, Karte oder Land suchen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="295"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="299"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="323"/>
        <source>No vehicle units or driver cards yet.
Sign in to TachoShare and press “Sync now” to see which are due.</source>
        <translation>Noch keine Fahrzeugeinheiten oder Fahrerkarten.
Melden Sie sich bei TachoShare an und klicken Sie auf „Jetzt synchronisieren“, um zu sehen, welche fällig sind.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="329"/>
        <source>Request remote download</source>
        <translation>Fern-Download anfordern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="384"/>
        <source>Select a vehicle unit to request a remote download.</source>
        <translation>Wählen Sie eine Fahrzeugeinheit, um einen Fern-Download anzufordern.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="385"/>
        <source>Remote downloads are requested per vehicle; a driver card is read when it is in one.</source>
        <translation>Fern-Downloads werden pro Fahrzeug angefordert; eine Fahrerkarte wird gelesen, wenn sie in einem Fahrzeug steckt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="391"/>
        <source>TachoShare refused the last request for %1: %2. You can ask again once that is resolved.</source>
        <translation>TachoShare hat die letzte Anfrage für %1 abgelehnt: %2. Sie können erneut anfragen, sobald das behoben ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="395"/>
        <source>Not possible for %1: %2</source>
        <translation>Nicht möglich für %1: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="398"/>
        <source>%1 can be asked to download now (%2 manual attempts left); TachoShare starts it when the ignition is next on.</source>
        <translation>Für %1 kann jetzt ein Download angefordert werden (noch %2 manuelle Versuche); TachoShare startet ihn, wenn die Zündung das nächste Mal an ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="146"/>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="189"/>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="298"/>
        <source>No downloads yet.</source>
        <translation>Noch keine Downloads.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="195"/>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="294"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="198"/>
        <source>Active and recent</source>
        <translation>Aktiv und kürzlich</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="199"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="200"/>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="268"/>
        <source>Pause all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="225"/>
        <source>Nothing is downloading.
“Sync now” asks TachoShare for every new day of data and archives it here, file by file.</source>
        <translation>Es wird nichts heruntergeladen.
„Jetzt synchronisieren“ fragt TachoShare nach jedem neuen Datentag und archiviert ihn hier, Datei für Datei.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="242"/>
        <source>A unit&apos;s or card&apos;s cursor moves only once its file is safely on disk; an interrupted download starts again from there.</source>
        <translation>Der Cursor einer Einheit oder Karte rückt erst vor, wenn ihre Datei sicher auf der Festplatte liegt; ein unterbrochener Download beginnt dort erneut.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="268"/>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="293"/>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="296"/>
        <source>%1 downloading, %2 waiting</source>
        <translation>%1 laufen, %2 warten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="298"/>
        <source>All downloads finished</source>
        <translation>Alle Downloads abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="134"/>
        <source>Search file name, VIN or card</source>
        <translation>Dateiname, FIN oder Karte suchen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="137"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="140"/>
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="165"/>
        <source>No files archived yet.
Every file a sync downloads is kept here under its conventional name (M_… vehicle units, C_… driver cards).</source>
        <translation>Noch keine Dateien archiviert.
Jede Datei, die eine Synchronisierung herunterlädt, wird hier unter ihrem üblichen Namen abgelegt (M_… Fahrzeugeinheiten, C_… Fahrerkarten).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="182"/>
        <source>%1 files, %2 in %3</source>
        <translation>%1 Dateien, %2 in %3</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="52"/>
        <source>Checking the TachoShare sign-in…</source>
        <translation>TachoShare-Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="54"/>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="92"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="60"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="62"/>
        <source>Ask TachoShare what is new and download it (F5 syncs every service)</source>
        <translation>TachoShare nach Neuem fragen und es herunterladen (F5 synchronisiert alle Dienste)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="92"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="100"/>
        <source>No vehicle units or driver cards listed yet.</source>
        <translation>Noch keine Fahrzeugeinheiten oder Fahrerkarten aufgelistet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="102"/>
        <source>Lists updated %1</source>
        <translation>Listen aktualisiert am %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="34"/>
        <source>%1 reading(s) not sent to Car-Pass yet.</source>
        <translation>Noch nicht an Car-Pass gesendete Kilometerstände: %1.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="36"/>
        <source>Car-Pass is in its weekly maintenance (Thursday 19:00–24:00); sending resumes after midnight.</source>
        <translation>Car-Pass ist in der wöchentlichen Wartung (Donnerstag 19:00–24:00); der Versand wird nach Mitternacht fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="39"/>
        <source>Car-Pass cannot be reached (%1).</source>
        <translation>Car-Pass ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="40"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="42"/>
        <source>Last problem: %1.</source>
        <translation>Letztes Problem: %1.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="43"/>
        <source>They are kept with their date of work%1 and sent automatically as soon as Car-Pass answers: nothing needs to be typed again. Keep the vehicle&apos;s file open until they are sent.</source>
        <translation>Sie werden mit ihrem Arbeitsdatum%1 aufbewahrt und automatisch gesendet, sobald Car-Pass antwortet: Nichts muss erneut eingegeben werden. Lassen Sie die Fahrzeugakte offen, bis sie gesendet sind.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="46"/>
        <source> (oldest %1)</source>
        <translation> (ältester %1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="49"/>
        <source>%1 were refused and need your attention (see the Outbox).</source>
        <translation>%1 wurden abgelehnt und erfordern Ihre Aufmerksamkeit (siehe Postausgang).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="66"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="87"/>
        <source>Readings</source>
        <translation>Kilometerstände</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="88"/>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="116"/>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="89"/>
        <source>Vehicle history reports</source>
        <translation>Fahrzeughistorien</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="90"/>
        <source>Account and rules</source>
        <translation>Konto und Regeln</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="115"/>
        <source>Issues (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="41"/>
        <source>Ctrack is not set up: enter its username and password in Settings → Ctrack.</source>
        <translation>Ctrack ist nicht eingerichtet: Geben Sie Benutzername und Passwort unter Einstellungen → Ctrack ein.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="42"/>
        <source>Showing the last known positions.</source>
        <translation>Die letzten bekannten Positionen werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="45"/>
        <source>Live: positions arrive through the Ctrack positions queue.</source>
        <translation>Live: Positionen kommen über die Ctrack-Positionswarteschlange.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="47"/>
        <source>Live: polling the last positions while the new positions queue starts.</source>
        <translation>Live: Die letzten Positionen werden abgefragt, während die neue Positionswarteschlange startet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="51"/>
        <source>Offline: showing the last known positions (last contact %1). Retrying automatically.</source>
        <translation>Offline: Die letzten bekannten Positionen werden angezeigt (letzter Kontakt %1). Automatischer neuer Versuch.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="50"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="54"/>
        <source>Ctrack refused the sign-in: check the username and password in Settings → Ctrack.</source>
        <translation>Ctrack hat die Anmeldung abgelehnt: Prüfen Sie Benutzername und Passwort unter Einstellungen → Ctrack.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="56"/>
        <source>Ctrack answered with an error: %1</source>
        <translation>Ctrack hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="57"/>
        <source>Connecting to Ctrack…</source>
        <translation>Verbindung zu Ctrack wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/about.py" line="16"/>
        <source>Car-Pass odometer readings, tachograph downloads, THG-quota claims, connected-car clearance and a live fleet map — for garages and fleets, offline-proof.</source>
        <translation>Car-Pass-Kilometerstände, Tachograph-Downloads, THG-Quote-Anträge, Freigabe vernetzter Fahrzeuge und eine Live-Flottenkarte — für Werkstätten und Flotten, auch offline zuverlässig.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/about.py" line="19"/>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/about.py" line="20"/>
        <source>Secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/about.py" line="23"/>
        <source>Map data © OpenStreetMap contributors.</source>
        <translation>Kartendaten © OpenStreetMap-Mitwirkende.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/about.py" line="27"/>
        <source>About FleetDesk</source>
        <translation>Über FleetDesk</translation>
    </message>
</context>
<context>
    <name>AddVinsDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="105"/>
        <source>Add vehicles for clearance</source>
        <translation>Fahrzeuge zur Freigabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="111"/>
        <source>Paste VINs, one per line, or lines like
WBA8E9G51HNU00001, bmw, cost-centre=North
2HM00000000000001, sandbox, odometer=2050
…or import a CSV with the columns VIN, brand, tags.</source>
        <translation>Fügen Sie FINs (VIN) ein, eine pro Zeile, oder Zeilen wie
WBA8E9G51HNU00001, bmw, cost-centre=North
2HM00000000000001, sandbox, odometer=2050
…oder importieren Sie eine CSV-Datei mit den Spalten VIN, brand, tags.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="119"/>
        <source>(from each line)</source>
        <translation>(aus jeder Zeile)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="125"/>
        <source>key=value; key=value (optional)</source>
        <translation>Schlüssel=Wert; Schlüssel=Wert (optional)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="127"/>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="133"/>
        <source>Tags for all:</source>
        <translation>Tags für alle:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="136"/>
        <source>Default brand:</source>
        <translation>Standardmarke:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="148"/>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="213"/>
        <source>Nothing pasted yet.</source>
        <translation>Noch nichts eingefügt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="152"/>
        <source>Check eligibility</source>
        <translation>Eignung prüfen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="155"/>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="221"/>
        <source>Request clearance</source>
        <translation>Freigabe anfordern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="159"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="192"/>
        <source>Tags for all: %1</source>
        <translation>Tags für alle: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="205"/>
        <source>1 vehicle ready</source>
        <translation>1 Fahrzeug bereit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="205"/>
        <source>%n vehicles ready</source>
        <translation>%n Fahrzeuge bereit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="207"/>
        <source>1 with a problem (skipped unless fixed)</source>
        <translation>1 mit einem Problem (übersprungen, wenn nicht behoben)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="208"/>
        <source>%n with a problem (skipped unless fixed)</source>
        <translation>%n mit einem Problem (übersprungen, wenn nicht behoben)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="211"/>
        <source>%1 of %2 checked are eligible</source>
        <translation>%1 von %2 geprüften sind geeignet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="219"/>
        <source>Request clearance for 1 vehicle</source>
        <translation>Freigabe für 1 Fahrzeug anfordern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="220"/>
        <source>Request clearance for %n vehicles</source>
        <translation>Freigabe für %n Fahrzeuge anfordern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="226"/>
        <source>Import vehicles</source>
        <translation>Fahrzeuge importieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="226"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="240"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="91"/>
        <source>All sent</source>
        <translation>Alles gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="92"/>
        <source>%n unsent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarPass</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="21"/>
        <source>You changed the Car-Pass %1 in FleetDesk. Change it on the Car-Pass website too (your professional account at car-pass.be): the two must be the same, or Car-Pass refuses every reading FleetDesk sends.</source>
        <translation>Sie haben %1 für Car-Pass in FleetDesk geändert. Ändern Sie es auch auf der Car-Pass-Website (Ihr Fachbetriebskonto auf car-pass.be): Beide müssen übereinstimmen, sonst lehnt Car-Pass jeden Kilometerstand ab, den FleetDesk sendet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="20"/>
        <source>Waiting to send</source>
        <extracomment>reading state -&gt; (label, chip palette key)</extracomment>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="21"/>
        <source>Being validated</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="22"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="22"/>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="23"/>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="24"/>
        <source>Refused (error)</source>
        <translation>Abgelehnt (Fehler)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="25"/>
        <source>Reviewed by Car-Pass</source>
        <translation>Prüfung durch Car-Pass</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="26"/>
        <source>Waiting (unknown status)</source>
        <translation>Wartet (unbekannter Status)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="27"/>
        <source>Correction queued</source>
        <translation>Korrektur vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="28"/>
        <source>Confirmation queued</source>
        <translation>Bestätigung vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="29"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="30"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="34"/>
        <source>Repair / maintenance</source>
        <translation>Reparatur / Wartung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="36"/>
        <source>Odometer replaced</source>
        <translation>Kilometerzähler ersetzt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="38"/>
        <source>Vehicle history report</source>
        <translation>Fahrzeughistorie</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="40"/>
        <source>Roadside assistance</source>
        <translation>Pannenhilfe</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="44"/>
        <source>Repair or maintenance</source>
        <extracomment>the operation kinds and vehicle categories of carpass.settings (English there, Qt-free)</extracomment>
        <translation>Reparatur oder Wartung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="45"/>
        <source>Tyres</source>
        <translation>Reifen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="46"/>
        <source>Windscreen</source>
        <translation>Windschutzscheibe</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="47"/>
        <source>Inspection / diagnosis</source>
        <translation>Prüfung / Diagnose</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="48"/>
        <source>Warranty claim</source>
        <translation>Garantiefall</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="49"/>
        <source>Till sale (counter sale)</source>
        <translation>Thekenverkauf</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="52"/>
        <source>Passenger car</source>
        <translation>Pkw</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="53"/>
        <source>Light commercial (≤ 3.5 t)</source>
        <translation>Leichtes Nutzfahrzeug (≤ 3,5 t)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="54"/>
        <source>Truck (&gt; 3.5 t)</source>
        <translation>Lkw (&gt; 3,5 t)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="55"/>
        <source>Bus or coach</source>
        <translation>Bus oder Reisebus</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="56"/>
        <source>Motorcycle</source>
        <translation>Motorrad</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="60"/>
        <source>beta (test)</source>
        <extracomment>Car-Pass environments (config.SERVICES[&quot;carpass&quot;].environments)</extracomment>
        <translation>Beta (Test)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="61"/>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="65"/>
        <source>Observation</source>
        <extracomment>the kind of a Car-Pass request and the state of an issue, as stored</extracomment>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="66"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="67"/>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="70"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="71"/>
        <source>answer on its way</source>
        <translation>Antwort unterwegs</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="72"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="73"/>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="24"/>
        <source>Problem no.</source>
        <translation>Problem-Nr.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="25"/>
        <source>Issue type</source>
        <translation>Problemtyp</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="26"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="26"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="41"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="27"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="42"/>
        <source>Odometer</source>
        <translation>Km-Stand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="28"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="43"/>
        <source>Reading date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="28"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="41"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="19"/>
        <source>All readings</source>
        <translation>Alle Kilometerstände</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="20"/>
        <source>Not final yet</source>
        <translation>Noch nicht endgültig</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="23"/>
        <source>Issues and errors</source>
        <translation>Probleme und Fehler</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="43"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="44"/>
        <source>Entered</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="45"/>
        <source>Request GUID</source>
        <translation>Anfrage-GUID</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="46"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Clearance</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="24"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="25"/>
        <source>Cancel request…</source>
        <translation>Anfrage abbrechen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="26"/>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="31"/>
        <source>Waiting to send</source>
        <extracomment>display state -&gt; label (the UI&apos;s translatable copy of highmobility.views.STATE_TEXT)</extracomment>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="32"/>
        <source>Revoke waiting to send</source>
        <translation>Widerruf wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="33"/>
        <source>Busy, retrying</source>
        <translation>Belegt, neuer Versuch</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="34"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="35"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="36"/>
        <source>Pending</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="37"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="38"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="39"/>
        <source>Revoking</source>
        <translation>Wird widerrufen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="40"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="41"/>
        <source>Canceling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="42"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="46"/>
        <source>Clearance requested in FleetDesk</source>
        <extracomment>local timeline event -&gt; label (highmobility.views.EVENT_TEXT)</extracomment>
        <translation>Freigabe in FleetDesk angefordert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="47"/>
        <source>Sent to High Mobility</source>
        <translation>An High Mobility gesendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="48"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="49"/>
        <source>Revoke requested</source>
        <translation>Widerruf angefordert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="50"/>
        <source>Withdrawn before it was sent</source>
        <translation>Vor dem Senden zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="51"/>
        <source>Found on the High Mobility account</source>
        <translation>Im High-Mobility-Konto gefunden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="107"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="107"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="108"/>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="108"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="109"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="109"/>
        <source>Odometer</source>
        <translation>Km-Stand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="110"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="142"/>
        <source>Registration</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="142"/>
        <source>Fleet number</source>
        <translation>Flottennummer</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="143"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="143"/>
        <source>Driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="144"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="144"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="145"/>
        <source>Odometer</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="145"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="146"/>
        <source>Last update</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="151"/>
        <source>Select a vehicle on the map or in the list to see its details.</source>
        <translation>Wählen Sie ein Fahrzeug auf der Karte oder in der Liste, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="188"/>
        <source>none reported</source>
        <translation>nichts gemeldet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="193"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="198"/>
        <source>%n position(s) ignored: this unit&apos;s clock is ahead, so its times cannot be trusted.</source>
        <translation>
            <numerusform>%n Position ignoriert: Die Uhr dieses Geräts geht vor, daher sind seine Zeiten unzuverlässig.</numerusform>
            <numerusform>%n Positionen ignoriert: Die Uhr dieses Geräts geht vor, daher sind seine Zeiten unzuverlässig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dropzone.py" line="50"/>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dropzone.py" line="53"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="63"/>
        <source>New odometer reading</source>
        <translation>Neuer Kilometerstand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="68"/>
        <source>17 characters, from the vehicle or a scan</source>
        <translation>17 Zeichen, vom Fahrzeug oder einem Scan</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="70"/>
        <source>or the licence plate, e.g. 1-ABC-123</source>
        <translation>oder das Kennzeichen, z. B. 1-ABC-123</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="72"/>
        <source>exactly as on the dashboard</source>
        <translation>genau wie auf dem Armaturenbrett</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="84"/>
        <source>As in the vehicle register</source>
        <translation>Wie im Fahrzeugregister</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="90"/>
        <source>optional, kept with the reading</source>
        <translation>optional, wird beim Kilometerstand gespeichert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="94"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="99"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="104"/>
        <source>Old-timer: DIV unifier</source>
        <translation>Oldtimer: DIV-Unifier</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="106"/>
        <source>or first use</source>
        <translation>oder Erstzulassung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="111"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="112"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="114"/>
        <source>Licence plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="117"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="118"/>
        <source>Odometer</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="119"/>
        <source>Reading date</source>
        <translation>Ablesedatum</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="120"/>
        <source>Operation</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="123"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="125"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="126"/>
        <source>Work done</source>
        <translation>Ausgeführte Arbeiten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="134"/>
        <source>I checked the warnings: the reading is right</source>
        <translation>Ich habe die Warnungen geprüft: Der Kilometerstand stimmt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="137"/>
        <source>Submit reading</source>
        <translation>Kilometerstand einreichen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="154"/>
        <source>Tip: scan or type the VIN and press Enter, type the odometer reading and press Enter. Every reading is checked, stored on this PC first and sent to Car-Pass automatically, also after a network cut; follow it on the right.</source>
        <translation>Tipp: Scannen oder tippen Sie die FIN und drücken Sie Enter, tippen Sie den Kilometerstand und drücken Sie Enter. Jeder Kilometerstand wird geprüft, zuerst auf diesem PC gespeichert und automatisch an Car-Pass gesendet, auch nach einer Netzunterbrechung; verfolgen Sie ihn rechts.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="252"/>
        <source>Known vehicle</source>
        <translation>Bekanntes Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="256"/>
        <source>last reading %1 on %2</source>
        <translation>letzter Kilometerstand %1 am %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="289"/>
        <source>Not stored: correct what is marked ✖ above.</source>
        <translation>Nicht gespeichert: Korrigieren Sie, was oben mit ✖ markiert ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="295"/>
        <source>Look at the warnings above. If the reading is right, tick “I checked the warnings” and submit again.</source>
        <translation>Sehen Sie sich die Warnungen oben an. Wenn der Kilometerstand stimmt, setzen Sie das Häkchen bei „Ich habe die Warnungen geprüft“ und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="302"/>
        <source>Stored: %1, %2 on %3. It is sent to Car-Pass now, or as soon as Car-Pass can be reached.</source>
        <translation>Gespeichert: %1, %2 am %3. Er wird jetzt an Car-Pass gesendet oder sobald Car-Pass erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="307"/>
        <source>Car-Pass is in maintenance; it goes out after midnight.</source>
        <translation>Car-Pass ist in Wartung; er wird nach Mitternacht gesendet.</translation>
    </message>
</context>
<context>
    <name>FleetClearanceTab</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="26"/>
        <source>All vehicles</source>
        <translation>Alle Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="27"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="28"/>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="29"/>
        <source>Needs attention or rejected</source>
        <translation>Zu prüfen oder abgelehnt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="30"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="65"/>
        <source>Search VIN, brand or tag</source>
        <translation>FIN, Marke oder Tag suchen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="74"/>
        <source>Refresh status</source>
        <translation>Status aktualisieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="77"/>
        <source>Add VINs…</source>
        <translation>FINs hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="89"/>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="98"/>
        <source>No vehicles yet.
Click “Add VINs…” to paste a list or import a CSV (VIN, brand, tags). FleetDesk checks which are eligible, requests clearance and follows each request until it is approved or rejected.</source>
        <translation>Noch keine Fahrzeuge.
Klicken Sie auf „FINs hinzufügen…“, um eine Liste einzufügen oder eine CSV-Datei zu importieren (VIN, Marke, Tags). FleetDesk prüft, welche geeignet sind, fordert die Freigabe an und verfolgt jede Anfrage, bis sie genehmigt oder abgelehnt ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="119"/>
        <source>fleet operator&apos;s business name</source>
        <translation>Firmenname des Flottenbetreibers</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="123"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="130"/>
        <source>VW Group business name:</source>
        <translation>Firmenname für VW Group:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="149"/>
        <source>DEMO · sandbox simulator</source>
        <translation>DEMO · Sandbox-Simulator</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="150"/>
        <source>SANDBOX · simulated vehicles</source>
        <translation>SANDBOX · simulierte Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="151"/>
        <source>LIVE · real vehicles</source>
        <translation>LIVE · echte Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="151"/>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="158"/>
        <source>Added as the vw-group-customer-name tag for Volkswagen Group brands. Statuses are checked every %1 s while requests are under way, every %2 min otherwise.</source>
        <translation>Wird für Marken des Volkswagen-Konzerns als Tag vw-group-customer-name hinzugefügt. Status werden alle %1 s geprüft, solange Anfragen laufen, sonst alle %2 min.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="216"/>
        <source>High Mobility is not set up yet: %1</source>
        <translation>High Mobility ist noch nicht eingerichtet: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="224"/>
        <source>1 vehicle</source>
        <translation>1 Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="224"/>
        <source>%n vehicles</source>
        <translation>%n Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="225"/>
        <source>%n approved</source>
        <translation>%n genehmigt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="225"/>
        <source>%n pending</source>
        <translation>%n in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="226"/>
        <source>%n waiting to send</source>
        <translation>%n warten auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="227"/>
        <source>%n busy, retrying</source>
        <translation>%n belegt, neuer Versuch</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="228"/>
        <source>%n need attention</source>
        <translation>%n erfordern Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="229"/>
        <source>%n rejected</source>
        <translation>%n abgelehnt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="236"/>
        <source>%1 (%2) is approved: vehicle data can be pulled now.</source>
        <translation>%1 (%2) ist genehmigt: Die Fahrzeugdaten können jetzt abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="237"/>
        <source>%1 (%2) was rejected: no data access for this vehicle.</source>
        <translation>%1 (%2) wurde abgelehnt: kein Datenzugriff für dieses Fahrzeug.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="238"/>
        <source>%1 (%2) is revoked: data access has ended.</source>
        <translation>%1 (%2) ist widerrufen: Der Datenzugriff ist beendet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="254"/>
        <source>%1 clearance updates: %2</source>
        <translation>%1 Freigabe-Aktualisierungen: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="299"/>
        <source>1 vehicle queued for clearance</source>
        <translation>1 Fahrzeug zur Freigabe vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="300"/>
        <source>%n vehicles queued for clearance</source>
        <translation>%n Fahrzeuge zur Freigabe vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="302"/>
        <source>%n already requested</source>
        <translation>%n bereits angefordert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="326"/>
        <source>%1: request withdrawn.</source>
        <translation>%1: Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="327"/>
        <source>%1: revoke queued; it is sent as soon as High Mobility answers.</source>
        <translation>%1: Widerruf vorgemerkt; er wird gesendet, sobald High Mobility antwortet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="359"/>
        <source>High Mobility did not answer as hoped: %1</source>
        <translation>High Mobility hat nicht wie erwartet geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="369"/>
        <source>Business name saved.</source>
        <translation>Firmenname gespeichert.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="370"/>
        <source>Business name cleared.</source>
        <translation>Firmenname gelöscht.</translation>
    </message>
</context>
<context>
    <name>LiveMap</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/markers.py" line="64"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="34"/>
        <source>Moving</source>
        <translation>Fährt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="35"/>
        <source>Idling</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="36"/>
        <source>Ignition off</source>
        <translation>Abgestellt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="37"/>
        <source>Not reporting</source>
        <translation>Kein Signal</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="38"/>
        <source>No position</source>
        <translation>Kein GPS</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="49"/>
        <source>%n moving</source>
        <translation>
            <numerusform>%n fährt</numerusform>
            <numerusform>%n fahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="51"/>
        <source>%n idling</source>
        <translation>
            <numerusform>%n im Leerlauf</numerusform>
            <numerusform>%n im Leerlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="53"/>
        <source>%n ignition off</source>
        <translation>
            <numerusform>%n abgestellt</numerusform>
            <numerusform>%n abgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="55"/>
        <source>%n not reporting</source>
        <translation>
            <numerusform>%n ohne Signal</numerusform>
            <numerusform>%n ohne Signal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="57"/>
        <source>%n no position</source>
        <translation>
            <numerusform>%n ohne GPS</numerusform>
            <numerusform>%n ohne GPS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="63"/>
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n Fahrzeug</numerusform>
            <numerusform>%n Fahrzeuge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="72"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="73"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="75"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="77"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="78"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="115"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="115"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="116"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="116"/>
        <source>Driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="117"/>
        <source>Last update</source>
        <translation>Gemeldet</translation>
    </message>
</context>
<context>
    <name>LiveMapTab</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="90"/>
        <source>Fit all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="93"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="97"/>
        <source>Points of interest</source>
        <translation>Sonderziele</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="100"/>
        <source>Options…</source>
        <translation>Optionen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="115"/>
        <source>The map cannot be shown: %1</source>
        <translation>Die Karte kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="128"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="129"/>
        <source>Trips</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="191"/>
        <source>No vehicles yet.</source>
        <translation>Noch keine Fahrzeuge.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="294"/>
        <source>Points of interest not loaded: %1</source>
        <translation>Sonderziele nicht geladen: %1</translation>
    </message>
</context>
<context>
    <name>LiveOptionsDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="14"/>
        <source>Read positions every</source>
        <extracomment>setting key -&gt; (label, suffix, minimum, maximum, LiveSettings field)</extracomment>
        <translation>Positionen abrufen alle</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="15"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="16"/>
        <source>Not reporting after</source>
        <translation>Kein Signal nach</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="17"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="18"/>
        <source>Keep trips and tracks for</source>
        <translation>Fahrten und Spuren aufbewahren für</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="19"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="29"/>
        <source>Live map options</source>
        <translation>Optionen der Live-Karte</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="42"/>
        <source>The last known position of every vehicle is always kept.</source>
        <translation>Die letzte bekannte Position jedes Fahrzeugs wird immer behalten.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="67"/>
        <source>Live map options saved.</source>
        <translation>Optionen der Live-Karte gespeichert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="37"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="47"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="48"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="59"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="60"/>
        <source>&amp;Send and sync now</source>
        <translation>Jetzt &amp;senden und synchronisieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="65"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="69"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="75"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="76"/>
        <source>&amp;About FleetDesk</source>
        <translation>Ü&amp;ber FleetDesk</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="83"/>
        <source>DEMO — simulators, not real services</source>
        <translation>DEMO — Simulatoren, keine echten Dienste</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="121"/>
        <source>Everything has been sent</source>
        <translation>Alles wurde gesendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="129"/>
        <source>Problem in %1: %2</source>
        <translation>Problem in %1: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="136"/>
        <source>Sending and syncing…</source>
        <translation>Senden und Synchronisieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="138"/>
        <source>Sync done: %1 sent, %2 unsent</source>
        <translation>Synchronisierung fertig: %1 gesendet, %2 nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="19"/>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="20"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="21"/>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="45"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="22"/>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="44"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="23"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="43"/>
        <source>Unsent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="46"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="51"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="51"/>
        <source>Submission</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="52"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="52"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="53"/>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="53"/>
        <source>Date of work</source>
        <translation>Arbeitsdatum</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="54"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="111"/>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="114"/>
        <source>Send all now</source>
        <translation>Alle jetzt senden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="117"/>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="122"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="141"/>
        <source>Nothing is waiting to be sent.
Everything you submit is stored here first and sent as soon as the service answers.</source>
        <translation>Nichts wartet auf den Versand.
Alles, was Sie einreichen, wird zuerst hier gespeichert und gesendet, sobald der Dienst antwortet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="168"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="169"/>
        <source>Everything has been sent</source>
        <translation>Alles wurde gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="171"/>
        <source>%n need your attention</source>
        <translation>
            <numerusform>%n erfordert Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="213"/>
        <source>Discard submission?</source>
        <translation>Übermittlung verwerfen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="214"/>
        <source>“%1” will not be sent. What you entered stays in the history, but the service will never receive it. This cannot be undone.</source>
        <translation>„%1“ wird nicht gesendet. Ihre Eingaben bleiben im Verlauf, aber der Dienst erhält sie nie. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="21"/>
        <source>Previous page</source>
        <extracomment>button (accessible) name -&gt; tooltip, shown through self.tr() (the context is the class name)</extracomment>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="22"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="23"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="24"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="25"/>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="58"/>
        <source>Fit width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="26"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="61"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="177"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="184"/>
        <source>fit</source>
        <translation>angepasst</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="46"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="46"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="47"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="47"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="48"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="49"/>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="79"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="37"/>
        <source>not checkable for this brand</source>
        <translation>für diese Marke nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="41"/>
        <source>could not check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="42"/>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="42"/>
        <source>Not eligible</source>
        <translation>Nicht geeignet</translation>
    </message>
</context>
<context>
    <name>RegistrantDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="73"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="75"/>
        <source>Last name or organisation</source>
        <translation>Nachname oder Organisation</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="76"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="77"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="78"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="79"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="80"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="81"/>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="85"/>
        <source>New vehicle registrant</source>
        <translation>Neuer Fahrzeughalter</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="89"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="90"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="92"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="8"/>
        <source>Vehicle sold</source>
        <translation>Fahrzeug verkauft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="9"/>
        <source>Lease ended</source>
        <translation>Leasing beendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="10"/>
        <source>Vehicle written off</source>
        <translation>Fahrzeug Totalschaden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="11"/>
        <source>Moved to another fleet</source>
        <translation>In eine andere Flotte gewechselt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="12"/>
        <source>Added by mistake</source>
        <translation>Versehentlich hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="22"/>
        <source>Revoke clearance?</source>
        <translation>Freigabe widerrufen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="22"/>
        <source>Cancel the request?</source>
        <translation>Anfrage abbrechen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="23"/>
        <source>Withdraw the request?</source>
        <translation>Anfrage zurückziehen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="25"/>
        <source>Data access for %1 (%2) ends as soon as High Mobility processes the revoke. To get data again you would have to request clearance anew, and the car maker approves it again.</source>
        <translation>Der Datenzugriff für %1 (%2) endet, sobald High Mobility den Widerruf verarbeitet. Um wieder Daten zu erhalten, müssten Sie die Freigabe neu anfordern, und der Hersteller muss sie erneut genehmigen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="28"/>
        <source>The pending clearance request for %1 (%2) is canceled. You can request it again later.</source>
        <translation>Die laufende Freigabeanfrage für %1 (%2) wird abgebrochen. Sie können sie später erneut stellen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="30"/>
        <source>The request for %1 (%2) has not reached High Mobility yet; it is dropped and never sent.</source>
        <translation>Die Anfrage für %1 (%2) hat High Mobility noch nicht erreicht; sie wird verworfen und nie gesendet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="44"/>
        <source>optional, e.g. vehicle sold</source>
        <translation>optional, z. B. Fahrzeug verkauft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="46"/>
        <source>Reason (kept with the vehicle):</source>
        <translation>Grund (wird beim Fahrzeug gespeichert):</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="48"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="48"/>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="49"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="52"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>ServiceIndicator</name>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="77"/>
        <source>not contacted yet</source>
        <translation>noch nicht kontaktiert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="78"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="79"/>
        <source>offline: submissions wait in the outbox</source>
        <translation>offline: Übermittlungen warten im Postausgang</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="80"/>
        <source>sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="81"/>
        <source>server problem</source>
        <translation>Serverproblem</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="18"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="19"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="20"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="21"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="22"/>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="24"/>
        <source>production</source>
        <extracomment>environment names and where an address comes from (Config.url_source); others are shown as-is</extracomment>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="25"/>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="26"/>
        <source>custom address</source>
        <translation>eigene Adresse</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="27"/>
        <source>override</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="28"/>
        <source>demo simulator</source>
        <translation>Demo-Simulator</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="84"/>
        <source>reachable (HTTP %1)</source>
        <translation>erreichbar (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="107"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="111"/>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="115"/>
        <source>In use</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="121"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="127"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="130"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="169"/>
        <source>default folder in the data directory</source>
        <translation>Standardordner im Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="201"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="201"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="206"/>
        <source>Set by the environment variable for unattended runs</source>
        <translation>Durch die Umgebungsvariable für unbeaufsichtigte Läufe gesetzt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="227"/>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="232"/>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="244"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="20"/>
        <source>TachoShare sign-in</source>
        <extracomment>state -&gt; (background, foreground); a calm palette that stays readable in light and dark themes Service titles (fleetdesk.core.config.SERVICES, which has no Qt) marked for lupdate; product names such as Car-Pass or Ctrack are not translated and need no entry.</extracomment>
        <translation>TachoShare-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="21"/>
        <source>THG quota</source>
        <translation>THG-Quote</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="22"/>
        <source>THG sign-in (Microsoft)</source>
        <translation>THG-Anmeldung (Microsoft)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="23"/>
        <source>Map tiles</source>
        <translation>Kartenkacheln</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The Ctrack API does not state its odometer unit; metres assumed</source>
        <translation>Die Ctrack-API nennt die Einheit des Kilometerzählers nicht; Meter angenommen</translation>
    </message>
    <message>
        <source>Odometer unit</source>
        <translation>Einheit des Kilometerzählers</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="33"/>
        <source>File format</source>
        <extracomment>Labels, units and help texts of the SettingField entries integrations declare in Qt-free code (fleetdesk/tachoshare/plugin.py), which lupdate cannot see there; _extra_fields shows them with QCoreApplication.translate(&quot;Settings&quot;, ...). Add a line here when an integration adds a field.</extracomment>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="34"/>
        <source>DDD for most countries; V1B/C1B for France; TGD for Spain</source>
        <translation>DDD für die meisten Länder; V1B/C1B für Frankreich; TGD für Spanien</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="35"/>
        <source>First download goes back</source>
        <translation>Erster Download reicht zurück</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="36"/>
        <source>Downloads at once</source>
        <translation>Gleichzeitige Downloads</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="37"/>
        <source>Fleet interval, vehicle units</source>
        <translation>Flottenintervall, Fahrzeugeinheiten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="38"/>
        <source>Fleet interval, driver cards</source>
        <translation>Flottenintervall, Fahrerkarten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="39"/>
        <source>Warn before, vehicle units</source>
        <translation>Vorwarnung, Fahrzeugeinheiten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="40"/>
        <source>Warn before, driver cards</source>
        <translation>Vorwarnung, Fahrerkarten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="41"/>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="42"/>
        <source>Where downloaded files are archived</source>
        <translation>Wo heruntergeladene Dateien archiviert werden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="43"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="59"/>
        <source>Demo: passwords and tokens are kept in memory and forgotten when FleetDesk closes. Your real keyring is not touched.</source>
        <translation>Demo: Passwörter und Tokens werden im Speicher gehalten und beim Schließen von FleetDesk vergessen. Ihr echter Schlüsselbund bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="63"/>
        <source>Passwords and tokens are kept in the system keyring (%1).</source>
        <translation>Passwörter und Tokens werden im Schlüsselbund des Systems aufbewahrt (%1).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="269"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="273"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="277"/>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="303"/>
        <source>Takes effect the next time FleetDesk starts.</source>
        <translation>Wirkt beim nächsten Start von FleetDesk.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="46"/>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="157"/>
        <source>Checking the THG sign-in…</source>
        <translation>THG-Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="49"/>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="170"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="54"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="57"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="82"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="85"/>
        <source>Open sign-in page</source>
        <translation>Anmeldeseite öffnen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="90"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="136"/>
        <source>The THG sign-in lapsed (unused for 90 days). Sign in again.</source>
        <translation>Die THG-Anmeldung ist abgelaufen (90 Tage nicht genutzt). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="137"/>
        <source>Not signed in to the THG service.</source>
        <translation>Nicht beim THG-Dienst angemeldet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="139"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="141"/>
        <source>Signed in to the THG service</source>
        <translation>Beim THG-Dienst angemeldet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="143"/>
        <source>(refresh token from FLEETDESK_THG_REFRESH_TOKEN)</source>
        <translation>(Refresh-Token aus FLEETDESK_THG_REFRESH_TOKEN)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="145"/>
        <source>%1, but the sign-in lapsed (unused for 90 days). Sign in again.</source>
        <translation>%1, aber die Anmeldung ist abgelaufen (90 Tage nicht genutzt). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="148"/>
        <source>The sign-in lapses in %1 days unless FleetDesk syncs before then: sync now or sign in again</source>
        <translation>Die Anmeldung läuft in %1 Tagen ab, wenn FleetDesk nicht vorher synchronisiert: jetzt synchronisieren oder erneut anmelden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="165"/>
        <source>Sign in to upload documents and sync statuses; what you do meanwhile waits in the outbox.</source>
        <translation>Melden Sie sich an, um Dokumente hochzuladen und Status zu synchronisieren; was Sie inzwischen tun, wartet im Postausgang.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="170"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="187"/>
        <source>Could not start the sign-in: %1</source>
        <translation>Die Anmeldung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="209"/>
        <source>THG: %1</source>
        <translation>THG: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="214"/>
        <source>Open %1 in your browser and enter this code to sign in to the THG service with your Microsoft account:</source>
        <translation>Öffnen Sie %1 in Ihrem Browser und geben Sie diesen Code ein, um sich mit Ihrem Microsoft-Konto beim THG-Dienst anzumelden:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="217"/>
        <source>(Demo: the simulator accepts the code by itself after a few seconds.)</source>
        <translation>(Demo: Der Simulator akzeptiert den Code nach einigen Sekunden von selbst.)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="238"/>
        <source>Code valid for %1</source>
        <translation>Code gültig für %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="243"/>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/tabs.py" line="20"/>
        <source>Car-Pass</source>
        <extracomment>Titles of the tabs we ship, marked for lupdate (the TabSpecs live in the integrations&apos; packages).</extracomment>
        <translation>Car-Pass</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/tabs.py" line="20"/>
        <source>Tachographs</source>
        <translation>Tachographen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/tabs.py" line="21"/>
        <source>THG quota</source>
        <translation>THG-Quote</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/tabs.py" line="21"/>
        <source>Fleet clearance</source>
        <translation>Flottenfreigabe</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/tabs.py" line="22"/>
        <source>Live map</source>
        <translation>Live-Karte</translation>
    </message>
</context>
<context>
    <name>TachoBoard</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="40"/>
        <source>Delayed</source>
        <extracomment>TachoShare&apos;s rdlStatus values in words; an unknown value is shown as it comes</extracomment>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="41"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="67"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="126"/>
        <source>Outside legal compliance</source>
        <extracomment>the long level names of compliance.LEVEL_TEXT</extracomment>
        <translation>Frist überschritten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="42"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="61"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="68"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="130"/>
        <source>Never downloaded</source>
        <translation>Nie geladen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="43"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="62"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="69"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="131"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="44"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="60"/>
        <source>Outside legal limit</source>
        <translation>Frist verpasst</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="63"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="70"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="128"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="64"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="71"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="129"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="65"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="72"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="122"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="123"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="124"/>
        <source>Vehicle units</source>
        <translation>Fahrzeugeinheiten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="125"/>
        <source>Driver cards</source>
        <translation>Fahrerkarten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="136"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="136"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="137"/>
        <source>Plate / card</source>
        <translation>Kennz. / Karte</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="138"/>
        <source>VIN / country</source>
        <translation>FIN / Land</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="139"/>
        <source>Legal limit</source>
        <translation>Gesetzl. Frist</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="140"/>
        <source>Fleet interval</source>
        <translation>Flottenintervall</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="141"/>
        <source>Last downloaded</source>
        <translation>Zuletzt geladen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="142"/>
        <source>Archived through</source>
        <translation>Archiviert bis</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="143"/>
        <source>TachoShare status</source>
        <translation>TachoShare-Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="144"/>
        <source>Next scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="144"/>
        <source>RDL</source>
        <translation>RDL</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="187"/>
        <source>Days left until the legal download limit (vehicle units 90 days, driver cards 28; stricter in some countries)</source>
        <translation>Verbleibende Tage bis zur gesetzlichen Download-Frist (Fahrzeugeinheiten 90 Tage, Fahrerkarten 28; in manchen Ländern strenger)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="190"/>
        <source>Days left until the fleet&apos;s own download interval</source>
        <translation>Verbleibende Tage bis zum eigenen Download-Intervall der Flotte</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="192"/>
        <source>The last day whose data FleetDesk has archived</source>
        <translation>Der letzte Tag, dessen Daten FleetDesk archiviert hat</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="193"/>
        <source>Manual remote download (RDL) of the vehicle unit</source>
        <translation>Manueller Fern-Download (RDL) der Fahrzeugeinheit</translation>
    </message>
</context>
<context>
    <name>TachoDownloads</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="39"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="40"/>
        <source>Downloading</source>
        <translation>Lädt herunter</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="41"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="42"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="43"/>
        <source>Nothing new</source>
        <translation>Nichts Neues</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="44"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="45"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="72"/>
        <source>Vehicle unit / card</source>
        <translation>Fahrzeugeinheit / Karte</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="73"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="74"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="75"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="76"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="77"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="78"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="79"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="233"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="234"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="235"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="236"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>TachoFiles</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="24"/>
        <source>Vehicle unit</source>
        <translation>Fahrzeugeinheit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="25"/>
        <source>Driver card (ZIP)</source>
        <translation>Fahrerkarte (ZIP)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="26"/>
        <source>Driver card</source>
        <translation>Fahrerkarte</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="56"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="56"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="57"/>
        <source>Vehicle / card</source>
        <translation>Fahrzeug / Karte</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="58"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="58"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="59"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="59"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="60"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>TachoHeader</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="22"/>
        <source>Signed in to TachoShare</source>
        <translation>Bei TachoShare angemeldet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="23"/>
        <source>Not signed in to TachoShare</source>
        <translation>Nicht bei TachoShare angemeldet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="24"/>
        <source>The TachoShare sign-in has expired</source>
        <translation>Die TachoShare-Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="25"/>
        <source>TachoShare is not set up</source>
        <translation>TachoShare ist nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="27"/>
        <source>outside legal compliance</source>
        <translation>außerhalb der gesetzlichen Frist</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="28"/>
        <source>never downloaded</source>
        <translation>nie heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="29"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="30"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="31"/>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="32"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
</context>
<context>
    <name>TachoShareTab</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="90"/>
        <source>Compliance board</source>
        <translation>Compliance-Übersicht</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="91"/>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="154"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="92"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="154"/>
        <source>Downloads (%1)</source>
        <translation>Downloads (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="155"/>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="168"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="178"/>
        <source>Could not update the lists from TachoShare: %1</source>
        <translation>Die Listen konnten nicht von TachoShare aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="203"/>
        <source>Opening your browser to sign in to TachoShare…</source>
        <translation>Ihr Browser wird zur Anmeldung bei TachoShare geöffnet…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="203"/>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="222"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="211"/>
        <source>Sign-in did not complete: %1</source>
        <translation>Anmeldung nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="216"/>
        <source>Signed in to TachoShare. Fetching your vehicles and driver cards…</source>
        <translation>Bei TachoShare angemeldet. Ihre Fahrzeuge und Fahrerkarten werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="221"/>
        <source>Sign in in the browser window that opened, then come back here. If no browser opened, open this address: %1</source>
        <translation>Melden Sie sich im geöffneten Browserfenster an und kehren Sie dann hierher zurück. Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="230"/>
        <source>Asking TachoShare what is new…</source>
        <translation>TachoShare wird nach Neuem gefragt…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="234"/>
        <source>Sign in to TachoShare again to sync: %1</source>
        <translation>Melden Sie sich erneut bei TachoShare an, um zu synchronisieren: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="237"/>
        <source>TachoShare cannot be reached now; nothing was lost. %1</source>
        <translation>TachoShare ist gerade nicht erreichbar; nichts ging verloren. %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="245"/>
        <source>%1 download(s) started.</source>
        <translation>%1 Download(s) gestartet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="249"/>
        <source>Everything is up to date: TachoShare has nothing newer than the archive.</source>
        <translation>Alles ist aktuell: TachoShare hat nichts Neueres als das Archiv.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="278"/>
        <source>Sync finished: %1 archived, %2 with nothing new, %3 failed.</source>
        <translation>Synchronisierung fertig: %1 archiviert, %2 ohne Neues, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="282"/>
        <source>Downloads stopped: %1. The rest stays queued for the next sync.</source>
        <translation>Downloads gestoppt: %1. Der Rest bleibt für die nächste Synchronisierung vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="328"/>
        <source>Remote download not possible: %1</source>
        <translation>Fern-Download nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="334"/>
        <source>Remote download for %1 is in the outbox and being sent…</source>
        <translation>Fern-Download für %1 liegt im Postausgang und wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="348"/>
        <source>TachoShare accepted the remote download for %1: the tachograph downloads when its ignition is next on; the data arrives with a later sync.</source>
        <translation>TachoShare hat den Fern-Download für %1 angenommen: Der Tachograph lädt herunter, wenn die Zündung das nächste Mal an ist; die Daten kommen mit einer späteren Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="352"/>
        <source>TachoShare refused the remote download for %1: %2</source>
        <translation>TachoShare hat den Fern-Download für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="361"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="362"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="379"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ThgStatus</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="30"/>
        <source>Being checked</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="30"/>
        <source>The registration document is being checked. This usually takes two to three working days.</source>
        <translation>Die Zulassungsbescheinigung wird geprüft. Das dauert meist zwei bis drei Werktage.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="33"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="33"/>
        <source>The check succeeded: this vehicle can be submitted to the Umweltbundesamt.</source>
        <translation>Die Prüfung war erfolgreich: Dieses Fahrzeug kann beim Umweltbundesamt eingereicht werden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="35"/>
        <source>Not verified: unreadable</source>
        <translation>Abgelehnt: unlesbar</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="35"/>
        <source>The uploaded document could not be read (badly cropped, unclear or too small). Upload a better picture as a new vehicle.</source>
        <translation>Das hochgeladene Dokument war nicht lesbar (schlecht zugeschnitten, unscharf oder zu klein). Laden Sie ein besseres Bild als neues Fahrzeug hoch.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="38"/>
        <source>Not verified: wrong document</source>
        <translation>Abgelehnt: falsches Dokument</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="39"/>
        <source>The upload is not the front of the registration certificate Part I (Fahrzeugschein). Upload that document as a new vehicle.</source>
        <translation>Der Upload ist nicht die Vorderseite der Zulassungsbescheinigung Teil I (Fahrzeugschein). Laden Sie dieses Dokument als neues Fahrzeug hoch.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="42"/>
        <source>Not verified: not fully electric</source>
        <translation>Abgelehnt: nicht elektrisch</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="43"/>
        <source>The document shows that the vehicle is not driven purely by electric power, so it is not eligible for the THG quota.</source>
        <translation>Das Dokument zeigt, dass das Fahrzeug nicht rein elektrisch angetrieben wird; es ist daher nicht für die THG-Quote berechtigt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="46"/>
        <source>Not verified</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="46"/>
        <source>The vehicle cannot be processed further; see the reason given by the service.</source>
        <translation>Das Fahrzeug kann nicht weiter bearbeitet werden; siehe den vom Dienst genannten Grund.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="63"/>
        <source>Not verified: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="65"/>
        <source>The service did not verify this vehicle (a status FleetDesk does not know yet: %1). The result is final; you may upload the document again as a new vehicle.</source>
        <translation>Der Dienst hat dieses Fahrzeug nicht anerkannt (ein Status, den FleetDesk noch nicht kennt: %1). Das Ergebnis ist endgültig; Sie können das Dokument als neues Fahrzeug erneut hochladen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="70"/>
        <source>The service reports the status &apos;%1&apos;, which FleetDesk does not know yet. Check again later or contact the THG service.</source>
        <translation>Der Dienst meldet den Status „%1“, den FleetDesk noch nicht kennt. Prüfen Sie es später erneut oder wenden Sie sich an den THG-Dienst.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="73"/>
        <source>%1 Reason: %2</source>
        <translation>%1 Grund: %2</translation>
    </message>
</context>
<context>
    <name>ThgTab</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="49"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="60"/>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="61"/>
        <source>UBA requests</source>
        <translation>UBA-Anträge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="94"/>
        <source>Vehicles (%1)</source>
        <translation>Fahrzeuge (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="106"/>
        <source>%1 THG updates; the latest:</source>
        <translation>%1 THG-Aktualisierungen; die neueste:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="122"/>
        <source>THG: syncing…</source>
        <translation>THG: Synchronisierung…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="126"/>
        <source>THG sync</source>
        <translation>THG-Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="130"/>
        <source>THG: %1</source>
        <translation>THG: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="134"/>
        <source>THG: signed in</source>
        <translation>THG: angemeldet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="150"/>
        <source>UBA request queued</source>
        <translation>UBA-Antrag vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="155"/>
        <source>UBA request withdrawn</source>
        <translation>UBA-Antrag zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="160"/>
        <source>Registrant queued</source>
        <translation>Fahrzeughalter vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="166"/>
        <source>Choose the document to submit again</source>
        <translation>Wählen Sie das erneut einzureichende Dokument</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="168"/>
        <source>Documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Dokumente (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="179"/>
        <source>Submitted again as a new vehicle</source>
        <translation>Als neues Fahrzeug erneut eingereicht</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="72"/>
        <source>Show trips</source>
        <translation>Fahrten anzeigen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="85"/>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="234"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="119"/>
        <source>Trips of %1</source>
        <translation>Fahrten von %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="120"/>
        <source>Select a vehicle to see its trips.</source>
        <translation>Wählen Sie ein Fahrzeug, um seine Fahrten zu sehen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="144"/>
        <source>Loading trips…</source>
        <translation>Fahrten werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="156"/>
        <source>Whole day: %n trip(s)</source>
        <translation>
            <numerusform>Ganzer Tag: %n Fahrt</numerusform>
            <numerusform>Ganzer Tag: %n Fahrten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="162"/>
        <source>Ctrack could not be reached; showing what is stored.</source>
        <translation>Ctrack ist nicht erreichbar; Gespeichertes wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="164"/>
        <source>No trips on this day.</source>
        <translation>Keine Fahrten an diesem Tag.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="184"/>
        <source>Stopped %1–%2 (%3)
%4</source>
        <translation>Halt %1–%2 (%3)
%4</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="234"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>UbaModel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="28"/>
        <source>Filed (elsewhere)</source>
        <translation>Eingereicht (anderswo)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="30"/>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="32"/>
        <source>Refused by the service</source>
        <translation>Vom Dienst abgelehnt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="34"/>
        <source>Withdrawing…</source>
        <translation>Wird zurückgezogen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="36"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="38"/>
        <source>Removed by the service</source>
        <translation>Vom Dienst entfernt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="40"/>
        <source>Sent to the UBA</source>
        <translation>An das UBA gesendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="42"/>
        <source>On hold</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="43"/>
        <source>Filed; waiting to be sent</source>
        <translation>Eingereicht; wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="50"/>
        <source>Waiting for the UBA</source>
        <translation>Wartet auf das UBA</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="51"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="52"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="71"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="71"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="72"/>
        <source>Hold until</source>
        <translation>Zurückhalten bis</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="72"/>
        <source>Sent to UBA</source>
        <translation>An UBA</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="73"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="73"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="74"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>UbaRequestDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="20"/>
        <source>Request the THG quota from the UBA</source>
        <translation>THG-Quote beim UBA beantragen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="32"/>
        <source>Hold until</source>
        <translation>Zurückhalten bis</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="43"/>
        <source>The hold keeps the request from being sent to the UBA before the vehicle&apos;s owner can no longer withdraw (%1 days) plus a buffer (%2 days). It can be set only now and never changed later; until the request is sent it can be withdrawn.</source>
        <translation>Die Sperre verhindert, dass der Antrag an das UBA geht, bevor der Fahrzeughalter nicht mehr widerrufen kann (%1 Tage), zuzüglich eines Puffers (%2 Tage). Sie kann nur jetzt gesetzt und später nie geändert werden; bis der Antrag gesendet ist, kann er zurückgezogen werden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="50"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="51"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="54"/>
        <source>Request</source>
        <translation>Beantragen</translation>
    </message>
</context>
<context>
    <name>UbaView</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="15"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="16"/>
        <source>Sent to the UBA since</source>
        <translation>An das UBA gesendet seit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="17"/>
        <source>Answered since</source>
        <translation>Beantwortet seit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="139"/>
        <source>New request…</source>
        <translation>Neuer Antrag…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="142"/>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="146"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="170"/>
        <source>No UBA requests for this year yet.
Select a verified vehicle and choose “Request UBA quota”, or click “New request…”.</source>
        <translation>Noch keine UBA-Anträge für dieses Jahr.
Wählen Sie ein geprüftes Fahrzeug und dann „UBA-Quote beantragen…“ oder klicken Sie auf „Neuer Antrag…“.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="208"/>
        <source>%1: %2 vehicles · %3 approved · %4 rejected · %5 waiting</source>
        <translation>%1: %2 Fahrzeuge · %3 genehmigt · %4 abgelehnt · %5 wartend</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="226"/>
        <source>Withdraw UBA request?</source>
        <translation>UBA-Antrag zurückziehen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="227"/>
        <source>The request for %1, %2 will be withdrawn. This is possible only until it is sent to the UBA.</source>
        <translation>Der Antrag für %1, %2 wird zurückgezogen. Das ist nur möglich, bis er an das UBA gesendet ist.</translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="37"/>
        <source>&lt;b&gt;Upload registration documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zulassungsbescheinigungen hochladen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="38"/>
        <source>Drop scans or photos of the &lt;b&gt;front&lt;/b&gt; of the Fahrzeugschein here, or a whole folder (JPEG, PNG or PDF).</source>
        <translation>Legen Sie hier Scans oder Fotos der &lt;b&gt;Vorderseite&lt;/b&gt; der Zulassungsbescheinigung Teil I (Fahrzeugschein) ab, oder einen ganzen Ordner (JPEG, PNG oder PDF).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="43"/>
        <source>Demo documents</source>
        <translation>Demo-Dokumente</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="61"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="71"/>
        <source>empty: FleetDesk&apos;s upload key</source>
        <translation>leer: Upload-Schlüssel von FleetDesk</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="72"/>
        <source>Left empty, reference 3 carries a unique key, so an upload that got no answer is found again instead of sent twice.</source>
        <translation>Bleibt Referenz 3 leer, erhält sie einen eindeutigen Schlüssel, sodass ein Upload ohne Antwort wiedergefunden statt doppelt gesendet wird.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="74"/>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="83"/>
        <source>Registrant</source>
        <translation>Fahrzeughalter</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="84"/>
        <source>Reference 1</source>
        <translation>Referenz 1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="85"/>
        <source>Reference 2</source>
        <translation>Referenz 2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="86"/>
        <source>Reference 3</source>
        <translation>Referenz 3</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="87"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="91"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="127"/>
        <source>Uploads appear here with their progress: queued, uploading, being checked, verified.</source>
        <translation>Uploads erscheinen hier mit ihrem Fortschritt: vorgemerkt, wird hochgeladen, wird geprüft, verifiziert.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="138"/>
        <source>&lt;b&gt;Upload queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Upload-Warteschlange&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="152"/>
        <source>No registrant yet: add one</source>
        <translation>Noch kein Fahrzeughalter: fügen Sie einen hinzu</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="162"/>
        <source>%1 of %2 uploaded</source>
        <translation>%1 von %2 hochgeladen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="164"/>
        <source>%1 need attention</source>
        <translation>%1 erfordern Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="177"/>
        <source>No documents found there (JPEG, PNG or PDF).</source>
        <translation>Dort wurden keine Dokumente gefunden (JPEG, PNG oder PDF).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="181"/>
        <source>Checking %1 of %2…</source>
        <translation>Prüfe %1 von %2…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="203"/>
        <source>each file&apos;s name</source>
        <translation>Name jeder Datei</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="210"/>
        <source>no preview</source>
        <translation>keine Vorschau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/thg/upload.py" line="224"/>
        <source>Upload %n document(s)</source>
        <translation>
            <numerusform>%n Dokument hochladen</numerusform>
            <numerusform>%n Dokumente hochladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="227"/>
        <source>%1 refused by the check (see the list)</source>
        <translation>%1 von der Prüfung abgelehnt (siehe Liste)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="228"/>
        <source>All documents passed the check.</source>
        <translation>Alle Dokumente haben die Prüfung bestanden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="230"/>
        <source>Add or sync a registrant first.</source>
        <translation>Fügen Sie zuerst einen Fahrzeughalter hinzu oder synchronisieren Sie.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="235"/>
        <source>Choose a folder of documents</source>
        <translation>Wählen Sie einen Ordner mit Dokumenten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="236"/>
        <source>Choose registration documents</source>
        <translation>Wählen Sie Zulassungsbescheinigungen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="241"/>
        <source>Documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>Dokumente (*.jpg *.jpeg *.png *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="271"/>
        <source>%1 document(s) queued for upload</source>
        <translation>%1 Dokument(e) zum Hochladen vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/previews.py" line="82"/>
        <source>PDF, %1 page(s), %2 KB</source>
        <translation>PDF, %1 Seite(n), %2 KB</translation>
    </message>
</context>
<context>
    <name>UploadQueueModel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="18"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="18"/>
        <source>Discarded in the Outbox: it will not be sent.</source>
        <translation>Im Postausgang verworfen: Es wird nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="21"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="27"/>
        <source>Uploaded · being checked</source>
        <translation>Hochgeladen · wird geprüft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="31"/>
        <source>Waking the service…</source>
        <translation>Dienst wird geweckt…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="32"/>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="32"/>
        <source>Being sent now.</source>
        <translation>Wird gerade gesendet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="35"/>
        <source>Waiting for sign-in</source>
        <translation>Wartet auf Anmeldung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="35"/>
        <source>Sign in to the THG service; the upload then starts by itself.</source>
        <translation>Melden Sie sich beim THG-Dienst an; der Upload startet dann von selbst.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="40"/>
        <source>Retrying at %1</source>
        <translation>Neuer Versuch um %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="41"/>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="42"/>
        <source>Waiting to upload</source>
        <translation>Wartet auf Upload</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="42"/>
        <source>Queued; uploads start gently and speed up.</source>
        <translation>Vorgemerkt; Uploads beginnen langsam und werden dann schneller.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="58"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="59"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="60"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
</context>
<context>
    <name>VehicleListPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="44"/>
        <source>Find a vehicle: plate, fleet number or driver</source>
        <translation>Fahrzeug suchen: Kennzeichen, Flottennummer oder Fahrer</translation>
    </message>
</context>
<context>
    <name>VehicleTableModel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="21"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="22"/>
        <source>Reference 1</source>
        <translation>Referenz 1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="23"/>
        <source>Reference 2</source>
        <translation>Referenz 2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="24"/>
        <source>Reference 3</source>
        <translation>Referenz 3</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="24"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="25"/>
        <source>Owner</source>
        <translation>Halter</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="26"/>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="276"/>
        <source>Changed here; waiting to be sent (double-click to edit)</source>
        <translation>Hier geändert; wartet auf Versand (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="278"/>
        <source>Double-click to edit</source>
        <translation>Doppelklick zum Bearbeiten</translation>
    </message>
</context>
<context>
    <name>VehiclesView</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="21"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="22"/>
        <source>Being checked</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="23"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="24"/>
        <source>Not verified (any reason)</source>
        <translation>Abgelehnt (jeder Grund)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="34"/>
        <source>Vehicle %1 · VIN %2 · %3</source>
        <translation>Fahrzeug %1 · FIN %2 · %3</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="35"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="36"/>
        <source>owner not read yet</source>
        <translation>Halter noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="38"/>
        <source>first registered %1</source>
        <translation>Erstzulassung %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="43"/>
        <source>waiting for the UBA</source>
        <translation>wartet auf das UBA</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="44"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="45"/>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="46"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="48"/>
        <source>UBA:</source>
        <translation>UBA:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="66"/>
        <source>Search references, VIN, owner…</source>
        <translation>Referenzen, FIN, Halter suchen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="76"/>
        <source>Changed since</source>
        <translation>Geändert seit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="81"/>
        <source>Your local time; FleetDesk converts it to UTC for the service</source>
        <translation>Ihre Ortszeit; FleetDesk rechnet sie für den Dienst in UTC um</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="86"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="88"/>
        <source>The service&apos;s own export (/vehicles/export) with the status and change-time filters</source>
        <translation>Der dienst-eigene Export (/vehicles/export) mit den Filtern für Status und Änderungszeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="91"/>
        <source>Export this list…</source>
        <translation>Diese Liste exportieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="122"/>
        <source>No vehicles yet.
Drop registration documents on the right: each one becomes a vehicle the THG service checks.</source>
        <translation>Noch keine Fahrzeuge.
Legen Sie rechts Zulassungsbescheinigungen ab: Jede wird zu einem Fahrzeug, das der THG-Dienst prüft.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="128"/>
        <source>Select a vehicle to see what its status means.</source>
        <translation>Wählen Sie ein Fahrzeug, um zu sehen, was sein Status bedeutet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="132"/>
        <source>Request UBA quota…</source>
        <translation>UBA-Quote beantragen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="135"/>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="260"/>
        <source>Submit again…</source>
        <translation>Erneut einreichen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="138"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="201"/>
        <source>%1 vehicles</source>
        <translation>%1 Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="202"/>
        <source>%1 of %2 vehicles shown</source>
        <translation>%1 von %2 Fahrzeugen angezeigt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="205"/>
        <source>%1 reference edits waiting to be sent</source>
        <translation>%1 Referenzänderungen warten auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="222"/>
        <source>Select a vehicle to see what its status means. Double-click a reference to change it.</source>
        <translation>Wählen Sie ein Fahrzeug, um zu sehen, was sein Status bedeutet. Doppelklicken Sie auf eine Referenz, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="256"/>
        <source>Vehicles cannot be deleted</source>
        <translation>Fahrzeuge können nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="257"/>
        <source>The THG service keeps every validation request, so a vehicle cannot be deleted. If its document was wrong or unreadable, submit the document again: that creates a new vehicle.</source>
        <translation>Der THG-Dienst bewahrt jeden Prüfantrag auf, daher kann ein Fahrzeug nicht gelöscht werden. War das Dokument falsch oder unleserlich, reichen Sie es erneut ein: Das legt ein neues Fahrzeug an.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="268"/>
        <source>Export vehicles as CSV</source>
        <translation>Fahrzeuge als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="270"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="292"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="293"/>
        <source>No vehicles match: nothing exported</source>
        <translation>Keine passenden Fahrzeuge: nichts exportiert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="297"/>
        <source>Exported %1 vehicles to %2</source>
        <translation>%1 Fahrzeuge nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="299"/>
        <source>THG export</source>
        <translation>THG-Export</translation>
    </message>
</context>
<context>
    <name>VehiclesTab</name>
    <message>
        <source>%1 of %2 vehicles</source>
        <translation>%1 von %2 Fahrzeugen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Double-click an entry to open the tab where it lives</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um seinen Reiter zu öffnen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export vehicles</source>
        <translation>Fahrzeuge exportieren</translation>
    </message>
    <message>
        <source>Exported %1 vehicles to %2</source>
        <translation>%1 Fahrzeuge nach %2 exportiert</translation>
    </message>
    <message>
        <source>Joined by plate only: check it is the same vehicle, or unlink it.</source>
        <translation>Nur über das Kennzeichen verknüpft: prüfen Sie, ob es dasselbe Fahrzeug ist, oder trennen Sie es.</translation>
    </message>
    <message>
        <source>Last position: %1</source>
        <translation>Letzte Position: %1</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Linked by hand.</source>
        <translation>Von Hand verknüpft.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Verknüpft.</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts erfasst</translation>
    </message>
    <message>
        <source>Odometer %1: %2 km on %3</source>
        <translation>Kilometerstand %1: %2 km am %3</translation>
    </message>
    <message>
        <source>One row per vehicle, joined by VIN, or by plate.</source>
        <translation>Eine Zeile pro Fahrzeug, verknüpft über FIN oder Kennzeichen.</translation>
    </message>
    <message>
        <source>Open in its tab</source>
        <translation>In seinem Reiter öffnen</translation>
    </message>
    <message>
        <source>Search VIN, plate, make, status or place</source>
        <translation>FIN, Kennzeichen, Marke, Status oder Ort suchen</translation>
    </message>
    <message>
        <source>Select a vehicle</source>
        <translation>Wählen Sie ein Fahrzeug</translation>
    </message>
    <message>
        <source>Separated.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Systems: %1</source>
        <translation>Systeme: %1</translation>
    </message>
    <message>
        <source>Tachograph: %1 days to the legal limit, coverage gaps: %2</source>
        <translation>Fahrtenschreiber: %1 Tage bis zur gesetzlichen Grenze, Lücken: %2</translation>
    </message>
    <message>
        <source>That tab is not installed.</source>
        <translation>Dieser Reiter ist nicht installiert.</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>Zeitleiste (neueste zuerst)</translation>
    </message>
    <message>
        <source>Type the VIN or plate of the same vehicle first.</source>
        <translation>Geben Sie zuerst FIN oder Kennzeichen desselben Fahrzeugs ein.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>VIN or plate of the same vehicle</source>
        <translation>FIN oder Kennzeichen desselben Fahrzeugs</translation>
    </message>
    <message>
        <source>no VIN</source>
        <translation>keine FIN</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>Alle Fahrzeuge</translation>
    </message>
    <message>
        <source>In several systems</source>
        <translation>In mehreren Systemen</translation>
    </message>
    <message>
        <source>In one system only</source>
        <translation>Nur in einem System</translation>
    </message>
    <message>
        <source>Joined by plate only</source>
        <translation>Nur über Kennzeichen verknüpft</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Von Hand verknüpft</translation>
    </message>
    <message>
        <source>Tachograph due within 14 days</source>
        <translation>Fahrtenschreiber in 14 Tagen fällig</translation>
    </message>
</context>
</TS>
