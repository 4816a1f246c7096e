"""The precheck messages in one place: English source strings with NL/FR/DE translations.

Keys are message ids (a finding code, or a code with a variant suffix such as
``DATE_IN_PAST_LONG``); placeholders are filled by ``message``. Dates are passed already
formatted (dd/mm/yyyy), kilometres as integers.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "ODOMETER_NOT_NUMERIC": {
        "en": "The odometer reading may contain digits only (no spaces, signs or separators).",
        "nl": "De kilometerstand mag alleen cijfers bevatten (geen spaties, tekens of scheidingstekens).",
        "fr": "Le relevé kilométrique ne peut contenir que des chiffres (ni espaces, ni signes, ni séparateurs).",
        "de": "Der Kilometerstand darf nur Ziffern enthalten (keine Leerzeichen, Vorzeichen oder Trennzeichen).",
    },
    "LOWER_THAN_PREVIOUS": {
        "en": "The reading ({km} km) is lower than the previous reading of this vehicle ({prev_km} km on {prev_date}) (local issue 001).",
        "nl": "De kilometerstand ({km} km) is lager dan de vorige kilometerstand van dit voertuig ({prev_km} km op {prev_date}) (lokaal probleem 001).",
        "fr": "Le relevé ({km} km) est inférieur au relevé précédent de ce véhicule ({prev_km} km le {prev_date}) (problème local 001).",
        "de": "Der Kilometerstand ({km} km) ist niedriger als der vorige Kilometerstand dieses Fahrzeugs ({prev_km} km am {prev_date}) (lokales Problem 001).",
    },
    "EXCESSIVE_INCREASE": {
        "en": "The reading is {delta} km more than the previous one ({prev_km} km on {prev_date}): more than {limit} km per day over {days} day(s) (local issue 209).",
        "nl": "De kilometerstand ligt {delta} km hoger dan de vorige ({prev_km} km op {prev_date}): meer dan {limit} km per dag over {days} dag(en) (lokaal probleem 209).",
        "fr": "Le relevé dépasse de {delta} km le précédent ({prev_km} km le {prev_date}) : plus de {limit} km par jour sur {days} jour(s) (problème local 209).",
        "de": "Der Kilometerstand liegt {delta} km über dem vorigen ({prev_km} km am {prev_date}): mehr als {limit} km pro Tag über {days} Tag(e) (lokales Problem 209).",
    },
    "SAME_AS_PREVIOUS": {
        "en": "The reading ({km} km) equals an earlier reading of this vehicle (on {prev_date}).",
        "nl": "De kilometerstand ({km} km) is gelijk aan een eerdere kilometerstand van dit voertuig (op {prev_date}).",
        "fr": "Le relevé ({km} km) est identique à un relevé antérieur de ce véhicule (le {prev_date}).",
        "de": "Der Kilometerstand ({km} km) entspricht einem früheren Kilometerstand dieses Fahrzeugs (am {prev_date}).",
    },
    "DATE_IN_FUTURE": {
        "en": "The reading date {date} is in the future.",
        "nl": "De datum van de kilometerstand ({date}) ligt in de toekomst.",
        "fr": "La date du relevé ({date}) est dans le futur.",
        "de": "Das Ablesedatum {date} liegt in der Zukunft.",
    },
    "DATE_IN_PAST": {
        "en": "The reading date {date} is {days} day(s) ago; Car-Pass expects readings on the day they are taken.",
        "nl": "De datum van de kilometerstand ({date}) ligt {days} dag(en) terug; Car-Pass verwacht de kilometerstand op de dag zelf.",
        "fr": "La date du relevé ({date}) remonte à {days} jour(s) ; Car-Pass attend le relevé le jour même.",
        "de": "Das Ablesedatum {date} liegt {days} Tag(e) zurück; Car-Pass erwartet den Kilometerstand am selben Tag.",
    },
    "DATE_IN_PAST_LONG": {
        "en": "The reading date {date} is more than 5 days ago ({days} days): check that it is the day the vehicle was in the workshop, not an invoice or appointment date.",
        "nl": "De datum van de kilometerstand ({date}) ligt meer dan 5 dagen terug ({days} dagen): controleer dat het de dag is waarop het voertuig in de werkplaats was, niet een factuur- of afspraakdatum.",
        "fr": "La date du relevé ({date}) remonte à plus de 5 jours ({days} jours) : vérifiez qu'il s'agit du jour où le véhicule était à l'atelier, et non d'une date de facture ou de rendez-vous.",
        "de": "Das Ablesedatum {date} liegt mehr als 5 Tage zurück ({days} Tage): prüfen Sie, ob es der Tag ist, an dem das Fahrzeug in der Werkstatt war, nicht ein Rechnungs- oder Termindatum.",
    },
    "VIN_SHORT": {
        "en": "The VIN has {length} characters instead of 17. This is normal only for old-timers; add the DIV unifier or the first-use date if you can.",
        "nl": "Het chassisnummer telt {length} tekens in plaats van 17. Dat is alleen normaal bij oldtimers; vul indien mogelijk de DIV-unifier of de datum van eerste ingebruikname in.",
        "fr": "Le numéro de châssis compte {length} caractères au lieu de 17. C'est normal uniquement pour les ancêtres ; ajoutez si possible l'unifier DIV ou la date de première mise en circulation.",
        "de": "Die Fahrgestellnummer hat {length} statt 17 Zeichen. Das ist nur bei Oldtimern normal; geben Sie wenn möglich den DIV-Unifier oder das Datum der Erstzulassung an.",
    },
    "VIN_TOO_LONG": {
        "en": "The VIN has {length} characters; a VIN has at most 17.",
        "nl": "Het chassisnummer telt {length} tekens; een chassisnummer heeft er hoogstens 17.",
        "fr": "Le numéro de châssis compte {length} caractères ; il en a au maximum 17.",
        "de": "Die Fahrgestellnummer hat {length} Zeichen; erlaubt sind höchstens 17.",
    },
    "VIN_INVALID_EMPTY": {
        "en": "The VIN is empty.",
        "nl": "Het chassisnummer is leeg.",
        "fr": "Le numéro de châssis est vide.",
        "de": "Die Fahrgestellnummer ist leer.",
    },
    "VIN_INVALID_ZEROS": {
        "en": "The VIN cannot be all zeros.",
        "nl": "Het chassisnummer kan niet uit nullen alleen bestaan.",
        "fr": "Le numéro de châssis ne peut pas être composé uniquement de zéros.",
        "de": "Die Fahrgestellnummer darf nicht nur aus Nullen bestehen.",
    },
    "VIN_INVALID": {
        "en": "The VIN may contain letters and digits only.",
        "nl": "Het chassisnummer mag alleen letters en cijfers bevatten.",
        "fr": "Le numéro de châssis ne peut contenir que des lettres et des chiffres.",
        "de": "Die Fahrgestellnummer darf nur Buchstaben und Ziffern enthalten.",
    },
    "NO_IDENTIFIER": {
        "en": "Enter the VIN or the licence plate.",
        "nl": "Vul het chassisnummer of de nummerplaat in.",
        "fr": "Indiquez le numéro de châssis ou la plaque d'immatriculation.",
        "de": "Geben Sie die Fahrgestellnummer oder das Kennzeichen an.",
    },
    "VIN_AND_PLATE": {
        "en": "Enter either the VIN or the licence plate, not both.",
        "nl": "Vul het chassisnummer of de nummerplaat in, niet allebei.",
        "fr": "Indiquez soit le numéro de châssis, soit la plaque, pas les deux.",
        "de": "Geben Sie entweder die Fahrgestellnummer oder das Kennzeichen an, nicht beides.",
    },
    "PLATE_WITH_VHR": {
        "en": "A Vehicle History Report needs the VIN; a licence plate cannot be used.",
        "nl": "Een voertuiggeschiedenis vraagt het chassisnummer; een nummerplaat kan niet.",
        "fr": "Un historique du véhicule exige le numéro de châssis ; la plaque ne peut pas être utilisée.",
        "de": "Eine Fahrzeughistorie erfordert die Fahrgestellnummer; ein Kennzeichen ist nicht möglich.",
    },
    "VHR_DATE_NOT_TODAY": {
        "en": "A Vehicle History Report must be requested with today's date ({today}) and today's reading.",
        "nl": "Een voertuiggeschiedenis moet aangevraagd worden met de datum van vandaag ({today}) en de kilometerstand van vandaag.",
        "fr": "Un historique du véhicule doit être demandé avec la date du jour ({today}) et le relevé du jour.",
        "de": "Eine Fahrzeughistorie muss mit dem heutigen Datum ({today}) und dem heutigen Kilometerstand angefordert werden.",
    },
    "DUPLICATE": {
        "en": "This reading ({km} km on {date}) was already sent or queued for this vehicle; sending it again would cause Car-Pass issue 150.",
        "nl": "Deze kilometerstand ({km} km op {date}) werd al verstuurd of staat klaar voor dit voertuig; opnieuw versturen geeft Car-Pass-probleem 150.",
        "fr": "Ce relevé ({km} km le {date}) a déjà été envoyé ou est en attente pour ce véhicule ; le renvoyer provoquerait le problème Car-Pass 150.",
        "de": "Dieser Kilometerstand ({km} km am {date}) wurde für dieses Fahrzeug bereits gesendet oder ist vorgemerkt; erneutes Senden ergäbe Car-Pass-Problem 150.",
    },
    "VHR_ODOMETER_UNCHANGED": {
        "en": "A Vehicle History Report was already requested at {km} km; request a new one only after the odometer reading has changed.",
        "nl": "Er werd al een voertuiggeschiedenis aangevraagd bij {km} km; vraag pas een nieuwe aan als de kilometerstand veranderd is.",
        "fr": "Un historique du véhicule a déjà été demandé à {km} km ; n'en demandez un nouveau qu'après un changement du relevé.",
        "de": "Bei {km} km wurde bereits eine Fahrzeughistorie angefordert; fordern Sie eine neue erst nach einer Änderung des Kilometerstands an.",
    },
    "EXCLUDED": {
        "en": "Not sent to Car-Pass: excluded by your rules ({reason}).",
        "nl": "Niet naar Car-Pass verstuurd: uitgesloten door uw regels ({reason}).",
        "fr": "Non envoyé à Car-Pass : exclu par vos règles ({reason}).",
        "de": "Nicht an Car-Pass gesendet: durch Ihre Regeln ausgeschlossen ({reason}).",
    },
    "PLATE_TOO_LONG": {
        "en": "The licence plate has {length} characters; Car-Pass takes at most {max}.",
        "nl": "De nummerplaat telt {length} tekens; Car-Pass aanvaardt er hoogstens {max}.",
        "fr": "La plaque d'immatriculation compte {length} caractères ; Car-Pass en accepte au plus {max}.",
        "de": "Das Kennzeichen hat {length} Zeichen; Car-Pass nimmt höchstens {max}.",
    },
    "PLATE_INVALID": {
        "en": "The licence plate may contain only letters, digits and hyphens (e.g. 1-ABC-123).",
        "nl": "De nummerplaat mag alleen letters, cijfers en koppeltekens bevatten (bv. 1-ABC-123).",
        "fr": "La plaque d'immatriculation ne peut contenir que des lettres, des chiffres et des traits d'union (p. ex. 1-ABC-123).",
        "de": "Das Kennzeichen darf nur Buchstaben, Ziffern und Bindestriche enthalten (z. B. 1-ABC-123).",
    },
    "ODOMETER_OUT_OF_RANGE": {
        "en": "The odometer reading ({km} km) is outside what Car-Pass accepts (0 to {max} km).",
        "nl": "De kilometerstand ({km} km) ligt buiten wat Car-Pass aanvaardt (0 tot {max} km).",
        "fr": "Le relevé kilométrique ({km} km) est hors de ce que Car-Pass accepte (0 à {max} km).",
        "de": "Der Kilometerstand ({km} km) liegt außerhalb dessen, was Car-Pass annimmt (0 bis {max} km).",
    },
    "ODOMETER_IMPLAUSIBLE": {
        "en": "The odometer reading ({km} km) is above {limit} km: check the dashboard again.",
        "nl": "De kilometerstand ({km} km) ligt boven {limit} km: kijk het dashboard opnieuw na.",
        "fr": "Le relevé kilométrique ({km} km) dépasse {limit} km : vérifiez à nouveau le tableau de bord.",
        "de": "Der Kilometerstand ({km} km) liegt über {limit} km: prüfen Sie das Armaturenbrett noch einmal.",
    },
    "SAME_DAY_OTHER_READING": {
        "en": "A reading of this vehicle dated {date} was already sent ({other_km} km); Car-Pass refuses a second reading by the same garage with the same date. If the first one was wrong, correct it instead.",
        "nl": "Er werd al een kilometerstand van dit voertuig met datum {date} verstuurd ({other_km} km); Car-Pass weigert een tweede kilometerstand van dezelfde garage met dezelfde datum. Was de eerste fout, corrigeer die dan.",
        "fr": "Un relevé de ce véhicule daté du {date} a déjà été envoyé ({other_km} km) ; Car-Pass refuse un second relevé du même garage à la même date. Si le premier était erroné, corrigez-le plutôt.",
        "de": "Für dieses Fahrzeug wurde bereits ein Kilometerstand mit Datum {date} gesendet ({other_km} km); Car-Pass lehnt einen zweiten Kilometerstand derselben Werkstatt mit demselben Datum ab. War der erste falsch, korrigieren Sie ihn stattdessen.",
    },
    "VHR_IN_MAINTENANCE_WINDOW": {
        "en": "Car-Pass is in its weekly maintenance window (Thursday 19:00–24:00). A Vehicle History Report request is valid only on the day it is made, so it cannot wait until midnight: request it tomorrow with that day's odometer reading.",
        "nl": "Car-Pass is in zijn wekelijks onderhoudsvenster (donderdag 19:00–24:00). Een aanvraag van een voertuiggeschiedenis geldt alleen op de dag zelf en kan dus niet tot middernacht wachten: vraag ze morgen aan met de kilometerstand van die dag.",
        "fr": "Car-Pass est dans sa fenêtre de maintenance hebdomadaire (jeudi 19:00–24:00). Une demande d'historique du véhicule ne vaut que le jour même et ne peut donc pas attendre minuit : faites-la demain avec le relevé de ce jour-là.",
        "de": "Car-Pass befindet sich im wöchentlichen Wartungsfenster (Donnerstag 19:00–24:00). Eine Fahrzeughistorie-Anfrage gilt nur am selben Tag und kann daher nicht bis Mitternacht warten: stellen Sie sie morgen mit dem Kilometerstand dieses Tages.",
    },
    "MAINTENANCE_WINDOW": {
        "en": "Car-Pass is in its weekly maintenance window (Thursday 19:00–24:00); the reading will be queued and sent afterwards.",
        "nl": "Car-Pass is in zijn wekelijks onderhoudsvenster (donderdag 19:00–24:00); de kilometerstand wordt bewaard en daarna verstuurd.",
        "fr": "Car-Pass est dans sa fenêtre de maintenance hebdomadaire (jeudi 19:00–24:00) ; le relevé sera mis en attente puis envoyé.",
        "de": "Car-Pass befindet sich im wöchentlichen Wartungsfenster (Donnerstag 19:00–24:00); der Kilometerstand wird vorgemerkt und danach gesendet.",
    },
}


def message(message_id: str, language: str = "en", **params: object) -> str:
    """The message ``message_id`` in ``language`` (nl/fr/de; English otherwise), filled in."""
    texts = MESSAGES[message_id]
    return texts.get(language.lower(), texts["en"]).format(**params)
