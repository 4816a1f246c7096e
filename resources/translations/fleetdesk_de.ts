<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="37"/>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="155"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="40"/>
        <source>same as the username</source>
        <translation>wie der Benutzername</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="41"/>
        <source>as given when the account was activated</source>
        <translation>wie bei der Aktivierung des Kontos angegeben</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="46"/>
        <source>Car-Pass helpdesk number</source>
        <translation>Nummer des Car-Pass-Helpdesks</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="47"/>
        <source>Car-Pass helpdesk: &lt;a href=&apos;%1&apos;&gt;car-pass.be&lt;/a&gt; (contact form)</source>
        <translation>Car-Pass-Helpdesk: &lt;a href=&apos;%1&apos;&gt;car-pass.be&lt;/a&gt; (Kontaktformular)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="55"/>
        <source>Username
(establishment no.)</source>
        <translation>Benutzername
(Niederlassungsnr.)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="56"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="57"/>
        <source>Enterprise no.
(VAT)</source>
        <translation>Unternehmensnr.
(USt.)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="58"/>
        <source>Establishment no.</source>
        <translation>Niederlassungsnr.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="59"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="60"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="61"/>
        <source>Helpdesk telephone</source>
        <translation>Telefon Helpdesk</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="63"/>
        <source>Save account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="66"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="77"/>
        <source>Car-Pass account</source>
        <translation>Car-Pass-Konto</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="89"/>
        <source>km/day</source>
        <translation>km/Tag</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="93"/>
        <source>Do not send these operations:</source>
        <translation>Diese Arbeiten nicht senden:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="99"/>
        <source>Do not send these vehicles:</source>
        <translation>Diese Fahrzeuge nicht senden:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="105"/>
        <source>Foreign number plates</source>
        <translation>Ausländische Kennzeichen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="113"/>
        <source>Warn above</source>
        <translation>Warnen ab</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="114"/>
        <source>Vehicle history report in</source>
        <translation>Sprache der Fahrzeughistorie</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="115"/>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="119"/>
        <source>Reporting rules</source>
        <translation>Melderegeln</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="121"/>
        <source>Car-Pass covers cars and vans up to 3.5 t registered in Belgium. Excluded readings are kept from Car-Pass; the prechecks say so.</source>
        <translation>Car-Pass gilt für in Belgien zugelassene Pkw und Lieferwagen bis 3,5 t. Ausgeschlossene Kilometerstände gehen nicht an Car-Pass; die Vorabprüfungen weisen darauf hin.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="155"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="167"/>
        <source>Set by FLEETDESK_CARPASS_%1 for unattended runs</source>
        <translation>Durch FLEETDESK_CARPASS_%1 für unbeaufsichtigte Läufe gesetzt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="174"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="176"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="183"/>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="224"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="189"/>
        <source>Enterprise number</source>
        <translation>Unternehmensnummer</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="190"/>
        <source>Establishment number</source>
        <translation>Niederlassungsnummer</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="191"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="221"/>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="228"/>
        <source>Testing the connection to Car-Pass…</source>
        <translation>Verbindung zu Car-Pass wird getestet…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_account.py" line="260"/>
        <source>Saved: the prechecks use these rules from now on.</source>
        <translation>Gespeichert: Die Vorabprüfungen verwenden ab jetzt diese Regeln.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="52"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="52"/>
        <source>answer on its way</source>
        <translation>Antwort unterwegs</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="58"/>
        <source>requestGuid %1</source>
        <translation>requestGuid %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="71"/>
        <source>Correct reading</source>
        <translation>Kilometerstand korrigieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="87"/>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="150"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="93"/>
        <source>Change what was typed wrongly; everything else is sent again as it was. One correction closes every issue of this reading.</source>
        <translation>Ändern Sie, was falsch eingegeben wurde; alles andere wird unverändert erneut gesendet. Eine Korrektur schließt alle Probleme dieses Kilometerstands.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="99"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="100"/>
        <source>Licence plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="101"/>
        <source>Odometer (km)</source>
        <translation>Kilometerstand (km)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="102"/>
        <source>Reading date</source>
        <translation>Ablesedatum</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="103"/>
        <source>DIV unifier</source>
        <translation>DIV-Unifier</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="107"/>
        <source>I checked the warnings: the corrected reading is right</source>
        <translation>Ich habe die Warnungen geprüft: Der korrigierte Kilometerstand stimmt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="112"/>
        <source>Send correction</source>
        <translation>Korrektur senden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="181"/>
        <source>Look at the warnings; tick the box if the corrected reading is right, then send again.</source>
        <translation>Sehen Sie sich die Warnungen an; setzen Sie das Häkchen, wenn der korrigierte Kilometerstand stimmt, und senden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="184"/>
        <source>Not sent: correct what is marked ✖.</source>
        <translation>Nicht gesendet: Korrigieren Sie, was mit ✖ markiert ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="200"/>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="203"/>
        <source>Confirm…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="205"/>
        <source>Tell Car-Pass the data as sent is right. This cannot be undone.</source>
        <translation>Car-Pass bestätigen, dass die gesendeten Daten stimmen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="228"/>
        <source>No outstanding Car-Pass issues.
When Car-Pass questions a reading, the issue appears here with its number, type and description, to correct or confirm.</source>
        <translation>Keine offenen Car-Pass-Probleme.
Wenn Car-Pass einen Kilometerstand beanstandet, erscheint das Problem hier mit Nummer, Art und Beschreibung, zum Korrigieren oder Bestätigen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="245"/>
        <source>%1 outstanding issue(s) on %2 reading(s). One correction or confirmation closes all issues of a reading.</source>
        <translation>Offene Probleme: %1 (Kilometerstände: %2). Eine Korrektur oder Bestätigung schließt alle Probleme eines Kilometerstands.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="278"/>
        <source>Correction stored and queued for Car-Pass.</source>
        <translation>Korrektur gespeichert und für Car-Pass vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="288"/>
        <source>Confirm the reading?</source>
        <translation>Kilometerstand bestätigen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="289"/>
        <source>You tell Car-Pass that %1 with %2 on %3 is right as it was sent. Car-Pass registers it (it may check it by hand first).

A confirmation cannot be undone.</source>
        <translation>Sie bestätigen Car-Pass, dass %1 mit %2 am %3 so stimmt, wie gesendet. Car-Pass registriert ihn (eventuell nach einer manuellen Prüfung).

Eine Bestätigung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="294"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_issues.py" line="312"/>
        <source>Confirmation stored and queued for Car-Pass.</source>
        <translation>Bestätigung gespeichert und für Car-Pass vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="33"/>
        <source>Vehicle history report ready</source>
        <translation>Fahrzeughistorie bereit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="35"/>
        <source>Fetching the vehicle history report…</source>
        <translation>Fahrzeughistorie wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="101"/>
        <source>Copy GUID</source>
        <translation>GUID kopieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="104"/>
        <source>Request VHR…</source>
        <translation>VHR anfordern…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="106"/>
        <source>Start a vehicle history report request for this vehicle with today&apos;s odometer reading</source>
        <translation>Eine Fahrzeughistorie für dieses Fahrzeug mit dem heutigen Kilometerstand anfordern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="130"/>
        <source>No readings yet.
