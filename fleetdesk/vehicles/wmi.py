"""Make from the VIN's World Manufacturer Identifier (its first three characters).

A small table of common WMIs in European fleets; an unknown WMI gives no make (never a guess).
"""
from __future__ import annotations

WMI: dict[str, str] = {
    "WVW": "Volkswagen", "WV1": "Volkswagen Commercial", "WV2": "Volkswagen Commercial",
    "WV3": "Volkswagen Trucks", "WAU": "Audi", "WA1": "Audi", "TRU": "Audi",
    "WBA": "BMW", "WBS": "BMW M", "WBY": "BMW i", "WMW": "MINI",
    "WDB": "Mercedes-Benz", "WDD": "Mercedes-Benz", "WDC": "Mercedes-Benz", "W1K": "Mercedes-Benz",
    "W1N": "Mercedes-Benz", "W1V": "Mercedes-Benz Vans", "WDF": "Mercedes-Benz Vans",
    "W1T": "Mercedes-Benz Trucks", "WDA": "Mercedes-Benz Trucks", "WMA": "MAN", "WP0": "Porsche",
    "WP1": "Porsche", "W0L": "Opel", "W0V": "Opel", "WF0": "Ford", "WF1": "Ford",
    "VF1": "Renault", "VF2": "Renault", "VF6": "Renault Trucks", "VF3": "Peugeot",
    "VR3": "Peugeot", "VF7": "Citroën", "VR7": "Citroën", "VXK": "Opel",
    "ZFA": "Fiat", "ZFF": "Ferrari", "ZAR": "Alfa Romeo", "ZCF": "Iveco", "ZCG": "Iveco",
    "VSS": "SEAT", "VS6": "Ford Spain", "TMB": "Škoda", "TMA": "Hyundai", "KMH": "Hyundai",
    "KNA": "Kia", "KNE": "Kia", "U5Y": "Kia", "SJN": "Nissan", "VNK": "Toyota", "JTD": "Toyota",
    "JT1": "Toyota", "SB1": "Toyota", "JHM": "Honda", "JMZ": "Mazda", "YV1": "Volvo",
    "YV2": "Volvo Trucks", "YV4": "Volvo", "XLR": "DAF", "YS2": "Scania", "XLB": "Volvo Trucks",
    "LRW": "Tesla", "5YJ": "Tesla", "7SA": "Tesla", "XP7": "Tesla", "SAL": "Land Rover",
    "SAJ": "Jaguar", "LSJ": "MG", "LFV": "FAW-Volkswagen", "LPS": "Polestar", "YSM": "Polestar",
    "UU1": "Dacia", "VWV": "Volkswagen", "1FT": "Ford", "1G1": "Chevrolet", "2T1": "Toyota",
}


def make_from_vin(vin: str | None) -> str:
    """The make the WMI names, or '' when the VIN is missing, too short or its WMI unknown."""
    if not vin or len(vin) < 3:
        return ""
    return WMI.get(vin[:3].upper(), "")
