<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="+73"/>
        <location line="+134"/>
        <location line="+39"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+151"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>same as the username</source>
        <translation>identique au nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as given when the account was activated</source>
        <translation>tel qu&apos;indiqué lors de l&apos;activation du compte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Car-Pass helpdesk number</source>
        <translation>numéro du helpdesk Car-Pass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car-Pass helpdesk: &lt;a href=&apos;%1&apos;&gt;car-pass.be&lt;/a&gt; (contact form)</source>
        <translation>Helpdesk Car-Pass&#xa0;: &lt;a href=&apos;%1&apos;&gt;car-pass.be&lt;/a&gt; (formulaire de contact)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Username
(establishment no.)</source>
        <translation>Nom d&apos;utilisateur
(n° d&apos;établissement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../fleetdesk/ui/shell/database_setting.py" line="+75"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise no.
(VAT)</source>
        <translation>N° d&apos;entreprise
(TVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Establishment no.</source>
        <translation>N° d&apos;établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpdesk telephone</source>
        <translation>Téléphone du helpdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../fleetdesk/ui/shell/database_setting.py" line="-13"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Car-Pass account</source>
        <translation>Compte Car-Pass</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>km/day</source>
        <translation>km/jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not send these operations:</source>
        <translation>Ne pas envoyer ces opérations&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not send these vehicles:</source>
        <translation>Ne pas envoyer ces véhicules&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foreign number plates</source>
        <translation>Plaques étrangères</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warn above</source>
        <translation>Avertir au-delà de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle history report in</source>
        <translation>Langue de l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporting rules</source>
        <translation>Règles de transmission</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Car-Pass covers cars and vans up to 3.5 t registered in Belgium. Excluded readings are kept from Car-Pass; the prechecks say so.</source>
        <translation>Car-Pass couvre les voitures et camionnettes jusqu&apos;à 3,5 t immatriculées en Belgique. Les relevés exclus ne sont pas transmis à Car-Pass&#xa0;; les contrôles préalables le signalent.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set by FLEETDESK_CARPASS_%1 for unattended runs</source>
        <translation>Défini par FLEETDESK_CARPASS_%1 pour l&apos;exécution sans surveillance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>username</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Enterprise number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Establishment number</source>
        <translation>Numéro d&apos;établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved. %1</source>
        <translation>Enregistré. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testing the connection to Car-Pass…</source>
        <translation>Test de la connexion à Car-Pass…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved: the prechecks use these rules from now on.</source>
        <translation>Enregistré&#xa0;: les contrôles préalables appliquent désormais ces règles.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="+71"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answer on its way</source>
        <translation>réponse en cours d&apos;envoi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>requestGuid %1</source>
        <translation>requestGuid %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Correct reading</source>
        <translation>Corriger le relevé</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="+186"/>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="+219"/>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>Modifiez ce qui a été mal saisi&#xa0;; tout le reste est renvoyé tel quel. Une seule correction clôture tous les problèmes de ce relevé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VIN</source>
        <translation>N° de châssis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence plate</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer (km)</source>
        <translation>Relevé kilométrique (km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIV unifier</source>
        <translation>Unifier DIV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I checked the warnings: the corrected reading is right</source>
        <translation>J&apos;ai vérifié les avertissements&#xa0;: le relevé corrigé est exact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send correction</source>
        <translation>Envoyer la correction</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Look at the warnings; tick the box if the corrected reading is right, then send again.</source>
        <translation>Lisez les avertissements&#xa0;; cochez la case si le relevé corrigé est exact, puis renvoyez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: correct what is marked ✖.</source>
        <translation>Non envoyé&#xa0;: corrigez ce qui est marqué ✖.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm…</source>
        <translation>Confirmer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell Car-Pass the data as sent is right. This cannot be undone.</source>
        <translation>Confirmer à Car-Pass que les données envoyées sont exactes. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No outstanding Car-Pass issues.
When Car-Pass questions a reading, the issue appears here with its number, type and description, to correct or confirm.</source>
        <translation>Aucun problème Car-Pass en suspens.
Quand Car-Pass met en doute un relevé, le problème apparaît ici avec son numéro, son type et sa description, pour être corrigé ou confirmé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 outstanding issue(s) on %2 reading(s). One correction or confirmation closes all issues of a reading.</source>
        <translation>%1 problème(s) en suspens sur %2 relevé(s). Une correction ou confirmation clôture tous les problèmes d&apos;un relevé.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Correction stored and queued for Car-Pass.</source>
        <translation>Correction enregistrée et mise en attente pour Car-Pass.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm the reading?</source>
        <translation>Confirmer le relevé&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You tell Car-Pass that %1 with %2 on %3 is right as it was sent. Car-Pass registers it (it may check it by hand first).

A confirmation cannot be undone.</source>
        <translation>Vous confirmez à Car-Pass que %1 avec %2 le %3 est exact tel qu&apos;envoyé. Car-Pass l&apos;enregistre (éventuellement après un contrôle manuel).

Une confirmation est irréversible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Confirmation stored and queued for Car-Pass.</source>
        <translation>Confirmation enregistrée et mise en attente pour Car-Pass.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="-237"/>
        <source>Vehicle history report ready</source>
        <translation>Historique du véhicule prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching the vehicle history report…</source>
        <translation>Récupération de l&apos;historique du véhicule…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported by %1 on %2</source>
        <translation>Importé par %1 sur %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered by %1 on %2</source>
        <translation>Saisi par %1 sur %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Copy GUID</source>
        <translation>Copier le GUID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request VHR…</source>
        <translation>Demander un VHR…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a vehicle history report request for this vehicle with today&apos;s odometer reading</source>
        <translation>Demander un historique du véhicule pour ce véhicule avec le relevé kilométrique du jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record what you found…</source>
        <translation>Consigner le résultat…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a reading sent earlier whose outcome is unknown: record what the Car-Pass portal or helpdesk says</source>
        <translation>Pour un relevé envoyé plus tôt dont le résultat est inconnu&#xa0;: consignez ce que dit le portail ou le helpdesk Car-Pass</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import earlier readings…</source>
        <translation>Importer des relevés antérieurs…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add readings from another system (CSV) to the history the prechecks use; they are not sent to Car-Pass</source>
        <translation>Ajouter des relevés d&apos;un autre système (CSV) à l&apos;historique utilisé par les contrôles préalables&#xa0;; ils ne sont pas envoyés à Car-Pass</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No readings yet.
Enter the odometer reading of a vehicle in the workshop on the left: it is checked, stored and sent to Car-Pass, and you can follow it here.</source>
        <translation>Pas encore de relevés.
Saisissez à gauche le relevé kilométrique d&apos;un véhicule à l&apos;atelier&#xa0;: il est contrôlé, enregistré et envoyé à Car-Pass, et vous pouvez le suivre ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a reading to see its Car-Pass requests and issues.</source>
        <translation>Sélectionnez un relevé pour voir ses requêtes et problèmes Car-Pass.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected reading</source>
        <translation>Relevé sélectionné</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 processed</source>
        <translation>%1 traité(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 being validated</source>
        <translation>%1 en validation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waiting to send</source>
        <translation>%1 en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with an issue</source>
        <translation>%1 avec un problème</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Work: %1</source>
        <translation>Travaux&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrected; first sent as: %1</source>
        <translation>Corrigé&#xa0;; envoyé d&apos;abord comme&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What did Car-Pass say?</source>
        <translation>Qu&apos;a répondu Car-Pass&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with %2 on %3 was sent earlier, but its answer was lost. Check it in the Car-Pass portal or with the helpdesk, then record what you found.</source>
        <translation>%1 avec %2 le %3 a été envoyé plus tôt, mais sa réponse s&apos;est perdue. Vérifiez-le dans le portail Car-Pass ou auprès du helpdesk, puis consignez ce que vous avez constaté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not registered</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/vhr.py" line="+36"/>
        <source>report ready</source>
        <translation>historique prêt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No report selected.
To get a vehicle history report, enter today&apos;s odometer reading with the type “Vehicle history report”. The report appears here once Car-Pass processed it; print it for the showroom and put its link in your ads.</source>
        <translation>Aucun historique sélectionné.
Pour obtenir un historique du véhicule, saisissez le relevé kilométrique du jour avec le type «&#xa0;Historique du véhicule&#xa0;». Il apparaît ici dès que Car-Pass l&apos;a traité&#xa0;; imprimez-le pour le showroom et mettez son lien dans vos annonces.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public link:</source>
        <translation>Lien public&#xa0;:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Fetching the report from Car-Pass…</source>
        <translation>Récupération de l&apos;historique auprès de Car-Pass…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Car-Pass did not deliver the report: %1</source>
        <translation>Car-Pass n&apos;a pas fourni l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is available once Car-Pass processed the request. Now: %1.</source>
        <translation>L&apos;historique est disponible dès que Car-Pass a traité la demande. Actuellement&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The stored report cannot be opened: %1</source>
        <translation>Le rapport enregistré ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored report file is missing or damaged.</source>
        <translation>Le fichier d&apos;historique enregistré est manquant ou endommagé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Public link copied.</source>
        <translation>Lien public copié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the vehicle history report</source>
        <translation>Enregistrer l&apos;historique du véhicule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fetching the report in %1…</source>
        <translation>Récupération de l&apos;historique dans %1…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="-124"/>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pull data now</source>
        <translation>Récupérer les données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eligibility:</source>
        <translation>Éligibilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer:</source>
        <translation>Kilométrage&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by:</source>
        <translation>Ajouté par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked because:</source>
        <translation>Révoqué pour&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a vehicle to see its timeline, its latest odometer and to revoke its clearance.</source>
        <translation>Sélectionnez un véhicule pour voir son historique et son dernier relevé kilométrique, et pour révoquer son autorisation.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>found on the High Mobility account</source>
        <translation>trouvé sur le compte High Mobility</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, reported %2</source>
        <translation>%1, signalé le %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available once approved</source>
        <translation>disponible après approbation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>High Mobility refused this request: %1</source>
        <translation>High Mobility a refusé cette demande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High Mobility is still changing this clearance; FleetDesk tries again at %1.</source>
        <translation>High Mobility modifie encore cette autorisation&#xa0;; FleetDesk réessaie à %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent yet (%1). It stays queued and is sent automatically.</source>
        <translation>Pas encore envoyé (%1). La demande reste en file d&apos;attente et sera envoyée automatiquement.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request is still pending: canceling stops it.</source>
        <translation>La demande est encore en cours&#xa0;: l&apos;annuler l&apos;arrête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoking ends data access at once (use it when a vehicle leaves the fleet).</source>
        <translation>La révocation met fin immédiatement à l&apos;accès aux données (à utiliser quand un véhicule quitte la flotte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request never reached High Mobility: withdrawing just drops it.</source>
        <translation>Cette demande n&apos;a jamais atteint High Mobility&#xa0;: la retirer la supprime simplement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A revoke is waiting to be sent.</source>
        <translation>Une révocation attend d&apos;être envoyée.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="+89"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>could not check</source>
        <translation>vérification impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Added by %1</source>
        <translation>Ajouté par %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High Mobility cannot check the eligibility of %1 vehicles</source>
        <translation>High Mobility ne peut pas vérifier l&apos;éligibilité des véhicules %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported %1</source>
        <translation>Signalé le %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="+96"/>
        <source>Waiting to send</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>1 day late</source>
        <translation>1 j de retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days late</source>
        <translation>%1 j de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <location line="+16"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+4"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested %1</source>
        <translation>Demandé le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 d missing</source>
        <translation>%1 j manquants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card expired</source>
        <translation>carte expirée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>card expires</source>
        <translation>carte expire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No file holds %1 to %2 (%3).</source>
        <translation>Aucun fichier ne couvre du %1 au %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card expired on %1.</source>
        <translation>La carte a expiré le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card expires on %1 (%2).</source>
        <translation>La carte expire le %1 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>in 1 day</source>
        <translation>dans 1 jour</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The calibration was due on %1.</source>
        <translation>L’étalonnage était dû le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next calibration is due on %1 (%2).</source>
        <translation>Le prochain étalonnage est dû le %1 (%2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Last calibration %1; next calibration due %2.</source>
        <translation>Dernier étalonnage %1 ; prochain étalonnage dû le %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vehicles used: %1</source>
        <translation>Véhicules utilisés : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Driving on the last %1 days held: %2 (total %3).</source>
        <translation>Conduite des %1 derniers jours détenus : %2 (total %3).</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 to the legal limit</source>
        <translation>%1 : %2 avant la limite légale</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="-71"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Driver card</source>
        <translation>Carte conducteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vehicle unit (tachograph)</source>
        <translation>Unité embarquée (tachygraphe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal limit: %1 days, until %2</source>
        <translation>Délai légal&#xa0;: %1 jours, jusqu&apos;au %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fleet interval: %1 days, until %2</source>
        <translation>Intervalle de la flotte&#xa0;: %1 jours, jusqu&apos;au %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TachoShare&apos;s last activity downloaded: %1</source>
        <translation>Dernière activité téléchargée par TachoShare&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TachoShare&apos;s last download of the card: %1</source>
        <translation>Dernier téléchargement de la carte par TachoShare&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing archived yet: the legal clock runs from TachoShare&apos;s date.</source>
        <translation>Rien d&apos;archivé pour l&apos;instant&#xa0;: le délai légal court à partir de la date de TachoShare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A manual remote download can be requested.</source>
        <translation>Un téléchargement à distance manuel peut être demandé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last requested by %1</source>
        <translation>Dernière demande par %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legal remote downloads are up to date.</source>
        <translation>Les téléchargements à distance légaux sont à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal remote downloads are delayed.</source>
        <translation>Les téléchargements à distance légaux sont en retard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legal remote downloads are delayed out of legal compliance.</source>
        <translation>Les téléchargements à distance légaux sont en retard au-delà du délai légal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never has downloaded any data.</source>
        <translation>N&apos;a encore jamais téléchargé de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The telematics link was removed from the vehicle.</source>
        <translation>La liaison télématique a été retirée du véhicule.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search plate, VIN, card, holder or country</source>
        <translation>Chercher plaque, n° de châssis, carte, titulaire ou pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No vehicle units or driver cards yet.
Sign in to TachoShare and press “Sync now” to see which are due.</source>
        <translation>Pas encore d&apos;unités embarquées ni de cartes conducteur.
Connectez-vous à TachoShare et cliquez sur «&#xa0;Synchroniser&#xa0;» pour voir lesquelles sont à télécharger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request remote download</source>
        <translation>Demander un téléchargement à distance</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a vehicle unit to request a remote download.</source>
        <translation>Sélectionnez une unité embarquée pour demander un téléchargement à distance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote downloads are requested per vehicle; a driver card is read when it is in one.</source>
        <translation>Les téléchargements à distance se demandent par véhicule&#xa0;; une carte conducteur est lue quand elle est insérée dans un véhicule.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TachoShare refused the last request for %1: %2. You can ask again once that is resolved.</source>
        <translation>TachoShare a refusé la dernière demande pour %1&#xa0;: %2. Vous pourrez redemander une fois le problème résolu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not possible for %1: %2</source>
        <translation>Impossible pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can be asked to download now (%2 manual attempts left); TachoShare starts it when the ignition is next on.</source>
        <translation>%1 peut être téléchargé maintenant (%2 tentatives manuelles restantes)&#xa0;; TachoShare le lance au prochain contact.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="+173"/>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+109"/>
        <source>No downloads yet.</source>
        <translation>Pas encore de téléchargements.</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+98"/>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Active and recent</source>
        <translation>En cours et récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Pause all</source>
        <translation>Tout suspendre</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Nothing is downloading.
“Sync now” asks TachoShare for every new day of data and archives it here, file by file.</source>
        <translation>Aucun téléchargement en cours.
«&#xa0;Synchroniser&#xa0;» demande à TachoShare chaque nouveau jour de données et l&apos;archive ici, fichier par fichier.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A unit&apos;s or card&apos;s cursor moves only once its file is safely on disk; an interrupted download starts again from there.</source>
        <translation>Le curseur d&apos;une unité ou d&apos;une carte n&apos;avance qu&apos;une fois son fichier enregistré en sécurité sur le disque&#xa0;; un téléchargement interrompu reprend à partir de là.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of %2 files</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 downloading, %2 waiting</source>
        <translation>%1 en cours, %2 en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All downloads finished</source>
        <translation>Tous les téléchargements sont terminés</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="+136"/>
        <source>%1
Needs attention: %2</source>
        <translation>%1
À traiter&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived by %1</source>
        <translation>Archivé par %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search file name, VIN or card</source>
        <translation>Chercher nom de fichier, n° de châssis ou carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export list…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Past retention…</source>
        <translation>Conservation dépassée…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No files archived yet.
Every file a sync downloads is kept here under its conventional name (M_… vehicle units, C_… driver cards).</source>
        <translation>Aucun fichier archivé pour l&apos;instant.
Chaque fichier téléchargé par une synchronisation est conservé ici sous son nom usuel (M_… unités embarquées, C_… cartes conducteur).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 files, %2 in %3</source>
        <translation>%1 fichiers, %2 dans %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — %1 need attention (⚠)</source>
        <translation> — %1 à traiter (⚠)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/header.py" line="+56"/>
        <source>Checking the TachoShare sign-in…</source>
        <translation>Vérification de la connexion TachoShare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask TachoShare what is new and download it (F5 syncs every service)</source>
        <translation>Demander à TachoShare les nouveautés et les télécharger (F5 synchronise tous les services)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No vehicle units or driver cards listed yet.</source>
        <translation>Aucune unité embarquée ni carte conducteur répertoriée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists updated %1</source>
        <translation>Listes mises à jour le %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/tab.py" line="+39"/>
        <source>%1 reading(s) not sent to Car-Pass yet.</source>
        <translation>%1 relevé(s) pas encore envoyé(s) à Car-Pass.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Car-Pass is in its weekly maintenance (Thursday 19:00–24:00); sending resumes after midnight.</source>
        <translation>Car-Pass est en maintenance hebdomadaire (jeudi 19:00–24:00)&#xa0;; l&apos;envoi reprend après minuit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Car-Pass cannot be reached (%1).</source>
        <translation>Car-Pass est injoignable (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last problem: %1.</source>
        <translation>Dernier problème&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are kept with their date of work%1 and sent automatically as soon as Car-Pass answers: nothing needs to be typed again. Keep the vehicle&apos;s file open until they are sent.</source>
        <translation>Ils sont conservés avec leur date des travaux%1 et envoyés automatiquement dès que Car-Pass répond&#xa0;: rien ne doit être ressaisi. Gardez le dossier du véhicule ouvert jusqu&apos;à leur envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (oldest %1)</source>
        <translation> (le plus ancien&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 were refused and need your attention (see the Outbox).</source>
        <translation>%1 ont été refusés et demandent votre attention (voir la file d&apos;attente d&apos;envoi).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Send now</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Readings</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Vehicle history reports</source>
        <translation>Historiques de véhicules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account and rules</source>
        <translation>Compte et règles</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Issues (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="+50"/>
        <source>Ctrack is not set up: enter its username and password in Settings → Ctrack.</source>
        <translation>Ctrack n&apos;est pas configuré&#xa0;: saisissez son nom d&apos;utilisateur et son mot de passe dans Paramètres → Ctrack.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the last known positions.</source>
        <translation>Affichage des dernières positions connues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live: positions arrive through the Ctrack positions queue.</source>
        <translation>En direct&#xa0;: les positions arrivent par la file de positions Ctrack.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: polling the last positions while the new positions queue starts.</source>
        <translation>En direct&#xa0;: interrogation des dernières positions pendant le démarrage de la nouvelle file de positions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: showing the last known positions (last contact %1). Retrying automatically.</source>
        <translation>Hors ligne&#xa0;: affichage des dernières positions connues (dernier contact %1). Nouvelle tentative automatique.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrack is limiting requests: showing the last known positions and trying again a little later.</source>
        <translation>Ctrack limite les requêtes&#xa0;: affichage des dernières positions connues et nouvel essai un peu plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrack refused the sign-in: check the username and password in Settings → Ctrack.</source>
        <translation>Ctrack a refusé la connexion&#xa0;: vérifiez le nom d&apos;utilisateur et le mot de passe dans Paramètres → Ctrack.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrack answered with an error: %1</source>
        <translation>Ctrack a répondu par une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to Ctrack…</source>
        <translation>Connexion à Ctrack…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/import_preview.py" line="+34"/>
        <source>Import earlier readings</source>
        <translation>Importer des relevés antérieurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a CSV file with VIN (or plate), date and km.</source>
        <translation>Choisissez un fichier CSV avec le numéro de châssis (ou la plaque), la date et les km.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Odometer cross-check warnings (imported all the same; check them):</source>
        <translation>Avertissements du contrôle croisé des relevés (importés quand même&#xa0;; vérifiez-les)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readings above 2,000,000 km are right</source>
        <translation>Les relevés au-delà de 2&#xa0;000&#xa0;000 km sont exacts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows that will be imported:</source>
        <translation>Lignes qui seront importées&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused lines (nothing is imported while there are any):</source>
        <translation>Lignes refusées (rien n&apos;est importé tant qu&apos;il y en a)&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Earlier readings (CSV)</source>
        <translation>Relevés antérieurs (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV ou texte (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: read as %2, separated by %3.</source>
        <translation>%1&#xa0;: lu en %2, séparé par des %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: %2, %3, %4</source>
        <translation>ligne %1&#xa0;: %2, %3, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 row(s) ready, %2 line(s) refused.</source>
        <translation>%1 ligne(s) prête(s), %2 ligne(s) refusée(s).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Imported %1 earlier reading(s) into the history (not sent to Car-Pass).</source>
        <translation>%1 relevé(s) antérieur(s) importé(s) dans l&apos;historique (non envoyé(s) à Car-Pass).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/database_setting.py" line="-27"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: this workstation&apos;s own file; for a team: postgresql://user@server:5432/fleetdesk</source>
        <translation>vide&#xa0;: le fichier propre à ce poste&#xa0;; pour une équipe&#xa0;: postgresql://user@server:5432/fleetdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sqlite:///PATH, or postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=verify-full]. Never put the password in the URL: it comes from the keyring or PGPASSWORD / PGPASSFILE.</source>
        <translation>sqlite:///CHEMIN, ou postgresql://UTILISATEUR@HÔTE[:PORT]/NOMBD[?sslmode=verify-full]. Ne mettez jamais le mot de passe dans l&apos;URL&#xa0;: il vient du trousseau ou de PGPASSWORD / PGPASSFILE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kept in the system keyring, never in settings.json</source>
        <translation>conservé dans le trousseau du système, jamais dans settings.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store password</source>
        <translation>Enregistrer le mot de passe</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+31"/>
        <location line="+19"/>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>In use: %1</source>
        <translation>En service&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set by %1, which wins over this setting</source>
        <translation>défini par %1, qui l&apos;emporte sur ce paramètre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unchanged.</source>
        <translation>Inchangé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. FleetDesk uses this database from the next start; restart it now to switch.</source>
        <translation>Enregistré. FleetDesk utilise cette base de données à partir du prochain démarrage&#xa0;; redémarrez-le maintenant pour basculer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Database password: only a postgresql:// URL has a password; type that URL first.</source>
        <translation>Mot de passe de la base de données&#xa0;: seule une URL postgresql:// a un mot de passe&#xa0;; saisissez d&apos;abord cette URL.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Demo: the password of %1 is kept in memory until FleetDesk closes.</source>
        <translation>Démo&#xa0;: le mot de passe de %1 est gardé en mémoire jusqu&apos;à la fermeture de FleetDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo: the password of %1 was forgotten.</source>
        <translation>Démo&#xa0;: le mot de passe de %1 a été oublié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of %1 is kept in the system keyring.</source>
        <translation>Le mot de passe de %1 est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of %1 was removed from the system keyring.</source>
        <translation>Le mot de passe de %1 a été retiré du trousseau du système.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/fault_dialogs.py" line="+24"/>
        <source>Restore the newest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../fleetdesk/ui/tachoshare/retention.py" line="+55"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Something went wrong that FleetDesk did not expect. What you typed is still on screen; you can try again.</source>
        <translation>Un problème imprévu est survenu dans FleetDesk. Ce que vous avez saisi est toujours à l&apos;écran&#xa0;; vous pouvez réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in %1.</source>
        <translation>Les détails se trouvent dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="+56"/>
        <location filename="../../fleetdesk/ui/widgets/who.py" line="+21"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Queued %1 by %2 on the workstation %3</source>
        <translation>Mis en attente le %1 par %2 sur le poste %3</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/coverage.py" line="+44"/>
        <source>held</source>
        <translation>couvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing between files</source>
        <translation>manquant entre fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not downloaded yet</source>
        <translation>pas encore téléchargé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the first file</source>
        <translation>avant le premier fichier</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Select a vehicle unit or driver card to see which days its files hold.</source>
        <translation>Sélectionnez une unité embarquée ou une carte conducteur pour voir quels jours ses fichiers couvrent.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: no archived file holds any day yet.</source>
        <translation>%1&#xa0;: aucun fichier archivé ne couvre encore de jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: files hold %2 to %3 (last %4 days shown)</source>
        <translation>%1&#xa0;: les fichiers couvrent du %2 au %3 (%4 derniers jours affichés)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of the last %2 days held, %3 missing between files</source>
        <translation>%1 des %2 derniers jours couverts, %3 manquants entre fichiers</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/retention.py" line="-21"/>
        <source>Files past the retention period</source>
        <translation>Fichiers au-delà de la durée de conservation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove files</source>
        <translation>Supprimer des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 file(s) from the archive and the disk? This cannot be undone.</source>
        <translation>Supprimer %1 fichier(s) de l&apos;archive et du disque&#xa0;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove ticked files…</source>
        <translation>Supprimer les fichiers cochés…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Files are kept for %1 year(s) (a setting; at least 1). These were archived before %2 and hold no later day. FleetDesk never removes them by itself: tick the ones to remove.</source>
        <translation>Les fichiers sont conservés %1 an(s) (un paramètre&#xa0;; au moins 1). Ceux-ci ont été archivés avant le %2 et ne couvrent aucun jour ultérieur. FleetDesk ne les supprime jamais de lui-même&#xa0;: cochez ceux à supprimer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No file is past the retention period.</source>
        <translation>Aucun fichier n&apos;a dépassé la durée de conservation.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/about.py" line="+18"/>
        <source>Car-Pass odometer readings, tachograph downloads, THG-quota claims, connected-car clearance and a live fleet map — for garages and fleets, offline-proof.</source>
        <translation>Relevés kilométriques Car-Pass, téléchargements de tachygraphes, demandes de quota THG, autorisation des véhicules connectés et carte de flotte en direct — pour garages et flottes, même hors ligne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets: %1</source>
        <translation>Secrets&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map data © OpenStreetMap contributors.</source>
        <translation>Données cartographiques © contributeurs d&apos;OpenStreetMap.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About FleetDesk</source>
        <translation>À propos de FleetDesk</translation>
    </message>
</context>
<context>
    <name>AddVinsDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="+53"/>
        <source>not checkable for this brand</source>
        <translation>non vérifiable pour cette marque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not check: %1</source>
        <translation>vérification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add vehicles for clearance</source>
        <translation>Ajouter des véhicules à autoriser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste VINs, one per line, or lines like
WBA8E9G51HNU00001, bmw, cost-centre=North
2HM00000000000001, sandbox, odometer=2050
…or import a CSV with the columns VIN, brand, tags.</source>
        <translation>Collez des numéros de châssis (VIN), un par ligne, ou des lignes comme
WBA8E9G51HNU00001, bmw, cost-centre=North
2HM00000000000001, sandbox, odometer=2050
…ou importez un CSV avec les colonnes VIN, brand, tags.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(from each line)</source>
        <translation>(de chaque ligne)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>key=value; key=value (optional)</source>
        <translation>clé=valeur; clé=valeur (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags for all:</source>
        <translation>Étiquettes pour tous&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default brand:</source>
        <translation>Marque par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+81"/>
        <source>Nothing pasted yet.</source>
        <translation>Rien n&apos;a encore été collé.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Check eligibility</source>
        <translation>Vérifier l&apos;éligibilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>Request clearance</source>
        <translation>Demander l&apos;autorisation</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tags for all: %1</source>
        <translation>Étiquettes pour tous&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 vehicle ready</source>
        <translation>1 véhicule prêt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n vehicles ready</source>
        <translation>%n véhicules prêts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 with a problem (skipped unless fixed)</source>
        <translation>1 avec un problème (ignoré s&apos;il n&apos;est pas corrigé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n with a problem (skipped unless fixed)</source>
        <translation>%n avec un problème (ignorés s&apos;ils ne sont pas corrigés)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 with a warning (asks before sending)</source>
        <translation>1 avec un avertissement (confirmation avant l&apos;envoi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n with a warning (asks before sending)</source>
        <translation>%n avec un avertissement (confirmation avant l&apos;envoi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 checked are eligible</source>
        <translation>%1 sur %2 vérifiés sont éligibles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request clearance for 1 vehicle</source>
        <translation>Demander l&apos;autorisation pour 1 véhicule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request clearance for %n vehicles</source>
        <translation>Demander l&apos;autorisation pour %n véhicules</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import vehicles</source>
        <translation>Importer des véhicules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>…and %n more</source>
        <translation>…et %n de plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send despite the warnings?</source>
        <translation>Envoyer malgré les avertissements&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 vehicle has a warning:</source>
        <translation>1 véhicule a un avertissement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n vehicles have a warning:</source>
        <translation>%n véhicules ont un avertissement&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If High Mobility refuses them, the reason is shown and you can request them again. Send anyway?</source>
        <translation>Si High Mobility les refuse, le motif est affiché et vous pouvez les redemander. Envoyer quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="+101"/>
        <source>All sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unsent</source>
        <translation>
            <numerusform>%n non envoyé</numerusform>
            <numerusform>%n non envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarPass</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/account.py" line="-310"/>
        <source>You changed the Car-Pass %1 in FleetDesk. Change it on the Car-Pass website too (your professional account at car-pass.be): the two must be the same, or Car-Pass refuses every reading FleetDesk sends.</source>
        <translation>Vous avez modifié le %1 Car-Pass dans FleetDesk. Modifiez-le aussi sur le site de Car-Pass (votre compte professionnel sur car-pass.be) : les deux doivent être identiques, sinon Car-Pass refuse chaque relevé envoyé par FleetDesk.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/common.py" line="+22"/>
        <source>Waiting to send</source>
        <extracomment>reading state -&gt; (label, chip palette key)</extracomment>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being validated</source>
        <translation>En validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="-283"/>
        <source>Processed</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused (error)</source>
        <translation>Refusé (erreur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by Car-Pass</source>
        <translation>Contrôle par Car-Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting (unknown status)</source>
        <translation>En attente (statut inconnu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction queued</source>
        <translation>Correction en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation queued</source>
        <translation>Confirmation en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent earlier, outcome unknown</source>
        <translation>Envoyé plus tôt, résultat inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repair / maintenance</source>
        <translation>Réparation / entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer replaced</source>
        <translation>Compteur kilométrique remplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle history report</source>
        <translation>Historique du véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadside assistance</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair or maintenance</source>
        <extracomment>the operation kinds and vehicle categories of carpass.settings (English there, Qt-free)</extracomment>
        <translation>Réparation ou entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tyres</source>
        <translation>Pneus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windscreen</source>
        <translation>Pare-brise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection / diagnosis</source>
        <translation>Contrôle / diagnostic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty claim</source>
        <translation>Demande de garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till sale (counter sale)</source>
        <translation>Vente au comptoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passenger car</source>
        <translation>Voiture particulière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light commercial (≤ 3.5 t)</source>
        <translation>Utilitaire léger (≤ 3,5 t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck (&gt; 3.5 t)</source>
        <translation>Camion (&gt; 3,5 t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus or coach</source>
        <translation>Bus ou autocar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motorcycle</source>
        <translation>Moto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beta (test)</source>
        <extracomment>Car-Pass environments (services.SERVICES[&quot;carpass&quot;].environments)</extracomment>
        <translation>bêta (test)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observation</source>
        <extracomment>the kind of a Car-Pass request and the state of an issue, as stored</extracomment>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer on its way</source>
        <translation>réponse en cours d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/issues.py" line="-329"/>
        <source>Problem no.</source>
        <translation>N° problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="+29"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="+1"/>
        <source>Odometer</source>
        <translation>Kilométrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="+1"/>
        <source>Reading date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="-3"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/carpass/readings.py" line="-40"/>
        <source>All readings</source>
        <translation>Tous les relevés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not final yet</source>
        <translation>Pas encore définitifs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issues and errors</source>
        <translation>Problèmes et erreurs</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request GUID</source>
        <translation>GUID de requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Clearance</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/detail.py" line="-205"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel request…</source>
        <translation>Annuler la demande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/table.py" line="-179"/>
        <source>Waiting to send</source>
        <extracomment>display state -&gt; label (the UI&apos;s translatable copy of highmobility.views.STATE_TEXT)</extracomment>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke waiting to send</source>
        <translation>Révocation en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy, retrying</source>
        <translation>Occupé, nouvel essai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoking</source>
        <translation>Révocation en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceling</source>
        <translation>Annulation en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clearance requested in FleetDesk</source>
        <extracomment>local timeline event -&gt; label (highmobility.views.EVENT_TEXT)</extracomment>
        <translation>Autorisation demandée dans FleetDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to High Mobility</source>
        <translation>Envoyé à High Mobility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke requested</source>
        <translation>Révocation demandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn before it was sent</source>
        <translation>Retiré avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on the High Mobility account</source>
        <translation>Trouvé sur le compte High Mobility</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>VIN</source>
        <translation>N° de châssis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer</source>
        <translation>Km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="+156"/>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet number</source>
        <translation>N° de flotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Conducteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer</source>
        <translation>Kilométrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a vehicle on the map or in the list to see its details.</source>
        <translation>Sélectionnez un véhicule sur la carte ou dans la liste pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>none reported</source>
        <translation>rien de signalé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n position(s) ignored: this unit&apos;s clock is ahead, so its times cannot be trusted.</source>
        <translation>
            <numerusform>%n position ignorée&#xa0;: l&apos;horloge de ce boîtier avance, ses heures ne sont donc pas fiables.</numerusform>
            <numerusform>%n positions ignorées&#xa0;: l&apos;horloge de ce boîtier avance, ses heures ne sont donc pas fiables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dropzone.py" line="+51"/>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/entry.py" line="+133"/>
        <source>New odometer reading</source>
        <translation>Nouveau relevé kilométrique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>17 characters, from the vehicle or a scan</source>
        <translation>17 caractères, du véhicule ou d&apos;un scan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or the licence plate, e.g. 1-ABC-123</source>
        <translation>ou la plaque, p. ex. 1-ABC-123</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exactly as on the dashboard</source>
        <translation>exactement comme au tableau de bord</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As in the vehicle register</source>
        <translation>Selon l&apos;immatriculation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, kept with the reading</source>
        <translation>facultatif, conservé avec le relevé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Old-timer: DIV unifier</source>
        <translation>Ancêtre&#xa0;: unifier DIV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or first use</source>
        <translation>ou première mise en circulation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>N° de châssis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence plate</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odometer</source>
        <translation>Relevé kilométrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading date</source>
        <translation>Date du relevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work done</source>
        <translation>Travaux effectués</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>I checked the warnings: the reading is right</source>
        <translation>J&apos;ai vérifié les avertissements&#xa0;: le relevé est exact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit reading</source>
        <translation>Soumettre le relevé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tip: scan or type the VIN and press Enter, type the odometer reading and press Enter. Every reading is checked, stored on this PC first and sent to Car-Pass automatically, also after a network cut; follow it on the right.</source>
        <translation>Astuce&#xa0;: scannez ou tapez le numéro de châssis et appuyez sur Entrée, tapez le relevé kilométrique et appuyez sur Entrée. Chaque relevé est contrôlé, d&apos;abord enregistré sur ce PC puis envoyé automatiquement à Car-Pass, même après une coupure réseau&#xa0;; suivez-le à droite.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Known vehicle</source>
        <translation>Véhicule connu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last reading %1 on %2</source>
        <translation>dernier relevé %1 le %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not stored: correct what is marked ✖ above.</source>
        <translation>Non enregistré&#xa0;: corrigez ce qui est marqué ✖ ci-dessus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Look at the warnings above. If the reading is right, tick “I checked the warnings” and submit again.</source>
        <translation>Lisez les avertissements ci-dessus. Si le relevé est exact, cochez «&#xa0;J&apos;ai vérifié les avertissements&#xa0;» et soumettez à nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stored: %1, %2 on %3. It is sent to Car-Pass now, or as soon as Car-Pass can be reached.</source>
        <translation>Enregistré&#xa0;: %1, %2 le %3. Il est envoyé à Car-Pass maintenant, ou dès que Car-Pass est joignable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Car-Pass is in maintenance; it goes out after midnight.</source>
        <translation>Car-Pass est en maintenance&#xa0;; il partira après minuit.</translation>
    </message>
</context>
<context>
    <name>FleetClearanceTab</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="+40"/>
        <source>All vehicles</source>
        <translation>Tous les véhicules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention or rejected</source>
        <translation>À traiter ou refusés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Search VIN, brand or tag</source>
        <translation>Chercher n° de châssis, marque ou étiquette</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh status</source>
        <translation>Actualiser le statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add VINs…</source>
        <translation>Ajouter des VIN…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No vehicles yet.
Click “Add VINs…” to paste a list or import a CSV (VIN, brand, tags). FleetDesk checks which are eligible, requests clearance and follows each request until it is approved or rejected.</source>
        <translation>Pas encore de véhicules.
Cliquez sur «&#xa0;Ajouter des VIN…&#xa0;» pour coller une liste ou importer un CSV (VIN, marque, étiquettes). FleetDesk vérifie lesquels sont éligibles, demande l&apos;autorisation et suit chaque demande jusqu&apos;à son approbation ou son refus.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>fleet operator&apos;s business name</source>
        <translation>raison sociale du gestionnaire de flotte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VW Group business name:</source>
        <translation>Raison sociale pour VW Group&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DEMO · sandbox simulator</source>
        <translation>DÉMO · simulateur sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SANDBOX · simulated vehicles</source>
        <translation>SANDBOX · véhicules simulés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIVE · real vehicles</source>
        <translation>LIVE · véhicules réels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom address</source>
        <translation>Adresse personnalisée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added as the vw-group-customer-name tag for Volkswagen Group brands. Statuses are checked every %1 s while requests are under way, every %2 min otherwise.</source>
        <translation>Ajoutée comme étiquette vw-group-customer-name pour les marques du groupe Volkswagen. Les statuts sont vérifiés toutes les %1 s tant que des demandes sont en cours, sinon toutes les %2 min.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>High Mobility is not set up yet: %1</source>
        <translation>High Mobility n&apos;est pas encore configuré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/texts.py" line="+29"/>
        <source>1 vehicle</source>
        <translation>1 véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n vehicles</source>
        <translation>%n véhicules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n approved</source>
        <translation>%n approuvé(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n pending</source>
        <translation>%n en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n waiting to send</source>
        <translation>%n en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n busy, retrying</source>
        <translation>%n occupé(s), nouvel essai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n need attention</source>
        <translation>%n à traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>%n refusé(s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2) is approved: vehicle data can be pulled now.</source>
        <translation>%1 (%2) est approuvé : les données du véhicule peuvent être récupérées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) was rejected: no data access for this vehicle.</source>
        <translation>%1 (%2) a été refusé : pas d&apos;accès aux données de ce véhicule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is revoked: data access has ended.</source>
        <translation>%1 (%2) est révoqué : l&apos;accès aux données a pris fin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 clearance updates: %2</source>
        <translation>%1 mises à jour d&apos;autorisations&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/tab.py" line="+59"/>
        <source>1 vehicle queued for clearance</source>
        <translation>1 véhicule en attente d&apos;autorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n vehicles queued for clearance</source>
        <translation>%n véhicules en attente d&apos;autorisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n already requested</source>
        <translation>%n déjà demandé(s)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: request withdrawn.</source>
        <translation>%1&#xa0;: demande retirée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: revoke queued; it is sent as soon as High Mobility answers.</source>
        <translation>%1&#xa0;: révocation en attente&#xa0;; elle sera envoyée dès que High Mobility répondra.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>High Mobility did not answer as hoped: %1</source>
        <translation>High Mobility n&apos;a pas répondu comme prévu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Business name saved.</source>
        <translation>Raison sociale enregistrée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Business name cleared.</source>
        <translation>Raison sociale effacée.</translation>
    </message>
</context>
<context>
    <name>LiveMap</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/markers.py" line="+93"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="+43"/>
        <source>Moving</source>
        <translation>En route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idling</source>
        <translation>Au ralenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignition off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reporting</source>
        <translation>Sans signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No position</source>
        <translation>Sans GPS</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n moving</source>
        <translation>
            <numerusform>%n en route</numerusform>
            <numerusform>%n en route</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n idling</source>
        <translation>
            <numerusform>%n au ralenti</numerusform>
            <numerusform>%n au ralenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ignition off</source>
        <translation>
            <numerusform>%n éteint</numerusform>
            <numerusform>%n éteints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not reporting</source>
        <translation>
            <numerusform>%n sans signal</numerusform>
            <numerusform>%n sans signal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no position</source>
        <translation>
            <numerusform>%n sans GPS</numerusform>
            <numerusform>%n sans GPS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n véhicule</numerusform>
            <numerusform>%n véhicules</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Conducteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>Actualisé</translation>
    </message>
</context>
<context>
    <name>LiveMapTab</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/tab.py" line="+36"/>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points of interest</source>
        <translation>Points d&apos;intérêt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options…</source>
        <translation>Options…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The map cannot be shown: %1</source>
        <translation>La carte ne peut pas être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>Trajets</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No vehicles yet.</source>
        <translation>Pas encore de véhicules.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Points of interest not loaded: %1</source>
        <translation>Points d&apos;intérêt non chargés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LiveOptionsDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/options.py" line="+16"/>
        <source>Read positions every</source>
        <translation>Lire les positions toutes les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not reporting after</source>
        <translation>Sans signal après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep trips and tracks for</source>
        <translation>Conserver trajets et traces pendant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Live map options</source>
        <translation>Options de la carte en direct</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The last known position of every vehicle is always kept.</source>
        <translation>La dernière position connue de chaque véhicule est toujours conservée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Live map options saved.</source>
        <translation>Options de la carte en direct enregistrées.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/main_window.py" line="+65"/>
        <source>demo</source>
        <extracomment>after the window is shown, the other tabs are built one per event-loop turn (ms)</extracomment>
        <translation>démo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outbox</source>
        <translation>File d&apos;attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your settings could not be read: %1</source>
        <translation>Vos paramètres n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send and sync now</source>
        <translation>&amp;Envoyer et synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About FleetDesk</source>
        <translation>À &amp;propos de FleetDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEMO — simulators, not real services</source>
        <translation>DÉMO — simulateurs, pas les vrais services</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Everything has been sent</source>
        <translation>Tout a été envoyé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem in %1: %2</source>
        <translation>Problème dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something unexpected went wrong; see the message.</source>
        <translation>Un problème imprévu est survenu&#xa0;; voir le message.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending and syncing…</source>
        <translation>Envoi et synchronisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync done: %1 sent, %2 unsent</source>
        <translation>Synchronisation terminée&#xa0;: %1 envoyé(s), %2 non envoyé(s)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="-84"/>
        <source>Waiting to send</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+29"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unsent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of work</source>
        <translation>Date des travaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued by</source>
        <translation>Mis en attente par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location line="+65"/>
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send all now</source>
        <translation>Tout envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing is waiting to be sent.
Everything you submit is stored here first and sent as soon as the service answers.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.
Tout ce que vous soumettez est d&apos;abord enregistré ici, puis envoyé dès que le service répond.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything has been sent</source>
        <translation>Tout a été envoyé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need your attention</source>
        <translation>
            <numerusform>%n demande votre attention</numerusform>
            <numerusform>%n demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 sent</source>
        <translation>%1 envoyé(s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 set aside (see the list)</source>
        <translation>%1 mis de côté (voir la liste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send all now: %1</source>
        <translation>Tout envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was waiting</source>
        <translation>rien n&apos;était en attente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard submission?</source>
        <translation>Abandonner cet envoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” will not be sent. What you entered stays in the history, but the service will never receive it. This cannot be undone.</source>
        <translation>«&#xa0;%1&#xa0;» ne sera pas envoyé. Ce que vous avez saisi reste dans l&apos;historique, mais le service ne le recevra jamais. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../fleetdesk/ui/carpass/pdf_viewer.py" line="+23"/>
        <source>Previous page</source>
        <extracomment>button (accessible) name -&gt; tooltip, shown through self.tr() (the context is the class name)</extracomment>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Fit width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fit</source>
        <translation>ajusté</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../fleetdesk/ui/highmobility/add_dialog.py" line="-286"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>N° de châssis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: unknown brand</source>
        <translation>Avertissement&#xa0;: marque inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: no vw-group-customer-name tag</source>
        <translation>Avertissement&#xa0;: pas d&apos;étiquette vw-group-customer-name</translation>
    </message>
</context>
<context>
    <name>RegistrantDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="+104"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name or organisation</source>
        <translation>Nom ou organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New vehicle registrant</source>
        <translation>Nouveau titulaire du véhicule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
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
        <translation>Véhicule vendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lease ended</source>
        <translation>Leasing terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle written off</source>
        <translation>Véhicule économiquement irréparable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to another fleet</source>
        <translation>Passé à une autre flotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by mistake</source>
        <translation>Ajouté par erreur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke clearance?</source>
        <translation>Révoquer l&apos;autorisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request?</source>
        <translation>Annuler la demande&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the request?</source>
        <translation>Retirer la demande&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data access for %1 (%2) ends as soon as High Mobility processes the revoke. To get data again you would have to request clearance anew, and the car maker approves it again.</source>
        <translation>L&apos;accès aux données de %1 (%2) prend fin dès que High Mobility traite la révocation. Pour obtenir à nouveau des données, il faudra redemander l&apos;autorisation, que le constructeur devra approuver à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pending clearance request for %1 (%2) is canceled. You can request it again later.</source>
        <translation>La demande d&apos;autorisation en cours pour %1 (%2) est annulée. Vous pourrez la redemander plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request for %1 (%2) has not reached High Mobility yet; it is dropped and never sent.</source>
        <translation>La demande pour %1 (%2) n&apos;a pas encore atteint High Mobility&#xa0;; elle est supprimée et ne sera jamais envoyée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>optional, e.g. vehicle sold</source>
        <translation>facultatif, p. ex. véhicule vendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (kept with the vehicle):</source>
        <translation>Motif (conservé avec le véhicule)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>ServiceIndicator</name>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="-17"/>
        <source>not contacted yet</source>
        <translation>pas encore contacté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: submissions wait in the outbox</source>
        <translation>hors ligne&#xa0;: les envois attendent dans la file d&apos;attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign-in needed</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server problem</source>
        <translation>problème de serveur</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/service_page.py" line="+31"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>production</source>
        <extracomment>environment names and where an address comes from (Config.url_source); others are shown as-is</extracomment>
        <translation>production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sandbox</source>
        <translation>sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom address</source>
        <translation>adresse personnalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo simulator</source>
        <translation>simulateur de démo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>reachable (HTTP %1)</source>
        <translation>joignable (HTTP %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FleetDesk reads the sign-in endpoints from this address&apos;s .well-known/openid-configuration</source>
        <translation>FleetDesk lit les points de terminaison de connexion dans le .well-known/openid-configuration de cette adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+133"/>
        <source>Issuer (sign-in address)</source>
        <translation>Émetteur (adresse de connexion)</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+131"/>
        <source>Custom address</source>
        <translation>Adresse personnalisée</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+70"/>
        <source>Set by the environment variable %1</source>
        <translation>Défini par la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>In use</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>default folder in the data directory</source>
        <translation>dossier par défaut dans le répertoire des données</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the environment variable for unattended runs</source>
        <translation>Défini par la variable d&apos;environnement pour l&apos;exécution sans surveillance</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved. %1</source>
        <translation>Enregistré. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/__init__.py" line="+9"/>
        <source>TachoShare sign-in</source>
        <extracomment>the titles of its services (fleetdesk/tachoshare/servicedef.py) marked for lupdate</extracomment>
        <translation>Connexion TachoShare</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/__init__.py" line="+10"/>
        <source>THG quota</source>
        <extracomment>the titles of its services (fleetdesk/thg/servicedef.py) marked for lupdate</extracomment>
        <translation>Quota THG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THG sign-in (Microsoft)</source>
        <translation>Connexion THG (Microsoft)</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="-61"/>
        <source>Map tiles</source>
        <extracomment>state -&gt; (background, foreground); a calm palette that stays readable in light and dark themes Service titles (fleetdesk.core.services.SERVICES, which has no Qt) marked for lupdate: FleetDesk&apos;s own here, an integration&apos;s in its UI folder (``fleetdesk/ui/&lt;name&gt;/__init__.py``); product names such as Car-Pass or Ctrack are not translated and need no entry.</extracomment>
        <translation>Tuiles de carte</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../fleetdesk/ui/vehicles/__init__.py" line="+12"/>
        <source>The Ctrack API does not state its odometer unit; metres assumed</source>
        <translation>L’API Ctrack n’indique pas l’unité du compteur ; mètres supposés</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Odometer unit</source>
        <extracomment>the labels, units and help texts of the settings fleetdesk/vehicles/plugin.py declares (Qt-free, where lupdate cannot see them), marked here; the Settings page translates them (&quot;Settings&quot;)</extracomment>
        <translation>Unité du compteur kilométrique</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/__init__.py" line="+6"/>
        <source>File format</source>
        <extracomment>the labels, units and help texts of the settings fleetdesk/tachoshare/plugin.py declares (Qt-free, where lupdate cannot see them), marked here; the Settings page translates them (&quot;Settings&quot;)</extracomment>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDD for most countries; V1B/C1B for France; TGD for Spain</source>
        <translation>DDD pour la plupart des pays ; V1B/C1B pour la France ; TGD pour l&apos;Espagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First download goes back</source>
        <translation>Premier téléchargement sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads at once</source>
        <translation>Téléchargements simultanés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet interval, vehicle units</source>
        <translation>Intervalle flotte, unités embarquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet interval, driver cards</source>
        <translation>Intervalle flotte, cartes conducteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before, vehicle units</source>
        <translation>Avertir avant échéance, unités embarquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before, driver cards</source>
        <translation>Avertir avant échéance, cartes conducteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive folder</source>
        <translation>Dossier d&apos;archives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where downloaded files are archived</source>
        <translation>Où les fichiers téléchargés sont archivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before a driver card expires</source>
        <translation>Avertir avant l&apos;expiration d&apos;une carte conducteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep tachograph files for</source>
        <translation>Conserver les fichiers tachygraphe pendant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older files are listed for removal; nothing is removed automatically</source>
        <translation>Les fichiers plus anciens sont proposés à la suppression&#xa0;; rien n&apos;est supprimé automatiquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorize URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Portées (scopes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the issuer&apos;s OpenID configuration</source>
        <translation>d&apos;après la configuration OpenID de l&apos;émetteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the issuer&apos;s .well-known/openid-configuration is not usable</source>
        <translation>Seulement si le .well-known/openid-configuration de l&apos;émetteur n&apos;est pas utilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces; TachoShare&apos;s documentation does not name them</source>
        <translation>Séparés par des espaces&#xa0;; la documentation de TachoShare ne les nomme pas</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../fleetdesk/ui/shell/settings_view.py" line="+30"/>
        <source>Demo: passwords and tokens are kept in memory and forgotten when FleetDesk closes. Your real keyring is not touched.</source>
        <translation>Démo : les mots de passe et jetons sont gardés en mémoire et oubliés à la fermeture de FleetDesk. Votre vrai trousseau n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passwords and tokens are kept in the system keyring (%1).</source>
        <translation>Les mots de passe et jetons sont conservés dans le trousseau du système (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Takes effect the next time FleetDesk starts.</source>
        <translation>Prend effet au prochain démarrage de FleetDesk.</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/signin.py" line="+47"/>
        <location line="+117"/>
        <source>Checking the THG sign-in…</source>
        <translation>Vérification de la connexion THG…</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+129"/>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open sign-in page</source>
        <translation>Ouvrir la page de connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The THG sign-in lapsed (unused for 90 days). Sign in again.</source>
        <translation>La connexion THG a expiré (inutilisée pendant 90 jours). Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in to the THG service.</source>
        <translation>Non connecté au service THG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to the THG service</source>
        <translation>Connecté au service THG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(refresh token from FLEETDESK_THG_REFRESH_TOKEN)</source>
        <translation>(jeton de rafraîchissement de FLEETDESK_THG_REFRESH_TOKEN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, but the sign-in lapsed (unused for 90 days). Sign in again.</source>
        <translation>%1, mais la connexion a expiré (inutilisée pendant 90 jours). Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in lapses in %1 days unless FleetDesk syncs before then: sync now or sign in again</source>
        <translation>La connexion expire dans %1 jours si FleetDesk ne synchronise pas d&apos;ici là : synchronisez maintenant ou reconnectez-vous</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in to upload documents and sync statuses; what you do meanwhile waits in the outbox.</source>
        <translation>Connectez-vous pour téléverser des documents et synchroniser les statuts&#xa0;; ce que vous faites entre-temps attend dans la file d&apos;attente d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not start the sign-in: %1</source>
        <translation>Impossible de lancer la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>THG: %1</source>
        <translation>THG&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open %1 in your browser and enter this code to sign in to the THG service with your Microsoft account:</source>
        <translation>Ouvrez %1 dans votre navigateur et saisissez ce code pour vous connecter au service THG avec votre compte Microsoft&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Demo: the simulator accepts the code by itself after a few seconds.)</source>
        <translation>(Démo&#xa0;: le simulateur accepte le code de lui-même après quelques secondes.)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Code valid for %1</source>
        <translation>Code valable pendant %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code copied</source>
        <translation>Code copié</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../fleetdesk/ui/vehicles/__init__.py" line="+11"/>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
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
        <translation>Tachygraphes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THG quota</source>
        <translation>Quota THG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet clearance</source>
        <translation>Autorisations flotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live map</source>
        <translation>Carte en direct</translation>
    </message>
</context>
<context>
    <name>TachoBoard</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-52"/>
        <source>Delayed</source>
        <extracomment>TachoShare&apos;s rdlStatus values in words; an unknown value is shown as it comes</extracomment>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="-320"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="+1"/>
        <location line="+30"/>
        <source>Outside legal compliance</source>
        <extracomment>the long level names of compliance.LEVEL_TEXT</extracomment>
        <translation>Hors délai légal</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-29"/>
        <location line="+21"/>
        <location line="+9"/>
        <source>Never downloaded</source>
        <translation>Jamais téléchargé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-29"/>
        <location line="+21"/>
        <location line="+9"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-29"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outside legal limit</source>
        <translation>Hors délai</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/board.py" line="-3"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="+3"/>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../fleetdesk/ui/tachoshare/texts.py" line="-8"/>
        <location line="+9"/>
        <source>Due soon</source>
        <translation>Bientôt dû</translation>
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
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days missing or card expiring</source>
        <translation>Jours manquants ou carte bientôt expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle units</source>
        <translation>Unités embarquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver cards</source>
        <translation>Cartes conducteur</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate / card</source>
        <translation>Plaque / carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN / country</source>
        <translation>N° châssis / pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal limit</source>
        <translation>Limite légale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet interval</source>
        <translation>Intervalle flotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived through</source>
        <translation>Archivé jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TachoShare status</source>
        <translation>Statut TachoShare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDL</source>
        <translation>RDL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days left until the legal download limit (vehicle units 90 days, driver cards 28; stricter in some countries)</source>
        <translation>Jours restants avant la limite légale de téléchargement (unités embarquées 90 jours, cartes conducteur 28 ; plus strict dans certains pays)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days left until the fleet&apos;s own download interval</source>
        <translation>Jours restants avant l&apos;intervalle de téléchargement propre à la flotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last download FleetDesk has archived: the legal clock runs from it</source>
        <translation>Le dernier téléchargement archivé par FleetDesk&#xa0;: le délai légal court à partir de celui-ci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day whose data FleetDesk has archived</source>
        <translation>Le dernier jour dont FleetDesk a archivé les données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual remote download (RDL) of the vehicle unit</source>
        <translation>Téléchargement à distance manuel (RDL) de l&apos;unité embarquée</translation>
    </message>
</context>
<context>
    <name>TachoDownloads</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/downloads.py" line="-286"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Vehicle unit / card</source>
        <translation>Unité embarquée / carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned by</source>
        <translation>Planifié par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>TachoFiles</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/files.py" line="-171"/>
        <source>Vehicle unit</source>
        <extracomment>the mark and colour of a file that needs attention (a driver ZIP with members refused)</extracomment>
        <translation>Unité embarquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver card (ZIP)</source>
        <translation>Carte conducteur (ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver card</source>
        <translation>Carte conducteur</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Archived</source>
        <translation>Archivé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle / card</source>
        <translation>Véhicule / carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
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
        <translation>Connecté à TachoShare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in to TachoShare</source>
        <translation>Non connecté à TachoShare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TachoShare sign-in has expired</source>
        <translation>La connexion TachoShare a expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TachoShare is not set up</source>
        <translation>TachoShare n&apos;est pas configuré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside legal compliance</source>
        <translation>hors délai légal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never downloaded</source>
        <translation>jamais téléchargé(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>déconnecté(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>bientôt dû(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
</context>
<context>
    <name>TachoShareTab</name>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="+91"/>
        <source>Compliance board</source>
        <translation>Tableau de conformité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/expiry_alert.py" line="+15"/>
        <source>⚠ 1 driver card expiring</source>
        <translation>⚠ 1 carte conducteur bientôt expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 driver cards expiring</source>
        <translation>⚠ %1 cartes conducteur bientôt expirées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expired on %1</source>
        <translation>expirée le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires on %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="+95"/>
        <source>Downloads (%1)</source>
        <translation>Téléchargements (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files (%1)</source>
        <translation>Fichiers (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TachoShare: %1</source>
        <translation>TachoShare&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not update the lists from TachoShare: %1</source>
        <translation>Impossible de mettre à jour les listes depuis TachoShare&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening your browser to sign in to TachoShare…</source>
        <translation>Ouverture du navigateur pour vous connecter à TachoShare…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Sign-in did not complete: %1</source>
        <translation>La connexion n&apos;a pas abouti&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to TachoShare. Fetching your vehicles and driver cards…</source>
        <translation>Connecté à TachoShare. Récupération de vos véhicules et cartes conducteur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in in the browser window that opened, then come back here. If no browser opened, open this address: %1</source>
        <translation>Connectez-vous dans la fenêtre du navigateur qui s&apos;est ouverte, puis revenez ici. Si aucun navigateur ne s&apos;est ouvert, ouvrez cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking TachoShare what is new…</source>
        <translation>Interrogation de TachoShare sur les nouveautés…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to TachoShare again to sync: %1</source>
        <translation>Reconnectez-vous à TachoShare pour synchroniser&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TachoShare cannot be reached now; nothing was lost. %1</source>
        <translation>TachoShare est injoignable pour l&apos;instant&#xa0;; rien n&apos;a été perdu. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 download(s) started.</source>
        <translation>%1 téléchargement(s) lancé(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything is up to date: TachoShare has nothing newer than the archive.</source>
        <translation>Tout est à jour&#xa0;: TachoShare n&apos;a rien de plus récent que l&apos;archive.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 request(s) sent</source>
        <translation>%1 demande(s) envoyée(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused (see the Outbox)</source>
        <translation>%1 refusée(s) (voir la file d&apos;attente d&apos;envoi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbox: %1. </source>
        <translation>File d&apos;attente d&apos;envoi&#xa0;: %1. </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync finished: %1 archived, %2 with nothing new, %3 failed.</source>
        <translation>Synchronisation terminée&#xa0;: %1 archivé(s), %2 sans nouveauté, %3 en échec.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloads stopped: %1. The rest stays queued for the next sync.</source>
        <translation>Téléchargements arrêtés&#xa0;: %1. Le reste attend la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/remote_download.py" line="+38"/>
        <source>Remote download not possible: %1</source>
        <translation>Téléchargement à distance impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remote download for %1 is in the outbox and being sent…</source>
        <translation>Le téléchargement à distance pour %1 est dans la file d&apos;attente d&apos;envoi et en cours d&apos;envoi…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>TachoShare accepted the remote download for %1: the tachograph downloads when its ignition is next on; the data arrives with a later sync.</source>
        <translation>TachoShare a accepté le téléchargement à distance pour %1&#xa0;: le tachygraphe télécharge au prochain contact&#xa0;; les données arrivent lors d&apos;une synchronisation ultérieure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TachoShare refused the remote download for %1: %2</source>
        <translation>TachoShare a refusé le téléchargement à distance pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/retention.py" line="+55"/>
        <source>Removed %1 file(s) past the retention period.</source>
        <translation>%1 fichier(s) au-delà de la durée de conservation supprimé(s).</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/tachoshare/tab.py" line="+62"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>ThgStatus</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles_model.py" line="+36"/>
        <source>Being checked</source>
        <translation>En vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration document is being checked. This usually takes two to three working days.</source>
        <translation>Le certificat d&apos;immatriculation est en cours de vérification. Cela prend généralement deux à trois jours ouvrables.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check succeeded: this vehicle can be submitted to the Umweltbundesamt.</source>
        <translation>La vérification a réussi : ce véhicule peut être soumis à l&apos;Umweltbundesamt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified: unreadable</source>
        <translation>Non vérifié : illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The uploaded document could not be read (badly cropped, unclear or too small). Upload a better picture as a new vehicle.</source>
        <translation>Le document téléversé n&apos;a pas pu être lu (mal recadré, flou ou trop petit). Téléversez une meilleure image comme nouveau véhicule.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified: wrong document</source>
        <translation>Non vérifié : mauvais document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload is not the front of the registration certificate Part I (Fahrzeugschein). Upload that document as a new vehicle.</source>
        <translation>Le fichier téléversé n&apos;est pas le recto du certificat d&apos;immatriculation partie I (Fahrzeugschein). Téléversez ce document comme nouveau véhicule.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified: not fully electric</source>
        <translation>Non vérifié : pas électrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document shows that the vehicle is not driven purely by electric power, so it is not eligible for the THG quota.</source>
        <translation>Le document montre que le véhicule n&apos;est pas entièrement électrique ; il n&apos;est donc pas éligible au quota THG.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vehicle cannot be processed further; see the reason given by the service.</source>
        <translation>Le véhicule ne peut pas être traité davantage ; voir le motif indiqué par le service.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not verified: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service did not verify this vehicle (a status FleetDesk does not know yet: %1). The result is final; you may upload the document again as a new vehicle.</source>
        <translation>Le service n&apos;a pas vérifié ce véhicule (un statut que FleetDesk ne connaît pas encore : %1). Le résultat est définitif ; vous pouvez téléverser le document à nouveau comme nouveau véhicule.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service reports the status &apos;%1&apos;, which FleetDesk does not know yet. Check again later or contact the THG service.</source>
        <translation>Le service indique le statut « %1 », que FleetDesk ne connaît pas encore. Vérifiez plus tard ou contactez le service THG.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Reason: %2</source>
        <translation>%1 Motif : %2</translation>
    </message>
</context>
<context>
    <name>ThgTab</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/tab.py" line="+50"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UBA requests</source>
        <translation>Demandes UBA</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vehicles (%1)</source>
        <translation>Véhicules (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 THG updates; the latest:</source>
        <translation>%1 mises à jour THG&#xa0;; la dernière&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>THG: sending and syncing…</source>
        <translation>THG&#xa0;: envoi et synchronisation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>THG sync</source>
        <translation>Synchronisation THG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent</source>
        <translation>%1 envoyé(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>THG: %1</source>
        <translation>THG&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>THG: signed in</source>
        <translation>THG&#xa0;: connecté</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>UBA request queued</source>
        <translation>Demande UBA mise en attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UBA request withdrawn</source>
        <translation>Demande UBA retirée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registrant queued</source>
        <translation>Titulaire mis en attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the document to submit again</source>
        <translation>Choisissez le document à soumettre à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Documents (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Submitted again as a new vehicle</source>
        <translation>Soumis à nouveau comme nouveau véhicule</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="+86"/>
        <source>Show trips</source>
        <translation>Afficher les trajets</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+167"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Trips of %1</source>
        <translation>Trajets de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a vehicle to see its trips.</source>
        <translation>Sélectionnez un véhicule pour voir ses trajets.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading trips…</source>
        <translation>Chargement des trajets…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Whole day: %n trip(s)</source>
        <translation>
            <numerusform>Toute la journée&#xa0;: %n trajet</numerusform>
            <numerusform>Toute la journée&#xa0;: %n trajets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrack could not be reached; showing what is stored.</source>
        <translation>Ctrack est injoignable&#xa0;; affichage des données enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trips on this day.</source>
        <translation>Aucun trajet ce jour-là.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stopped %1–%2 (%3)
%4</source>
        <translation>Arrêt %1–%2 (%3)
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
        <translation>Déposée (ailleurs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to send</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the service</source>
        <translation>Refusée par le service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawing…</source>
        <translation>Retrait en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by the service</source>
        <translation>Supprimée par le service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the UBA</source>
        <translation>Envoyée à l&apos;UBA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hold</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed; waiting to be sent</source>
        <translation>Déposée ; en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the UBA</source>
        <translation>En attente de l&apos;UBA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold until</source>
        <translation>Retenue jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to UBA</source>
        <translation>Envoyée à l&apos;UBA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Filed by %1</source>
        <translation>Déposée par %1</translation>
    </message>
</context>
<context>
    <name>UbaRequestDialog</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/dialogs.py" line="-84"/>
        <source>Request the THG quota from the UBA</source>
        <translation>Demander le quota THG auprès de l&apos;UBA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold until</source>
        <translation>Retenir jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The hold keeps the request from being sent to the UBA before the vehicle&apos;s owner can no longer withdraw (%1 days) plus a buffer (%2 days). It can be set only now and never changed later; until the request is sent it can be withdrawn.</source>
        <translation>La retenue empêche l&apos;envoi de la demande à l&apos;UBA avant que le propriétaire du véhicule ne puisse plus se rétracter (%1 jours), plus une marge (%2 jours). Elle ne peut être fixée que maintenant et jamais modifiée ensuite&#xa0;; tant que la demande n&apos;est pas envoyée, elle peut être retirée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request</source>
        <translation>Demander</translation>
    </message>
</context>
<context>
    <name>UbaView</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/uba.py" line="-98"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the UBA since</source>
        <translation>Envoyées à l&apos;UBA depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered since</source>
        <translation>Répondues depuis</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No UBA requests for this year yet.
Select a verified vehicle and choose “Request UBA quota”, or click “New request…”.</source>
        <translation>Pas encore de demandes UBA pour cette année.
Sélectionnez un véhicule vérifié et choisissez «&#xa0;Demander le quota UBA…&#xa0;», ou cliquez sur «&#xa0;Nouvelle demande…&#xa0;».</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 vehicles · %3 approved · %4 rejected · %5 waiting</source>
        <translation>%1&#xa0;: %2 véhicules · %3 approuvés · %4 refusés · %5 en attente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Withdraw UBA request?</source>
        <translation>Retirer la demande UBA&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request for %1, %2 will be withdrawn. This is possible only until it is sent to the UBA.</source>
        <translation>La demande pour %1, %2 sera retirée. Ce n&apos;est possible que tant qu&apos;elle n&apos;a pas été envoyée à l&apos;UBA.</translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/upload.py" line="+66"/>
        <source>&lt;b&gt;Upload registration documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Téléverser les certificats d&apos;immatriculation&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop scans or photos of the &lt;b&gt;front&lt;/b&gt; of the Fahrzeugschein here, or a whole folder (JPEG, PNG or PDF).</source>
        <translation>Déposez ici des scans ou photos du &lt;b&gt;recto&lt;/b&gt; du Fahrzeugschein (certificat d&apos;immatriculation allemand), ou un dossier entier (JPEG, PNG ou PDF).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo documents</source>
        <translation>Documents de démo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: FleetDesk&apos;s upload key</source>
        <translation>vide&#xa0;: clé de téléversement de FleetDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left empty, reference 3 carries a unique key, so an upload that got no answer is found again instead of sent twice.</source>
        <translation>Laissée vide, la référence 3 reçoit une clé unique&#xa0;: un téléversement resté sans réponse est ainsi retrouvé au lieu d&apos;être envoyé deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file name</source>
        <translation>nom du fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registrant</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 1</source>
        <translation>Référence 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 2</source>
        <translation>Référence 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 3</source>
        <translation>Référence 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload</source>
        <translation>Téléverser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Uploads appear here with their progress: queued, uploading, being checked, verified.</source>
        <translation>Les téléversements apparaissent ici avec leur progression&#xa0;: en attente, en cours, en vérification, vérifié.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>&lt;b&gt;Upload queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;File de téléversement&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>No registrant yet: add one</source>
        <translation>Pas encore de titulaire&#xa0;: ajoutez-en un</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 uploaded</source>
        <translation>%1 sur %2 téléversés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 need attention</source>
        <translation>%1 à traiter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No documents found there (JPEG, PNG or PDF).</source>
        <translation>Aucun document trouvé à cet endroit (JPEG, PNG ou PDF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking %1 of %2…</source>
        <translation>Vérification %1 sur %2…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>each file&apos;s name</source>
        <translation>nom de chaque fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no preview</source>
        <translation>pas d&apos;aperçu</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Upload %n document(s)</source>
        <translation>
            <numerusform>Téléverser %n document</numerusform>
            <numerusform>Téléverser %n documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused by the check (see the list)</source>
        <translation>%1 refusé(s) par le contrôle (voir la liste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All documents passed the check.</source>
        <translation>Tous les documents ont passé le contrôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or sync a registrant first.</source>
        <translation>Ajoutez ou synchronisez d&apos;abord un titulaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder of documents</source>
        <translation>Choisissez un dossier de documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose registration documents</source>
        <translation>Choisissez des certificats d&apos;immatriculation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>Documents (*.jpg *.jpeg *.png *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 document(s) queued for upload</source>
        <translation>%1 document(s) en attente de téléversement</translation>
    </message>
    <message>
        <location filename="../../fleetdesk/ui/thg/previews.py" line="+85"/>
        <source>PDF, %1 page(s), %2 KB</source>
        <translation>PDF, %1 page(s), %2 Ko</translation>
    </message>
</context>
<context>
    <name>UploadQueueModel</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/queue.py" line="+24"/>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded in the Outbox: it will not be sent.</source>
        <translation>Écarté dans la file d&apos;attente d&apos;envoi : il ne sera pas envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploaded · being checked</source>
        <translation>Téléversé · en vérification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waking the service…</source>
        <translation>Réveil du service…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploading…</source>
        <translation>Téléversement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being sent now.</source>
        <translation>En cours d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for sign-in</source>
        <translation>En attente de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the THG service; the upload then starts by itself.</source>
        <translation>Connectez-vous au service THG ; le téléversement démarre alors tout seul.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retrying at %1</source>
        <translation>Nouvel essai à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to upload</source>
        <translation>En attente de téléversement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued; uploads start gently and speed up.</source>
        <translation>En file d&apos;attente ; les téléversements démarrent doucement puis accélèrent.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Uploaded by %1</source>
        <translation>Téléversé par %1</translation>
    </message>
</context>
<context>
    <name>VehicleListPanel</name>
    <message>
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="-171"/>
        <source>Find a vehicle: plate, fleet number or driver</source>
        <translation>Chercher un véhicule&#xa0;: plaque, n° de flotte ou conducteur</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 1</source>
        <translation>Référence 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 2</source>
        <translation>Référence 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference 3</source>
        <translation>Référence 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIN</source>
        <translation>N° de châssis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Changed here; waiting to be sent (double-click to edit)</source>
        <translation>Modifié ici&#xa0;; en attente d&apos;envoi (double-cliquez pour modifier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to edit</source>
        <translation>Double-cliquez pour modifier</translation>
    </message>
</context>
<context>
    <name>VehiclesTab</name>
    <message>
        <location filename="../../fleetdesk/ui/vehicles/tab.py" line="+223"/>
        <source>%1 of %2 vehicles</source>
        <translation>%1 sur %2 véhicules</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Double-click an entry to open the tab where it lives</source>
        <translation>Double-cliquez sur une entrée pour ouvrir son onglet</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Export vehicles</source>
        <translation>Exporter les véhicules</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exported %1 vehicles to %2</source>
        <translation>%1 véhicules exportés vers %2</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Joined by plate only: check it is the same vehicle, or unlink it.</source>
        <translation>Rapproché par la plaque seulement : vérifiez qu’il s’agit du même véhicule, ou dissociez-le.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Last position: %1</source>
        <translation>Dernière position : %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Link</source>
        <translation>Associer</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Linked by hand.</source>
        <translation>Associé à la main.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Linked.</source>
        <translation>Associé.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Nothing recorded yet</source>
        <translation>Rien d’enregistré pour l’instant</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Odometer %1: %2 km on %3</source>
        <translation>Compteur %1 : %2 km le %3</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>One row per vehicle, joined by VIN, or by plate.</source>
        <translation>Une ligne par véhicule, rapprochée par VIN ou par plaque.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open in its tab</source>
        <translation>Ouvrir dans son onglet</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Search VIN, plate, make, status or place</source>
        <translation>Rechercher VIN, plaque, marque, statut ou lieu</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Select a vehicle</source>
        <translation>Choisissez un véhicule</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Separated.</source>
        <translation>Dissocié.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Systems: %1</source>
        <translation>Systèmes : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tachograph: %1 days to the legal limit, coverage gaps: %2</source>
        <translation>Tachygraphe : %1 jours avant la limite légale, lacunes : %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That tab is not installed.</source>
        <translation>Cet onglet n’est pas installé.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Timeline (newest first)</source>
        <translation>Chronologie (plus récent d’abord)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Type the VIN or plate of the same vehicle first.</source>
        <translation>Saisissez d’abord le VIN ou la plaque du même véhicule.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>VIN or plate of the same vehicle</source>
        <translation>VIN ou plaque du même véhicule</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no VIN</source>
        <translation>pas de VIN</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>All vehicles</source>
        <translation>Tous les véhicules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In several systems</source>
        <translation>Dans plusieurs systèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In one system only</source>
        <translation>Dans un seul système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined by plate only</source>
        <translation>Rapprochés par la plaque seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked by hand</source>
        <translation>Associés à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tachograph due within 14 days</source>
        <translation>Tachygraphe à télécharger sous 14 jours</translation>
    </message>
</context>
<context>
    <name>VehiclesView</name>
    <message>
        <location filename="../../fleetdesk/ui/thg/vehicles.py" line="+47"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being checked</source>
        <translation>En vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified (any reason)</source>
        <translation>Non vérifié (tout motif)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vehicle %1 · VIN %2 · %3</source>
        <translation>Véhicule %1 · n° de châssis %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner not read yet</source>
        <translation>propriétaire pas encore lu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first registered %1</source>
        <translation>première immatriculation %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting for the UBA</source>
        <translation>en attente de l&apos;UBA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UBA:</source>
        <translation>UBA :</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Search references, VIN, owner…</source>
        <translation>Chercher références, n° de châssis, propriétaire…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed since</source>
        <translation>Modifié depuis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your local time; FleetDesk converts it to UTC for the service</source>
        <translation>Votre heure locale&#xa0;; FleetDesk la convertit en UTC pour le service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service&apos;s own export (/vehicles/export) with the status and change-time filters</source>
        <translation>L&apos;export propre au service (/vehicles/export) avec les filtres de statut et de date de modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this list…</source>
        <translation>Exporter cette liste…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No vehicles yet.
Drop registration documents on the right: each one becomes a vehicle the THG service checks.</source>
        <translation>Pas encore de véhicules.
Déposez des certificats d&apos;immatriculation à droite&#xa0;: chacun devient un véhicule que le service THG vérifie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a vehicle to see what its status means.</source>
        <translation>Sélectionnez un véhicule pour voir ce que signifie son statut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request UBA quota…</source>
        <translation>Demander le quota UBA…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <source>Submit again…</source>
        <translation>Soumettre à nouveau…</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 vehicles</source>
        <translation>%1 véhicules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 vehicles shown</source>
        <translation>%1 véhicules affichés sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reference edits waiting to be sent</source>
        <translation>%1 modifications de références en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a vehicle to see what its status means. Double-click a reference to change it.</source>
        <translation>Sélectionnez un véhicule pour voir ce que signifie son statut. Double-cliquez sur une référence pour la modifier.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vehicles cannot be deleted</source>
        <translation>Les véhicules ne peuvent pas être supprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The THG service keeps every validation request, so a vehicle cannot be deleted. If its document was wrong or unreadable, submit the document again: that creates a new vehicle.</source>
        <translation>Le service THG conserve chaque demande de validation, un véhicule ne peut donc pas être supprimé. Si son document était erroné ou illisible, soumettez à nouveau le document&#xa0;: cela crée un nouveau véhicule.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export vehicles as CSV</source>
        <translation>Exporter les véhicules en CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vehicles match: nothing exported</source>
        <translation>Aucun véhicule ne correspond&#xa0;: rien n&apos;a été exporté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 vehicles to %2</source>
        <translation>%1 véhicules exportés vers %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>THG export</source>
        <translation>Export THG</translation>
    </message>
</context>
</TS>