Enter the odometer reading of a vehicle in the workshop on the left: it is checked, stored and sent to Car-Pass, and you can follow it here.</source>
        <translation>Noch keine Kilometerstände.
Geben Sie links den Kilometerstand eines Fahrzeugs in der Werkstatt ein: Er wird geprüft, gespeichert und an Car-Pass gesendet, und Sie können ihn hier verfolgen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="138"/>
        <source>Select a reading to see its Car-Pass requests and issues.</source>
        <translation>Wählen Sie einen Kilometerstand, um seine Car-Pass-Anfragen und -Probleme zu sehen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="139"/>
        <source>Selected reading</source>
        <translation>Ausgewählter Kilometerstand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="163"/>
        <source>%1 processed</source>
        <translation>%1 verarbeitet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="165"/>
        <source>%1 being validated</source>
        <translation>%1 in Prüfung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="167"/>
        <source>%1 waiting to send</source>
        <translation>%1 warten auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="170"/>
        <source>%1 with an issue</source>
        <translation>%1 mit Problem</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="205"/>
        <source>Work: %1</source>
        <translation>Arbeiten: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_readings.py" line="211"/>
        <source>Corrected; first sent as: %1</source>
        <translation>Korrigiert; zuerst gesendet als: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="25"/>
        <source>report ready</source>
        <translation>Historie bereit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="46"/>
        <source>No report selected.
To get a vehicle history report, enter today&apos;s odometer reading with the type “Vehicle history report”. The report appears here once Car-Pass processed it; print it for the showroom and put its link in your ads.</source>
        <translation>Keine Historie ausgewählt.
Für eine Fahrzeughistorie geben Sie den heutigen Kilometerstand mit der Art „Fahrzeughistorie“ ein. Sie erscheint hier, sobald Car-Pass sie verarbeitet hat; drucken Sie sie für den Showroom aus und setzen Sie den Link in Ihre Anzeigen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="54"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="57"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="60"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="69"/>
        <source>Public link:</source>
        <translation>Öffentlicher Link:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="134"/>
        <source>Fetching the report from Car-Pass…</source>
        <translation>Historie wird bei Car-Pass abgerufen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="136"/>
        <source>Car-Pass did not deliver the report: %1</source>
        <translation>Car-Pass hat die Historie nicht geliefert: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="139"/>
        <source>The report is available once Car-Pass processed the request. Now: %1.</source>
        <translation>Die Historie ist verfügbar, sobald Car-Pass die Anfrage verarbeitet hat. Jetzt: %1.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="147"/>
        <source>The stored report file is missing or damaged.</source>
        <translation>Die gespeicherte Historien-Datei fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="164"/>
        <source>Public link copied.</source>
        <translation>Öffentlicher Link kopiert.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="175"/>
        <source>Save the vehicle history report</source>
        <translation>Fahrzeughistorie speichern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="176"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="190"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="192"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_vhr.py" line="202"/>
        <source>Fetching the report in %1…</source>
        <translation>Historie wird abgerufen in %1…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="68"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="71"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="86"/>
        <source>Pull data now</source>
        <translation>Daten jetzt abrufen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="92"/>
        <source>Eligibility:</source>
        <translation>Eignung:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="93"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="94"/>
        <source>Odometer:</source>
        <translation>Km-Stand:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="95"/>
        <source>Revoked because:</source>
        <translation>Widerrufen, weil:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="99"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="102"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="125"/>
        <source>Select a vehicle to see its timeline, its latest odometer and to revoke its clearance.</source>
        <translation>Wählen Sie ein Fahrzeug, um seinen Verlauf und letzten Kilometerstand zu sehen und seine Freigabe zu widerrufen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="145"/>
        <source>found on the High Mobility account</source>
        <translation>im High-Mobility-Konto gefunden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="152"/>
        <source>%1, reported %2</source>
        <translation>%1, gemeldet am %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="156"/>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="157"/>
        <source>available once approved</source>
        <translation>nach Genehmigung verfügbar</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="170"/>
        <source>High Mobility refused this request: %1</source>
        <translation>High Mobility hat diese Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="173"/>
        <source>High Mobility is still changing this clearance; FleetDesk tries again at %1.</source>
        <translation>High Mobility ändert diese Freigabe noch; FleetDesk versucht es um %1 erneut.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="177"/>
        <source>Not sent yet (%1). It stays queued and is sent automatically.</source>
        <translation>Noch nicht gesendet (%1). Es bleibt vorgemerkt und wird automatisch gesendet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="191"/>
        <source>The request is still pending: canceling stops it.</source>
        <translation>Die Anfrage läuft noch: Abbrechen stoppt sie.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="193"/>
        <source>Revoking ends data access at once (use it when a vehicle leaves the fleet).</source>
        <translation>Widerrufen beendet den Datenzugriff sofort (wenn ein Fahrzeug die Flotte verlässt).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="195"/>
        <source>This request never reached High Mobility: withdrawing just drops it.</source>
        <translation>Diese Anfrage hat High Mobility nie erreicht: Zurückziehen verwirft sie einfach.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_detail.py" line="197"/>
        <source>A revoke is waiting to be sent.</source>
        <translation>Ein Widerruf wartet auf den Versand.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_table.py" line="40"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_table.py" line="42"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_table.py" line="42"/>
        <source>could not check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_table.py" line="43"/>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_table.py" line="43"/>
        <source>Not eligible</source>
        <translation>Nicht geeignet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_table.py" line="153"/>
        <source>High Mobility cannot check the eligibility of %1 vehicles</source>
        <translation>High Mobility kann die Eignung von %1-Fahrzeugen nicht prüfen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/highmobility_table.py" line="156"/>
        <source>Reported %1</source>
        <translation>Gemeldet am %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="59"/>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="28"/>
        <source>1 day late</source>
        <translation>1 Tag zu spät</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="28"/>
        <source>%1 days late</source>
        <translation>%1 T. zu spät</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="30"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="31"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="31"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="61"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="63"/>
        <source>Requested %1</source>
        <translation>Angefordert am %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="66"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="65"/>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="159"/>
        <source>Unit</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="159"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="205"/>
        <source>Driver card</source>
        <translation>Fahrerkarte</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="205"/>
        <source>Vehicle unit (tachograph)</source>
        <translation>Fahrzeugeinheit (Tachograph)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="209"/>
        <source>Legal limit: %1 days, until %2</source>
        <translation>Gesetzliche Frist: %1 Tage, bis %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="211"/>
        <source>Fleet interval: %1 days, until %2</source>
        <translation>Flotten-Intervall: %1 Tage, bis %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="217"/>
        <source>A manual remote download can be requested.</source>
        <translation>Ein manueller Fern-Download kann angefordert werden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="219"/>
        <source>The legal remote downloads are up to date.</source>
        <translation>Die gesetzlichen Fern-Downloads sind aktuell.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="220"/>
        <source>The legal remote downloads are delayed.</source>
        <translation>Die gesetzlichen Fern-Downloads sind verspätet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="221"/>
        <source>The legal remote downloads are delayed out of legal compliance.</source>
        <translation>Die gesetzlichen Fern-Downloads sind über die gesetzliche Frist hinaus verspätet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="222"/>
        <source>Never has downloaded any data.</source>
        <translation>Hat noch nie Daten heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="223"/>
        <source>The telematics link was removed from the vehicle.</source>
        <translation>Die Telematik-Verbindung wurde vom Fahrzeug entfernt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="245"/>
        <source>Search plate, VIN, card or country</source>
        <translation>Kennzeichen, FIN, Karte oder Land suchen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="248"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="252"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="276"/>
        <source>No vehicle units or driver cards yet.
