"""The Tachographs tab (TachoShare): found by the shell through ``TAB``."""

from __future__ import annotations

from fleetdesk.ui.noop import QT_TRANSLATE_NOOP
from fleetdesk.ui.shell.tabs import TabSpec

#: the titles of its services (fleetdesk/tachoshare/servicedef.py) marked for lupdate
SERVICE_TITLES = (QT_TRANSLATE_NOOP("Services", "TachoShare sign-in"),)


#: the labels, units and help texts of the settings fleetdesk/tachoshare/plugin.py declares (Qt-free,
#: where lupdate cannot see them), marked here; the Settings page translates them ("Settings")
SETTING_TEXTS = (
    QT_TRANSLATE_NOOP("Settings", "File format"),
    QT_TRANSLATE_NOOP("Settings", "DDD for most countries; V1B/C1B for France; TGD for Spain"),
    QT_TRANSLATE_NOOP("Settings", "First download goes back"),
    QT_TRANSLATE_NOOP("Settings", "Downloads at once"),
    QT_TRANSLATE_NOOP("Settings", "Fleet interval, vehicle units"),
    QT_TRANSLATE_NOOP("Settings", "Fleet interval, driver cards"),
    QT_TRANSLATE_NOOP("Settings", "Warn before, vehicle units"),
    QT_TRANSLATE_NOOP("Settings", "Warn before, driver cards"),
    QT_TRANSLATE_NOOP("Settings", "Archive folder"),
    QT_TRANSLATE_NOOP("Settings", "Where downloaded files are archived"),
    QT_TRANSLATE_NOOP("Settings", "days"),
    QT_TRANSLATE_NOOP("Settings", "Warn before a driver card expires"),
    QT_TRANSLATE_NOOP("Settings", "Keep tachograph files for"),
    QT_TRANSLATE_NOOP("Settings", "years"),
    QT_TRANSLATE_NOOP("Settings", "Older files are listed for removal; nothing is removed automatically"),
    QT_TRANSLATE_NOOP("Settings", "Authorize URL"),
    QT_TRANSLATE_NOOP("Settings", "Token URL"),
    QT_TRANSLATE_NOOP("Settings", "Scopes"),
    QT_TRANSLATE_NOOP("Settings", "from the issuer's OpenID configuration"),
    QT_TRANSLATE_NOOP("Settings", "Only if the issuer's .well-known/openid-configuration is not usable"),
    QT_TRANSLATE_NOOP("Settings", "Separated by spaces; TachoShare's documentation does not name them"),
)


def _make(ctx):
    from fleetdesk.ui.tachoshare.tab import TachoShareTab

    return TachoShareTab(ctx)


TAB = TabSpec(name="tachoshare", title="Tachographs", order=20, factory=_make)
