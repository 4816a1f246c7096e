<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name></name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="+73"/>
        <location line="+134"/>
        <location line="+39"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+151"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>same as the username</source>
        <translation>zelfde als de gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as given when the account was activated</source>
        <translation>zoals opgegeven bij de activering van de account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Car-Pass helpdesk number</source>
        <translation>nummer van de Car-Pass-helpdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car-Pass helpdesk: &lt;a href=&apos;%1&apos;&gt;car-pass.be&lt;/a&gt; (contact form)</source>
        <translation>Car-Pass-helpdesk: &lt;a href=&apos;%1&apos;&gt;car-pass.be&lt;/a&gt; (contactformulier)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Username
(establishment no.)</source>
        <translation>Gebruikersnaam
(vestigingsnr.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../fleetdesk/ui/shell/database_setting.py" line="+75"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise no.
(VAT)</source>
        <translation>Ondernemingsnr.
(btw)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Establishment no.</source>
        <translation>Vestigingsnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpdesk telephone</source>
        <translation>Telefoon helpdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save account</source>
        <translation>Account opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../fleetdesk/ui/shell/database_setting.py" line="-13"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Car-Pass account</source>
        <translation>Car-Pass-account</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>km/day</source>
        <translation>km/dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not send these operations:</source>
        <translation>Deze handelingen niet versturen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not send these vehicles:</source>
        <translation>Deze voertuigen niet versturen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foreign number plates</source>
        <translation>Buitenlandse nummerplaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warn above</source>
        <translation>Waarschuwen boven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle history report in</source>
        <translation>Taal voertuiggeschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rules</source>
        <translation>Regels opslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporting rules</source>
        <translation>Regels voor het doorgeven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Car-Pass covers cars and vans up to 3.5 t registered in Belgium. Excluded readings are kept from Car-Pass; the prechecks say so.</source>
        <translation>Car-Pass geldt voor personenwagens en bestelwagens tot 3,5 t die in België ingeschreven zijn. Uitgesloten kilometerstanden gaan niet naar Car-Pass; de voorafgaande controles melden dat.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>stored</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set by FLEETDESK_CARPASS_%1 for unattended runs</source>
        <translation>Ingesteld via FLEETDESK_CARPASS_%1 voor onbemande uitvoering</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>username</source>
        <translation>gebruikersnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>wachtwoord</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Establishment number</source>
        <translation>Vestigingsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved. %1</source>
        <translation>Opgeslagen. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testing the connection to Car-Pass…</source>
        <translation>Verbinding met Car-Pass wordt getest…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved: the prechecks use these rules from now on.</source>
        <translation>Opgeslagen: de voorafgaande controles gebruiken voortaan deze regels.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="+71"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answer on its way</source>
        <translation>antwoord onderweg</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>requestGuid %1</source>
        <translation>requestGuid %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Correct reading</source>
        <translation>Kilometerstand corrigeren</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="+186"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="+219"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="+302"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change what was typed wrongly; everything else is sent again as it was. One correction closes every issue of this reading.</source>
        <translation>Wijzig wat verkeerd ingetypt werd; al de rest wordt ongewijzigd opnieuw verstuurd. Eén correctie sluit alle problemen van deze kilometerstand af.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VIN</source>
        <translation>Chassisnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence plate</source>
        <translation>Nummerplaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer (km)</source>
        <translation>Kilometerstand (km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading date</source>
        <translation>Datum km-stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIV unifier</source>
        <translation>DIV-unifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I checked the warnings: the corrected reading is right</source>
        <translation>Ik heb de waarschuwingen nagekeken: de gecorrigeerde kilometerstand klopt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send correction</source>
        <translation>Correctie versturen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Look at the warnings; tick the box if the corrected reading is right, then send again.</source>
        <translation>Bekijk de waarschuwingen; vink het vakje aan als de gecorrigeerde kilometerstand klopt en verstuur opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: correct what is marked ✖.</source>
        <translation>Niet verstuurd: corrigeer wat met ✖ gemarkeerd is.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm…</source>
        <translation>Bevestigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell Car-Pass the data as sent is right. This cannot be undone.</source>
        <translation>Aan Car-Pass bevestigen dat de verstuurde gegevens kloppen. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No outstanding Car-Pass issues.
When Car-Pass questions a reading, the issue appears here with its number, type and description, to correct or confirm.</source>
        <translation>Geen openstaande Car-Pass-problemen.
Als Car-Pass een kilometerstand in vraag stelt, verschijnt het probleem hier met zijn nummer, type en omschrijving, om te corrigeren of te bevestigen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 outstanding issue(s) on %2 reading(s). One correction or confirmation closes all issues of a reading.</source>
        <translation>Openstaande problemen: %1, bij %2 kilometerstand(en). Eén correctie of bevestiging sluit alle problemen van een kilometerstand af.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Correction stored and queued for Car-Pass.</source>
        <translation>Correctie opgeslagen en klaargezet voor Car-Pass.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm the reading?</source>
        <translation>Kilometerstand bevestigen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You tell Car-Pass that %1 with %2 on %3 is right as it was sent. Car-Pass registers it (it may check it by hand first).

A confirmation cannot be undone.</source>
        <translation>U bevestigt aan Car-Pass dat %1 met %2 op %3 klopt zoals verstuurd. Car-Pass registreert hem (eventueel na een manuele controle).

Een bevestiging kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confirmation stored and queued for Car-Pass.</source>
        <translation>Bevestiging opgeslagen en klaargezet voor Car-Pass.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="-237"/>
        <source>Vehicle history report ready</source>
        <translation>Voertuiggeschiedenis klaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching the vehicle history report…</source>
        <translation>Voertuiggeschiedenis wordt opgehaald…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported by %1 on %2</source>
        <translation>Geïmporteerd door %1 op %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered by %1 on %2</source>
        <translation>Ingevoerd door %1 op %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Copy GUID</source>
        <translation>GUID kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request VHR…</source>
        <translation>VHR aanvragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a vehicle history report request for this vehicle with today&apos;s odometer reading</source>
        <translation>Een voertuiggeschiedenis aanvragen voor dit voertuig met de kilometerstand van vandaag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record what you found…</source>
        <translation>Uitkomst vastleggen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a reading sent earlier whose outcome is unknown: record what the Car-Pass portal or helpdesk says</source>
        <translation>Voor een eerder verstuurde kilometerstand waarvan de uitkomst onbekend is: leg vast wat het Car-Pass-portaal of de helpdesk zegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import earlier readings…</source>
        <translation>Eerdere kilometerstanden importeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add readings from another system (CSV) to the history the prechecks use; they are not sent to Car-Pass</source>
        <translation>Kilometerstanden uit een ander systeem (CSV) toevoegen aan de historiek die de voorafgaande controles gebruiken; ze worden niet naar Car-Pass verstuurd</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No readings yet.
Enter the odometer reading of a vehicle in the workshop on the left: it is checked, stored and sent to Car-Pass, and you can follow it here.</source>
        <translation>Nog geen kilometerstanden.
Vul links de kilometerstand in van een voertuig in de werkplaats: hij wordt gecontroleerd, opgeslagen en naar Car-Pass verstuurd, en u kunt hem hier opvolgen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a reading to see its Car-Pass requests and issues.</source>
        <translation>Selecteer een kilometerstand om zijn Car-Pass-aanvragen en -problemen te zien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected reading</source>
        <translation>Geselecteerde kilometerstand</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 processed</source>
        <translation>%1 verwerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 being validated</source>
        <translation>%1 in validatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waiting to send</source>
        <translation>%1 wachtend op verzending</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with an issue</source>
        <translation>%1 met een probleem</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Work: %1</source>
        <translation>Werk: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrected; first sent as: %1</source>
        <translation>Gecorrigeerd; eerst verstuurd als: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What did Car-Pass say?</source>
        <translation>Wat zei Car-Pass?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with %2 on %3 was sent earlier, but its answer was lost. Check it in the Car-Pass portal or with the helpdesk, then record what you found.</source>
        <translation>%1 met %2 op %3 werd eerder verstuurd, maar het antwoord ging verloren. Controleer het in het Car-Pass-portaal of bij de helpdesk en leg dan vast wat u vond.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not registered</source>
        <translation>Niet geregistreerd</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="+36"/>
        <source>report ready</source>
        <translation>geschiedenis klaar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No report selected.
To get a vehicle history report, enter today&apos;s odometer reading with the type “Vehicle history report”. The report appears here once Car-Pass processed it; print it for the showroom and put its link in your ads.</source>
        <translation>Geen geschiedenis geselecteerd.
Voor een voertuiggeschiedenis vult u de kilometerstand van vandaag in met het type “Voertuiggeschiedenis”. Ze verschijnt hier zodra Car-Pass ze verwerkt heeft; druk ze af voor de showroom en zet de link in uw advertenties.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy link</source>
        <translation>Link kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open link</source>
        <translation>Link openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public link:</source>
        <translation>Openbare link:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Fetching the report from Car-Pass…</source>
        <translation>Geschiedenis wordt opgehaald bij Car-Pass…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car-Pass did not deliver the report: %1</source>
        <translation>Car-Pass heeft de geschiedenis niet geleverd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is available once Car-Pass processed the request. Now: %1.</source>
        <translation>De geschiedenis is beschikbaar zodra Car-Pass de aanvraag verwerkt heeft. Nu: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The stored report cannot be opened: %1</source>
        <translation>Het opgeslagen rapport kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored report file is missing or damaged.</source>
        <translation>Het opgeslagen bestand van de geschiedenis ontbreekt of is beschadigd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Public link copied.</source>
        <translation>Openbare link gekopieerd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the vehicle history report</source>
        <translation>Voertuiggeschiedenis opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save: %1</source>
        <translation>Opslaan mislukt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching the report in %1…</source>
        <translation>Geschiedenis wordt opgehaald in %1…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="-124"/>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pull data now</source>
        <translation>Nu gegevens ophalen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eligibility:</source>
        <translation>Geschiktheid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer:</source>
        <translation>Km-stand:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by:</source>
        <translation>Toegevoegd door:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked because:</source>
        <translation>Ingetrokken omdat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a vehicle to see its timeline, its latest odometer and to revoke its clearance.</source>
        <translation>Selecteer een voertuig om zijn tijdlijn en laatste kilometerstand te zien en om de vrijgave in te trekken.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>found on the High Mobility account</source>
        <translation>gevonden in de High Mobility-account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, reported %2</source>
        <translation>%1, gemeld op %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data yet</source>
        <translation>nog geen gegevens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available once approved</source>
        <translation>beschikbaar na goedkeuring</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>High Mobility refused this request: %1</source>
        <translation>High Mobility heeft deze aanvraag geweigerd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High Mobility is still changing this clearance; FleetDesk tries again at %1.</source>
        <translation>High Mobility past deze vrijgave nog aan; FleetDesk probeert het opnieuw om %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent yet (%1). It stays queued and is sent automatically.</source>
        <translation>Nog niet verstuurd (%1). Het blijft in de wachtrij en wordt automatisch verstuurd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request is still pending: canceling stops it.</source>
        <translation>De aanvraag is nog in behandeling: annuleren stopt ze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoking ends data access at once (use it when a vehicle leaves the fleet).</source>
        <translation>Intrekken beëindigt de gegevenstoegang meteen (bv. wanneer een voertuig de vloot verlaat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request never reached High Mobility: withdrawing just drops it.</source>
        <translation>Deze aanvraag heeft High Mobility nooit bereikt: intrekken verwijdert ze gewoon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A revoke is waiting to be sent.</source>
        <translation>Een intrekking wacht op verzending.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="+89"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>could not check</source>
        <translation>controle mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Geschikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not eligible</source>
        <translation>Niet geschikt</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Added by %1</source>
        <translation>Toegevoegd door %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High Mobility cannot check the eligibility of %1 vehicles</source>
        <translation>High Mobility kan de geschiktheid van %1-voertuigen niet controleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported %1</source>
        <translation>Gemeld op %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="+96"/>
        <source>Waiting to send</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>1 day late</source>
        <translation>1 d. te laat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days late</source>
        <translation>%1 d. te laat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <location line="+16"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+4"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Refused: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested %1</source>
        <translation>Aangevraagd op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 d missing</source>
        <translation>%1 d. ontbreken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card expired</source>
        <translation>kaart vervallen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>card expires</source>
        <translation>kaart vervalt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No file holds %1 to %2 (%3).</source>
        <translation>Geen enkel bestand bevat %1 tot %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card expired on %1.</source>
        <translation>De kaart is vervallen op %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card expires on %1 (%2).</source>
        <translation>De kaart vervalt op %1 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>in 1 day</source>
        <translation>over 1 dag</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>in %1 days</source>
        <translation>over %1 dagen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The calibration was due on %1.</source>
        <translation>De kalibratie was op %1 verschuldigd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next calibration is due on %1 (%2).</source>
        <translation>De volgende kalibratie is op %1 verschuldigd (%2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Last calibration %1; next calibration due %2.</source>
        <translation>Laatste kalibratie %1; volgende kalibratie verschuldigd %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 tot %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vehicles used: %1</source>
        <translation>Gebruikte voertuigen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and %1 more</source>
        <translation> en nog %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Driving on the last %1 days held: %2 (total %3).</source>
        <translation>Rijtijd op de laatste %1 aanwezige dagen: %2 (totaal %3).</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Possible</source>
        <translation>Mogelijk</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 to the legal limit</source>
        <translation>%1: nog %2 tot de wettelijke limiet</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="-71"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Driver card</source>
        <translation>Bestuurderskaart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vehicle unit (tachograph)</source>
        <translation>Voertuigunit (tachograaf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal limit: %1 days, until %2</source>
        <translation>Wettelijke termijn: %1 dagen, tot %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fleet interval: %1 days, until %2</source>
        <translation>Vlootinterval: %1 dagen, tot %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TachoShare&apos;s last activity downloaded: %1</source>
        <translation>Laatste door TachoShare gedownloade activiteit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TachoShare&apos;s last download of the card: %1</source>
        <translation>Laatste download van de kaart door TachoShare: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing archived yet: the legal clock runs from TachoShare&apos;s date.</source>
        <translation>Nog niets gearchiveerd: de wettelijke termijn loopt vanaf de datum van TachoShare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A manual remote download can be requested.</source>
        <translation>Een manuele download op afstand kan aangevraagd worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last requested by %1</source>
        <translation>Laatst aangevraagd door %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legal remote downloads are up to date.</source>
        <translation>De wettelijke downloads op afstand zijn up-to-date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal remote downloads are delayed.</source>
        <translation>De wettelijke downloads op afstand lopen vertraging op.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legal remote downloads are delayed out of legal compliance.</source>
        <translation>De wettelijke downloads op afstand zijn zo laat dat de wettelijke termijn overschreden is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never has downloaded any data.</source>
        <translation>Heeft nog nooit gegevens gedownload.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The telematics link was removed from the vehicle.</source>
        <translation>De telematicakoppeling werd van het voertuig verwijderd.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search plate, VIN, card, holder or country</source>
        <translation>Zoek nummerplaat, chassisnr., kaart, houder of land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No vehicle units or driver cards yet.
Sign in to TachoShare and press “Sync now” to see which are due.</source>
        <translation>Nog geen voertuigunits of bestuurderskaarten.
Meld u aan bij TachoShare en klik op “Nu synchroniseren” om te zien welke aan de beurt zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request remote download</source>
        <translation>Download op afstand aanvragen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a vehicle unit to request a remote download.</source>
        <translation>Selecteer een voertuigunit om een download op afstand aan te vragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote downloads are requested per vehicle; a driver card is read when it is in one.</source>
        <translation>Downloads op afstand worden per voertuig aangevraagd; een bestuurderskaart wordt gelezen wanneer ze in een voertuig zit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TachoShare refused the last request for %1: %2. You can ask again once that is resolved.</source>
        <translation>TachoShare heeft de laatste aanvraag voor %1 geweigerd: %2. U kunt opnieuw aanvragen zodra dat opgelost is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not possible for %1: %2</source>
        <translation>Niet mogelijk voor %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can be asked to download now (%2 manual attempts left); TachoShare starts it when the ignition is next on.</source>
        <translation>%1 kan nu een download krijgen (nog %2 manuele pogingen); TachoShare start hem wanneer het contact de volgende keer aan is.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="+173"/>
        <source>starting…</source>
        <translation>starten…</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+109"/>
        <source>No downloads yet.</source>
        <translation>Nog geen downloads.</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+98"/>
        <source>idle</source>
        <translation>inactief</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Active and recent</source>
        <translation>Actief en recent</translation>
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
        <translation>Alles pauzeren</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Nothing is downloading.
“Sync now” asks TachoShare for every new day of data and archives it here, file by file.</source>
        <translation>Er wordt niets gedownload.
“Nu synchroniseren” vraagt TachoShare om elke nieuwe dag aan gegevens en archiveert die hier, bestand per bestand.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A unit&apos;s or card&apos;s cursor moves only once its file is safely on disk; an interrupted download starts again from there.</source>
        <translation>De cursor van een unit of kaart schuift pas op als het bestand veilig op schijf staat; een onderbroken download herbegint vanaf daar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Resume all</source>
        <translation>Alles hervatten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of %2 files</source>
        <translation>%1 van %2 bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 downloading, %2 waiting</source>
        <translation>%1 bezig, %2 wachtend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All downloads finished</source>
        <translation>Alle downloads voltooid</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="+136"/>
        <source>%1
Needs attention: %2</source>
        <translation>%1
Vraagt aandacht: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived by %1</source>
        <translation>Gearchiveerd door %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search file name, VIN or card</source>
        <translation>Zoek bestandsnaam, chassisnr. of kaart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export list…</source>
        <translation>Lijst exporteren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Past retention…</source>
        <translation>Bewaartermijn verstreken…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No files archived yet.
Every file a sync downloads is kept here under its conventional name (M_… vehicle units, C_… driver cards).</source>
        <translation>Nog geen bestanden gearchiveerd.
Elk bestand dat een synchronisatie downloadt, wordt hier bewaard onder zijn gebruikelijke naam (M_… voertuigunits, C_… bestuurderskaarten).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 files, %2 in %3</source>
        <translation>%1 bestanden, %2 in %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — %1 need attention (⚠)</source>
        <translation> — %1 vragen aandacht (⚠)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="+56"/>
        <source>Checking the TachoShare sign-in…</source>
        <translation>TachoShare-aanmelding wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Sign in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask TachoShare what is new and download it (F5 syncs every service)</source>
        <translation>TachoShare vragen wat nieuw is en dat downloaden (F5 synchroniseert alle diensten)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in again…</source>
        <translation>Opnieuw aanmelden…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No vehicle units or driver cards listed yet.</source>
        <translation>Nog geen voertuigunits of bestuurderskaarten in de lijst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists updated %1</source>
        <translation>Lijsten bijgewerkt op %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="+39"/>
        <source>%1 reading(s) not sent to Car-Pass yet.</source>
        <translation>%1 kilometerstand(en) nog niet naar Car-Pass verstuurd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Car-Pass is in its weekly maintenance (Thursday 19:00–24:00); sending resumes after midnight.</source>
        <translation>Car-Pass is in wekelijks onderhoud (donderdag 19:00–24:00); het versturen wordt na middernacht hervat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Car-Pass cannot be reached (%1).</source>
        <translation>Car-Pass is niet bereikbaar (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection</source>
        <translation>geen verbinding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last problem: %1.</source>
        <translation>Laatste probleem: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are kept with their date of work%1 and sent automatically as soon as Car-Pass answers: nothing needs to be typed again. Keep the vehicle&apos;s file open until they are sent.</source>
        <translation>Ze worden bewaard met hun werkdatum%1 en automatisch verstuurd zodra Car-Pass antwoordt: niets hoeft opnieuw ingetypt te worden. Houd het dossier van het voertuig open tot ze verstuurd zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (oldest %1)</source>
        <translation> (oudste %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 were refused and need your attention (see the Outbox).</source>
        <translation>%1 werden geweigerd en vragen uw aandacht (zie Postvak uit).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Send now</source>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Readings</source>
        <translation>Kilometerstanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Issues</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Vehicle history reports</source>
        <translation>Voertuiggeschiedenissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account and rules</source>
        <translation>Account en regels</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Issues (%1)</source>
        <translation>Problemen (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="+50"/>
        <source>Ctrack is not set up: enter its username and password in Settings → Ctrack.</source>
        <translation>Ctrack is niet ingesteld: vul de gebruikersnaam en het wachtwoord in bij Instellingen → Ctrack.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the last known positions.</source>
        <translation>De laatst gekende posities worden getoond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live: positions arrive through the Ctrack positions queue.</source>
        <translation>Live: posities komen binnen via de Ctrack-positiewachtrij.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: polling the last positions while the new positions queue starts.</source>
        <translation>Live: de laatste posities worden opgevraagd terwijl de nieuwe positiewachtrij start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: showing the last known positions (last contact %1). Retrying automatically.</source>
        <translation>Offline: de laatst gekende posities worden getoond (laatste contact %1). Er wordt automatisch opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrack is limiting requests: showing the last known positions and trying again a little later.</source>
        <translation>Ctrack beperkt het aantal aanvragen: de laatst bekende posities worden getoond en het wordt iets later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrack refused the sign-in: check the username and password in Settings → Ctrack.</source>
        <translation>Ctrack heeft de aanmelding geweigerd: controleer de gebruikersnaam en het wachtwoord bij Instellingen → Ctrack.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrack answered with an error: %1</source>
        <translation>Ctrack antwoordde met een fout: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to Ctrack…</source>
        <translation>Verbinden met Ctrack…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/import_preview.py" line="+34"/>
        <source>Import earlier readings</source>
        <translation>Eerdere kilometerstanden importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a CSV file with VIN (or plate), date and km.</source>
        <translation>Kies een CSV-bestand met chassisnummer (of nummerplaat), datum en km.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Odometer cross-check warnings (imported all the same; check them):</source>
        <translation>Waarschuwingen van de kruiscontrole van de kilometerstanden (toch geïmporteerd; kijk ze na):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readings above 2,000,000 km are right</source>
        <translation>De kilometerstanden boven 2.000.000 km kloppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows that will be imported:</source>
        <translation>Rijen die geïmporteerd worden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused lines (nothing is imported while there are any):</source>
        <translation>Geweigerde regels (er wordt niets geïmporteerd zolang die er zijn):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Earlier readings (CSV)</source>
        <translation>Eerdere kilometerstanden (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>CSV- of tekstbestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: read as %2, separated by %3.</source>
        <translation>%1: gelezen als %2, gescheiden door %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>puntkomma&apos;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commas</source>
        <translation>komma&apos;s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: %2, %3, %4</source>
        <translation>regel %1: %2, %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 row(s) ready, %2 line(s) refused.</source>
        <translation>%1 rij(en) klaar, %2 regel(s) geweigerd.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Imported %1 earlier reading(s) into the history (not sent to Car-Pass).</source>
        <translation>%1 eerdere kilometerstand(en) in de historiek geïmporteerd (niet naar Car-Pass verstuurd).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/database_setting.py" line="-27"/>
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: this workstation&apos;s own file; for a team: postgresql://user@server:5432/fleetdesk</source>
        <translation>leeg: het eigen bestand van deze werkpost; voor een team: postgresql://user@server:5432/fleetdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sqlite:///PATH, or postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=verify-full]. Never put the password in the URL: it comes from the keyring or PGPASSWORD / PGPASSFILE.</source>
        <translation>sqlite:///PAD, of postgresql://GEBRUIKER@HOST[:POORT]/DBNAAM[?sslmode=verify-full]. Zet het wachtwoord nooit in de URL: het komt uit de sleutelbos of uit PGPASSWORD / PGPASSFILE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept in the system keyring, never in settings.json</source>
        <translation>bewaard in de sleutelbos van het systeem, nooit in settings.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store password</source>
        <translation>Wachtwoord bewaren</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+31"/>
        <location line="+19"/>
        <source>Database URL</source>
        <translation>Databank-URL</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>In use: %1</source>
        <translation>In gebruik: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set by %1, which wins over this setting</source>
        <translation>ingesteld door %1, dat voorrang heeft op deze instelling</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unchanged.</source>
        <translation>Ongewijzigd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. FleetDesk uses this database from the next start; restart it now to switch.</source>
        <translation>Opgeslagen. FleetDesk gebruikt deze databank vanaf de volgende start; herstart het nu om over te schakelen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Database password: only a postgresql:// URL has a password; type that URL first.</source>
        <translation>Databankwachtwoord: alleen een postgresql://-URL heeft een wachtwoord; typ eerst die URL.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Demo: the password of %1 is kept in memory until FleetDesk closes.</source>
        <translation>Demo: het wachtwoord van %1 wordt in het geheugen bewaard tot FleetDesk sluit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: the password of %1 was forgotten.</source>
        <translation>Demo: het wachtwoord van %1 werd vergeten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of %1 is kept in the system keyring.</source>
        <translation>Het wachtwoord van %1 wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of %1 was removed from the system keyring.</source>
        <translation>Het wachtwoord van %1 werd uit de sleutelbos van het systeem verwijderd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/fault_dialogs.py" line="+24"/>
        <source>Restore the newest backup</source>
        <translation>De recentste back-up terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../fleetdesk/ui/tachoshare/retention.py" line="+55"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Something went wrong that FleetDesk did not expect. What you typed is still on screen; you can try again.</source>
        <translation>Er ging iets mis dat FleetDesk niet verwachtte. Wat u intypte staat nog op het scherm; u kunt het opnieuw proberen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in %1.</source>
        <translation>De details staan in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="+56"/>
        <location filename="../../fleetdesk/ui/widgets/who.py" line="+21"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Queued %1 by %2 on the workstation %3</source>
        <translation>Klaargezet op %1 door %2 op de werkpost %3</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/coverage.py" line="+44"/>
        <source>held</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing between files</source>
        <translation>ontbreekt tussen bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not downloaded yet</source>
        <translation>nog niet gedownload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the first file</source>
        <translation>vóór het eerste bestand</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Select a vehicle unit or driver card to see which days its files hold.</source>
        <translation>Selecteer een voertuigunit of bestuurderskaart om te zien welke dagen de bestanden bevatten.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: no archived file holds any day yet.</source>
        <translation>%1: nog geen enkel gearchiveerd bestand bevat een dag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: files hold %2 to %3 (last %4 days shown)</source>
        <translation>%1: bestanden bevatten %2 tot %3 (laatste %4 dagen getoond)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of the last %2 days held, %3 missing between files</source>
        <translation>%1 van de laatste %2 dagen aanwezig, %3 ontbreken tussen bestanden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/retention.py" line="-21"/>
        <source>Files past the retention period</source>
        <translation>Bestanden voorbij de bewaartermijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove files</source>
        <translation>Bestanden verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 file(s) from the archive and the disk? This cannot be undone.</source>
        <translation>%1 bestand(en) uit het archief en van de schijf verwijderen? Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove ticked files…</source>
        <translation>Aangevinkte bestanden verwijderen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Files are kept for %1 year(s) (a setting; at least 1). These were archived before %2 and hold no later day. FleetDesk never removes them by itself: tick the ones to remove.</source>
        <translation>Bestanden worden %1 jaar bewaard (een instelling; minstens 1). Deze werden vóór %2 gearchiveerd en bevatten geen latere dag. FleetDesk verwijdert ze nooit zelf: vink aan welke weg mogen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No file is past the retention period.</source>
        <translation>Geen enkel bestand is voorbij de bewaartermijn.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/about.py" line="+18"/>
        <source>Car-Pass odometer readings, tachograph downloads, THG-quota claims, connected-car clearance and a live fleet map — for garages and fleets, offline-proof.</source>
        <translation>Car-Pass-kilometerstanden, tachograafdownloads, THG-quotumaanvragen, vrijgave van connected cars en een live vlootkaart — voor garages en wagenparken, ook zonder verbinding.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data folder: %1</source>
        <translation>Gegevensmap: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets: %1</source>
        <translation>Geheimen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map data © OpenStreetMap contributors.</source>
        <translation>Kaartgegevens © OpenStreetMap-bijdragers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About FleetDesk</source>
        <translation>Over FleetDesk</translation>
    </message>
</context>
<context>
    <name>AddVinsDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="+53"/>
        <source>not checkable for this brand</source>
        <translation>niet controleerbaar voor dit merk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not check: %1</source>
        <translation>controle mislukt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eligible</source>
        <translation>Geschikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>Niet geschikt</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add vehicles for clearance</source>
        <translation>Voertuigen toevoegen voor vrijgave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste VINs, one per line, or lines like
WBA8E9G51HNU00001, bmw, cost-centre=North
2HM00000000000001, sandbox, odometer=2050
…or import a CSV with the columns VIN, brand, tags.</source>
        <translation>Plak chassisnummers (VIN), één per regel, of regels zoals
WBA8E9G51HNU00001, bmw, cost-centre=North
2HM00000000000001, sandbox, odometer=2050
…of importeer een CSV met de kolommen VIN, brand, tags.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(from each line)</source>
        <translation>(uit elke regel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>key=value; key=value (optional)</source>
        <translation>sleutel=waarde; sleutel=waarde (optioneel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags for all:</source>
        <translation>Tags voor alle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default brand:</source>
        <translation>Standaardmerk:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+81"/>
        <source>Nothing pasted yet.</source>
        <translation>Nog niets geplakt.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Check eligibility</source>
        <translation>Geschiktheid controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>Request clearance</source>
        <translation>Vrijgave aanvragen</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tags for all: %1</source>
        <translation>Tags voor alle: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 vehicle ready</source>
        <translation>1 voertuig klaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n vehicles ready</source>
        <translation>%n voertuigen klaar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 with a problem (skipped unless fixed)</source>
        <translation>1 met een probleem (overgeslagen tenzij verbeterd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n with a problem (skipped unless fixed)</source>
        <translation>%n met een probleem (overgeslagen tenzij verbeterd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 with a warning (asks before sending)</source>
        <translation>1 met een waarschuwing (vraagt bevestiging voor verzending)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n with a warning (asks before sending)</source>
        <translation>%n met een waarschuwing (vraagt bevestiging voor verzending)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 checked are eligible</source>
        <translation>%1 van %2 gecontroleerde zijn geschikt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request clearance for 1 vehicle</source>
        <translation>Vrijgave aanvragen voor 1 voertuig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request clearance for %n vehicles</source>
        <translation>Vrijgave aanvragen voor %n voertuigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import vehicles</source>
        <translation>Voertuigen importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>…and %n more</source>
        <translation>…en nog %n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send despite the warnings?</source>
        <translation>Toch versturen ondanks de waarschuwingen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 vehicle has a warning:</source>
        <translation>1 voertuig heeft een waarschuwing:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n vehicles have a warning:</source>
        <translation>%n voertuigen hebben een waarschuwing:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If High Mobility refuses them, the reason is shown and you can request them again. Send anyway?</source>
        <translation>Als High Mobility ze weigert, wordt de reden getoond en kunt u ze opnieuw aanvragen. Toch versturen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send anyway</source>
        <translation>Toch versturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="+101"/>
        <source>All sent</source>
        <translation>Alles verstuurd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unsent</source>
        <translation>
            <numerusform>%n niet verstuurd</numerusform>
            <numerusform>%n niet verstuurd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarPass</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="-310"/>
        <source>You changed the Car-Pass %1 in FleetDesk. Change it on the Car-Pass website too (your professional account at car-pass.be): the two must be the same, or Car-Pass refuses every reading FleetDesk sends.</source>
        <translation>U hebt de Car-Pass-%1 in FleetDesk gewijzigd. Wijzig die ook op de website van Car-Pass (uw professionele account op car-pass.be): beide moeten gelijk zijn, anders weigert Car-Pass elke kilometerstand die FleetDesk verstuurt.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="+22"/>
        <source>Waiting to send</source>
        <extracomment>reading state -&gt; (label, chip palette key)</extracomment>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being validated</source>
        <translation>Wordt gevalideerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="-283"/>
        <source>Processed</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused (error)</source>
        <translation>Geweigerd (fout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by Car-Pass</source>
        <translation>Nazicht door Car-Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting (unknown status)</source>
        <translation>Wacht (onbekende status)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction queued</source>
        <translation>Correctie klaargezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation queued</source>
        <translation>Bevestiging klaargezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent earlier, outcome unknown</source>
        <translation>Eerder verstuurd, uitkomst onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historiek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repair / maintenance</source>
        <translation>Herstelling / onderhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer replaced</source>
        <translation>Kilometerteller vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle history report</source>
        <translation>Voertuiggeschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadside assistance</source>
        <translation>Pechverhelping</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair or maintenance</source>
        <extracomment>the operation kinds and vehicle categories of carpass.settings (English there, Qt-free)</extracomment>
        <translation>Herstelling of onderhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tyres</source>
        <translation>Banden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windscreen</source>
        <translation>Voorruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection / diagnosis</source>
        <translation>Controle / diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty claim</source>
        <translation>Garantieclaim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till sale (counter sale)</source>
        <translation>Toonbankverkoop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passenger car</source>
        <translation>Personenwagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light commercial (≤ 3.5 t)</source>
        <translation>Lichte vracht (≤ 3,5 t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck (&gt; 3.5 t)</source>
        <translation>Vrachtwagen (&gt; 3,5 t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus or coach</source>
        <translation>Bus of autocar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motorcycle</source>
        <translation>Motorfiets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beta (test)</source>
        <extracomment>Car-Pass environments (services.SERVICES[&quot;carpass&quot;].environments)</extracomment>
        <translation>bèta (test)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production</source>
        <translation>productie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observation</source>
        <extracomment>the kind of a Car-Pass request and the state of an issue, as stored</extracomment>
        <translation>Waarneming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>Bevestiging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer on its way</source>
        <translation>antwoord onderweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information</source>
        <translation>informatie</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="-329"/>
        <source>Problem no.</source>
        <translation>Probleemnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue type</source>
        <translation>Probleemtype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="+29"/>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="+1"/>
        <source>Odometer</source>
        <translation>Km-stand</translation>
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
        <translation>Alle kilometerstanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not final yet</source>
        <translation>Nog niet definitief</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issues and errors</source>
        <translation>Problemen en fouten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request GUID</source>
        <translation>Request-GUID</translation>
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
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel request…</source>
        <translation>Aanvraag annuleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw…</source>
        <translation>Terugtrekken…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="-179"/>
        <source>Waiting to send</source>
        <extracomment>display state -&gt; label (the UI&apos;s translatable copy of highmobility.views.STATE_TEXT)</extracomment>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke waiting to send</source>
        <translation>Intrekking wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy, retrying</source>
        <translation>Bezig, nieuwe poging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoking</source>
        <translation>Wordt ingetrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceling</source>
        <translation>Wordt geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clearance requested in FleetDesk</source>
        <extracomment>local timeline event -&gt; label (highmobility.views.EVENT_TEXT)</extracomment>
        <translation>Vrijgave aangevraagd in FleetDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to High Mobility</source>
        <translation>Verstuurd naar High Mobility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke requested</source>
        <translation>Intrekking aangevraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn before it was sent</source>
        <translation>Teruggetrokken voor verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on the High Mobility account</source>
        <translation>Gevonden op de High Mobility-account</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>VIN</source>
        <translation>Chassisnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Geschikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer</source>
        <translation>Km-stand</translation>
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
        <translation>Nummerplaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet number</source>
        <translation>Vlootnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Bestuurder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>Laatst bijgewerkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a vehicle on the map or in the list to see its details.</source>
        <translation>Selecteer een voertuig op de kaart of in de lijst om de details te zien.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>none reported</source>
        <translation>niets gemeld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n position(s) ignored: this unit&apos;s clock is ahead, so its times cannot be trusted.</source>
        <translation>
            <numerusform>%n positie genegeerd: de klok van deze unit loopt voor, dus de tijden zijn onbetrouwbaar.</numerusform>
            <numerusform>%n posities genegeerd: de klok van deze unit loopt voor, dus de tijden zijn onbetrouwbaar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dropzone.py" line="+51"/>
        <source>Choose files…</source>
        <translation>Bestanden kiezen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="+133"/>
        <source>New odometer reading</source>
        <translation>Nieuwe kilometerstand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>17 characters, from the vehicle or a scan</source>
        <translation>17 tekens, van het voertuig of een scan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or the licence plate, e.g. 1-ABC-123</source>
        <translation>of de nummerplaat, bv. 1-ABC-123</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exactly as on the dashboard</source>
        <translation>precies zoals op het dashboard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As in the vehicle register</source>
        <translation>Volgens de inschrijving</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, kept with the reading</source>
        <translation>optioneel, bewaard bij de kilometerstand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Old-timer: DIV unifier</source>
        <translation>Oldtimer: DIV-unifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or first use</source>
        <translation>of eerste ingebruikname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>Chassisnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence plate</source>
        <translation>Nummerplaat</translation>
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
        <translation>Datum km-stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work done</source>
        <translation>Uitgevoerde werken</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>I checked the warnings: the reading is right</source>
        <translation>Ik heb de waarschuwingen nagekeken: de kilometerstand klopt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit reading</source>
        <translation>Kilometerstand indienen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tip: scan or type the VIN and press Enter, type the odometer reading and press Enter. Every reading is checked, stored on this PC first and sent to Car-Pass automatically, also after a network cut; follow it on the right.</source>
        <translation>Tip: scan of typ het chassisnummer en druk op Enter, typ de kilometerstand en druk op Enter. Elke kilometerstand wordt gecontroleerd, eerst op deze pc opgeslagen en automatisch naar Car-Pass verstuurd, ook na een netwerkonderbreking; volg hem rechts op.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Known vehicle</source>
        <translation>Gekend voertuig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last reading %1 on %2</source>
        <translation>laatste kilometerstand %1 op %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not stored: correct what is marked ✖ above.</source>
        <translation>Niet opgeslagen: corrigeer wat hierboven met ✖ gemarkeerd is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Look at the warnings above. If the reading is right, tick “I checked the warnings” and submit again.</source>
        <translation>Bekijk de waarschuwingen hierboven. Als de kilometerstand klopt, vink dan “Ik heb de waarschuwingen nagekeken” aan en dien opnieuw in.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stored: %1, %2 on %3. It is sent to Car-Pass now, or as soon as Car-Pass can be reached.</source>
        <translation>Opgeslagen: %1, %2 op %3. Hij wordt nu naar Car-Pass verstuurd, of zodra Car-Pass bereikbaar is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Car-Pass is in maintenance; it goes out after midnight.</source>
        <translation>Car-Pass is in onderhoud; hij wordt na middernacht verstuurd.</translation>
    </message>
</context>
<context>
    <name>FleetClearanceTab</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="+40"/>
        <source>All vehicles</source>
        <translation>Alle voertuigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention or rejected</source>
        <translation>Actie nodig of geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Search VIN, brand or tag</source>
        <translation>Zoek chassisnr., merk of tag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh status</source>
        <translation>Status vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add VINs…</source>
        <translation>VIN&apos;s toevoegen…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Open Settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No vehicles yet.
Click “Add VINs…” to paste a list or import a CSV (VIN, brand, tags). FleetDesk checks which are eligible, requests clearance and follows each request until it is approved or rejected.</source>
        <translation>Nog geen voertuigen.
Klik op “VIN&apos;s toevoegen…” om een lijst te plakken of een CSV te importeren (VIN, merk, tags). FleetDesk controleert welke geschikt zijn, vraagt de vrijgave aan en volgt elke aanvraag op tot ze goedgekeurd of geweigerd is.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>fleet operator&apos;s business name</source>
        <translation>handelsnaam van de vlootbeheerder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VW Group business name:</source>
        <translation>Handelsnaam voor VW Group:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DEMO · sandbox simulator</source>
        <translation>DEMO · sandboxsimulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SANDBOX · simulated vehicles</source>
        <translation>SANDBOX · gesimuleerde voertuigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIVE · real vehicles</source>
        <translation>LIVE · echte voertuigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom address</source>
        <translation>Eigen adres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added as the vw-group-customer-name tag for Volkswagen Group brands. Statuses are checked every %1 s while requests are under way, every %2 min otherwise.</source>
        <translation>Toegevoegd als tag vw-group-customer-name voor merken van de Volkswagen Group. Statussen worden elke %1 s gecontroleerd zolang er aanvragen lopen, anders elke %2 min.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>High Mobility is not set up yet: %1</source>
        <translation>High Mobility is nog niet ingesteld: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/texts.py" line="+29"/>
        <source>1 vehicle</source>
        <translation>1 voertuig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n vehicles</source>
        <translation>%n voertuigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n approved</source>
        <translation>%n goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n pending</source>
        <translation>%n in behandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n waiting to send</source>
        <translation>%n wachten op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n busy, retrying</source>
        <translation>%n bezig, nieuwe poging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n need attention</source>
        <translation>%n vragen aandacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>%n geweigerd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2) is approved: vehicle data can be pulled now.</source>
        <translation>%1 (%2) is goedgekeurd: de voertuiggegevens kunnen nu opgehaald worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) was rejected: no data access for this vehicle.</source>
        <translation>%1 (%2) is geweigerd: geen toegang tot de gegevens van dit voertuig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is revoked: data access has ended.</source>
        <translation>%1 (%2) is ingetrokken: de gegevenstoegang is beëindigd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 clearance updates: %2</source>
        <translation>%1 updates van vrijgaven: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="+59"/>
        <source>1 vehicle queued for clearance</source>
        <translation>1 voertuig klaargezet voor vrijgave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n vehicles queued for clearance</source>
        <translation>%n voertuigen klaargezet voor vrijgave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n already requested</source>
        <translation>%n al aangevraagd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: request withdrawn.</source>
        <translation>%1: aanvraag ingetrokken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: revoke queued; it is sent as soon as High Mobility answers.</source>
        <translation>%1: intrekking klaargezet; ze wordt verstuurd zodra High Mobility antwoordt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>High Mobility did not answer as hoped: %1</source>
        <translation>High Mobility antwoordde niet zoals verwacht: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Business name saved.</source>
        <translation>Handelsnaam opgeslagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Business name cleared.</source>
        <translation>Handelsnaam gewist.</translation>
    </message>
</context>
<context>
    <name>LiveMap</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/markers.py" line="+93"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="+43"/>
        <source>Moving</source>
        <translation>Rijdt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idling</source>
        <translation>Stationair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignition off</source>
        <translation>Contact uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reporting</source>
        <translation>Meldt niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No position</source>
        <translation>Geen GPS</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n moving</source>
        <translation>
            <numerusform>%n rijdt</numerusform>
            <numerusform>%n rijden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n idling</source>
        <translation>
            <numerusform>%n stationair</numerusform>
            <numerusform>%n stationair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ignition off</source>
        <translation>
            <numerusform>%n contact uit</numerusform>
            <numerusform>%n contact uit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not reporting</source>
        <translation>
            <numerusform>%n meldt niet</numerusform>
            <numerusform>%n melden niet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no position</source>
        <translation>
            <numerusform>%n zonder GPS</numerusform>
            <numerusform>%n zonder GPS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n voertuig</numerusform>
            <numerusform>%n voertuigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>just now</source>
        <translation>zonet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s terug</numerusform>
            <numerusform>%n s terug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min terug</numerusform>
            <numerusform>%n min terug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n u terug</numerusform>
            <numerusform>%n u terug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>%n dag terug</numerusform>
            <numerusform>%n dagen terug</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Bestuurder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>Gemeld</translation>
    </message>
</context>
<context>
    <name>LiveMapTab</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="+36"/>
        <source>Fit all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points of interest</source>
        <translation>Nuttige plaatsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options…</source>
        <translation>Opties…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The map cannot be shown: %1</source>
        <translation>De kaart kan niet getoond worden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>Ritten</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No vehicles yet.</source>
        <translation>Nog geen voertuigen.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Points of interest not loaded: %1</source>
        <translation>Nuttige plaatsen niet geladen: %1</translation>
    </message>
</context>
<context>
    <name>LiveOptionsDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="+16"/>
        <source>Read positions every</source>
        <translation>Posities ophalen om de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not reporting after</source>
        <translation>Meldt niet meer na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep trips and tracks for</source>
        <translation>Ritten en sporen bewaren gedurende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Live map options</source>
        <translation>Opties live kaart</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The last known position of every vehicle is always kept.</source>
        <translation>De laatst gekende positie van elk voertuig wordt altijd bewaard.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Live map options saved.</source>
        <translation>Opties live kaart opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="+65"/>
        <source>demo</source>
        <extracomment>after the window is shown, the other tabs are built one per event-loop turn (ms)</extracomment>
        <translation>demo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your settings could not be read: %1</source>
        <translation>Uw instellingen konden niet gelezen worden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send and sync now</source>
        <translation>&amp;Nu versturen en synchroniseren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About FleetDesk</source>
        <translation>&amp;Over FleetDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEMO — simulators, not real services</source>
        <translation>DEMO — simulatoren, geen echte diensten</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Everything has been sent</source>
        <translation>Alles is verstuurd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem in %1: %2</source>
        <translation>Probleem in %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something unexpected went wrong; see the message.</source>
        <translation>Er ging iets onverwachts mis; zie het bericht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending and syncing…</source>
        <translation>Versturen en synchroniseren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync done: %1 sent, %2 unsent</source>
        <translation>Synchronisatie klaar: %1 verstuurd, %2 niet verstuurd</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="-84"/>
        <source>Waiting to send</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Wordt verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+29"/>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Discarded</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unsent</source>
        <translation>Niet verstuurd</translation>
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
        <translation>Inzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of work</source>
        <translation>Werkdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued by</source>
        <translation>Klaargezet door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location line="+65"/>
        <source>Retry now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send all now</source>
        <translation>Alles nu versturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard…</source>
        <translation>Verwerpen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing is waiting to be sent.
Everything you submit is stored here first and sent as soon as the service answers.</source>
        <translation>Er wacht niets op verzending.
Alles wat u indient, wordt hier eerst bewaard en verstuurd zodra de dienst antwoordt.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wacht op verzending</numerusform>
            <numerusform>%n wachten op verzending</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything has been sent</source>
        <translation>Alles is verstuurd</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need your attention</source>
        <translation>
            <numerusform>%n vraagt uw aandacht</numerusform>
            <numerusform>%n vragen uw aandacht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 sent</source>
        <translation>%1 verstuurd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 set aside (see the list)</source>
        <translation>%1 opzijgezet (zie de lijst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send all now: %1</source>
        <translation>Alles nu versturen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was waiting</source>
        <translation>er stond niets klaar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard submission?</source>
        <translation>Inzending verwerpen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” will not be sent. What you entered stays in the history, but the service will never receive it. This cannot be undone.</source>
        <translation>“%1” wordt niet verstuurd. Wat u ingevoerd hebt, blijft in de geschiedenis, maar de dienst ontvangt het nooit. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="+23"/>
        <source>Previous page</source>
        <extracomment>button (accessible) name -&gt; tooltip, shown through self.tr() (the context is the class name)</extracomment>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Fit width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fit</source>
        <translation>passend</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="-286"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>Chassisnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Geschikt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: unknown brand</source>
        <translation>Waarschuwing: onbekend merk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: no vw-group-customer-name tag</source>
        <translation>Waarschuwing: geen tag vw-group-customer-name</translation>
    </message>
</context>
<context>
    <name>RegistrantDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="+104"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name or organisation</source>
        <translation>Naam of organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Uw referentie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New vehicle registrant</source>
        <translation>Nieuwe kentekenhouder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/revoke_dialog.py" line="+10"/>
        <source>Vehicle sold</source>
        <translation>Voertuig verkocht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lease ended</source>
        <translation>Leasing beëindigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle written off</source>
        <translation>Voertuig total loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to another fleet</source>
        <translation>Naar een andere vloot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by mistake</source>
        <translation>Per vergissing toegevoegd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke clearance?</source>
        <translation>Vrijgave intrekken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request?</source>
        <translation>Aanvraag annuleren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the request?</source>
        <translation>Aanvraag terugtrekken?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data access for %1 (%2) ends as soon as High Mobility processes the revoke. To get data again you would have to request clearance anew, and the car maker approves it again.</source>
        <translation>De gegevenstoegang voor %1 (%2) stopt zodra High Mobility de intrekking verwerkt. Om opnieuw gegevens te krijgen moet u de vrijgave opnieuw aanvragen, en moet de autoconstructeur ze opnieuw goedkeuren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pending clearance request for %1 (%2) is canceled. You can request it again later.</source>
        <translation>De lopende vrijgaveaanvraag voor %1 (%2) wordt geannuleerd. U kunt ze later opnieuw aanvragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request for %1 (%2) has not reached High Mobility yet; it is dropped and never sent.</source>
        <translation>De aanvraag voor %1 (%2) heeft High Mobility nog niet bereikt; ze wordt geschrapt en nooit verstuurd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>optional, e.g. vehicle sold</source>
        <translation>optioneel, bv. voertuig verkocht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (kept with the vehicle):</source>
        <translation>Reden (bewaard bij het voertuig):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel request</source>
        <translation>Aanvraag annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Terugtrekken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
</context>
<context>
    <name>ServiceIndicator</name>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="-17"/>
        <source>not contacted yet</source>
        <translation>nog niet gecontacteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: submissions wait in the outbox</source>
        <translation>offline: inzendingen wachten in Postvak uit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign-in needed</source>
        <translation>aanmelding nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server problem</source>
        <translation>serverprobleem</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/service_page.py" line="+31"/>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Vernieuwingstoken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>production</source>
        <extracomment>environment names and where an address comes from (Config.url_source); others are shown as-is</extracomment>
        <translation>productie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox</source>
        <translation>sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom address</source>
        <translation>eigen adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override</source>
        <translation>overschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo simulator</source>
        <translation>demosimulator</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>reachable (HTTP %1)</source>
        <translation>bereikbaar (HTTP %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FleetDesk reads the sign-in endpoints from this address&apos;s .well-known/openid-configuration</source>
        <translation>FleetDesk leest de aanmeldingsendpoints uit de .well-known/openid-configuration van dit adres</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+133"/>
        <source>Issuer (sign-in address)</source>
        <translation>Issuer (aanmeldadres)</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+131"/>
        <source>Custom address</source>
        <translation>Eigen adres</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+70"/>
        <source>Set by the environment variable %1</source>
        <translation>Ingesteld via de omgevingsvariabele %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>default folder in the data directory</source>
        <translation>standaardmap in de gegevensmap</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>stored</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the environment variable for unattended runs</source>
        <translation>Ingesteld via de omgevingsvariabele voor onbemande uitvoering</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved. %1</source>
        <translation>Opgeslagen. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/__init__.py" line="+9"/>
        <source>TachoShare sign-in</source>
        <extracomment>the titles of its services (fleetdesk/tachoshare/servicedef.py) marked for lupdate</extracomment>
        <translation>TachoShare-aanmelding</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/__init__.py" line="+10"/>
        <source>THG quota</source>
        <extracomment>the titles of its services (fleetdesk/thg/servicedef.py) marked for lupdate</extracomment>
        <translation>THG-quotum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THG sign-in (Microsoft)</source>
        <translation>THG-aanmelding (Microsoft)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="-61"/>
        <source>Map tiles</source>
        <extracomment>state -&gt; (background, foreground); a calm palette that stays readable in light and dark themes Service titles (fleetdesk.core.services.SERVICES, which has no Qt) marked for lupdate: FleetDesk&apos;s own here, an integration&apos;s in its UI folder (``fleetdesk/ui/&lt;name&gt;/__init__.py``); product names such as Car-Pass or Ctrack are not translated and need no entry.</extracomment>
        <translation>Kaarttegels</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../fleetdesk/ui/vehicles/__init__.py" line="+12"/>
        <source>The Ctrack API does not state its odometer unit; metres assumed</source>
        <translation>De Ctrack-API vermeldt de eenheid van de kilometerteller niet; meter verondersteld</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Odometer unit</source>
        <extracomment>the labels, units and help texts of the settings fleetdesk/vehicles/plugin.py declares (Qt-free, where lupdate cannot see them), marked here; the Settings page translates them (&quot;Settings&quot;)</extracomment>
        <translation>Eenheid kilometerteller</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/__init__.py" line="+6"/>
        <source>File format</source>
        <extracomment>the labels, units and help texts of the settings fleetdesk/tachoshare/plugin.py declares (Qt-free, where lupdate cannot see them), marked here; the Settings page translates them (&quot;Settings&quot;)</extracomment>
        <translation>Bestandsformaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDD for most countries; V1B/C1B for France; TGD for Spain</source>
        <translation>DDD voor de meeste landen; V1B/C1B voor Frankrijk; TGD voor Spanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First download goes back</source>
        <translation>Eerste download gaat terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads at once</source>
        <translation>Gelijktijdige downloads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet interval, vehicle units</source>
        <translation>Vlootinterval, voertuigunits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet interval, driver cards</source>
        <translation>Vlootinterval, bestuurderskaarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before, vehicle units</source>
        <translation>Vooraf waarschuwen, voertuigunits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before, driver cards</source>
        <translation>Vooraf waarschuwen, bestuurderskaarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive folder</source>
        <translation>Archiefmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where downloaded files are archived</source>
        <translation>Waar gedownloade bestanden gearchiveerd worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before a driver card expires</source>
        <translation>Waarschuwen voordat een bestuurderskaart vervalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep tachograph files for</source>
        <translation>Tachograafbestanden bewaren gedurende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older files are listed for removal; nothing is removed automatically</source>
        <translation>Oudere bestanden worden opgelijst om te verwijderen; er wordt niets automatisch verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorize URL</source>
        <translation>Autorisatie-URL</translation>
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
        <translation>uit de OpenID-configuratie van de issuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the issuer&apos;s .well-known/openid-configuration is not usable</source>
        <translation>Alleen als de .well-known/openid-configuration van de issuer niet bruikbaar is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces; TachoShare&apos;s documentation does not name them</source>
        <translation>Gescheiden door spaties; de documentatie van TachoShare noemt ze niet</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="+30"/>
        <source>Demo: passwords and tokens are kept in memory and forgotten when FleetDesk closes. Your real keyring is not touched.</source>
        <translation>Demo: wachtwoorden en tokens worden in het geheugen bewaard en vergeten wanneer FleetDesk sluit. Uw echte sleutelbos wordt niet aangeraakt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passwords and tokens are kept in the system keyring (%1).</source>
        <translation>Wachtwoorden en tokens worden bewaard in de sleutelbos van het systeem (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder: %1</source>
        <translation>Gegevensmap: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Takes effect the next time FleetDesk starts.</source>
        <translation>Wordt actief bij de volgende start van FleetDesk.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="+47"/>
        <location line="+117"/>
        <source>Checking the THG sign-in…</source>
        <translation>THG-aanmelding wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+129"/>
        <source>Sign in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy code</source>
        <translation>Code kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open sign-in page</source>
        <translation>Aanmeldpagina openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The THG sign-in lapsed (unused for 90 days). Sign in again.</source>
        <translation>De THG-aanmelding is verlopen (90 dagen niet gebruikt). Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in to the THG service.</source>
        <translation>Niet aangemeld bij de THG-dienst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to the THG service</source>
        <translation>Aangemeld bij de THG-dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(refresh token from FLEETDESK_THG_REFRESH_TOKEN)</source>
        <translation>(refresh token uit FLEETDESK_THG_REFRESH_TOKEN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, but the sign-in lapsed (unused for 90 days). Sign in again.</source>
        <translation>%1, maar de aanmelding is verlopen (90 dagen niet gebruikt). Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in lapses in %1 days unless FleetDesk syncs before then: sync now or sign in again</source>
        <translation>De aanmelding verloopt over %1 dagen als FleetDesk niet eerder synchroniseert: synchroniseer nu of meld u opnieuw aan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in to upload documents and sync statuses; what you do meanwhile waits in the outbox.</source>
        <translation>Meld u aan om documenten op te laden en statussen te synchroniseren; wat u intussen doet, wacht in Postvak uit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in again…</source>
        <translation>Opnieuw aanmelden…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not start the sign-in: %1</source>
        <translation>Kan de aanmelding niet starten: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>THG: %1</source>
        <translation>THG: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open %1 in your browser and enter this code to sign in to the THG service with your Microsoft account:</source>
        <translation>Open %1 in uw browser en vul deze code in om u met uw Microsoft-account aan te melden bij de THG-dienst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Demo: the simulator accepts the code by itself after a few seconds.)</source>
        <translation>(Demo: de simulator aanvaardt de code vanzelf na enkele seconden.)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Code valid for %1</source>
        <translation>Code geldig gedurende %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code copied</source>
        <translation>Code gekopieerd</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../fleetdesk/ui/vehicles/__init__.py" line="+11"/>
        <source>Vehicles</source>
        <translation>Voertuigen</translation>
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
        <translation>Tachografen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THG quota</source>
        <translation>THG-quotum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet clearance</source>
        <translation>Vlootvrijgave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live map</source>
        <translation>Live-kaart</translation>
    </message>
</context>
<context>
    <name>TachoBoard</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-52"/>
        <source>Delayed</source>
        <extracomment>TachoShare&apos;s rdlStatus values in words; an unknown value is shown as it comes</extracomment>
        <translation>Vertraagd</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="-320"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="+1"/>
        <location line="+30"/>
        <source>Outside legal compliance</source>
        <extracomment>the long level names of compliance.LEVEL_TEXT</extracomment>
        <translation>Buiten wettelijke termijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-29"/>
        <location line="+21"/>
        <location line="+9"/>
        <source>Never downloaded</source>
        <translation>Nooit gedownload</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-29"/>
        <location line="+21"/>
        <location line="+9"/>
        <source>Disconnected</source>
        <translation>Ontkoppeld</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-29"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outside legal limit</source>
        <translation>Buiten termijn</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="-3"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="+3"/>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-8"/>
        <location line="+9"/>
        <source>Due soon</source>
        <translation>Binnenkort</translation>
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
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days missing or card expiring</source>
        <translation>Ontbrekende dagen of kaart vervalt binnenkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle units</source>
        <translation>Voertuigunits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver cards</source>
        <translation>Bestuurderskaarten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate / card</source>
        <translation>Plaat / kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN / country</source>
        <translation>Chassisnr. / land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal limit</source>
        <translation>Wettelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet interval</source>
        <translation>Vlootinterval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last downloaded</source>
        <translation>Gedownload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived through</source>
        <translation>Gearchiveerd t/m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TachoShare status</source>
        <translation>TachoShare-status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDL</source>
        <translation>RDL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days left until the legal download limit (vehicle units 90 days, driver cards 28; stricter in some countries)</source>
        <translation>Dagen tot de wettelijke downloadlimiet (voertuigunits 90 dagen, bestuurderskaarten 28; strenger in sommige landen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days left until the fleet&apos;s own download interval</source>
        <translation>Dagen tot het eigen downloadinterval van de vloot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last download FleetDesk has archived: the legal clock runs from it</source>
        <translation>De laatste download die FleetDesk gearchiveerd heeft: de wettelijke termijn loopt vanaf die datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day whose data FleetDesk has archived</source>
        <translation>De laatste dag waarvan FleetDesk de gegevens gearchiveerd heeft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual remote download (RDL) of the vehicle unit</source>
        <translation>Manuele download op afstand (RDL) van de voertuigunit</translation>
    </message>
</context>
<context>
    <name>TachoDownloads</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="-286"/>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new</source>
        <translation>Niets nieuws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Vehicle unit / card</source>
        <translation>Voertuigunit / kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned by</source>
        <translation>Gepland door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
</context>
<context>
    <name>TachoFiles</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="-171"/>
        <source>Vehicle unit</source>
        <extracomment>the mark and colour of a file that needs attention (a driver ZIP with members refused)</extracomment>
        <translation>Voertuigunit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver card (ZIP)</source>
        <translation>Bestuurderskaart (ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver card</source>
        <translation>Bestuurderskaart</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle / card</source>
        <translation>Voertuig / kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Grootte</translation>
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
        <translation>Aangemeld bij TachoShare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in to TachoShare</source>
        <translation>Niet aangemeld bij TachoShare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TachoShare sign-in has expired</source>
        <translation>De TachoShare-aanmelding is verlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TachoShare is not set up</source>
        <translation>TachoShare is niet ingesteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside legal compliance</source>
        <translation>buiten wettelijke termijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never downloaded</source>
        <translation>nooit gedownload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>ontkoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to date</source>
        <translation>up-to-date</translation>
    </message>
</context>
<context>
    <name>TachoShareTab</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="+91"/>
        <source>Compliance board</source>
        <translation>Nalevingsoverzicht</translation>
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
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/expiry_alert.py" line="+15"/>
        <source>⚠ 1 driver card expiring</source>
        <translation>⚠ 1 bestuurderskaart vervalt binnenkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 driver cards expiring</source>
        <translation>⚠ %1 bestuurderskaarten vervallen binnenkort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expired on %1</source>
        <translation>vervallen op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires on %1</source>
        <translation>vervalt op %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="+95"/>
        <source>Downloads (%1)</source>
        <translation>Downloads (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files (%1)</source>
        <translation>Bestanden (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TachoShare: %1</source>
        <translation>TachoShare: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not update the lists from TachoShare: %1</source>
        <translation>Kan de lijsten niet bijwerken vanuit TachoShare: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening your browser to sign in to TachoShare…</source>
        <translation>Uw browser wordt geopend om aan te melden bij TachoShare…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Sign-in did not complete: %1</source>
        <translation>Aanmelding niet voltooid: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to TachoShare. Fetching your vehicles and driver cards…</source>
        <translation>Aangemeld bij TachoShare. Uw voertuigen en bestuurderskaarten worden opgehaald…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in in the browser window that opened, then come back here. If no browser opened, open this address: %1</source>
        <translation>Meld u aan in het browservenster dat geopend is en kom dan hier terug. Is er geen browser geopend, open dan dit adres: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking TachoShare what is new…</source>
        <translation>TachoShare wordt gevraagd wat nieuw is…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to TachoShare again to sync: %1</source>
        <translation>Meld u opnieuw aan bij TachoShare om te synchroniseren: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TachoShare cannot be reached now; nothing was lost. %1</source>
        <translation>TachoShare is nu niet bereikbaar; er is niets verloren gegaan. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 download(s) started.</source>
        <translation>%1 download(s) gestart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything is up to date: TachoShare has nothing newer than the archive.</source>
        <translation>Alles is up-to-date: TachoShare heeft niets nieuwers dan het archief.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 request(s) sent</source>
        <translation>%1 aanvraag/aanvragen verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused (see the Outbox)</source>
        <translation>%1 geweigerd (zie Postvak uit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbox: %1. </source>
        <translation>Postvak uit: %1. </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync finished: %1 archived, %2 with nothing new, %3 failed.</source>
        <translation>Synchronisatie klaar: %1 gearchiveerd, %2 zonder nieuws, %3 mislukt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloads stopped: %1. The rest stays queued for the next sync.</source>
        <translation>Downloads gestopt: %1. De rest blijft in de wachtrij voor de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/remote_download.py" line="+38"/>
        <source>Remote download not possible: %1</source>
        <translation>Download op afstand niet mogelijk: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remote download for %1 is in the outbox and being sent…</source>
        <translation>Download op afstand voor %1 staat in Postvak uit en wordt verstuurd…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>TachoShare accepted the remote download for %1: the tachograph downloads when its ignition is next on; the data arrives with a later sync.</source>
        <translation>TachoShare heeft de download op afstand voor %1 aanvaard: de tachograaf downloadt wanneer het contact de volgende keer aan is; de gegevens komen binnen bij een latere synchronisatie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TachoShare refused the remote download for %1: %2</source>
        <translation>TachoShare heeft de download op afstand voor %1 geweigerd: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/retention.py" line="+55"/>
        <source>Removed %1 file(s) past the retention period.</source>
        <translation>%1 bestand(en) voorbij de bewaartermijn verwijderd.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="+62"/>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export as CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
</context>
<context>
    <name>ThgStatus</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="+36"/>
        <source>Being checked</source>
        <translation>Wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration document is being checked. This usually takes two to three working days.</source>
        <translation>Het inschrijvingsbewijs wordt gecontroleerd. Dat duurt meestal twee tot drie werkdagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check succeeded: this vehicle can be submitted to the Umweltbundesamt.</source>
        <translation>De controle is geslaagd: dit voertuig kan bij het Umweltbundesamt ingediend worden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified: unreadable</source>
        <translation>Afgekeurd: onleesbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The uploaded document could not be read (badly cropped, unclear or too small). Upload a better picture as a new vehicle.</source>
        <translation>Het opgeladen document kon niet gelezen worden (slecht bijgesneden, onduidelijk of te klein). Laad een betere foto op als nieuw voertuig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified: wrong document</source>
        <translation>Afgekeurd: verkeerd document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload is not the front of the registration certificate Part I (Fahrzeugschein). Upload that document as a new vehicle.</source>
        <translation>Het opgeladen bestand is niet de voorkant van de Zulassungsbescheinigung Teil I (Fahrzeugschein). Laad dat document op als nieuw voertuig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified: not fully electric</source>
        <translation>Afgekeurd: niet elektrisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document shows that the vehicle is not driven purely by electric power, so it is not eligible for the THG quota.</source>
        <translation>Het document toont dat het voertuig niet volledig elektrisch aangedreven wordt; het komt dus niet in aanmerking voor het THG-quotum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vehicle cannot be processed further; see the reason given by the service.</source>
        <translation>Het voertuig kan niet verder verwerkt worden; zie de reden die de dienst opgeeft.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not verified: %1</source>
        <translation>Afgekeurd: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service did not verify this vehicle (a status FleetDesk does not know yet: %1). The result is final; you may upload the document again as a new vehicle.</source>
        <translation>De dienst heeft dit voertuig afgekeurd (een status die FleetDesk nog niet kent: %1). Het resultaat is definitief; u kunt het document opnieuw opladen als nieuw voertuig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service reports the status &apos;%1&apos;, which FleetDesk does not know yet. Check again later or contact the THG service.</source>
        <translation>De dienst meldt de status &apos;%1&apos;, die FleetDesk nog niet kent. Kijk later opnieuw of neem contact op met de THG-dienst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Reason: %2</source>
        <translation>%1 Reden: %2</translation>
    </message>
</context>
<context>
    <name>ThgTab</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="+50"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vehicles</source>
        <translation>Voertuigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UBA requests</source>
        <translation>UBA-aanvragen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vehicles (%1)</source>
        <translation>Voertuigen (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 THG updates; the latest:</source>
        <translation>%1 THG-updates; de laatste:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>THG: sending and syncing…</source>
        <translation>THG: versturen en synchroniseren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>THG sync</source>
        <translation>THG-synchronisatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent</source>
        <translation>%1 verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>THG: %1</source>
        <translation>THG: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>THG: signed in</source>
        <translation>THG: aangemeld</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>UBA request queued</source>
        <translation>UBA-aanvraag klaargezet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UBA request withdrawn</source>
        <translation>UBA-aanvraag ingetrokken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registrant queued</source>
        <translation>Kentekenhouder klaargezet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the document to submit again</source>
        <translation>Kies het document om opnieuw in te dienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Documenten (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Submitted again as a new vehicle</source>
        <translation>Opnieuw ingediend als nieuw voertuig</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="+86"/>
        <source>Show trips</source>
        <translation>Ritten tonen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+167"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Trips of %1</source>
        <translation>Ritten van %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a vehicle to see its trips.</source>
        <translation>Selecteer een voertuig om zijn ritten te zien.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading trips…</source>
        <translation>Ritten laden…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Whole day: %n trip(s)</source>
        <translation>
            <numerusform>Hele dag: %n rit</numerusform>
            <numerusform>Hele dag: %n ritten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrack could not be reached; showing what is stored.</source>
        <translation>Ctrack is niet bereikbaar; wat opgeslagen is, wordt getoond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trips on this day.</source>
        <translation>Geen ritten op deze dag.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stopped %1–%2 (%3)
%4</source>
        <translation>Stilgestaan %1–%2 (%3)
%4</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
</context>
<context>
    <name>UbaModel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="+46"/>
        <source>Filed (elsewhere)</source>
        <translation>Ingediend (elders)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to send</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the service</source>
        <translation>Geweigerd door de dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawing…</source>
        <translation>Wordt ingetrokken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by the service</source>
        <translation>Verwijderd door de dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the UBA</source>
        <translation>Verstuurd naar het UBA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold</source>
        <translation>Tegengehouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed; waiting to be sent</source>
        <translation>Ingediend; wacht op verzending</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the UBA</source>
        <translation>Wacht op het UBA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold until</source>
        <translation>Tegenhouden tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to UBA</source>
        <translation>Naar UBA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Filed by %1</source>
        <translation>Ingediend door %1</translation>
    </message>
</context>
<context>
    <name>UbaRequestDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="-84"/>
        <source>Request the THG quota from the UBA</source>
        <translation>Het THG-quotum aanvragen bij het UBA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold until</source>
        <translation>Tegenhouden tot</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The hold keeps the request from being sent to the UBA before the vehicle&apos;s owner can no longer withdraw (%1 days) plus a buffer (%2 days). It can be set only now and never changed later; until the request is sent it can be withdrawn.</source>
        <translation>Het tegenhouden verhindert dat de aanvraag naar het UBA gaat voordat de eigenaar van het voertuig niet meer kan herroepen (%1 dagen) plus een marge (%2 dagen). Het kan alleen nu ingesteld worden en later nooit gewijzigd; zolang de aanvraag niet verstuurd is, kan ze ingetrokken worden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request</source>
        <translation>Aanvragen</translation>
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
        <translation>Naar het UBA verstuurd sinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered since</source>
        <translation>Beantwoord sinds</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>New request…</source>
        <translation>Nieuwe aanvraag…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No UBA requests for this year yet.
Select a verified vehicle and choose “Request UBA quota”, or click “New request…”.</source>
        <translation>Nog geen UBA-aanvragen voor dit jaar.
Selecteer een gecontroleerd voertuig en kies “UBA-quotum aanvragen…”, of klik op “Nieuwe aanvraag…”.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 vehicles · %3 approved · %4 rejected · %5 waiting</source>
        <translation>%1: %2 voertuigen · %3 goedgekeurd · %4 geweigerd · %5 wachtend</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Withdraw UBA request?</source>
        <translation>UBA-aanvraag intrekken?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request for %1, %2 will be withdrawn. This is possible only until it is sent to the UBA.</source>
        <translation>De aanvraag voor %1, %2 wordt ingetrokken. Dat kan alleen zolang ze niet naar het UBA verstuurd is.</translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="+66"/>
        <source>&lt;b&gt;Upload registration documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inschrijvingsbewijzen opladen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop scans or photos of the &lt;b&gt;front&lt;/b&gt; of the Fahrzeugschein here, or a whole folder (JPEG, PNG or PDF).</source>
        <translation>Sleep scans of foto&apos;s van de &lt;b&gt;voorkant&lt;/b&gt; van het Fahrzeugschein (Duits inschrijvingsbewijs) hierheen, of een volledige map (JPEG, PNG of PDF).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo documents</source>
        <translation>Demodocumenten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: FleetDesk&apos;s upload key</source>
        <translation>leeg: uploadsleutel van FleetDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left empty, reference 3 carries a unique key, so an upload that got no answer is found again instead of sent twice.</source>
        <translation>Als referentie 3 leeg blijft, krijgt ze een unieke sleutel, zodat een upload zonder antwoord teruggevonden wordt in plaats van twee keer verstuurd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file name</source>
        <translation>bestandsnaam</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registrant</source>
        <translation>Kentekenhouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 1</source>
        <translation>Referentie 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 2</source>
        <translation>Referentie 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 3</source>
        <translation>Referentie 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload</source>
        <translation>Opladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Uploads appear here with their progress: queued, uploading, being checked, verified.</source>
        <translation>Uploads verschijnen hier met hun voortgang: in wachtrij, opladen, in controle, geverifieerd.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>&lt;b&gt;Upload queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uploadwachtrij&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>No registrant yet: add one</source>
        <translation>Nog geen kentekenhouder: voeg er een toe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 uploaded</source>
        <translation>%1 van %2 opgeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 need attention</source>
        <translation>%1 vragen aandacht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No documents found there (JPEG, PNG or PDF).</source>
        <translation>Daar zijn geen documenten gevonden (JPEG, PNG of PDF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking %1 of %2…</source>
        <translation>Controle %1 van %2…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>each file&apos;s name</source>
        <translation>naam van elk bestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no preview</source>
        <translation>geen voorbeeld</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Upload %n document(s)</source>
        <translation>
            <numerusform>%n document opladen</numerusform>
            <numerusform>%n documenten opladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused by the check (see the list)</source>
        <translation>%1 geweigerd door de controle (zie de lijst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All documents passed the check.</source>
        <translation>Alle documenten doorstonden de controle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or sync a registrant first.</source>
        <translation>Voeg eerst een kentekenhouder toe of synchroniseer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder of documents</source>
        <translation>Kies een map met documenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose registration documents</source>
        <translation>Kies inschrijvingsbewijzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>Documenten (*.jpg *.jpeg *.png *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 document(s) queued for upload</source>
        <translation>%1 document(en) klaargezet om op te laden</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/previews.py" line="+85"/>
        <source>PDF, %1 page(s), %2 KB</source>
        <translation>PDF, %1 pagina(&apos;s), %2 kB</translation>
    </message>
</context>
<context>
    <name>UploadQueueModel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="+24"/>
        <source>Discarded</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded in the Outbox: it will not be sent.</source>
        <translation>Verworpen in het Postvak uit: het wordt niet verstuurd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploaded · being checked</source>
        <translation>Opgeladen · wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waking the service…</source>
        <translation>Dienst wordt gewekt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploading…</source>
        <translation>Wordt opgeladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sent now.</source>
        <translation>Wordt nu verstuurd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for sign-in</source>
        <translation>Wacht op aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the THG service; the upload then starts by itself.</source>
        <translation>Meld u aan bij de THG-dienst; het opladen start dan vanzelf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retrying at %1</source>
        <translation>Nieuwe poging om %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Nieuwe poging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to upload</source>
        <translation>Wacht om op te laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued; uploads start gently and speed up.</source>
        <translation>In de wachtrij; het opladen begint rustig en versnelt dan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Uploaded by %1</source>
        <translation>Geüpload door %1</translation>
    </message>
</context>
<context>
    <name>VehicleListPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="-171"/>
        <source>Find a vehicle: plate, fleet number or driver</source>
        <translation>Zoek een voertuig: nummerplaat, vlootnummer of bestuurder</translation>
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
        <translation>Referentie 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 2</source>
        <translation>Referentie 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 3</source>
        <translation>Referentie 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>Chassisnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Changed here; waiting to be sent (double-click to edit)</source>
        <translation>Hier gewijzigd; wacht op verzending (dubbelklik om te bewerken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to edit</source>
        <translation>Dubbelklik om te bewerken</translation>
    </message>
</context>
<context>
    <name>VehiclesTab</name>
    <message>
        <location filename="../../fleetdesk/ui/vehicles/tab.py" line="+223"/>
        <source>%1 of %2 vehicles</source>
        <translation>%1 van %2 voertuigen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Double-click an entry to open the tab where it lives</source>
        <translation>Dubbelklik op een item om het tabblad te openen waar het staat</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Export vehicles</source>
        <translation>Voertuigen exporteren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exported %1 vehicles to %2</source>
        <translation>%1 voertuigen geëxporteerd naar %2</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Joined by plate only: check it is the same vehicle, or unlink it.</source>
        <translation>Alleen via nummerplaat gekoppeld: controleer of het hetzelfde voertuig is, of ontkoppel het.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Last position: %1</source>
        <translation>Laatste positie: %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Linked by hand.</source>
        <translation>Met de hand gekoppeld.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Linked.</source>
        <translation>Gekoppeld.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Nothing recorded yet</source>
        <translation>Nog niets geregistreerd</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Odometer %1: %2 km on %3</source>
        <translation>Kilometerstand %1: %2 km op %3</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>One row per vehicle, joined by VIN, or by plate.</source>
        <translation>Eén rij per voertuig, gekoppeld via VIN of nummerplaat.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open in its tab</source>
        <translation>Openen in zijn tabblad</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Search VIN, plate, make, status or place</source>
        <translation>Zoek VIN, nummerplaat, merk, status of plaats</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Select a vehicle</source>
        <translation>Kies een voertuig</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Separated.</source>
        <translation>Losgekoppeld.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Systems: %1</source>
        <translation>Systemen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tachograph: %1 days to the legal limit, coverage gaps: %2</source>
        <translation>Tachograaf: %1 dagen tot de wettelijke grens, hiaten: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That tab is not installed.</source>
        <translation>Dat tabblad is niet geïnstalleerd.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Timeline (newest first)</source>
        <translation>Tijdlijn (nieuwste eerst)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Type the VIN or plate of the same vehicle first.</source>
        <translation>Typ eerst de VIN of nummerplaat van hetzelfde voertuig.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>VIN or plate of the same vehicle</source>
        <translation>VIN of nummerplaat van hetzelfde voertuig</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no VIN</source>
        <translation>geen VIN</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>All vehicles</source>
        <translation>Alle voertuigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In several systems</source>
        <translation>In meerdere systemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In one system only</source>
        <translation>In één systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined by plate only</source>
        <translation>Alleen via nummerplaat gekoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked by hand</source>
        <translation>Met de hand gekoppeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tachograph due within 14 days</source>
        <translation>Tachograaf binnen 14 dagen te downloaden</translation>
    </message>
</context>
<context>
    <name>VehiclesView</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="+47"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being checked</source>
        <translation>Wordt gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified (any reason)</source>
        <translation>Afgekeurd (elke reden)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vehicle %1 · VIN %2 · %3</source>
        <translation>Voertuig %1 · chassisnr. %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read yet</source>
        <translation>nog niet gelezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner not read yet</source>
        <translation>eigenaar nog niet gelezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first registered %1</source>
        <translation>eerste inschrijving %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting for the UBA</source>
        <translation>wacht op het UBA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UBA:</source>
        <translation>UBA:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Search references, VIN, owner…</source>
        <translation>Zoek referenties, chassisnr., eigenaar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed since</source>
        <translation>Gewijzigd sinds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your local time; FleetDesk converts it to UTC for the service</source>
        <translation>Uw lokale tijd; FleetDesk zet die om naar UTC voor de dienst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s own export (/vehicles/export) with the status and change-time filters</source>
        <translation>De eigen export van de dienst (/vehicles/export) met de filters op status en wijzigingstijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this list…</source>
        <translation>Deze lijst exporteren…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No vehicles yet.
Drop registration documents on the right: each one becomes a vehicle the THG service checks.</source>
        <translation>Nog geen voertuigen.
Sleep rechts inschrijvingsbewijzen: elk document wordt een voertuig dat de THG-dienst controleert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a vehicle to see what its status means.</source>
        <translation>Selecteer een voertuig om te zien wat zijn status betekent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request UBA quota…</source>
        <translation>UBA-quotum aanvragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <source>Submit again…</source>
        <translation>Opnieuw indienen…</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 vehicles</source>
        <translation>%1 voertuigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 vehicles shown</source>
        <translation>%1 van %2 voertuigen getoond</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reference edits waiting to be sent</source>
        <translation>%1 referentiewijzigingen wachten op verzending</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a vehicle to see what its status means. Double-click a reference to change it.</source>
        <translation>Selecteer een voertuig om te zien wat zijn status betekent. Dubbelklik op een referentie om ze te wijzigen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vehicles cannot be deleted</source>
        <translation>Voertuigen kunnen niet verwijderd worden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The THG service keeps every validation request, so a vehicle cannot be deleted. If its document was wrong or unreadable, submit the document again: that creates a new vehicle.</source>
        <translation>De THG-dienst bewaart elke validatieaanvraag, dus een voertuig kan niet verwijderd worden. Was het document fout of onleesbaar, dien het document dan opnieuw in: dat maakt een nieuw voertuig aan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export vehicles as CSV</source>
        <translation>Voertuigen exporteren als CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vehicles match: nothing exported</source>
        <translation>Geen voertuigen gevonden: niets geëxporteerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 vehicles to %2</source>
        <translation>%1 voertuigen geëxporteerd naar %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>THG export</source>
        <translation>THG-export</translation>
    </message>
</context>
</TS>
