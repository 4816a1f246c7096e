"""Code tables of Annex IC Appendix 1 used by the detail readers."""

from __future__ import annotations

#: EventFaultType (Appendix 1): '00'..'0F' general events, '10'..'1F' VU security breach
#: attempts, '20'..'2F' sensor security breach attempts, '30'..'3F' recording equipment
#: faults, '40'..'4F' card faults; '80'..'FF' manufacturer specific
EVENT_FAULT_TYPES = {
    0x00: "General event, no further details",
    0x01: "Insertion of a non-valid card",
    0x02: "Card conflict",
    0x03: "Time overlap",
    0x04: "Driving without an appropriate card",
    0x05: "Card insertion while driving",
    0x06: "Last card session not correctly closed",
    0x07: "Over speeding",
    0x08: "Power supply interruption",
    0x09: "Motion data error",
    0x0A: "Vehicle motion conflict",
    0x0B: "Time conflict (GNSS versus VU internal clock)",
    0x0C: "Communication error with the remote communication facility",
    0x0D: "Absence of position information from GNSS receiver",
    0x0E: "Communication error with the external GNSS facility",
    0x10: "VU security breach attempt, no further details",
    0x11: "Motion sensor authentication failure",
    0x12: "Tachograph card authentication failure",
    0x13: "Unauthorised change of motion sensor",
    0x14: "Card data input integrity error",
    0x15: "Stored user data integrity error",
    0x16: "Internal data transfer error",
    0x17: "Unauthorised case opening",
    0x18: "Hardware sabotage",
    0x19: "Tamper detection of GNSS",
    0x1A: "External GNSS facility authentication failure",
    0x1B: "External GNSS facility certificate expired",
    0x1C: "Inconsistency between motion data and stored driver activity data",
    0x20: "Sensor security breach attempt, no further details",
    0x21: "Sensor authentication failure",
    0x22: "Sensor stored data integrity error",
    0x23: "Sensor internal data transfer error",
    0x24: "Sensor unauthorised case opening",
    0x25: "Sensor hardware sabotage",
    0x30: "Recording equipment fault, no further details",
    0x31: "VU internal fault",
    0x32: "Printer fault",
    0x33: "Display fault",
    0x34: "Downloading fault",
    0x35: "Sensor fault",
    0x36: "Internal GNSS receiver fault",
    0x37: "External GNSS facility fault",
    0x38: "Remote communication facility fault",
    0x39: "ITS interface fault",
    0x40: "Card fault, no further details",
}


def event_fault_type(code: int) -> str:
    if code in EVENT_FAULT_TYPES:
        return EVENT_FAULT_TYPES[code]
    if code >= 0x80:
        return f"Manufacturer specific ({code:02X})"
    return f"Reserved ({code:02X})"


#: CalibrationPurpose (Appendix 1)
CALIBRATION_PURPOSES = {
    0x01: "activation",
    0x02: "first installation",
    0x03: "installation",
    0x04: "periodic inspection",
    0x05: "registration number entered by the company",
    0x06: "time adjustment without calibration",
}


#: the purposes that are a calibration (05 and 06 only record a plate or a time adjustment)
CALIBRATING = {0x01, 0x02, 0x03, 0x04}


def calibration_purpose(code: int) -> str:
    return CALIBRATION_PURPOSES.get(code, f"reserved ({code:02X})")


#: EntryTypeDailyWorkPeriod: even values begin a daily work period, odd values end it
#: (00/01 card insertion/withdrawal time, 02/03 entered manually, 04/05 assumed by the VU)
def place_is_begin(entry_type: int) -> bool:
    return entry_type % 2 == 0