Sign in to TachoShare and press “Sync now” to see which are due.</source>
        <translation>Noch keine Fahrzeugeinheiten oder Fahrerkarten.
Melden Sie sich bei TachoShare an und klicken Sie auf „Jetzt synchronisieren“, um zu sehen, welche fällig sind.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="282"/>
        <source>Request remote download</source>
        <translation>Fern-Download anfordern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="337"/>
        <source>Select a vehicle unit to request a remote download.</source>
        <translation>Wählen Sie eine Fahrzeugeinheit, um einen Fern-Download anzufordern.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="338"/>
        <source>Remote downloads are requested per vehicle; a driver card is read when it is in one.</source>
        <translation>Fern-Downloads werden pro Fahrzeug angefordert; eine Fahrerkarte wird gelesen, wenn sie in einem Fahrzeug steckt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="344"/>
        <source>TachoShare refused the last request for %1: %2. You can ask again once that is resolved.</source>
        <translation>TachoShare hat die letzte Anfrage für %1 abgelehnt: %2. Sie können erneut anfragen, sobald das behoben ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="348"/>
        <source>Not possible for %1: %2</source>
        <translation>Nicht möglich für %1: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_board.py" line="351"/>
        <source>%1 can be asked to download now (%2 manual attempts left); TachoShare starts it when the ignition is next on.</source>
        <translation>Für %1 kann jetzt ein Download angefordert werden (noch %2 manuelle Versuche); TachoShare startet ihn, wenn die Zündung das nächste Mal an ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="131"/>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="171"/>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="276"/>
        <source>No downloads yet.</source>
        <translation>Noch keine Downloads.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="177"/>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="272"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="180"/>
        <source>Active and recent</source>
        <translation>Aktiv und kürzlich</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="181"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="182"/>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="246"/>
        <source>Pause all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="206"/>
        <source>Nothing is downloading.
“Sync now” asks TachoShare for every new day of data and archives it here, file by file.</source>
        <translation>Es wird nichts heruntergeladen.
„Jetzt synchronisieren“ fragt TachoShare nach jedem neuen Datentag und archiviert ihn hier, Datei für Datei.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="220"/>
        <source>A unit&apos;s or card&apos;s cursor moves only once its file is safely on disk; an interrupted download starts again from there.</source>
        <translation>Der Cursor einer Einheit oder Karte rückt erst vor, wenn ihre Datei sicher auf der Festplatte liegt; ein unterbrochener Download beginnt dort erneut.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="246"/>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="271"/>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="274"/>
        <source>%1 downloading, %2 waiting</source>
        <translation>%1 laufen, %2 warten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_downloads.py" line="276"/>
        <source>All downloads finished</source>
        <translation>Alle Downloads abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_files.py" line="127"/>
        <source>Search file name, VIN or card</source>
        <translation>Dateiname, FIN oder Karte suchen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_files.py" line="130"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_files.py" line="133"/>
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_files.py" line="158"/>
        <source>No files archived yet.
Every file a sync downloads is kept here under its conventional name (M_… vehicle units, C_… driver cards).</source>
        <translation>Noch keine Dateien archiviert.
