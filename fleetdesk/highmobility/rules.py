"""Local checks before anything is sent to High Mobility: VIN format, known brand, VW-group tag.

Every failure is a ``BadInput`` naming the field, so the UI and the CLI (exit code 2) can say
exactly what to fix. A VW-group VIN without the ``vw-group-customer-name`` tag is not a failure
but a warning (``request_warnings``): the spec lets the tag be left out when High Mobility
support configured the business name, which only the server knows.
"""

from __future__ import annotations

import re
import unicodedata

from fleetdesk.core.errors import BadInput
from fleetdesk.highmobility.models import ClearanceRequest, Odometer

#: Wire value -> name shown to users. The OpenAPI enum plus the VW-group brands of the tutorial.
BRANDS: dict[str, str] = {
    "alfaromeo": "Alfa Romeo",
    "audi": "Audi",
    "bmw": "BMW",
    "citroen": "Citroën",
    "cupra": "CUPRA",
    "ds": "DS",
    "fiat": "Fiat",
    "ford": "Ford",
    "jeep": "Jeep",
    "mercedes-benz": "Mercedes-Benz",
    "mini": "MINI",
    "opel": "Opel",
    "peugeot": "Peugeot",
    "renault": "Renault",
    "sandbox": "Sandbox",
    "seat": "SEAT",
    "skoda": "Škoda",
    "toyota": "Toyota",
    "vauxhall": "Vauxhall",
    "volkswagen": "Volkswagen",
    "volkswagen-commercial-vehicles": "Volkswagen Commercial Vehicles",
}
VW_GROUP_BRANDS = frozenset(
    {"volkswagen", "volkswagen-commercial-vehicles", "audi", "skoda", "seat", "cupra"}
)
VW_TAG = "vw-group-customer-name"
#: Brands the eligibility API answers for (its OpenAPI enum; the sandbox for testing).
ELIGIBILITY_BRANDS = frozenset(
    {
        "mercedes-benz",
        "ford",
        "bmw",
        "mini",
        "citroen",
        "peugeot",
        "opel",
        "vauxhall",
        "ds",
        "jeep",
        "fiat",
        "alfaromeo",
        "sandbox",
    }
)
ODOMETER_UNITS = ("kilometers", "miles")
#: control_measures.odometer.value: the Fleet Clearance spec gives no type or range (its
#: example is "2050 km"), so the Car-Pass rule applies: a 32-bit signed Integer at most.
ODOMETER_MAX = 2_147_483_647
# No brand list for cancelling: the tutorial puts no brand limit on cancelling a pending
# clearance, and what a vendor supports changes over time. FleetDesk sends the DELETE and explains
# a 422 "not supported" answer (cancel_unsupported_reason).

# ISO 3779: 17 characters, digits and capitals without I, O, Q (easily confused with 1 and 0).
_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")


def normalize_vin(vin: str | None, field: str = "vin") -> str:
    """The VIN in capitals without spaces; BadInput when it cannot be a VIN."""
    text = re.sub(r"[\s-]+", "", vin or "").upper()
    if not text:
        raise BadInput(field, "a VIN is required")
    if len(text) != 17:
        raise BadInput(field, f"a VIN has 17 characters, {text!r} has {len(text)}")
    if not _VIN.fullmatch(text):
        bad = sorted({c for c in text if not re.fullmatch(r"[A-HJ-NPR-Z0-9]", c)})
        hint = " (VINs never contain I, O or Q: did you mean 1 or 0?)" if set(bad) & set("IOQ") else ""
        raise BadInput(field, f"a VIN may not contain {', '.join(bad)}{hint}")
    return text


