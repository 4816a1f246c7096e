<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="+73"/>
        <location line="+134"/>
        <location line="+39"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+151"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>same as the username</source>
        <translation>wie der Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as given when the account was activated</source>
        <translation>wie bei der Aktivierung des Kontos angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Car-Pass helpdesk number</source>
        <translation>Nummer des Car-Pass-Helpdesks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car-Pass helpdesk: &lt;a href=&apos;%1&apos;&gt;car-pass.be&lt;/a&gt; (contact form)</source>
        <translation>Car-Pass-Helpdesk: &lt;a href=&apos;%1&apos;&gt;car-pass.be&lt;/a&gt; (Kontaktformular)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Username
(establishment no.)</source>
        <translation>Benutzername
(Niederlassungsnr.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../fleetdesk/ui/shell/database_setting.py" line="+75"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise no.
(VAT)</source>
        <translation>Unternehmensnr.
(USt.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Establishment no.</source>
        <translation>Niederlassungsnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpdesk telephone</source>
        <translation>Telefon Helpdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../fleetdesk/ui/shell/database_setting.py" line="-13"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Car-Pass account</source>
        <translation>Car-Pass-Konto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>km/day</source>
        <translation>km/Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not send these operations:</source>
        <translation>Diese Arbeiten nicht senden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not send these vehicles:</source>
        <translation>Diese Fahrzeuge nicht senden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foreign number plates</source>
        <translation>Ausländische Kennzeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warn above</source>
        <translation>Warnen ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle history report in</source>
        <translation>Sprache der Fahrzeughistorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporting rules</source>
        <translation>Melderegeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Car-Pass covers cars and vans up to 3.5 t registered in Belgium. Excluded readings are kept from Car-Pass; the prechecks say so.</source>
        <translation>Car-Pass gilt für in Belgien zugelassene Pkw und Lieferwagen bis 3,5 t. Ausgeschlossene Kilometerstände gehen nicht an Car-Pass; die Vorabprüfungen weisen darauf hin.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set by FLEETDESK_CARPASS_%1 for unattended runs</source>
        <translation>Durch FLEETDESK_CARPASS_%1 für unbeaufsichtigte Läufe gesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Enterprise number</source>
        <translation>Unternehmensnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Establishment number</source>
        <translation>Niederlassungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testing the connection to Car-Pass…</source>
        <translation>Verbindung zu Car-Pass wird getestet…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved: the prechecks use these rules from now on.</source>
        <translation>Gespeichert: Die Vorabprüfungen verwenden ab jetzt diese Regeln.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="+71"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answer on its way</source>
        <translation>Antwort unterwegs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>requestGuid %1</source>
        <translation>requestGuid %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Correct reading</source>
        <translation>Kilometerstand korrigieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="+186"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="+219"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="+302"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change what was typed wrongly; everything else is sent again as it was. One correction closes every issue of this reading.</source>
        <translation>Ändern Sie, was falsch eingegeben wurde; alles andere wird unverändert erneut gesendet. Eine Korrektur schließt alle Probleme dieses Kilometerstands.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer (km)</source>
        <translation>Kilometerstand (km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading date</source>
        <translation>Ablesedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIV unifier</source>
        <translation>DIV-Unifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I checked the warnings: the corrected reading is right</source>
        <translation>Ich habe die Warnungen geprüft: Der korrigierte Kilometerstand stimmt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send correction</source>
        <translation>Korrektur senden</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Look at the warnings; tick the box if the corrected reading is right, then send again.</source>
        <translation>Sehen Sie sich die Warnungen an; setzen Sie das Häkchen, wenn der korrigierte Kilometerstand stimmt, und senden Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: correct what is marked ✖.</source>
        <translation>Nicht gesendet: Korrigieren Sie, was mit ✖ markiert ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell Car-Pass the data as sent is right. This cannot be undone.</source>
        <translation>Car-Pass bestätigen, dass die gesendeten Daten stimmen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No outstanding Car-Pass issues.
When Car-Pass questions a reading, the issue appears here with its number, type and description, to correct or confirm.</source>
        <translation>Keine offenen Car-Pass-Probleme.
Wenn Car-Pass einen Kilometerstand beanstandet, erscheint das Problem hier mit Nummer, Art und Beschreibung, zum Korrigieren oder Bestätigen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 outstanding issue(s) on %2 reading(s). One correction or confirmation closes all issues of a reading.</source>
        <translation>Offene Probleme: %1 (Kilometerstände: %2). Eine Korrektur oder Bestätigung schließt alle Probleme eines Kilometerstands.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Correction stored and queued for Car-Pass.</source>
        <translation>Korrektur gespeichert und für Car-Pass vorgemerkt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm the reading?</source>
        <translation>Kilometerstand bestätigen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You tell Car-Pass that %1 with %2 on %3 is right as it was sent. Car-Pass registers it (it may check it by hand first).

A confirmation cannot be undone.</source>
        <translation>Sie bestätigen Car-Pass, dass %1 mit %2 am %3 so stimmt, wie gesendet. Car-Pass registriert ihn (eventuell nach einer manuellen Prüfung).

Eine Bestätigung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confirmation stored and queued for Car-Pass.</source>
        <translation>Bestätigung gespeichert und für Car-Pass vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="-237"/>
        <source>Vehicle history report ready</source>
        <translation>Fahrzeughistorie bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching the vehicle history report…</source>
        <translation>Fahrzeughistorie wird abgerufen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported by %1 on %2</source>
        <translation>Importiert von %1 auf %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered by %1 on %2</source>
        <translation>Erfasst von %1 auf %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Copy GUID</source>
        <translation>GUID kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request VHR…</source>
        <translation>VHR anfordern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a vehicle history report request for this vehicle with today&apos;s odometer reading</source>
        <translation>Eine Fahrzeughistorie für dieses Fahrzeug mit dem heutigen Kilometerstand anfordern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record what you found…</source>
        <translation>Ergebnis erfassen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a reading sent earlier whose outcome is unknown: record what the Car-Pass portal or helpdesk says</source>
        <translation>Für einen früher gesendeten Kilometerstand mit unbekanntem Ergebnis: Erfassen Sie, was das Car-Pass-Portal oder der Helpdesk sagt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import earlier readings…</source>
        <translation>Frühere Kilometerstände importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add readings from another system (CSV) to the history the prechecks use; they are not sent to Car-Pass</source>
        <translation>Kilometerstände aus einem anderen System (CSV) zum Verlauf hinzufügen, den die Vorabprüfungen nutzen; sie werden nicht an Car-Pass gesendet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No readings yet.
Enter the odometer reading of a vehicle in the workshop on the left: it is checked, stored and sent to Car-Pass, and you can follow it here.</source>
        <translation>Noch keine Kilometerstände.
Geben Sie links den Kilometerstand eines Fahrzeugs in der Werkstatt ein: Er wird geprüft, gespeichert und an Car-Pass gesendet, und Sie können ihn hier verfolgen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a reading to see its Car-Pass requests and issues.</source>
        <translation>Wählen Sie einen Kilometerstand, um seine Car-Pass-Anfragen und -Probleme zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected reading</source>
        <translation>Ausgewählter Kilometerstand</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 processed</source>
        <translation>%1 verarbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 being validated</source>
        <translation>%1 in Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waiting to send</source>
        <translation>%1 warten auf Versand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with an issue</source>
        <translation>%1 mit Problem</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Work: %1</source>
        <translation>Arbeiten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrected; first sent as: %1</source>
        <translation>Korrigiert; zuerst gesendet als: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What did Car-Pass say?</source>
        <translation>Was hat Car-Pass gesagt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with %2 on %3 was sent earlier, but its answer was lost. Check it in the Car-Pass portal or with the helpdesk, then record what you found.</source>
        <translation>%1 mit %2 am %3 wurde bereits gesendet, aber die Antwort ging verloren. Prüfen Sie es im Car-Pass-Portal oder beim Helpdesk und erfassen Sie dann, was Sie herausgefunden haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="+36"/>
        <source>report ready</source>
        <translation>Historie bereit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No report selected.
To get a vehicle history report, enter today&apos;s odometer reading with the type “Vehicle history report”. The report appears here once Car-Pass processed it; print it for the showroom and put its link in your ads.</source>
        <translation>Keine Historie ausgewählt.
Für eine Fahrzeughistorie geben Sie den heutigen Kilometerstand mit der Art „Fahrzeughistorie“ ein. Sie erscheint hier, sobald Car-Pass sie verarbeitet hat; drucken Sie sie für den Showroom aus und setzen Sie den Link in Ihre Anzeigen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public link:</source>
        <translation>Öffentlicher Link:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Fetching the report from Car-Pass…</source>
        <translation>Historie wird bei Car-Pass abgerufen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car-Pass did not deliver the report: %1</source>
        <translation>Car-Pass hat die Historie nicht geliefert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is available once Car-Pass processed the request. Now: %1.</source>
        <translation>Die Historie ist verfügbar, sobald Car-Pass die Anfrage verarbeitet hat. Jetzt: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The stored report cannot be opened: %1</source>
        <translation>Der gespeicherte Bericht kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored report file is missing or damaged.</source>
        <translation>Die gespeicherte Historien-Datei fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Public link copied.</source>
        <translation>Öffentlicher Link kopiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the vehicle history report</source>
        <translation>Fahrzeughistorie speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching the report in %1…</source>
        <translation>Historie wird abgerufen in %1…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="-124"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pull data now</source>
        <translation>Daten jetzt abrufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eligibility:</source>
        <translation>Eignung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer:</source>
        <translation>Km-Stand:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by:</source>
        <translation>Hinzugefügt von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked because:</source>
        <translation>Widerrufen, weil:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a vehicle to see its timeline, its latest odometer and to revoke its clearance.</source>
        <translation>Wählen Sie ein Fahrzeug, um seinen Verlauf und letzten Kilometerstand zu sehen und seine Freigabe zu widerrufen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>found on the High Mobility account</source>
        <translation>im High-Mobility-Konto gefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, reported %2</source>
        <translation>%1, gemeldet am %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available once approved</source>
        <translation>nach Genehmigung verfügbar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>High Mobility refused this request: %1</source>
        <translation>High Mobility hat diese Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High Mobility is still changing this clearance; FleetDesk tries again at %1.</source>
        <translation>High Mobility ändert diese Freigabe noch; FleetDesk versucht es um %1 erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent yet (%1). It stays queued and is sent automatically.</source>
        <translation>Noch nicht gesendet (%1). Es bleibt vorgemerkt und wird automatisch gesendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request is still pending: canceling stops it.</source>
        <translation>Die Anfrage läuft noch: Abbrechen stoppt sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoking ends data access at once (use it when a vehicle leaves the fleet).</source>
        <translation>Widerrufen beendet den Datenzugriff sofort (wenn ein Fahrzeug die Flotte verlässt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request never reached High Mobility: withdrawing just drops it.</source>
        <translation>Diese Anfrage hat High Mobility nie erreicht: Zurückziehen verwirft sie einfach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A revoke is waiting to be sent.</source>
        <translation>Ein Widerruf wartet auf den Versand.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="+89"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>could not check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not eligible</source>
        <translation>Ungeeignet</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Added by %1</source>
        <translation>Hinzugefügt von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High Mobility cannot check the eligibility of %1 vehicles</source>
        <translation>High Mobility kann die Eignung von %1-Fahrzeugen nicht prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported %1</source>
        <translation>Gemeldet am %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="+96"/>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>1 day late</source>
        <translation>1 Tag zu spät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days late</source>
        <translation>%1 T. zu spät</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <location line="+16"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+4"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested %1</source>
        <translation>Angefordert am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 d missing</source>
        <translation>%1 T. fehlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card expired</source>
        <translation>Karte abgelaufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>card expires</source>
        <translation>Karte läuft ab</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No file holds %1 to %2 (%3).</source>
        <translation>Keine Datei enthält %1 bis %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card expired on %1.</source>
        <translation>Die Karte ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card expires on %1 (%2).</source>
        <translation>Die Karte läuft am %1 ab (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The calibration was due on %1.</source>
        <translation>Die Kalibrierung war am %1 fällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next calibration is due on %1 (%2).</source>
        <translation>Die nächste Kalibrierung ist am %1 fällig (%2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Last calibration %1; next calibration due %2.</source>
        <translation>Letzte Kalibrierung %1; nächste Kalibrierung fällig %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vehicles used: %1</source>
        <translation>Benutzte Fahrzeuge: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Driving on the last %1 days held: %2 (total %3).</source>
        <translation>Lenkzeit an den letzten %1 vorhandenen Tagen: %2 (gesamt %3).</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 to the legal limit</source>
        <translation>%1: noch %2 bis zur gesetzlichen Frist</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="-71"/>
        <source>Unit</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Driver card</source>
        <translation>Fahrerkarte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vehicle unit (tachograph)</source>
        <translation>Fahrzeugeinheit (Tachograph)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal limit: %1 days, until %2</source>
        <translation>Gesetzliche Frist: %1 Tage, bis %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fleet interval: %1 days, until %2</source>
        <translation>Flotten-Intervall: %1 Tage, bis %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TachoShare&apos;s last activity downloaded: %1</source>
        <translation>Letzte von TachoShare heruntergeladene Aktivität: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TachoShare&apos;s last download of the card: %1</source>
        <translation>Letzter Download der Karte durch TachoShare: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing archived yet: the legal clock runs from TachoShare&apos;s date.</source>
        <translation>Noch nichts archiviert: Die gesetzliche Frist läuft ab dem Datum von TachoShare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A manual remote download can be requested.</source>
        <translation>Ein manueller Fern-Download kann angefordert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last requested by %1</source>
        <translation>Zuletzt angefordert von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legal remote downloads are up to date.</source>
        <translation>Die gesetzlichen Fern-Downloads sind aktuell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal remote downloads are delayed.</source>
        <translation>Die gesetzlichen Fern-Downloads sind verspätet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legal remote downloads are delayed out of legal compliance.</source>
        <translation>Die gesetzlichen Fern-Downloads sind über die gesetzliche Frist hinaus verspätet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never has downloaded any data.</source>
        <translation>Hat noch nie Daten heruntergeladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The telematics link was removed from the vehicle.</source>
        <translation>Die Telematik-Verbindung wurde vom Fahrzeug entfernt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search plate, VIN, card, holder or country</source>
        <translation>Kennzeichen, FIN, Karte, Inhaber oder Land suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No vehicle units or driver cards yet.
Sign in to TachoShare and press “Sync now” to see which are due.</source>
        <translation>Noch keine Fahrzeugeinheiten oder Fahrerkarten.
Melden Sie sich bei TachoShare an und klicken Sie auf „Jetzt synchronisieren“, um zu sehen, welche fällig sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request remote download</source>
        <translation>Fern-Download anfordern</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a vehicle unit to request a remote download.</source>
        <translation>Wählen Sie eine Fahrzeugeinheit, um einen Fern-Download anzufordern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote downloads are requested per vehicle; a driver card is read when it is in one.</source>
        <translation>Fern-Downloads werden pro Fahrzeug angefordert; eine Fahrerkarte wird gelesen, wenn sie in einem Fahrzeug steckt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TachoShare refused the last request for %1: %2. You can ask again once that is resolved.</source>
        <translation>TachoShare hat die letzte Anfrage für %1 abgelehnt: %2. Sie können erneut anfragen, sobald das behoben ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not possible for %1: %2</source>
        <translation>Nicht möglich für %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can be asked to download now (%2 manual attempts left); TachoShare starts it when the ignition is next on.</source>
        <translation>Für %1 kann jetzt ein Download angefordert werden (noch %2 manuelle Versuche); TachoShare startet ihn, wenn die Zündung das nächste Mal an ist.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="+173"/>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+109"/>
        <source>No downloads yet.</source>
        <translation>Noch keine Downloads.</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+98"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Active and recent</source>
        <translation>Aktiv und kürzlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Pause all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Nothing is downloading.
“Sync now” asks TachoShare for every new day of data and archives it here, file by file.</source>
        <translation>Es wird nichts heruntergeladen.
„Jetzt synchronisieren“ fragt TachoShare nach jedem neuen Datentag und archiviert ihn hier, Datei für Datei.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A unit&apos;s or card&apos;s cursor moves only once its file is safely on disk; an interrupted download starts again from there.</source>
        <translation>Der Cursor einer Einheit oder Karte rückt erst vor, wenn ihre Datei sicher auf der Festplatte liegt; ein unterbrochener Download beginnt dort erneut.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 downloading, %2 waiting</source>
        <translation>%1 laufen, %2 warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All downloads finished</source>
        <translation>Alle Downloads abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="+136"/>
        <source>%1
Needs attention: %2</source>
        <translation>%1
Erfordert Aufmerksamkeit: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived by %1</source>
        <translation>Archiviert von %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search file name, VIN or card</source>
        <translation>Dateiname, FIN oder Karte suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Past retention…</source>
        <translation>Aufbewahrung abgelaufen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No files archived yet.
Every file a sync downloads is kept here under its conventional name (M_… vehicle units, C_… driver cards).</source>
        <translation>Noch keine Dateien archiviert.
Jede Datei, die eine Synchronisierung herunterlädt, wird hier unter ihrem üblichen Namen abgelegt (M_… Fahrzeugeinheiten, C_… Fahrerkarten).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 files, %2 in %3</source>
        <translation>%1 Dateien, %2 in %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — %1 need attention (⚠)</source>
        <translation> — %1 erfordern Aufmerksamkeit (⚠)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="+56"/>
        <source>Checking the TachoShare sign-in…</source>
        <translation>TachoShare-Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask TachoShare what is new and download it (F5 syncs every service)</source>
        <translation>TachoShare nach Neuem fragen und es herunterladen (F5 synchronisiert alle Dienste)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No vehicle units or driver cards listed yet.</source>
        <translation>Noch keine Fahrzeugeinheiten oder Fahrerkarten aufgelistet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists updated %1</source>
        <translation>Listen aktualisiert am %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="+39"/>
        <source>%1 reading(s) not sent to Car-Pass yet.</source>
        <translation>Noch nicht an Car-Pass gesendete Kilometerstände: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Car-Pass is in its weekly maintenance (Thursday 19:00–24:00); sending resumes after midnight.</source>
        <translation>Car-Pass ist in der wöchentlichen Wartung (Donnerstag 19:00–24:00); der Versand wird nach Mitternacht fortgesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Car-Pass cannot be reached (%1).</source>
        <translation>Car-Pass ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last problem: %1.</source>
        <translation>Letztes Problem: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are kept with their date of work%1 and sent automatically as soon as Car-Pass answers: nothing needs to be typed again. Keep the vehicle&apos;s file open until they are sent.</source>
        <translation>Sie werden mit ihrem Arbeitsdatum%1 aufbewahrt und automatisch gesendet, sobald Car-Pass antwortet: Nichts muss erneut eingegeben werden. Lassen Sie die Fahrzeugakte offen, bis sie gesendet sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (oldest %1)</source>
        <translation> (ältester %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 were refused and need your attention (see the Outbox).</source>
        <translation>%1 wurden abgelehnt und erfordern Ihre Aufmerksamkeit (siehe Postausgang).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Readings</source>
        <translation>Kilometerstände</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Vehicle history reports</source>
        <translation>Fahrzeughistorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account and rules</source>
        <translation>Konto und Regeln</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Issues (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="+50"/>
        <source>Ctrack is not set up: enter its username and password in Settings → Ctrack.</source>
        <translation>Ctrack ist nicht eingerichtet: Geben Sie Benutzername und Passwort unter Einstellungen → Ctrack ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the last known positions.</source>
        <translation>Die letzten bekannten Positionen werden angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live: positions arrive through the Ctrack positions queue.</source>
        <translation>Live: Positionen kommen über die Ctrack-Positionswarteschlange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: polling the last positions while the new positions queue starts.</source>
        <translation>Live: Die letzten Positionen werden abgefragt, während die neue Positionswarteschlange startet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: showing the last known positions (last contact %1). Retrying automatically.</source>
        <translation>Offline: Die letzten bekannten Positionen werden angezeigt (letzter Kontakt %1). Automatischer neuer Versuch.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrack is limiting requests: showing the last known positions and trying again a little later.</source>
        <translation>Ctrack begrenzt die Anfragen: Die letzten bekannten Positionen werden angezeigt, ein neuer Versuch folgt etwas später.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrack refused the sign-in: check the username and password in Settings → Ctrack.</source>
        <translation>Ctrack hat die Anmeldung abgelehnt: Prüfen Sie Benutzername und Passwort unter Einstellungen → Ctrack.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrack answered with an error: %1</source>
        <translation>Ctrack hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to Ctrack…</source>
        <translation>Verbindung zu Ctrack wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/import_preview.py" line="+34"/>
        <source>Import earlier readings</source>
        <translation>Frühere Kilometerstände importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a CSV file with VIN (or plate), date and km.</source>
        <translation>Wählen Sie eine CSV-Datei mit FIN (oder Kennzeichen), Datum und km.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Odometer cross-check warnings (imported all the same; check them):</source>
        <translation>Warnungen der Kilometerstand-Gegenprüfung (trotzdem importiert; bitte prüfen):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readings above 2,000,000 km are right</source>
        <translation>Die Kilometerstände über 2.000.000 km stimmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows that will be imported:</source>
        <translation>Zeilen, die importiert werden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused lines (nothing is imported while there are any):</source>
        <translation>Abgelehnte Zeilen (solange es welche gibt, wird nichts importiert):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Earlier readings (CSV)</source>
        <translation>Frühere Kilometerstände (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>CSV- oder Textdateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: read as %2, separated by %3.</source>
        <translation>%1: gelesen als %2, getrennt durch %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: %2, %3, %4</source>
        <translation>Zeile %1: %2, %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 row(s) ready, %2 line(s) refused.</source>
        <translation>%1 Zeile(n) bereit, %2 Zeile(n) abgelehnt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Imported %1 earlier reading(s) into the history (not sent to Car-Pass).</source>
        <translation>Frühere Kilometerstände in den Verlauf importiert: %1 (nicht an Car-Pass gesendet).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/database_setting.py" line="-27"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: this workstation&apos;s own file; for a team: postgresql://user@server:5432/fleetdesk</source>
        <translation>leer: die eigene Datei dieses Arbeitsplatzes; für ein Team: postgresql://user@server:5432/fleetdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sqlite:///PATH, or postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=verify-full]. Never put the password in the URL: it comes from the keyring or PGPASSWORD / PGPASSFILE.</source>
        <translation>sqlite:///PFAD oder postgresql://BENUTZER@HOST[:PORT]/DBNAME[?sslmode=verify-full]. Schreiben Sie das Passwort nie in die URL: Es kommt aus dem Schlüsselbund oder aus PGPASSWORD / PGPASSFILE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept in the system keyring, never in settings.json</source>
        <translation>im Schlüsselbund des Systems aufbewahrt, nie in settings.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store password</source>
        <translation>Passwort speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+31"/>
        <location line="+19"/>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>In use: %1</source>
        <translation>Verwendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set by %1, which wins over this setting</source>
        <translation>gesetzt durch %1, das Vorrang vor dieser Einstellung hat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unchanged.</source>
        <translation>Unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. FleetDesk uses this database from the next start; restart it now to switch.</source>
        <translation>Gespeichert. FleetDesk verwendet diese Datenbank ab dem nächsten Start; starten Sie es jetzt neu, um zu wechseln.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Database password: only a postgresql:// URL has a password; type that URL first.</source>
        <translation>Datenbankpasswort: Nur eine postgresql://-URL hat ein Passwort; geben Sie zuerst diese URL ein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Demo: the password of %1 is kept in memory until FleetDesk closes.</source>
        <translation>Demo: Das Passwort von %1 wird bis zum Schließen von FleetDesk im Speicher gehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: the password of %1 was forgotten.</source>
        <translation>Demo: Das Passwort von %1 wurde vergessen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of %1 is kept in the system keyring.</source>
        <translation>Das Passwort von %1 wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of %1 was removed from the system keyring.</source>
        <translation>Das Passwort von %1 wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/fault_dialogs.py" line="+24"/>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../fleetdesk/ui/tachoshare/retention.py" line="+55"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Something went wrong that FleetDesk did not expect. What you typed is still on screen; you can try again.</source>
        <translation>Etwas ist schiefgegangen, womit FleetDesk nicht gerechnet hat. Ihre Eingaben sind noch auf dem Bildschirm; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in %1.</source>
        <translation>Die Details stehen in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="+56"/>
        <location filename="../../fleetdesk/ui/widgets/who.py" line="+21"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Queued %1 by %2 on the workstation %3</source>
        <translation>Vorgemerkt am %1 von %2 am Arbeitsplatz %3</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/coverage.py" line="+44"/>
        <source>held</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing between files</source>
        <translation>fehlt zwischen Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not downloaded yet</source>
        <translation>noch nicht heruntergeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the first file</source>
        <translation>vor der ersten Datei</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Select a vehicle unit or driver card to see which days its files hold.</source>
        <translation>Wählen Sie eine Fahrzeugeinheit oder Fahrerkarte, um zu sehen, welche Tage ihre Dateien enthalten.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: no archived file holds any day yet.</source>
        <translation>%1: Noch keine archivierte Datei enthält einen Tag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: files hold %2 to %3 (last %4 days shown)</source>
        <translation>%1: Dateien enthalten %2 bis %3 (letzte %4 Tage angezeigt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of the last %2 days held, %3 missing between files</source>
        <translation>%1 der letzten %2 Tage vorhanden, %3 fehlen zwischen Dateien</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/retention.py" line="-21"/>
        <source>Files past the retention period</source>
        <translation>Dateien nach Ablauf der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove files</source>
        <translation>Dateien entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 file(s) from the archive and the disk? This cannot be undone.</source>
        <translation>%1 Datei(en) aus dem Archiv und von der Festplatte entfernen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove ticked files…</source>
        <translation>Markierte Dateien entfernen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Files are kept for %1 year(s) (a setting; at least 1). These were archived before %2 and hold no later day. FleetDesk never removes them by itself: tick the ones to remove.</source>
        <translation>Dateien werden %1 Jahr(e) aufbewahrt (eine Einstellung; mindestens 1). Diese wurden vor dem %2 archiviert und enthalten keinen späteren Tag. FleetDesk entfernt sie nie von selbst: Markieren Sie die zu entfernenden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No file is past the retention period.</source>
        <translation>Keine Datei hat die Aufbewahrungsfrist überschritten.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/about.py" line="+18"/>
        <source>Car-Pass odometer readings, tachograph downloads, THG-quota claims, connected-car clearance and a live fleet map — for garages and fleets, offline-proof.</source>
        <translation>Car-Pass-Kilometerstände, Tachograph-Downloads, THG-Quote-Anträge, Freigabe vernetzter Fahrzeuge und eine Live-Flottenkarte — für Werkstätten und Flotten, auch offline zuverlässig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map data © OpenStreetMap contributors.</source>
        <translation>Kartendaten © OpenStreetMap-Mitwirkende.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About FleetDesk</source>
        <translation>Über FleetDesk</translation>
    </message>
</context>
<context>
    <name>AddVinsDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="+53"/>
        <source>not checkable for this brand</source>
        <translation>für diese Marke nicht prüfbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>Nicht geeignet</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add vehicles for clearance</source>
        <translation>Fahrzeuge zur Freigabe hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+10"/>
        <source>(from each line)</source>
        <translation>(aus jeder Zeile)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>key=value; key=value (optional)</source>
        <translation>Schlüssel=Wert; Schlüssel=Wert (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags for all:</source>
        <translation>Tags für alle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default brand:</source>
        <translation>Standardmarke:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+81"/>
        <source>Nothing pasted yet.</source>
        <translation>Noch nichts eingefügt.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Check eligibility</source>
        <translation>Eignung prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>Request clearance</source>
        <translation>Freigabe anfordern</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tags for all: %1</source>
        <translation>Tags für alle: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 vehicle ready</source>
        <translation>1 Fahrzeug bereit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n vehicles ready</source>
        <translation>%n Fahrzeuge bereit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 with a problem (skipped unless fixed)</source>
        <translation>1 mit einem Problem (übersprungen, wenn nicht behoben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n with a problem (skipped unless fixed)</source>
        <translation>%n mit einem Problem (übersprungen, wenn nicht behoben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 with a warning (asks before sending)</source>
        <translation>1 mit einer Warnung (Rückfrage vor dem Senden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n with a warning (asks before sending)</source>
        <translation>%n mit einer Warnung (Rückfrage vor dem Senden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 checked are eligible</source>
        <translation>%1 von %2 geprüften sind geeignet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request clearance for 1 vehicle</source>
        <translation>Freigabe für 1 Fahrzeug anfordern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request clearance for %n vehicles</source>
        <translation>Freigabe für %n Fahrzeuge anfordern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import vehicles</source>
        <translation>Fahrzeuge importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>…and %n more</source>
        <translation>…und %n weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send despite the warnings?</source>
        <translation>Trotz der Warnungen senden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 vehicle has a warning:</source>
        <translation>1 Fahrzeug hat eine Warnung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n vehicles have a warning:</source>
        <translation>%n Fahrzeuge haben eine Warnung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If High Mobility refuses them, the reason is shown and you can request them again. Send anyway?</source>
        <translation>Wenn High Mobility sie ablehnt, wird der Grund angezeigt, und Sie können sie erneut anfordern. Trotzdem senden?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="+101"/>
        <source>All sent</source>
        <translation>Alles gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../../fleetdesk/ui/carpass/account.py" line="-310"/>
        <source>You changed the Car-Pass %1 in FleetDesk. Change it on the Car-Pass website too (your professional account at car-pass.be): the two must be the same, or Car-Pass refuses every reading FleetDesk sends.</source>
        <translation>Sie haben %1 für Car-Pass in FleetDesk geändert. Ändern Sie es auch auf der Car-Pass-Website (Ihr Fachbetriebskonto auf car-pass.be): Beide müssen übereinstimmen, sonst lehnt Car-Pass jeden Kilometerstand ab, den FleetDesk sendet.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="+22"/>
        <source>Waiting to send</source>
        <extracomment>reading state -&gt; (label, chip palette key)</extracomment>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being validated</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="-283"/>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused (error)</source>
        <translation>Abgelehnt (Fehler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by Car-Pass</source>
        <translation>Prüfung durch Car-Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting (unknown status)</source>
        <translation>Wartet (unbekannter Status)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction queued</source>
        <translation>Korrektur vorgemerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation queued</source>
        <translation>Bestätigung vorgemerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent earlier, outcome unknown</source>
        <translation>Früher gesendet, Ergebnis unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repair / maintenance</source>
        <translation>Reparatur / Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer replaced</source>
        <translation>Kilometerzähler ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle history report</source>
        <translation>Fahrzeughistorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadside assistance</source>
        <translation>Pannenhilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair or maintenance</source>
        <extracomment>the operation kinds and vehicle categories of carpass.settings (English there, Qt-free)</extracomment>
        <translation>Reparatur oder Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tyres</source>
        <translation>Reifen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windscreen</source>
        <translation>Windschutzscheibe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection / diagnosis</source>
        <translation>Prüfung / Diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty claim</source>
        <translation>Garantiefall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till sale (counter sale)</source>
        <translation>Thekenverkauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passenger car</source>
        <translation>Pkw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light commercial (≤ 3.5 t)</source>
        <translation>Leichtes Nutzfahrzeug (≤ 3,5 t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck (&gt; 3.5 t)</source>
        <translation>Lkw (&gt; 3,5 t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus or coach</source>
        <translation>Bus oder Reisebus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motorcycle</source>
        <translation>Motorrad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beta (test)</source>
        <extracomment>Car-Pass environments (services.SERVICES[&quot;carpass&quot;].environments)</extracomment>
        <translation>Beta (Test)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observation</source>
        <extracomment>the kind of a Car-Pass request and the state of an issue, as stored</extracomment>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer on its way</source>
        <translation>Antwort unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="-329"/>
        <source>Problem no.</source>
        <translation>Problem-Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue type</source>
        <translation>Problemtyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="+29"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="+1"/>
        <source>Odometer</source>
        <translation>Km-Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="+1"/>
        <source>Reading date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="-3"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="-40"/>
        <source>All readings</source>
        <translation>Alle Kilometerstände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not final yet</source>
        <translation>Noch nicht endgültig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issues and errors</source>
        <translation>Probleme und Fehler</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request GUID</source>
        <translation>Anfrage-GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Clearance</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="-205"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel request…</source>
        <translation>Anfrage abbrechen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="-179"/>
        <source>Waiting to send</source>
        <extracomment>display state -&gt; label (the UI&apos;s translatable copy of highmobility.views.STATE_TEXT)</extracomment>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke waiting to send</source>
        <translation>Widerruf wartet auf Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy, retrying</source>
        <translation>Belegt, neuer Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoking</source>
        <translation>Wird widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clearance requested in FleetDesk</source>
        <extracomment>local timeline event -&gt; label (highmobility.views.EVENT_TEXT)</extracomment>
        <translation>Freigabe in FleetDesk angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to High Mobility</source>
        <translation>An High Mobility gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke requested</source>
        <translation>Widerruf angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn before it was sent</source>
        <translation>Vor dem Senden zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on the High Mobility account</source>
        <translation>Im High-Mobility-Konto gefunden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer</source>
        <translation>Km-Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="+156"/>
        <source>Registration</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet number</source>
        <translation>Flottennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a vehicle on the map or in the list to see its details.</source>
        <translation>Wählen Sie ein Fahrzeug auf der Karte oder in der Liste, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>none reported</source>
        <translation>nichts gemeldet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
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
        <location filename="../../fleetdesk/ui/thg/dropzone.py" line="+51"/>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="+133"/>
        <source>New odometer reading</source>
        <translation>Neuer Kilometerstand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>17 characters, from the vehicle or a scan</source>
        <translation>17 Zeichen, vom Fahrzeug oder einem Scan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or the licence plate, e.g. 1-ABC-123</source>
        <translation>oder das Kennzeichen, z. B. 1-ABC-123</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exactly as on the dashboard</source>
        <translation>genau wie auf dem Armaturenbrett</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As in the vehicle register</source>
        <translation>Wie im Fahrzeugregister</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, kept with the reading</source>
        <translation>optional, wird beim Kilometerstand gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Old-timer: DIV unifier</source>
        <translation>Oldtimer: DIV-Unifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or first use</source>
        <translation>oder Erstzulassung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading date</source>
        <translation>Ablesedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work done</source>
        <translation>Ausgeführte Arbeiten</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>I checked the warnings: the reading is right</source>
        <translation>Ich habe die Warnungen geprüft: Der Kilometerstand stimmt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit reading</source>
        <translation>Kilometerstand einreichen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tip: scan or type the VIN and press Enter, type the odometer reading and press Enter. Every reading is checked, stored on this PC first and sent to Car-Pass automatically, also after a network cut; follow it on the right.</source>
        <translation>Tipp: Scannen oder tippen Sie die FIN und drücken Sie Enter, tippen Sie den Kilometerstand und drücken Sie Enter. Jeder Kilometerstand wird geprüft, zuerst auf diesem PC gespeichert und automatisch an Car-Pass gesendet, auch nach einer Netzunterbrechung; verfolgen Sie ihn rechts.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Known vehicle</source>
        <translation>Bekanntes Fahrzeug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last reading %1 on %2</source>
        <translation>letzter Kilometerstand %1 am %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not stored: correct what is marked ✖ above.</source>
        <translation>Nicht gespeichert: Korrigieren Sie, was oben mit ✖ markiert ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Look at the warnings above. If the reading is right, tick “I checked the warnings” and submit again.</source>
        <translation>Sehen Sie sich die Warnungen oben an. Wenn der Kilometerstand stimmt, setzen Sie das Häkchen bei „Ich habe die Warnungen geprüft“ und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stored: %1, %2 on %3. It is sent to Car-Pass now, or as soon as Car-Pass can be reached.</source>
        <translation>Gespeichert: %1, %2 am %3. Er wird jetzt an Car-Pass gesendet oder sobald Car-Pass erreichbar ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Car-Pass is in maintenance; it goes out after midnight.</source>
        <translation>Car-Pass ist in Wartung; er wird nach Mitternacht gesendet.</translation>
    </message>
</context>
<context>
    <name>FleetClearanceTab</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="+40"/>
        <source>All vehicles</source>
        <translation>Alle Fahrzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention or rejected</source>
        <translation>Zu prüfen oder abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Search VIN, brand or tag</source>
        <translation>FIN, Marke oder Tag suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh status</source>
        <translation>Status aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add VINs…</source>
        <translation>FINs hinzufügen…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No vehicles yet.
Click “Add VINs…” to paste a list or import a CSV (VIN, brand, tags). FleetDesk checks which are eligible, requests clearance and follows each request until it is approved or rejected.</source>
        <translation>Noch keine Fahrzeuge.
Klicken Sie auf „FINs hinzufügen…“, um eine Liste einzufügen oder eine CSV-Datei zu importieren (VIN, Marke, Tags). FleetDesk prüft, welche geeignet sind, fordert die Freigabe an und verfolgt jede Anfrage, bis sie genehmigt oder abgelehnt ist.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>fleet operator&apos;s business name</source>
        <translation>Firmenname des Flottenbetreibers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VW Group business name:</source>
        <translation>Firmenname für VW Group:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DEMO · sandbox simulator</source>
        <translation>DEMO · Sandbox-Simulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SANDBOX · simulated vehicles</source>
        <translation>SANDBOX · simulierte Fahrzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIVE · real vehicles</source>
        <translation>LIVE · echte Fahrzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added as the vw-group-customer-name tag for Volkswagen Group brands. Statuses are checked every %1 s while requests are under way, every %2 min otherwise.</source>
        <translation>Wird für Marken des Volkswagen-Konzerns als Tag vw-group-customer-name hinzugefügt. Status werden alle %1 s geprüft, solange Anfragen laufen, sonst alle %2 min.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>High Mobility is not set up yet: %1</source>
        <translation>High Mobility ist noch nicht eingerichtet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/texts.py" line="+29"/>
        <source>1 vehicle</source>
        <translation>1 Fahrzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n vehicles</source>
        <translation>%n Fahrzeuge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n approved</source>
        <translation>%n genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n pending</source>
        <translation>%n in Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n waiting to send</source>
        <translation>%n warten auf Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n busy, retrying</source>
        <translation>%n belegt, neuer Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n need attention</source>
        <translation>%n erfordern Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>%n abgelehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2) is approved: vehicle data can be pulled now.</source>
        <translation>%1 (%2) ist genehmigt: Die Fahrzeugdaten können jetzt abgerufen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) was rejected: no data access for this vehicle.</source>
        <translation>%1 (%2) wurde abgelehnt: kein Datenzugriff für dieses Fahrzeug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is revoked: data access has ended.</source>
        <translation>%1 (%2) ist widerrufen: Der Datenzugriff ist beendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 clearance updates: %2</source>
        <translation>%1 Freigabe-Aktualisierungen: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="+59"/>
        <source>1 vehicle queued for clearance</source>
        <translation>1 Fahrzeug zur Freigabe vorgemerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n vehicles queued for clearance</source>
        <translation>%n Fahrzeuge zur Freigabe vorgemerkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n already requested</source>
        <translation>%n bereits angefordert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: request withdrawn.</source>
        <translation>%1: Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: revoke queued; it is sent as soon as High Mobility answers.</source>
        <translation>%1: Widerruf vorgemerkt; er wird gesendet, sobald High Mobility antwortet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>High Mobility did not answer as hoped: %1</source>
        <translation>High Mobility hat nicht wie erwartet geantwortet: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Business name saved.</source>
        <translation>Firmenname gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Business name cleared.</source>
        <translation>Firmenname gelöscht.</translation>
    </message>
</context>
<context>
    <name>LiveMap</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/markers.py" line="+93"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="+43"/>
        <source>Moving</source>
        <translation>Fährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idling</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignition off</source>
        <translation>Abgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reporting</source>
        <translation>Kein Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No position</source>
        <translation>Kein GPS</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n moving</source>
        <translation>
            <numerusform>%n fährt</numerusform>
            <numerusform>%n fahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n idling</source>
        <translation>
            <numerusform>%n im Leerlauf</numerusform>
            <numerusform>%n im Leerlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ignition off</source>
        <translation>
            <numerusform>%n abgestellt</numerusform>
            <numerusform>%n abgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not reporting</source>
        <translation>
            <numerusform>%n ohne Signal</numerusform>
            <numerusform>%n ohne Signal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no position</source>
        <translation>
            <numerusform>%n ohne GPS</numerusform>
            <numerusform>%n ohne GPS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n Fahrzeug</numerusform>
            <numerusform>%n Fahrzeuge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>Gemeldet</translation>
    </message>
</context>
<context>
    <name>LiveMapTab</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="+36"/>
        <source>Fit all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points of interest</source>
        <translation>Sonderziele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options…</source>
        <translation>Optionen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The map cannot be shown: %1</source>
        <translation>Die Karte kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No vehicles yet.</source>
        <translation>Noch keine Fahrzeuge.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Points of interest not loaded: %1</source>
        <translation>Sonderziele nicht geladen: %1</translation>
    </message>
</context>
<context>
    <name>LiveOptionsDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="+16"/>
        <source>Read positions every</source>
        <translation>Positionen abrufen alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not reporting after</source>
        <translation>Kein Signal nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep trips and tracks for</source>
        <translation>Fahrten und Spuren aufbewahren für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Live map options</source>
        <translation>Optionen der Live-Karte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The last known position of every vehicle is always kept.</source>
        <translation>Die letzte bekannte Position jedes Fahrzeugs wird immer behalten.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Live map options saved.</source>
        <translation>Optionen der Live-Karte gespeichert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="+65"/>
        <source>demo</source>
        <extracomment>after the window is shown, the other tabs are built one per event-loop turn (ms)</extracomment>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your settings could not be read: %1</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send and sync now</source>
        <translation>Jetzt &amp;senden und synchronisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About FleetDesk</source>
        <translation>Ü&amp;ber FleetDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEMO — simulators, not real services</source>
        <translation>DEMO — Simulatoren, keine echten Dienste</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Everything has been sent</source>
        <translation>Alles wurde gesendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem in %1: %2</source>
        <translation>Problem in %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something unexpected went wrong; see the message.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; siehe die Meldung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending and syncing…</source>
        <translation>Senden und Synchronisieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync done: %1 sent, %2 unsent</source>
        <translation>Synchronisierung fertig: %1 gesendet, %2 nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="-84"/>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+29"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unsent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of work</source>
        <translation>Arbeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued by</source>
        <translation>Vorgemerkt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location line="+65"/>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send all now</source>
        <translation>Alle jetzt senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing is waiting to be sent.
Everything you submit is stored here first and sent as soon as the service answers.</source>
        <translation>Nichts wartet auf den Versand.
Alles, was Sie einreichen, wird zuerst hier gespeichert und gesendet, sobald der Dienst antwortet.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything has been sent</source>
        <translation>Alles wurde gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need your attention</source>
        <translation>
            <numerusform>%n erfordert Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 set aside (see the list)</source>
        <translation>%1 zurückgestellt (siehe Liste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send all now: %1</source>
        <translation>Alle jetzt senden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was waiting</source>
        <translation>es wartete nichts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard submission?</source>
        <translation>Übermittlung verwerfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” will not be sent. What you entered stays in the history, but the service will never receive it. This cannot be undone.</source>
        <translation>„%1“ wird nicht gesendet. Ihre Eingaben bleiben im Verlauf, aber der Dienst erhält sie nie. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="+23"/>
        <source>Previous page</source>
        <extracomment>button (accessible) name -&gt; tooltip, shown through self.tr() (the context is the class name)</extracomment>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Fit width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fit</source>
        <translation>angepasst</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="-286"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: unknown brand</source>
        <translation>Warnung: unbekannte Marke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: no vw-group-customer-name tag</source>
        <translation>Warnung: kein Tag vw-group-customer-name</translation>
    </message>
</context>
<context>
    <name>RegistrantDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="+104"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name or organisation</source>
        <translation>Nachname oder Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New vehicle registrant</source>
        <translation>Neuer Fahrzeughalter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="+10"/>
        <source>Vehicle sold</source>
        <translation>Fahrzeug verkauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lease ended</source>
        <translation>Leasing beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle written off</source>
        <translation>Fahrzeug Totalschaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to another fleet</source>
        <translation>In eine andere Flotte gewechselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by mistake</source>
        <translation>Versehentlich hinzugefügt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke clearance?</source>
        <translation>Freigabe widerrufen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request?</source>
        <translation>Anfrage abbrechen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the request?</source>
        <translation>Anfrage zurückziehen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data access for %1 (%2) ends as soon as High Mobility processes the revoke. To get data again you would have to request clearance anew, and the car maker approves it again.</source>
        <translation>Der Datenzugriff für %1 (%2) endet, sobald High Mobility den Widerruf verarbeitet. Um wieder Daten zu erhalten, müssten Sie die Freigabe neu anfordern, und der Hersteller muss sie erneut genehmigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pending clearance request for %1 (%2) is canceled. You can request it again later.</source>
        <translation>Die laufende Freigabeanfrage für %1 (%2) wird abgebrochen. Sie können sie später erneut stellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request for %1 (%2) has not reached High Mobility yet; it is dropped and never sent.</source>
        <translation>Die Anfrage für %1 (%2) hat High Mobility noch nicht erreicht; sie wird verworfen und nie gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>optional, e.g. vehicle sold</source>
        <translation>optional, z. B. Fahrzeug verkauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (kept with the vehicle):</source>
        <translation>Grund (wird beim Fahrzeug gespeichert):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>ServiceIndicator</name>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="-17"/>
        <source>not contacted yet</source>
        <translation>noch nicht kontaktiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: submissions wait in the outbox</source>
        <translation>offline: Übermittlungen warten im Postausgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server problem</source>
        <translation>Serverproblem</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/service_page.py" line="+31"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>production</source>
        <extracomment>environment names and where an address comes from (Config.url_source); others are shown as-is</extracomment>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom address</source>
        <translation>eigene Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo simulator</source>
        <translation>Demo-Simulator</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>reachable (HTTP %1)</source>
        <translation>erreichbar (HTTP %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FleetDesk reads the sign-in endpoints from this address&apos;s .well-known/openid-configuration</source>
        <translation>FleetDesk liest die Anmelde-Endpunkte aus der .well-known/openid-configuration dieser Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+133"/>
        <source>Issuer (sign-in address)</source>
        <translation>Aussteller (Anmeldeadresse)</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+131"/>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+70"/>
        <source>Set by the environment variable %1</source>
        <translation>Durch die Umgebungsvariable %1 gesetzt</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>In use</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>default folder in the data directory</source>
        <translation>Standardordner im Datenverzeichnis</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the environment variable for unattended runs</source>
        <translation>Durch die Umgebungsvariable für unbeaufsichtigte Läufe gesetzt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/__init__.py" line="+9"/>
        <source>TachoShare sign-in</source>
        <extracomment>the titles of its services (fleetdesk/tachoshare/servicedef.py) marked for lupdate</extracomment>
        <translation>TachoShare-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/__init__.py" line="+10"/>
        <source>THG quota</source>
        <extracomment>the titles of its services (fleetdesk/thg/servicedef.py) marked for lupdate</extracomment>
        <translation>THG-Quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THG sign-in (Microsoft)</source>
        <translation>THG-Anmeldung (Microsoft)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="-61"/>
        <source>Map tiles</source>
        <extracomment>state -&gt; (background, foreground); a calm palette that stays readable in light and dark themes Service titles (fleetdesk.core.services.SERVICES, which has no Qt) marked for lupdate: FleetDesk&apos;s own here, an integration&apos;s in its UI folder (``fleetdesk/ui/&lt;name&gt;/__init__.py``); product names such as Car-Pass or Ctrack are not translated and need no entry.</extracomment>
        <translation>Kartenkacheln</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../fleetdesk/ui/vehicles/__init__.py" line="+12"/>
        <source>The Ctrack API does not state its odometer unit; metres assumed</source>
        <translation>Die Ctrack-API nennt die Einheit des Kilometerzählers nicht; Meter angenommen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Odometer unit</source>
        <extracomment>the labels, units and help texts of the settings fleetdesk/vehicles/plugin.py declares (Qt-free, where lupdate cannot see them), marked here; the Settings page translates them (&quot;Settings&quot;)</extracomment>
        <translation>Einheit des Kilometerzählers</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/__init__.py" line="+6"/>
        <source>File format</source>
        <extracomment>the labels, units and help texts of the settings fleetdesk/tachoshare/plugin.py declares (Qt-free, where lupdate cannot see them), marked here; the Settings page translates them (&quot;Settings&quot;)</extracomment>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDD for most countries; V1B/C1B for France; TGD for Spain</source>
        <translation>DDD für die meisten Länder; V1B/C1B für Frankreich; TGD für Spanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First download goes back</source>
        <translation>Erster Download reicht zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads at once</source>
        <translation>Gleichzeitige Downloads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet interval, vehicle units</source>
        <translation>Flottenintervall, Fahrzeugeinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet interval, driver cards</source>
        <translation>Flottenintervall, Fahrerkarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before, vehicle units</source>
        <translation>Vorwarnung, Fahrzeugeinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before, driver cards</source>
        <translation>Vorwarnung, Fahrerkarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where downloaded files are archived</source>
        <translation>Wo heruntergeladene Dateien archiviert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before a driver card expires</source>
        <translation>Warnen, bevor eine Fahrerkarte abläuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep tachograph files for</source>
        <translation>Tachographendateien aufbewahren für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older files are listed for removal; nothing is removed automatically</source>
        <translation>Ältere Dateien werden zum Entfernen aufgelistet; nichts wird automatisch entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorize URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the issuer&apos;s OpenID configuration</source>
        <translation>aus der OpenID-Konfiguration des Ausstellers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the issuer&apos;s .well-known/openid-configuration is not usable</source>
        <translation>Nur wenn die .well-known/openid-configuration des Ausstellers nicht nutzbar ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces; TachoShare&apos;s documentation does not name them</source>
        <translation>Durch Leerzeichen getrennt; die Dokumentation von TachoShare nennt sie nicht</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="+30"/>
        <source>Demo: passwords and tokens are kept in memory and forgotten when FleetDesk closes. Your real keyring is not touched.</source>
        <translation>Demo: Passwörter und Tokens werden im Speicher gehalten und beim Schließen von FleetDesk vergessen. Ihr echter Schlüsselbund bleibt unberührt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passwords and tokens are kept in the system keyring (%1).</source>
        <translation>Passwörter und Tokens werden im Schlüsselbund des Systems aufbewahrt (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Takes effect the next time FleetDesk starts.</source>
        <translation>Wirkt beim nächsten Start von FleetDesk.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="+47"/>
        <location line="+117"/>
        <source>Checking the THG sign-in…</source>
        <translation>THG-Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+129"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open sign-in page</source>
        <translation>Anmeldeseite öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The THG sign-in lapsed (unused for 90 days). Sign in again.</source>
        <translation>Die THG-Anmeldung ist abgelaufen (90 Tage nicht genutzt). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in to the THG service.</source>
        <translation>Nicht beim THG-Dienst angemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to the THG service</source>
        <translation>Beim THG-Dienst angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(refresh token from FLEETDESK_THG_REFRESH_TOKEN)</source>
        <translation>(Refresh-Token aus FLEETDESK_THG_REFRESH_TOKEN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, but the sign-in lapsed (unused for 90 days). Sign in again.</source>
        <translation>%1, aber die Anmeldung ist abgelaufen (90 Tage nicht genutzt). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in lapses in %1 days unless FleetDesk syncs before then: sync now or sign in again</source>
        <translation>Die Anmeldung läuft in %1 Tagen ab, wenn FleetDesk nicht vorher synchronisiert: jetzt synchronisieren oder erneut anmelden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in to upload documents and sync statuses; what you do meanwhile waits in the outbox.</source>
        <translation>Melden Sie sich an, um Dokumente hochzuladen und Status zu synchronisieren; was Sie inzwischen tun, wartet im Postausgang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not start the sign-in: %1</source>
        <translation>Die Anmeldung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>THG: %1</source>
        <translation>THG: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open %1 in your browser and enter this code to sign in to the THG service with your Microsoft account:</source>
        <translation>Öffnen Sie %1 in Ihrem Browser und geben Sie diesen Code ein, um sich mit Ihrem Microsoft-Konto beim THG-Dienst anzumelden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Demo: the simulator accepts the code by itself after a few seconds.)</source>
        <translation>(Demo: Der Simulator akzeptiert den Code nach einigen Sekunden von selbst.)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Code valid for %1</source>
        <translation>Code gültig für %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../fleetdesk/ui/vehicles/__init__.py" line="+11"/>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/tabs.py" line="+21"/>
        <source>Car-Pass</source>
        <extracomment>Titles of the tabs we ship, marked for lupdate (the TabSpecs live in the integrations&apos; packages).</extracomment>
        <translation>Car-Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tachographs</source>
        <translation>Tachographen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THG quota</source>
        <translation>THG-Quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet clearance</source>
        <translation>Flottenfreigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live map</source>
        <translation>Live-Karte</translation>
    </message>
</context>
<context>
    <name>TachoBoard</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-52"/>
        <source>Delayed</source>
        <extracomment>TachoShare&apos;s rdlStatus values in words; an unknown value is shown as it comes</extracomment>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="-320"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="+1"/>
        <location line="+30"/>
        <source>Outside legal compliance</source>
        <extracomment>the long level names of compliance.LEVEL_TEXT</extracomment>
        <translation>Frist überschritten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-29"/>
        <location line="+21"/>
        <location line="+9"/>
        <source>Never downloaded</source>
        <translation>Nie geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-29"/>
        <location line="+21"/>
        <location line="+9"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-29"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outside legal limit</source>
        <translation>Frist verpasst</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="-3"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="+3"/>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-8"/>
        <location line="+9"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-8"/>
        <location line="+9"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="-7"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days missing or card expiring</source>
        <translation>Fehlende Tage oder Karte läuft ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle units</source>
        <translation>Fahrzeugeinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver cards</source>
        <translation>Fahrerkarten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate / card</source>
        <translation>Kennz. / Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN / country</source>
        <translation>FIN / Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal limit</source>
        <translation>Gesetzl. Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet interval</source>
        <translation>Flottenintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last downloaded</source>
        <translation>Zuletzt geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived through</source>
        <translation>Archiviert bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TachoShare status</source>
        <translation>TachoShare-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDL</source>
        <translation>RDL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days left until the legal download limit (vehicle units 90 days, driver cards 28; stricter in some countries)</source>
        <translation>Verbleibende Tage bis zur gesetzlichen Download-Frist (Fahrzeugeinheiten 90 Tage, Fahrerkarten 28; in manchen Ländern strenger)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days left until the fleet&apos;s own download interval</source>
        <translation>Verbleibende Tage bis zum eigenen Download-Intervall der Flotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last download FleetDesk has archived: the legal clock runs from it</source>
        <translation>Der letzte von FleetDesk archivierte Download: Die gesetzliche Frist läuft ab diesem Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day whose data FleetDesk has archived</source>
        <translation>Der letzte Tag, dessen Daten FleetDesk archiviert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual remote download (RDL) of the vehicle unit</source>
        <translation>Manueller Fern-Download (RDL) der Fahrzeugeinheit</translation>
    </message>
</context>
<context>
    <name>TachoDownloads</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="-286"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Lädt herunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new</source>
        <translation>Nichts Neues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Vehicle unit / card</source>
        <translation>Fahrzeugeinheit / Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned by</source>
        <translation>Geplant von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>TachoFiles</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="-171"/>
        <source>Vehicle unit</source>
        <extracomment>the mark and colour of a file that needs attention (a driver ZIP with members refused)</extracomment>
        <translation>Fahrzeugeinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver card (ZIP)</source>
        <translation>Fahrerkarte (ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver card</source>
        <translation>Fahrerkarte</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle / card</source>
        <translation>Fahrzeug / Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>TachoHeader</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="-82"/>
        <source>Signed in to TachoShare</source>
        <translation>Bei TachoShare angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in to TachoShare</source>
        <translation>Nicht bei TachoShare angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TachoShare sign-in has expired</source>
        <translation>Die TachoShare-Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TachoShare is not set up</source>
        <translation>TachoShare ist nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside legal compliance</source>
        <translation>außerhalb der gesetzlichen Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never downloaded</source>
        <translation>nie heruntergeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
</context>
<context>
    <name>TachoShareTab</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="+91"/>
        <source>Compliance board</source>
        <translation>Compliance-Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/expiry_alert.py" line="+15"/>
        <source>⚠ 1 driver card expiring</source>
        <translation>⚠ 1 Fahrerkarte läuft bald ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 driver cards expiring</source>
        <translation>⚠ %1 Fahrerkarten laufen bald ab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires on %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="+95"/>
        <source>Downloads (%1)</source>
        <translation>Downloads (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TachoShare: %1</source>
        <translation>TachoShare: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not update the lists from TachoShare: %1</source>
        <translation>Die Listen konnten nicht von TachoShare aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening your browser to sign in to TachoShare…</source>
        <translation>Ihr Browser wird zur Anmeldung bei TachoShare geöffnet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Sign-in did not complete: %1</source>
        <translation>Anmeldung nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to TachoShare. Fetching your vehicles and driver cards…</source>
        <translation>Bei TachoShare angemeldet. Ihre Fahrzeuge und Fahrerkarten werden abgerufen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in in the browser window that opened, then come back here. If no browser opened, open this address: %1</source>
        <translation>Melden Sie sich im geöffneten Browserfenster an und kehren Sie dann hierher zurück. Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking TachoShare what is new…</source>
        <translation>TachoShare wird nach Neuem gefragt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to TachoShare again to sync: %1</source>
        <translation>Melden Sie sich erneut bei TachoShare an, um zu synchronisieren: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TachoShare cannot be reached now; nothing was lost. %1</source>
        <translation>TachoShare ist gerade nicht erreichbar; nichts ging verloren. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 download(s) started.</source>
        <translation>%1 Download(s) gestartet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything is up to date: TachoShare has nothing newer than the archive.</source>
        <translation>Alles ist aktuell: TachoShare hat nichts Neueres als das Archiv.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 request(s) sent</source>
        <translation>%1 Anfrage(n) gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused (see the Outbox)</source>
        <translation>%1 abgelehnt (siehe Postausgang)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbox: %1. </source>
        <translation>Postausgang: %1. </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync finished: %1 archived, %2 with nothing new, %3 failed.</source>
        <translation>Synchronisierung fertig: %1 archiviert, %2 ohne Neues, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloads stopped: %1. The rest stays queued for the next sync.</source>
        <translation>Downloads gestoppt: %1. Der Rest bleibt für die nächste Synchronisierung vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/remote_download.py" line="+38"/>
        <source>Remote download not possible: %1</source>
        <translation>Fern-Download nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remote download for %1 is in the outbox and being sent…</source>
        <translation>Fern-Download für %1 liegt im Postausgang und wird gesendet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>TachoShare accepted the remote download for %1: the tachograph downloads when its ignition is next on; the data arrives with a later sync.</source>
        <translation>TachoShare hat den Fern-Download für %1 angenommen: Der Tachograph lädt herunter, wenn die Zündung das nächste Mal an ist; die Daten kommen mit einer späteren Synchronisierung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TachoShare refused the remote download for %1: %2</source>
        <translation>TachoShare hat den Fern-Download für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/retention.py" line="+55"/>
        <source>Removed %1 file(s) past the retention period.</source>
        <translation>%1 Datei(en) nach Ablauf der Aufbewahrungsfrist entfernt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="+62"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ThgStatus</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="+36"/>
        <source>Being checked</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration document is being checked. This usually takes two to three working days.</source>
        <translation>Die Zulassungsbescheinigung wird geprüft. Das dauert meist zwei bis drei Werktage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check succeeded: this vehicle can be submitted to the Umweltbundesamt.</source>
        <translation>Die Prüfung war erfolgreich: Dieses Fahrzeug kann beim Umweltbundesamt eingereicht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified: unreadable</source>
        <translation>Abgelehnt: unlesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The uploaded document could not be read (badly cropped, unclear or too small). Upload a better picture as a new vehicle.</source>
        <translation>Das hochgeladene Dokument war nicht lesbar (schlecht zugeschnitten, unscharf oder zu klein). Laden Sie ein besseres Bild als neues Fahrzeug hoch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified: wrong document</source>
        <translation>Abgelehnt: falsches Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload is not the front of the registration certificate Part I (Fahrzeugschein). Upload that document as a new vehicle.</source>
        <translation>Der Upload ist nicht die Vorderseite der Zulassungsbescheinigung Teil I (Fahrzeugschein). Laden Sie dieses Dokument als neues Fahrzeug hoch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified: not fully electric</source>
        <translation>Abgelehnt: nicht elektrisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document shows that the vehicle is not driven purely by electric power, so it is not eligible for the THG quota.</source>
        <translation>Das Dokument zeigt, dass das Fahrzeug nicht rein elektrisch angetrieben wird; es ist daher nicht für die THG-Quote berechtigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vehicle cannot be processed further; see the reason given by the service.</source>
        <translation>Das Fahrzeug kann nicht weiter bearbeitet werden; siehe den vom Dienst genannten Grund.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not verified: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service did not verify this vehicle (a status FleetDesk does not know yet: %1). The result is final; you may upload the document again as a new vehicle.</source>
        <translation>Der Dienst hat dieses Fahrzeug nicht anerkannt (ein Status, den FleetDesk noch nicht kennt: %1). Das Ergebnis ist endgültig; Sie können das Dokument als neues Fahrzeug erneut hochladen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service reports the status &apos;%1&apos;, which FleetDesk does not know yet. Check again later or contact the THG service.</source>
        <translation>Der Dienst meldet den Status „%1“, den FleetDesk noch nicht kennt. Prüfen Sie es später erneut oder wenden Sie sich an den THG-Dienst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Reason: %2</source>
        <translation>%1 Grund: %2</translation>
    </message>
</context>
<context>
    <name>ThgTab</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="+50"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UBA requests</source>
        <translation>UBA-Anträge</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vehicles (%1)</source>
        <translation>Fahrzeuge (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 THG updates; the latest:</source>
        <translation>%1 THG-Aktualisierungen; die neueste:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>THG: sending and syncing…</source>
        <translation>THG: Senden und Synchronisieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>THG sync</source>
        <translation>THG-Synchronisierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>THG: %1</source>
        <translation>THG: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>THG: signed in</source>
        <translation>THG: angemeldet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>UBA request queued</source>
        <translation>UBA-Antrag vorgemerkt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UBA request withdrawn</source>
        <translation>UBA-Antrag zurückgezogen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registrant queued</source>
        <translation>Fahrzeughalter vorgemerkt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the document to submit again</source>
        <translation>Wählen Sie das erneut einzureichende Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Dokumente (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Submitted again as a new vehicle</source>
        <translation>Als neues Fahrzeug erneut eingereicht</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="+86"/>
        <source>Show trips</source>
        <translation>Fahrten anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+167"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Trips of %1</source>
        <translation>Fahrten von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a vehicle to see its trips.</source>
        <translation>Wählen Sie ein Fahrzeug, um seine Fahrten zu sehen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading trips…</source>
        <translation>Fahrten werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Whole day: %n trip(s)</source>
        <translation>
            <numerusform>Ganzer Tag: %n Fahrt</numerusform>
            <numerusform>Ganzer Tag: %n Fahrten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrack could not be reached; showing what is stored.</source>
        <translation>Ctrack ist nicht erreichbar; Gespeichertes wird angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trips on this day.</source>
        <translation>Keine Fahrten an diesem Tag.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stopped %1–%2 (%3)
%4</source>
        <translation>Halt %1–%2 (%3)
%4</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>UbaModel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="+46"/>
        <source>Filed (elsewhere)</source>
        <translation>Eingereicht (anderswo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the service</source>
        <translation>Vom Dienst abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawing…</source>
        <translation>Wird zurückgezogen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by the service</source>
        <translation>Vom Dienst entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the UBA</source>
        <translation>An das UBA gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed; waiting to be sent</source>
        <translation>Eingereicht; wartet auf Versand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the UBA</source>
        <translation>Wartet auf das UBA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold until</source>
        <translation>Zurückhalten bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to UBA</source>
        <translation>An UBA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Filed by %1</source>
        <translation>Eingereicht von %1</translation>
    </message>
</context>
<context>
    <name>UbaRequestDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="-84"/>
        <source>Request the THG quota from the UBA</source>
        <translation>THG-Quote beim UBA beantragen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold until</source>
        <translation>Zurückhalten bis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The hold keeps the request from being sent to the UBA before the vehicle&apos;s owner can no longer withdraw (%1 days) plus a buffer (%2 days). It can be set only now and never changed later; until the request is sent it can be withdrawn.</source>
        <translation>Die Sperre verhindert, dass der Antrag an das UBA geht, bevor der Fahrzeughalter nicht mehr widerrufen kann (%1 Tage), zuzüglich eines Puffers (%2 Tage). Sie kann nur jetzt gesetzt und später nie geändert werden; bis der Antrag gesendet ist, kann er zurückgezogen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request</source>
        <translation>Beantragen</translation>
    </message>
</context>
<context>
    <name>UbaView</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="-98"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the UBA since</source>
        <translation>An das UBA gesendet seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered since</source>
        <translation>Beantwortet seit</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>New request…</source>
        <translation>Neuer Antrag…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No UBA requests for this year yet.
Select a verified vehicle and choose “Request UBA quota”, or click “New request…”.</source>
        <translation>Noch keine UBA-Anträge für dieses Jahr.
Wählen Sie ein geprüftes Fahrzeug und dann „UBA-Quote beantragen…“ oder klicken Sie auf „Neuer Antrag…“.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 vehicles · %3 approved · %4 rejected · %5 waiting</source>
        <translation>%1: %2 Fahrzeuge · %3 genehmigt · %4 abgelehnt · %5 wartend</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Withdraw UBA request?</source>
        <translation>UBA-Antrag zurückziehen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request for %1, %2 will be withdrawn. This is possible only until it is sent to the UBA.</source>
        <translation>Der Antrag für %1, %2 wird zurückgezogen. Das ist nur möglich, bis er an das UBA gesendet ist.</translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="+66"/>
        <source>&lt;b&gt;Upload registration documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zulassungsbescheinigungen hochladen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop scans or photos of the &lt;b&gt;front&lt;/b&gt; of the Fahrzeugschein here, or a whole folder (JPEG, PNG or PDF).</source>
        <translation>Legen Sie hier Scans oder Fotos der &lt;b&gt;Vorderseite&lt;/b&gt; der Zulassungsbescheinigung Teil I (Fahrzeugschein) ab, oder einen ganzen Ordner (JPEG, PNG oder PDF).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo documents</source>
        <translation>Demo-Dokumente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: FleetDesk&apos;s upload key</source>
        <translation>leer: Upload-Schlüssel von FleetDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left empty, reference 3 carries a unique key, so an upload that got no answer is found again instead of sent twice.</source>
        <translation>Bleibt Referenz 3 leer, erhält sie einen eindeutigen Schlüssel, sodass ein Upload ohne Antwort wiedergefunden statt doppelt gesendet wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registrant</source>
        <translation>Fahrzeughalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 1</source>
        <translation>Referenz 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 2</source>
        <translation>Referenz 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 3</source>
        <translation>Referenz 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Uploads appear here with their progress: queued, uploading, being checked, verified.</source>
        <translation>Uploads erscheinen hier mit ihrem Fortschritt: vorgemerkt, wird hochgeladen, wird geprüft, verifiziert.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>&lt;b&gt;Upload queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Upload-Warteschlange&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>No registrant yet: add one</source>
        <translation>Noch kein Fahrzeughalter: fügen Sie einen hinzu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 uploaded</source>
        <translation>%1 von %2 hochgeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 need attention</source>
        <translation>%1 erfordern Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No documents found there (JPEG, PNG or PDF).</source>
        <translation>Dort wurden keine Dokumente gefunden (JPEG, PNG oder PDF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking %1 of %2…</source>
        <translation>Prüfe %1 von %2…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>each file&apos;s name</source>
        <translation>Name jeder Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no preview</source>
        <translation>keine Vorschau</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Upload %n document(s)</source>
        <translation>
            <numerusform>%n Dokument hochladen</numerusform>
            <numerusform>%n Dokumente hochladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused by the check (see the list)</source>
        <translation>%1 von der Prüfung abgelehnt (siehe Liste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All documents passed the check.</source>
        <translation>Alle Dokumente haben die Prüfung bestanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or sync a registrant first.</source>
        <translation>Fügen Sie zuerst einen Fahrzeughalter hinzu oder synchronisieren Sie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder of documents</source>
        <translation>Wählen Sie einen Ordner mit Dokumenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose registration documents</source>
        <translation>Wählen Sie Zulassungsbescheinigungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>Dokumente (*.jpg *.jpeg *.png *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 document(s) queued for upload</source>
        <translation>%1 Dokument(e) zum Hochladen vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/previews.py" line="+85"/>
        <source>PDF, %1 page(s), %2 KB</source>
        <translation>PDF, %1 Seite(n), %2 KB</translation>
    </message>
</context>
<context>
    <name>UploadQueueModel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="+24"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded in the Outbox: it will not be sent.</source>
        <translation>Im Postausgang verworfen: Es wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploaded · being checked</source>
        <translation>Hochgeladen · wird geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waking the service…</source>
        <translation>Dienst wird geweckt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sent now.</source>
        <translation>Wird gerade gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for sign-in</source>
        <translation>Wartet auf Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the THG service; the upload then starts by itself.</source>
        <translation>Melden Sie sich beim THG-Dienst an; der Upload startet dann von selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retrying at %1</source>
        <translation>Neuer Versuch um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to upload</source>
        <translation>Wartet auf Upload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued; uploads start gently and speed up.</source>
        <translation>Vorgemerkt; Uploads beginnen langsam und werden dann schneller.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Uploaded by %1</source>
        <translation>Hochgeladen von %1</translation>
    </message>
</context>
<context>
    <name>VehicleListPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="-171"/>
        <source>Find a vehicle: plate, fleet number or driver</source>
        <translation>Fahrzeug suchen: Kennzeichen, Flottennummer oder Fahrer</translation>
    </message>
</context>
<context>
    <name>VehicleTableModel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="-87"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 1</source>
        <translation>Referenz 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 2</source>
        <translation>Referenz 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 3</source>
        <translation>Referenz 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Halter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Changed here; waiting to be sent (double-click to edit)</source>
        <translation>Hier geändert; wartet auf Versand (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to edit</source>
        <translation>Doppelklick zum Bearbeiten</translation>
    </message>
</context>
<context>
    <name>VehiclesTab</name>
    <message>
        <location filename="../../fleetdesk/ui/vehicles/tab.py" line="+223"/>
        <source>%1 of %2 vehicles</source>
        <translation>%1 von %2 Fahrzeugen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Double-click an entry to open the tab where it lives</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um seinen Reiter zu öffnen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Export vehicles</source>
        <translation>Fahrzeuge exportieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exported %1 vehicles to %2</source>
        <translation>%1 Fahrzeuge nach %2 exportiert</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Joined by plate only: check it is the same vehicle, or unlink it.</source>
        <translation>Nur über das Kennzeichen verknüpft: prüfen Sie, ob es dasselbe Fahrzeug ist, oder trennen Sie es.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Last position: %1</source>
        <translation>Letzte Position: %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Linked by hand.</source>
        <translation>Von Hand verknüpft.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Linked.</source>
        <translation>Verknüpft.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts erfasst</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Odometer %1: %2 km on %3</source>
        <translation>Kilometerstand %1: %2 km am %3</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>One row per vehicle, joined by VIN, or by plate.</source>
        <translation>Eine Zeile pro Fahrzeug, verknüpft über FIN oder Kennzeichen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open in its tab</source>
        <translation>In seinem Reiter öffnen</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Search VIN, plate, make, status or place</source>
        <translation>FIN, Kennzeichen, Marke, Status oder Ort suchen</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Select a vehicle</source>
        <translation>Wählen Sie ein Fahrzeug</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Separated.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Systems: %1</source>
        <translation>Systeme: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tachograph: %1 days to the legal limit, coverage gaps: %2</source>
        <translation>Fahrtenschreiber: %1 Tage bis zur gesetzlichen Grenze, Lücken: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That tab is not installed.</source>
        <translation>Dieser Reiter ist nicht installiert.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Timeline (newest first)</source>
        <translation>Zeitleiste (neueste zuerst)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Type the VIN or plate of the same vehicle first.</source>
        <translation>Geben Sie zuerst FIN oder Kennzeichen desselben Fahrzeugs ein.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Unlink</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>VIN or plate of the same vehicle</source>
        <translation>FIN oder Kennzeichen desselben Fahrzeugs</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no VIN</source>
        <translation>keine FIN</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>All vehicles</source>
        <translation>Alle Fahrzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In several systems</source>
        <translation>In mehreren Systemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In one system only</source>
        <translation>Nur in einem System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined by plate only</source>
        <translation>Nur über Kennzeichen verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked by hand</source>
        <translation>Von Hand verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tachograph due within 14 days</source>
        <translation>Fahrtenschreiber in 14 Tagen fällig</translation>
    </message>
</context>
<context>
    <name>VehiclesView</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="+47"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being checked</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified (any reason)</source>
        <translation>Abgelehnt (jeder Grund)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vehicle %1 · VIN %2 · %3</source>
        <translation>Fahrzeug %1 · FIN %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner not read yet</source>
        <translation>Halter noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first registered %1</source>
        <translation>Erstzulassung %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting for the UBA</source>
        <translation>wartet auf das UBA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UBA:</source>
        <translation>UBA:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Search references, VIN, owner…</source>
        <translation>Referenzen, FIN, Halter suchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed since</source>
        <translation>Geändert seit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your local time; FleetDesk converts it to UTC for the service</source>
        <translation>Ihre Ortszeit; FleetDesk rechnet sie für den Dienst in UTC um</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s own export (/vehicles/export) with the status and change-time filters</source>
        <translation>Der dienst-eigene Export (/vehicles/export) mit den Filtern für Status und Änderungszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this list…</source>
        <translation>Diese Liste exportieren…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No vehicles yet.
Drop registration documents on the right: each one becomes a vehicle the THG service checks.</source>
        <translation>Noch keine Fahrzeuge.
Legen Sie rechts Zulassungsbescheinigungen ab: Jede wird zu einem Fahrzeug, das der THG-Dienst prüft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a vehicle to see what its status means.</source>
        <translation>Wählen Sie ein Fahrzeug, um zu sehen, was sein Status bedeutet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request UBA quota…</source>
        <translation>UBA-Quote beantragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <source>Submit again…</source>
        <translation>Erneut einreichen…</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 vehicles</source>
        <translation>%1 Fahrzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 vehicles shown</source>
        <translation>%1 von %2 Fahrzeugen angezeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reference edits waiting to be sent</source>
        <translation>%1 Referenzänderungen warten auf Versand</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a vehicle to see what its status means. Double-click a reference to change it.</source>
        <translation>Wählen Sie ein Fahrzeug, um zu sehen, was sein Status bedeutet. Doppelklicken Sie auf eine Referenz, um sie zu ändern.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vehicles cannot be deleted</source>
        <translation>Fahrzeuge können nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The THG service keeps every validation request, so a vehicle cannot be deleted. If its document was wrong or unreadable, submit the document again: that creates a new vehicle.</source>
        <translation>Der THG-Dienst bewahrt jeden Prüfantrag auf, daher kann ein Fahrzeug nicht gelöscht werden. War das Dokument falsch oder unleserlich, reichen Sie es erneut ein: Das legt ein neues Fahrzeug an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export vehicles as CSV</source>
        <translation>Fahrzeuge als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vehicles match: nothing exported</source>
        <translation>Keine passenden Fahrzeuge: nichts exportiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 vehicles to %2</source>
        <translation>%1 Fahrzeuge nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>THG export</source>
        <translation>THG-Export</translation>
    </message>
</context>
</TS>