Jede Datei, die eine Synchronisierung herunterlädt, wird hier unter ihrem üblichen Namen abgelegt (M_… Fahrzeugeinheiten, C_… Fahrerkarten).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_files.py" line="175"/>
        <source>%1 files, %2 in %3</source>
        <translation>%1 Dateien, %2 in %3</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_header.py" line="49"/>
        <source>Checking the TachoShare sign-in…</source>
        <translation>TachoShare-Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_header.py" line="51"/>
        <location filename="../../fleetdesk/ui/components/tachoshare_header.py" line="89"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_header.py" line="57"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_header.py" line="59"/>
        <source>Ask TachoShare what is new and download it (F5 syncs every service)</source>
        <translation>TachoShare nach Neuem fragen und es herunterladen (F5 synchronisiert alle Dienste)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_header.py" line="71"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_header.py" line="89"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_header.py" line="97"/>
        <source>No vehicle units or driver cards listed yet.</source>
        <translation>Noch keine Fahrzeugeinheiten oder Fahrerkarten aufgelistet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/tachoshare_header.py" line="99"/>
        <source>Lists updated %1</source>
        <translation>Listen aktualisiert am %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="34"/>
        <source>%1 reading(s) not sent to Car-Pass yet.</source>
        <translation>Noch nicht an Car-Pass gesendete Kilometerstände: %1.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="36"/>
        <source>Car-Pass is in its weekly maintenance (Thursday 19:00–24:00); sending resumes after midnight.</source>
        <translation>Car-Pass ist in der wöchentlichen Wartung (Donnerstag 19:00–24:00); der Versand wird nach Mitternacht fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="39"/>
        <source>Car-Pass cannot be reached (%1).</source>
        <translation>Car-Pass ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="40"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="42"/>
        <source>Last problem: %1.</source>
        <translation>Letztes Problem: %1.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="43"/>
        <source>They are kept with their date of work%1 and sent automatically as soon as Car-Pass answers: nothing needs to be typed again. Keep the vehicle&apos;s file open until they are sent.</source>
        <translation>Sie werden mit ihrem Arbeitsdatum%1 aufbewahrt und automatisch gesendet, sobald Car-Pass antwortet: Nichts muss erneut eingegeben werden. Lassen Sie die Fahrzeugakte offen, bis sie gesendet sind.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="46"/>
        <source> (oldest %1)</source>
        <translation> (ältester %1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="49"/>
        <source>%1 were refused and need your attention (see the Outbox).</source>
        <translation>%1 wurden abgelehnt und erfordern Ihre Aufmerksamkeit (siehe Postausgang).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="66"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="87"/>
        <source>Readings</source>
        <translation>Kilometerstände</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="88"/>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="116"/>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="89"/>
        <source>Vehicle history reports</source>
        <translation>Fahrzeughistorien</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="90"/>
        <source>Account and rules</source>
        <translation>Konto und Regeln</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/carpass/tab.py" line="115"/>
        <source>Issues (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="39"/>
        <source>Ctrack is not set up: enter its username and password in Settings → Ctrack.</source>
        <translation>Ctrack ist nicht eingerichtet: Geben Sie Benutzername und Passwort unter Einstellungen → Ctrack ein.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="40"/>
        <source>Showing the last known positions.</source>
        <translation>Die letzten bekannten Positionen werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="43"/>
        <source>Live: positions arrive through the Ctrack positions queue.</source>
        <translation>Live: Positionen kommen über die Ctrack-Positionswarteschlange.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="45"/>
        <source>Live: polling the last positions while the new positions queue starts.</source>
        <translation>Live: Die letzten Positionen werden abgefragt, während die neue Positionswarteschlange startet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="48"/>
        <source>Offline: showing the last known positions (last contact %1). Retrying automatically.</source>
        <translation>Offline: Die letzten bekannten Positionen werden angezeigt (letzter Kontakt %1). Automatischer neuer Versuch.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="49"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="51"/>
        <source>Ctrack refused the sign-in: check the username and password in Settings → Ctrack.</source>
        <translation>Ctrack hat die Anmeldung abgelehnt: Prüfen Sie Benutzername und Passwort unter Einstellungen → Ctrack.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="53"/>
        <source>Ctrack answered with an error: %1</source>
        <translation>Ctrack hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="54"/>
        <source>Connecting to Ctrack…</source>
        <translation>Verbindung zu Ctrack wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../fleetdesk/ui/about.py" line="16"/>
        <source>Car-Pass odometer readings, tachograph downloads, THG-quota claims, connected-car clearance and a live fleet map — for garages and fleets, offline-proof.</source>
        <translation>Car-Pass-Kilometerstände, Tachograph-Downloads, THG-Quote-Anträge, Freigabe vernetzter Fahrzeuge und eine Live-Flottenkarte — für Werkstätten und Flotten, auch offline zuverlässig.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/about.py" line="19"/>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/about.py" line="20"/>
        <source>Secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/about.py" line="23"/>
        <source>Map data © OpenStreetMap contributors.</source>
        <translation>Kartendaten © OpenStreetMap-Mitwirkende.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/about.py" line="27"/>
        <source>About FleetDesk</source>
        <translation>Über FleetDesk</translation>
    </message>
</context>
<context>
    <name>AddVinsDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="100"/>
        <source>Add vehicles for clearance</source>
        <translation>Fahrzeuge zur Freigabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="106"/>
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
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="114"/>
        <source>(from each line)</source>
        <translation>(aus jeder Zeile)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="120"/>
        <source>key=value; key=value (optional)</source>
        <translation>Schlüssel=Wert; Schlüssel=Wert (optional)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="122"/>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="128"/>
        <source>Tags for all:</source>
        <translation>Tags für alle:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="131"/>
        <source>Default brand:</source>
        <translation>Standardmarke:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="143"/>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="208"/>
        <source>Nothing pasted yet.</source>
        <translation>Noch nichts eingefügt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="147"/>
        <source>Check eligibility</source>
        <translation>Eignung prüfen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="150"/>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="216"/>
        <source>Request clearance</source>
        <translation>Freigabe anfordern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="154"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="187"/>
        <source>Tags for all: %1</source>
        <translation>Tags für alle: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="206"/>
        <source>%1 of %2 checked are eligible</source>
        <translation>%1 von %2 geprüften sind geeignet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="221"/>
        <source>Import vehicles</source>
        <translation>Fahrzeuge importieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="221"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="235"/>
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
    <name>DetailsPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_vehicles.py" line="145"/>
        <source>Select a vehicle on the map or in the list to see its details.</source>
        <translation>Wählen Sie ein Fahrzeug auf der Karte oder in der Liste, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_vehicles.py" line="182"/>
        <source>none reported</source>
        <translation>nichts gemeldet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_vehicles.py" line="187"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/components/ctrack_vehicles.py" line="192"/>
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
        <location filename="../../fleetdesk/ui/widgets/thg_dropzone.py" line="50"/>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/thg_dropzone.py" line="53"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="62"/>
        <source>New odometer reading</source>
        <translation>Neuer Kilometerstand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="67"/>
        <source>17 characters, from the vehicle or a scan</source>
        <translation>17 Zeichen, vom Fahrzeug oder einem Scan</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="69"/>
        <source>or the licence plate, e.g. 1-ABC-123</source>
        <translation>oder das Kennzeichen, z. B. 1-ABC-123</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="71"/>
        <source>exactly as on the dashboard</source>
        <translation>genau wie auf dem Armaturenbrett</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="83"/>
        <source>As in the vehicle register</source>
        <translation>Wie im Fahrzeugregister</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="89"/>
        <source>optional, kept with the reading</source>
        <translation>optional, wird beim Kilometerstand gespeichert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="93"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="98"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="103"/>
        <source>Old-timer: DIV unifier</source>
        <translation>Oldtimer: DIV-Unifier</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="105"/>
        <source>or first use</source>
        <translation>oder Erstzulassung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="110"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="111"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="113"/>
        <source>Licence plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="116"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="117"/>
        <source>Odometer</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="118"/>
        <source>Reading date</source>
        <translation>Ablesedatum</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="119"/>
        <source>Operation</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="122"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="124"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="125"/>
        <source>Work done</source>
        <translation>Ausgeführte Arbeiten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="133"/>
        <source>I checked the warnings: the reading is right</source>
        <translation>Ich habe die Warnungen geprüft: Der Kilometerstand stimmt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="136"/>
        <source>Submit reading</source>
        <translation>Kilometerstand einreichen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="153"/>
        <source>Tip: scan or type the VIN and press Enter, type the odometer reading and press Enter. Every reading is checked, stored on this PC first and sent to Car-Pass automatically, also after a network cut; follow it on the right.</source>
        <translation>Tipp: Scannen oder tippen Sie die FIN und drücken Sie Enter, tippen Sie den Kilometerstand und drücken Sie Enter. Jeder Kilometerstand wird geprüft, zuerst auf diesem PC gespeichert und automatisch an Car-Pass gesendet, auch nach einer Netzunterbrechung; verfolgen Sie ihn rechts.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="251"/>
        <source>Known vehicle</source>
        <translation>Bekanntes Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="255"/>
        <source>last reading %1 on %2</source>
        <translation>letzter Kilometerstand %1 am %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="288"/>
        <source>Not stored: correct what is marked ✖ above.</source>
        <translation>Nicht gespeichert: Korrigieren Sie, was oben mit ✖ markiert ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="294"/>
        <source>Look at the warnings above. If the reading is right, tick “I checked the warnings” and submit again.</source>
        <translation>Sehen Sie sich die Warnungen oben an. Wenn der Kilometerstand stimmt, setzen Sie das Häkchen bei „Ich habe die Warnungen geprüft“ und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="301"/>
        <source>Stored: %1, %2 on %3. It is sent to Car-Pass now, or as soon as Car-Pass can be reached.</source>
        <translation>Gespeichert: %1, %2 am %3. Er wird jetzt an Car-Pass gesendet oder sobald Car-Pass erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/carpass_entry.py" line="306"/>
        <source>Car-Pass is in maintenance; it goes out after midnight.</source>
        <translation>Car-Pass ist in Wartung; er wird nach Mitternacht gesendet.</translation>
    </message>
</context>
<context>
    <name>FleetClearanceTab</name>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="62"/>
        <source>Search VIN, brand or tag</source>
        <translation>FIN, Marke oder Tag suchen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="71"/>
        <source>Refresh status</source>
        <translation>Status aktualisieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="74"/>
        <source>Add VINs…</source>
        <translation>FINs hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="86"/>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="95"/>
        <source>No vehicles yet.
Click “Add VINs…” to paste a list or import a CSV (VIN, brand, tags). FleetDesk checks which are eligible, requests clearance and follows each request until it is approved or rejected.</source>
        <translation>Noch keine Fahrzeuge.
Klicken Sie auf „FINs hinzufügen…“, um eine Liste einzufügen oder eine CSV-Datei zu importieren (VIN, Marke, Tags). FleetDesk prüft, welche geeignet sind, fordert die Freigabe an und verfolgt jede Anfrage, bis sie genehmigt oder abgelehnt ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="116"/>
        <source>fleet operator&apos;s business name</source>
        <translation>Firmenname des Flottenbetreibers</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="120"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="127"/>
        <source>VW Group business name:</source>
        <translation>Firmenname für VW Group:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="146"/>
        <source>DEMO · sandbox simulator</source>
        <translation>DEMO · Sandbox-Simulator</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="147"/>
        <source>SANDBOX · simulated vehicles</source>
        <translation>SANDBOX · simulierte Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="148"/>
        <source>LIVE · real vehicles</source>
        <translation>LIVE · echte Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="148"/>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="155"/>
        <source>Added as the vw-group-customer-name tag for Volkswagen Group brands. Statuses are checked every %1 s while requests are under way, every %2 min otherwise.</source>
        <translation>Wird für Marken des Volkswagen-Konzerns als Tag vw-group-customer-name hinzugefügt. Status werden alle %1 s geprüft, solange Anfragen laufen, sonst alle %2 min.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="213"/>
        <source>High Mobility is not set up yet: %1</source>
        <translation>High Mobility ist noch nicht eingerichtet: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="237"/>
        <source>%1 clearance updates: %2</source>
        <translation>%1 Freigabe-Aktualisierungen: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="285"/>
        <source>%n already requested</source>
        <translation>%n bereits angefordert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="309"/>
        <source>%1: request withdrawn.</source>
        <translation>%1: Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="310"/>
        <source>%1: revoke queued; it is sent as soon as High Mobility answers.</source>
        <translation>%1: Widerruf vorgemerkt; er wird gesendet, sobald High Mobility antwortet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="342"/>
        <source>High Mobility did not answer as hoped: %1</source>
        <translation>High Mobility hat nicht wie erwartet geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="352"/>
        <source>Business name saved.</source>
        <translation>Firmenname gespeichert.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/tab.py" line="353"/>
        <source>Business name cleared.</source>
        <translation>Firmenname gelöscht.</translation>
    </message>
</context>
<context>
    <name>LiveMapTab</name>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="86"/>
        <source>Fit all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="89"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="93"/>
        <source>Points of interest</source>
        <translation>Sonderziele</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="107"/>
        <source>The map cannot be shown: %1</source>
        <translation>Die Karte kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="120"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="121"/>
        <source>Trips</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="180"/>
        <source>No vehicles yet.</source>
        <translation>Noch keine Fahrzeuge.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/ctrack/live_map.py" line="277"/>
        <source>Points of interest not loaded: %1</source>
        <translation>Sonderziele nicht geladen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="35"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="45"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="46"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="57"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="58"/>
        <source>&amp;Send and sync now</source>
        <translation>Jetzt &amp;senden und synchronisieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="67"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="73"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="74"/>
        <source>&amp;About FleetDesk</source>
        <translation>Ü&amp;ber FleetDesk</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="81"/>
        <source>DEMO — simulators, not real services</source>
        <translation>DEMO — Simulatoren, keine echten Dienste</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="119"/>
        <source>Everything has been sent</source>
        <translation>Alles wurde gesendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="127"/>
        <source>Problem in %1: %2</source>
        <translation>Problem in %1: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="134"/>
        <source>Sending and syncing…</source>
        <translation>Senden und Synchronisieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/main_window.py" line="136"/>
        <source>Sync done: %1 sent, %2 unsent</source>
        <translation>Synchronisierung fertig: %1 gesendet, %2 nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="19"/>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="20"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="21"/>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="45"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="22"/>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="44"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="23"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="43"/>
        <source>Unsent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="46"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="51"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="51"/>
        <source>Submission</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="52"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="52"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="53"/>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="53"/>
        <source>Date of work</source>
        <translation>Arbeitsdatum</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="54"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="111"/>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="114"/>
        <source>Send all now</source>
        <translation>Alle jetzt senden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="117"/>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="122"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="141"/>
        <source>Nothing is waiting to be sent.
Everything you submit is stored here first and sent as soon as the service answers.</source>
        <translation>Nichts wartet auf den Versand.
Alles, was Sie einreichen, wird zuerst hier gespeichert und gesendet, sobald der Dienst antwortet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="168"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="169"/>
        <source>Everything has been sent</source>
        <translation>Alles wurde gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="171"/>
        <source>%n need your attention</source>
        <translation>
            <numerusform>%n erfordert Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="213"/>
        <source>Discard submission?</source>
        <translation>Übermittlung verwerfen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="214"/>
        <source>“%1” will not be sent. What you entered stays in the history, but the service will never receive it. This cannot be undone.</source>
        <translation>„%1“ wird nicht gesendet. Ihre Eingaben bleiben im Verlauf, aber der Dienst erhält sie nie. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../fleetdesk/ui/widgets/carpass_pdf_viewer.py" line="50"/>
        <source>Fit width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/carpass_pdf_viewer.py" line="53"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/carpass_pdf_viewer.py" line="169"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/carpass_pdf_viewer.py" line="176"/>
        <source>fit</source>
        <translation>angepasst</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="74"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="35"/>
        <source>not checkable for this brand</source>
        <translation>für diese Marke nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="39"/>
        <source>could not check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="40"/>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/add_dialog.py" line="40"/>
        <source>Not eligible</source>
        <translation>Nicht geeignet</translation>
    </message>
</context>
<context>
    <name>RegistrantDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_dialogs.py" line="79"/>
        <source>New vehicle registrant</source>
        <translation>Neuer Fahrzeughalter</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_dialogs.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_dialogs.py" line="84"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_dialogs.py" line="86"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="18"/>
        <source>Revoke clearance?</source>
        <translation>Freigabe widerrufen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="18"/>
        <source>Cancel the request?</source>
        <translation>Anfrage abbrechen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="19"/>
        <source>Withdraw the request?</source>
        <translation>Anfrage zurückziehen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="21"/>
        <source>Data access for %1 (%2) ends as soon as High Mobility processes the revoke. To get data again you would have to request clearance anew, and the car maker approves it again.</source>
        <translation>Der Datenzugriff für %1 (%2) endet, sobald High Mobility den Widerruf verarbeitet. Um wieder Daten zu erhalten, müssten Sie die Freigabe neu anfordern, und der Hersteller muss sie erneut genehmigen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="24"/>
        <source>The pending clearance request for %1 (%2) is canceled. You can request it again later.</source>
        <translation>Die laufende Freigabeanfrage für %1 (%2) wird abgebrochen. Sie können sie später erneut stellen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="26"/>
        <source>The request for %1 (%2) has not reached High Mobility yet; it is dropped and never sent.</source>
        <translation>Die Anfrage für %1 (%2) hat High Mobility noch nicht erreicht; sie wird verworfen und nie gesendet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="40"/>
        <source>optional, e.g. vehicle sold</source>
        <translation>optional, z. B. Fahrzeug verkauft</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="42"/>
        <source>Reason (kept with the vehicle):</source>
        <translation>Grund (wird beim Fahrzeug gespeichert):</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="44"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="44"/>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="45"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/highmobility/revoke_dialog.py" line="48"/>
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
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="17"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="18"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="19"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="20"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="21"/>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="23"/>
        <source>production</source>
        <extracomment>environment names and where an address comes from (Config.url_source); others are shown as-is</extracomment>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="24"/>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="25"/>
        <source>custom address</source>
        <translation>eigene Adresse</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="26"/>
        <source>override</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="27"/>
        <source>demo simulator</source>
        <translation>Demo-Simulator</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="62"/>
        <source>reachable (HTTP %1)</source>
        <translation>erreichbar (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="85"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="89"/>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="93"/>
        <source>In use</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="99"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="102"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="105"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="138"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="138"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="143"/>
        <source>Set by the environment variable for unattended runs</source>
        <translation>Durch die Umgebungsvariable für unbeaufsichtigte Läufe gesetzt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="160"/>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="165"/>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="177"/>
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
    <name>SettingsView</name>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="41"/>
        <source>Passwords and tokens are kept in the system keyring (%1).</source>
        <translation>Passwörter und Tokens werden im Schlüsselbund des Systems aufbewahrt (%1).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="202"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="206"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="210"/>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/settings_view.py" line="236"/>
        <source>Takes effect the next time FleetDesk starts.</source>
        <translation>Wirkt beim nächsten Start von FleetDesk.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="46"/>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="136"/>
        <source>Checking the THG sign-in…</source>
        <translation>THG-Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="49"/>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="149"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="54"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="57"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="82"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="85"/>
        <source>Open sign-in page</source>
        <translation>Anmeldeseite öffnen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="90"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="144"/>
        <source>Sign in to upload documents and sync statuses; what you do meanwhile waits in the outbox.</source>
        <translation>Melden Sie sich an, um Dokumente hochzuladen und Status zu synchronisieren; was Sie inzwischen tun, wartet im Postausgang.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="149"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="166"/>
        <source>Could not start the sign-in: %1</source>
        <translation>Die Anmeldung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="188"/>
        <source>THG: %1</source>
        <translation>THG: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="193"/>
        <source>Open %1 in your browser and enter this code to sign in to the THG service with your Microsoft account:</source>
        <translation>Öffnen Sie %1 in Ihrem Browser und geben Sie diesen Code ein, um sich mit Ihrem Microsoft-Konto beim THG-Dienst anzumelden:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="196"/>
        <source>(Demo: the simulator accepts the code by itself after a few seconds.)</source>
        <translation>(Demo: Der Simulator akzeptiert den Code nach einigen Sekunden von selbst.)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="217"/>
        <source>Code valid for %1</source>
        <translation>Code gültig für %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_signin.py" line="222"/>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../fleetdesk/ui/tabs/__init__.py" line="20"/>
        <source>Car-Pass</source>
        <extracomment>Titles of the tabs we ship, marked for lupdate (the TabSpecs live in the integrations&apos; packages).</extracomment>
        <translation>Car-Pass</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/__init__.py" line="20"/>
        <source>Tachographs</source>
        <translation>Tachographen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/__init__.py" line="21"/>
        <source>THG quota</source>
        <translation>THG-Quote</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/__init__.py" line="21"/>
        <source>Fleet clearance</source>
        <translation>Flottenfreigabe</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/__init__.py" line="22"/>
        <source>Live map</source>
        <translation>Live-Karte</translation>
    </message>
</context>
<context>
    <name>TachoShareTab</name>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="90"/>
        <source>Compliance board</source>
        <translation>Compliance-Übersicht</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="91"/>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="154"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="92"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="154"/>
        <source>Downloads (%1)</source>
        <translation>Downloads (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="155"/>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="168"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="178"/>
        <source>Could not update the lists from TachoShare: %1</source>
        <translation>Die Listen konnten nicht von TachoShare aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="203"/>
        <source>Opening your browser to sign in to TachoShare…</source>
        <translation>Ihr Browser wird zur Anmeldung bei TachoShare geöffnet…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="203"/>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="222"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="211"/>
        <source>Sign-in did not complete: %1</source>
        <translation>Anmeldung nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="216"/>
        <source>Signed in to TachoShare. Fetching your vehicles and driver cards…</source>
        <translation>Bei TachoShare angemeldet. Ihre Fahrzeuge und Fahrerkarten werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="221"/>
        <source>Sign in in the browser window that opened, then come back here. If no browser opened, open this address: %1</source>
        <translation>Melden Sie sich im geöffneten Browserfenster an und kehren Sie dann hierher zurück. Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="230"/>
        <source>Asking TachoShare what is new…</source>
        <translation>TachoShare wird nach Neuem gefragt…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="234"/>
        <source>Sign in to TachoShare again to sync: %1</source>
        <translation>Melden Sie sich erneut bei TachoShare an, um zu synchronisieren: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="237"/>
        <source>TachoShare cannot be reached now; nothing was lost. %1</source>
        <translation>TachoShare ist gerade nicht erreichbar; nichts ging verloren. %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="245"/>
        <source>%1 download(s) started.</source>
        <translation>%1 Download(s) gestartet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="249"/>
        <source>Everything is up to date: TachoShare has nothing newer than the archive.</source>
        <translation>Alles ist aktuell: TachoShare hat nichts Neueres als das Archiv.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="278"/>
        <source>Sync finished: %1 archived, %2 with nothing new, %3 failed.</source>
        <translation>Synchronisierung fertig: %1 archiviert, %2 ohne Neues, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="282"/>
        <source>Downloads stopped: %1. The rest stays queued for the next sync.</source>
        <translation>Downloads gestoppt: %1. Der Rest bleibt für die nächste Synchronisierung vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="328"/>
        <source>Remote download not possible: %1</source>
        <translation>Fern-Download nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="334"/>
        <source>Remote download for %1 is in the outbox and being sent…</source>
        <translation>Fern-Download für %1 liegt im Postausgang und wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="348"/>
        <source>TachoShare accepted the remote download for %1: the tachograph downloads when its ignition is next on; the data arrives with a later sync.</source>
        <translation>TachoShare hat den Fern-Download für %1 angenommen: Der Tachograph lädt herunter, wenn die Zündung das nächste Mal an ist; die Daten kommen mit einer späteren Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="352"/>
        <source>TachoShare refused the remote download for %1: %2</source>
        <translation>TachoShare hat den Fern-Download für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="361"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="362"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/tachoshare/__init__.py" line="379"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ThgTab</name>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="49"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="60"/>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="61"/>
        <source>UBA requests</source>
        <translation>UBA-Anträge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="94"/>
        <source>Vehicles (%1)</source>
        <translation>Fahrzeuge (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="106"/>
        <source>%1 THG updates; the latest:</source>
        <translation>%1 THG-Aktualisierungen; die neueste:</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="122"/>
        <source>THG: syncing…</source>
        <translation>THG: Synchronisierung…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="130"/>
        <source>THG: %1</source>
        <translation>THG: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="134"/>
        <source>THG: signed in</source>
        <translation>THG: angemeldet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="150"/>
        <source>UBA request queued</source>
        <translation>UBA-Antrag vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="155"/>
        <source>UBA request withdrawn</source>
        <translation>UBA-Antrag zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="160"/>
        <source>Registrant queued</source>
        <translation>Fahrzeughalter vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="166"/>
        <source>Choose the document to submit again</source>
        <translation>Wählen Sie das erneut einzureichende Dokument</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="168"/>
        <source>Documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Dokumente (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tabs/thg/__init__.py" line="179"/>
        <source>Submitted again as a new vehicle</source>
        <translation>Als neues Fahrzeug erneut eingereicht</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="72"/>
        <source>Show trips</source>
        <translation>Fahrten anzeigen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="85"/>
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="234"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="119"/>
        <source>Trips of %1</source>
        <translation>Fahrten von %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="120"/>
        <source>Select a vehicle to see its trips.</source>
        <translation>Wählen Sie ein Fahrzeug, um seine Fahrten zu sehen.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="144"/>
        <source>Loading trips…</source>
        <translation>Fahrten werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="156"/>
        <source>Whole day: %n trip(s)</source>
        <translation>
            <numerusform>Ganzer Tag: %n Fahrt</numerusform>
            <numerusform>Ganzer Tag: %n Fahrten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="162"/>
        <source>Ctrack could not be reached; showing what is stored.</source>
        <translation>Ctrack ist nicht erreichbar; Gespeichertes wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="164"/>
        <source>No trips on this day.</source>
        <translation>Keine Fahrten an diesem Tag.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="184"/>
        <source>Stopped %1–%2 (%3)
%4</source>
        <translation>Halt %1–%2 (%3)
%4</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="234"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>UbaRequestDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_dialogs.py" line="20"/>
        <source>Request the THG quota from the UBA</source>
        <translation>THG-Quote beim UBA beantragen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_dialogs.py" line="32"/>
        <source>Hold until</source>
        <translation>Zurückhalten bis</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_dialogs.py" line="43"/>
        <source>The hold keeps the request from being sent to the UBA before the vehicle&apos;s owner can no longer withdraw (%1 days) plus a buffer (%2 days). It can be set only now and never changed later; until the request is sent it can be withdrawn.</source>
        <translation>Die Sperre verhindert, dass der Antrag an das UBA geht, bevor der Fahrzeughalter nicht mehr widerrufen kann (%1 Tage), zuzüglich eines Puffers (%2 Tage). Sie kann nur jetzt gesetzt und später nie geändert werden; bis der Antrag gesendet ist, kann er zurückgezogen werden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_dialogs.py" line="50"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_dialogs.py" line="51"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_dialogs.py" line="54"/>
        <source>Request</source>
        <translation>Beantragen</translation>
    </message>
</context>
<context>
    <name>UbaView</name>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_uba.py" line="132"/>
        <source>New request…</source>
        <translation>Neuer Antrag…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_uba.py" line="135"/>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_uba.py" line="139"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_uba.py" line="163"/>
        <source>No UBA requests for this year yet.
Select a verified vehicle and choose “Request UBA quota”, or click “New request…”.</source>
        <translation>Noch keine UBA-Anträge für dieses Jahr.
Wählen Sie ein geprüftes Fahrzeug und dann „UBA-Quote beantragen…“ oder klicken Sie auf „Neuer Antrag…“.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_uba.py" line="201"/>
        <source>%1: %2 vehicles · %3 approved · %4 rejected · %5 waiting</source>
        <translation>%1: %2 Fahrzeuge · %3 genehmigt · %4 abgelehnt · %5 wartend</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_uba.py" line="219"/>
        <source>Withdraw UBA request?</source>
        <translation>UBA-Antrag zurückziehen?</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_uba.py" line="220"/>
        <source>The request for %1, %2 will be withdrawn. This is possible only until it is sent to the UBA.</source>
        <translation>Der Antrag für %1, %2 wird zurückgezogen. Das ist nur möglich, bis er an das UBA gesendet ist.</translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="37"/>
        <source>&lt;b&gt;Upload registration documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zulassungsbescheinigungen hochladen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="38"/>
        <source>Drop scans or photos of the &lt;b&gt;front&lt;/b&gt; of the Fahrzeugschein here, or a whole folder (JPEG, PNG or PDF).</source>
        <translation>Legen Sie hier Scans oder Fotos der &lt;b&gt;Vorderseite&lt;/b&gt; der Zulassungsbescheinigung Teil I (Fahrzeugschein) ab, oder einen ganzen Ordner (JPEG, PNG oder PDF).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="43"/>
        <source>Demo documents</source>
        <translation>Demo-Dokumente</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="61"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="71"/>
        <source>empty: FleetDesk&apos;s upload key</source>
        <translation>leer: Upload-Schlüssel von FleetDesk</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="72"/>
        <source>Left empty, reference 3 carries a unique key, so an upload that got no answer is found again instead of sent twice.</source>
        <translation>Bleibt Referenz 3 leer, erhält sie einen eindeutigen Schlüssel, sodass ein Upload ohne Antwort wiedergefunden statt doppelt gesendet wird.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="74"/>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="83"/>
        <source>Registrant</source>
        <translation>Fahrzeughalter</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="84"/>
        <source>Reference 1</source>
        <translation>Referenz 1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="85"/>
        <source>Reference 2</source>
        <translation>Referenz 2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="86"/>
        <source>Reference 3</source>
        <translation>Referenz 3</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="87"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="91"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="127"/>
        <source>Uploads appear here with their progress: queued, uploading, being checked, verified.</source>
        <translation>Uploads erscheinen hier mit ihrem Fortschritt: vorgemerkt, wird hochgeladen, wird geprüft, verifiziert.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="138"/>
        <source>&lt;b&gt;Upload queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Upload-Warteschlange&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="152"/>
        <source>No registrant yet: add one</source>
        <translation>Noch kein Fahrzeughalter: fügen Sie einen hinzu</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="162"/>
        <source>%1 of %2 uploaded</source>
        <translation>%1 von %2 hochgeladen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="164"/>
        <source>%1 need attention</source>
        <translation>%1 erfordern Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="177"/>
        <source>No documents found there (JPEG, PNG or PDF).</source>
        <translation>Dort wurden keine Dokumente gefunden (JPEG, PNG oder PDF).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="181"/>
        <source>Checking %1 of %2…</source>
        <translation>Prüfe %1 von %2…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="203"/>
        <source>each file&apos;s name</source>
        <translation>Name jeder Datei</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="210"/>
        <source>no preview</source>
        <translation>keine Vorschau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="224"/>
        <source>Upload %n document(s)</source>
        <translation>
            <numerusform>%n Dokument hochladen</numerusform>
            <numerusform>%n Dokumente hochladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="227"/>
        <source>%1 refused by the check (see the list)</source>
        <translation>%1 von der Prüfung abgelehnt (siehe Liste)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="228"/>
        <source>All documents passed the check.</source>
        <translation>Alle Dokumente haben die Prüfung bestanden.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="230"/>
        <source>Add or sync a registrant first.</source>
        <translation>Fügen Sie zuerst einen Fahrzeughalter hinzu oder synchronisieren Sie.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="235"/>
        <source>Choose a folder of documents</source>
        <translation>Wählen Sie einen Ordner mit Dokumenten</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="236"/>
        <source>Choose registration documents</source>
        <translation>Wählen Sie Zulassungsbescheinigungen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="241"/>
        <source>Documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>Dokumente (*.jpg *.jpeg *.png *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="271"/>
        <source>%1 document(s) queued for upload</source>
        <translation>%1 Dokument(e) zum Hochladen vorgemerkt</translation>
    </message>
</context>
<context>
    <name>VehicleListPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/components/ctrack_vehicles.py" line="41"/>
        <source>Find a vehicle: plate, fleet number or driver</source>
        <translation>Fahrzeug suchen: Kennzeichen, Flottennummer oder Fahrer</translation>
    </message>
</context>
<context>
    <name>VehicleTableModel</name>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles_model.py" line="217"/>
        <source>Changed here; waiting to be sent (double-click to edit)</source>
        <translation>Hier geändert; wartet auf Versand (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles_model.py" line="219"/>
        <source>Double-click to edit</source>
        <translation>Doppelklick zum Bearbeiten</translation>
    </message>
</context>
<context>
    <name>VehiclesView</name>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="58"/>
        <source>Search references, VIN, owner…</source>
        <translation>Referenzen, FIN, Halter suchen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="67"/>
        <source>Changed since</source>
        <translation>Geändert seit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="72"/>
        <source>Your local time; FleetDesk converts it to UTC for the service</source>
        <translation>Ihre Ortszeit; FleetDesk rechnet sie für den Dienst in UTC um</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="77"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="79"/>
        <source>The service&apos;s own export (/vehicles/export) with the status and change-time filters</source>
        <translation>Der dienst-eigene Export (/vehicles/export) mit den Filtern für Status und Änderungszeit</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="82"/>
        <source>Export this list…</source>
        <translation>Diese Liste exportieren…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="113"/>
        <source>No vehicles yet.
Drop registration documents on the right: each one becomes a vehicle the THG service checks.</source>
        <translation>Noch keine Fahrzeuge.
Legen Sie rechts Zulassungsbescheinigungen ab: Jede wird zu einem Fahrzeug, das der THG-Dienst prüft.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="119"/>
        <source>Select a vehicle to see what its status means.</source>
        <translation>Wählen Sie ein Fahrzeug, um zu sehen, was sein Status bedeutet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="123"/>
        <source>Request UBA quota…</source>
        <translation>UBA-Quote beantragen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="126"/>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="251"/>
        <source>Submit again…</source>
        <translation>Erneut einreichen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="129"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="192"/>
        <source>%1 vehicles</source>
        <translation>%1 Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="193"/>
        <source>%1 of %2 vehicles shown</source>
        <translation>%1 von %2 Fahrzeugen angezeigt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="196"/>
        <source>%1 reference edits waiting to be sent</source>
        <translation>%1 Referenzänderungen warten auf Versand</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="213"/>
        <source>Select a vehicle to see what its status means. Double-click a reference to change it.</source>
        <translation>Wählen Sie ein Fahrzeug, um zu sehen, was sein Status bedeutet. Doppelklicken Sie auf eine Referenz, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="247"/>
        <source>Vehicles cannot be deleted</source>
        <translation>Fahrzeuge können nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="248"/>
        <source>The THG service keeps every validation request, so a vehicle cannot be deleted. If its document was wrong or unreadable, submit the document again: that creates a new vehicle.</source>
        <translation>Der THG-Dienst bewahrt jeden Prüfantrag auf, daher kann ein Fahrzeug nicht gelöscht werden. War das Dokument falsch oder unleserlich, reichen Sie es erneut ein: Das legt ein neues Fahrzeug an.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="259"/>
        <source>Export vehicles as CSV</source>
        <translation>Fahrzeuge als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="261"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="283"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="284"/>
        <source>No vehicles match: nothing exported</source>
        <translation>Keine passenden Fahrzeuge: nichts exportiert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="288"/>
        <source>Exported %1 vehicles to %2</source>
        <translation>%1 Fahrzeuge nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/components/thg_vehicles.py" line="290"/>
        <source>THG export</source>
        <translation>THG-Export</translation>
    </message>
</context>
</TS>
