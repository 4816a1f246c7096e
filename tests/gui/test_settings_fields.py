"""Integration settings declared as SettingFields appear on the service's page and are saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QSpinBox

from fleetdesk.core.errors import BadInput
from fleetdesk.integrations import Integration, SettingField
from fleetdesk.runtime import Runtime
from fleetdesk.ui.shell.settings_view import SettingsView


class Tacho(Integration):
    name = "tachoshare"

    def settings_fields(self):
        return {
            "tachoshare": [
                SettingField("tachoshare.format", "File format", "choice", "DDD", ("DDD", "TGD")),
                SettingField(
                    "tachoshare.desired_days/vu",
                    "Fleet interval, vehicle units",
                    "int",
                    28,
                    minimum=1,
                    maximum=90,
                    unit="days",
                ),
            ]
        }


def test_setting_field_validates_and_writes_nested_keys(config):
    field = SettingField("x.days/vu", "Interval", "int", 28, minimum=1, maximum=90)
    assert field.read(config.settings) == 28
    field.write(config.settings, "30")
    assert config.settings.get("x.days") == {"vu": 30}
    with pytest.raises(BadInput, match="Interval"):
        field.write(config.settings, 0)
    with pytest.raises(BadInput, match="allowed: DDD, TGD"):
        SettingField("x.f", "Format", "choice", "DDD", ("DDD", "TGD")).write(config.settings, "ZIP")


@pytest.fixture
def tacho_rt(config, fake_clock):
    rt = Runtime(config, clock=fake_clock, integrations=[Tacho()])
    yield rt
    rt.close()


@pytest.fixture
def tacho_ctx(tacho_rt, app_context_for):
    return app_context_for(tacho_rt)


def test_the_tachoshare_page_shows_and_saves_its_fleet_settings(tacho_ctx, qtbot):
    view = SettingsView(tacho_ctx)
    qtbot.addWidget(view)
    view.show()
    titles = [view.list.item(i).text() for i in range(view.list.count())]
    view.list.setCurrentRow(titles.index("TachoShare"))
    page = view.pages.currentWidget()
    spin = next(
        w
        for w in page.findChildren(QSpinBox)
        if w.accessibleName() == "TachoShare Fleet interval, vehicle units"
    )
    combo = next(w for w in page.findChildren(QComboBox) if w.accessibleName() == "TachoShare File format")
    assert spin.value() == 28 and combo.currentText() == "DDD"
    spin.setValue(21)
    combo.setCurrentText("TGD")
    save = next(b for b in page.findChildren(QPushButton) if b.accessibleName() == "Save TachoShare settings")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settings = tacho_ctx.runtime.config.settings
    assert settings.get("tachoshare.desired_days") == {"vu": 21}
    assert settings.get("tachoshare.format") == "TGD"