def _key(text: str) -> str:
    """Compare brand names without case, accents, spaces or dashes ("Škoda" == "skoda")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


_BY_KEY = {_key(k): k for k in BRANDS} | {_key(v): k for k, v in BRANDS.items()}
_BY_KEY |= {
    "mercedes": "mercedes-benz",
    "vw": "volkswagen",
    "vwcommercialvehicles": "volkswagen-commercial-vehicles",
    "volkswagennutzfahrzeuge": "volkswagen-commercial-vehicles",
}


def normalize_brand(brand: str | None, field: str = "brand") -> str:
    """The wire value of a known brand, given its wire value or its display name."""
    key = _key(brand or "")
    if not key:
        raise BadInput(field, "a brand is required")
    try:
        return _BY_KEY[key]
    except KeyError:
        known = ", ".join(sorted(BRANDS.values()))
        raise BadInput(field, f"unknown brand {brand!r}; known brands: {known}") from None


def unknown_brand(brand: str | None, field: str = "brand") -> str:
    """A brand not in ``BRANDS`` in wire form (lower case, words joined by "-"); BadInput when
    it cannot be a brand at all (see ``brand_warning``)."""
    plain = unicodedata.normalize("NFKD", brand or "").encode("ascii", "ignore").decode()
    wire = re.sub(r"[\s_]+", "-", plain.strip().lower())
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", wire):
        known = ", ".join(sorted(BRANDS.values()))
        raise BadInput(field, f"unknown brand {brand!r}; known brands: {known}")
    return wire


def apply_vw_rule(
    brand: str, tags: dict[str, str] | None, business_name: str | None = None
) -> dict[str, str]:
    """The tags to send. VW-group brands need ``vw-group-customer-name`` unless High Mobility
    support configured the business name for the account (the spec): a business name set in
    FleetDesk fills the tag in when the user gave none; without either the tags go as they are
    and ``vw_tag_warning`` says what may happen."""
    result = {str(k): str(v).strip() for k, v in (tags or {}).items() if v is not None and str(v).strip()}
    if brand in VW_GROUP_BRANDS and not result.get(VW_TAG) and business_name and business_name.strip():
        result[VW_TAG] = business_name.strip()
    return result


#: Where the user sets the business name FleetDesk sends as the tag (named in the warning).
BUSINESS_NAME_SETTING = "VW Group business name (Fleet clearance tab; setting highmobility.business_name)"


def vw_tag_warning(brand: str, tags: dict[str, str] | None) -> str | None:
    """Why a VW-group request without the tag may be refused, or None. Not an error: the tag
    may be left out when High Mobility support configured the business name for the account,
    which FleetDesk cannot see."""
    if brand not in VW_GROUP_BRANDS or (tags or {}).get(VW_TAG, "").strip():
        return None
    return (
        f"{BRANDS.get(brand, brand)} is a Volkswagen Group brand and no {VW_TAG} tag is "
        "given: High Mobility accepts this only if its support configured your business "
        f"name for your account. Otherwise give the tag ({VW_TAG}=NAME) or set the "
        f"{BUSINESS_NAME_SETTING}."
    )


def brand_warning(brand: str) -> str | None:
    """A brand FleetDesk's list does not know is sent as typed (its wire values are a guess
    beyond ``audi`` and ``sandbox``, and High Mobility adds brands): the server decides."""
    if brand in BRANDS:
        return None
    return (
        f"{brand!r} is not a brand FleetDesk knows: it is sent as written and High "
        "Mobility decides whether it takes it. Check the spelling."
    )


def field_warnings(request: ClearanceRequest) -> list[tuple[str, str]]:
    """``(field, text)`` of what the user should look at before ``request`` is sent."""
    out = []
    if text := brand_warning(request.brand):
        out.append(("brand", text))
    if text := vw_tag_warning(request.brand, request.tags):
        out.append((f"tags.{VW_TAG}", text))
    return out


def request_warnings(request: ClearanceRequest) -> list[str]:
    """What the user should look at before ``request`` is sent (empty: nothing)."""
    return [text for _, text in field_warnings(request)]


def vw_tag_refused_reason(vin: str, brand: str, server_text: str = "") -> str:
    """The plain sentence shown when High Mobility answered 422 to a VW-group VIN sent without
    the tag (the server's own words appended)."""
    said = f" (High Mobility said: {server_text.strip()})" if server_text.strip() else ""
    return (
        f"High Mobility refused {vin}: {BRANDS.get(brand, brand)} is a Volkswagen Group "
        "brand, and no business name is configured for your account at High Mobility, so "
        f"the request needs the fleet operator's business name{said}. Set the "
        f"{BUSINESS_NAME_SETTING} or give the tag {VW_TAG}, then request clearance again; "
        "or ask High Mobility support to configure your business name."
    )


def check_odometer(
    value: float | int | str | None, unit: str | None = "kilometers", field: str = "control_measures.odometer"
) -> Odometer | None:
    """The optional control-measure odometer; None when no value was given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).replace(",", "").replace(" ", "").replace("\u00a0", "")
    shown = repr(str(value)) if len(str(value)) <= 40 else repr(str(value)[:40] + "…")
    if not re.fullmatch(r"[0-9]{1,30}(\.0*)?", text):
        raise BadInput(
            f"{field}.value", f"{shown} is not a whole number of {unit or 'kilometers'} (digits 0-9)"
        )
    number = int(text.split(".")[0])
    if number > ODOMETER_MAX:
        raise BadInput(f"{field}.value", f"the odometer is at most {ODOMETER_MAX:,}, not {shown}")
    unit = (unit or "kilometers").strip().lower()
    unit = {"km": "kilometers", "mi": "miles", "kilometres": "kilometers"}.get(unit, unit)
    if unit not in ODOMETER_UNITS:
        raise BadInput(f"{field}.unit", f"unit must be one of {', '.join(ODOMETER_UNITS)}")
    return Odometer(int(number), unit)


def prepare_clearance(
    vin: str,
    brand: str,
    *,
    tags: dict[str, str] | None = None,
    odometer: float | int | str | None = None,
    odometer_unit: str = "kilometers",
    business_name: str | None = None,
) -> ClearanceRequest:
    """Check one clearance request and return it in wire-ready form."""
    clean_vin = normalize_vin(vin)
    try:
        clean_brand = normalize_brand(brand)
    except BadInput:
        clean_brand = unknown_brand(brand)
    return ClearanceRequest(
        clean_vin,
        clean_brand,
        apply_vw_rule(clean_brand, tags, business_name),
        check_odometer(odometer, odometer_unit),
    )


def check_eligibility_request(vin: str, brand: str) -> tuple[str, str]:
    """VIN and brand for ``POST /eligibility``; only some brands can be checked."""
    clean_vin, clean_brand = normalize_vin(vin), normalize_brand(brand)
    if clean_brand not in ELIGIBILITY_BRANDS:
        raise BadInput(
            "brand",
            f"High Mobility cannot check the eligibility of "
            f"{BRANDS[clean_brand]} vehicles; request the clearance directly",
        )
    return clean_vin, clean_brand


def cancel_unsupported_reason(brand: str, server_text: str = "") -> str:
    """The plain sentence shown when High Mobility answered 422 "not supported" to cancelling a
    pending request of ``brand`` (the server's own words appended)."""
    name = BRANDS.get(brand, brand) or "this"
    said = f" (High Mobility said: {server_text.strip()})" if server_text.strip() else ""
    return (
        f"High Mobility cannot cancel a pending request for {name} vehicles at the moment"
        f"{said}. Wait until the request is approved, then revoke it; or dismiss it once it "
        "is rejected."
    )
