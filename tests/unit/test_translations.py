"""The translation catalogues: complete, faithful to their sources' placeholders and markup,
compiled .qm files in step with the .ts files, and the shell really shown in Dutch.

After adding tr() strings: ``uv run python packaging/i18n.py update``, translate what
``packaging/i18n.py status`` lists, then ``packaging/i18n.py compile``.
"""

from __future__ import annotations

import importlib.util
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def _load_i18n():
    spec = importlib.util.spec_from_file_location("fleetdesk_i18n", ROOT / "packaging" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n = _load_i18n()
LANGUAGES = i18n.LANGUAGES
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w+\}")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def messages(lang: str):
    """(context, source, [translations]) for every message of fleetdesk_<lang>.ts."""
    root = ET.parse(TS_DIR / f"fleetdesk_{lang}.ts").getroot()
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            forms = (
                [f.text or "" for f in tr.findall("numerusform")]
                if msg.get("numerus") == "yes"
                else [tr.text or ""]
            )
            yield name, msg.findtext("source"), forms, tr.get("type")


def test_every_language_has_a_catalogue():
    assert set(LANGUAGES) >= {"nl", "fr", "de", "en"}
    for lang in LANGUAGES:
        root = ET.parse(TS_DIR / f"fleetdesk_{lang}.ts").getroot()
        assert root.get("language") == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_is_left_unfinished_or_empty(lang):
    todo = [(c, s) for c, s, forms, kind in messages(lang) if kind == "unfinished" or not all(forms)]
    assert not todo, f"{len(todo)} untranslated in fleetdesk_{lang}.ts, e.g. {todo[:5]}"


def test_english_carries_only_plural_messages_with_real_singulars():
    msgs = list(messages("en"))
    assert msgs, "fleetdesk_en.ts should hold the %n messages"
    for ctx, source, forms, _ in msgs:
        assert "%n" in source and len(forms) == 2, (ctx, source)
        assert "(s)" not in forms[0] and "(s)" not in forms[1], (ctx, source, forms)


def test_every_tr_string_of_the_source_is_in_the_catalogues():
    """lupdate over fleetdesk/ui into a temporary copy of the catalogues (``i18n.missing``): a tr()
    string that is not in them yet (new, reworded, or moved to another context) comes in
    unfinished there. About a second for the four languages."""
    started = time.perf_counter()
    todo = {name: msgs for name, msgs in i18n.missing().items() if msgs}
    assert time.perf_counter() - started < 30  # lupdate once per language; no Qt app needed
    assert not todo, (
        "tr() strings missing from the catalogues: run `uv run python packaging/i18n.py update`, "
        "translate what `status` lists, then `compile`: "
        + "; ".join(f"{name}: {len(msgs)}, e.g. {msgs[:3]}" for name, msgs in todo.items())
    )


PRODUCT_NAMES = {"Car-Pass", "TachoShare", "High Mobility", "Ctrack"}  # shown as they are


def test_texts_declared_in_qt_free_code_are_in_the_catalogues():
    """Integrations declare settings fields and service titles without Qt, where lupdate cannot
    see them; the UI translates them with the contexts "Settings" and "Services", so each one
    must be marked in fleetdesk/ui (SETTING_TEXTS, SERVICE_TITLES in ui/<name>/__init__.py) and translated."""
    from fleetdesk.core.config import SERVICES
    from fleetdesk.integrations import discover

    wanted = set()
    for integration in discover():
        for fields in integration.settings_fields().values():
            for f in fields:
                wanted |= {("Settings", text) for text in (f.label, f.unit, f.help) if text}
                if any(word.isalpha() for word in f.placeholder.split()):  # words, not a value
                    wanted.add(("Settings", f.placeholder))
    wanted |= {("Services", svc.title) for svc in SERVICES.values() if svc.title not in PRODUCT_NAMES}
    assert ("Settings", "Archive folder") in wanted and ("Services", "Map tiles") in wanted
    for lang in ("nl", "fr", "de"):
        done = {(c, s) for c, s, forms, kind in messages(lang) if kind != "unfinished" and all(forms)}
        assert not sorted(wanted - done), (lang, sorted(wanted - done))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_markup_accelerators_and_endings(lang):
    problems = []
    for ctx, source, forms, _ in messages(lang):
        for text in filter(None, forms):  # empty ones: test_no_message_is_left_unfinished_or_empty
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
                problems.append(("placeholders", ctx, source, text))
            if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                problems.append(("markup", ctx, source, text))
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append(("accelerator", ctx, source, text))
            for ending in ("…", ":", "?"):
                if source.rstrip().endswith(ending) != text.rstrip().endswith(ending):
                    problems.append((f"ends with {ending!r}", ctx, source, text))
    assert not problems, "\n".join(map(repr, problems[:20]))


@pytest.mark.parametrize("lang", ["nl", "fr", "de"])
def test_menu_accelerators_do_not_clash(lang):
    tr = {s: forms[0] for c, s, forms, _ in messages(lang) if c == "MainWindow"}

    def keys(*sources):
        return [re.search(r"&(\w)", tr[s]).group(1).lower() for s in sources]

    for menu in (("&File", "&View", "&Help"), ("&Send and sync now", "&Quit")):
        letters = keys(*menu)
        assert len(set(letters)) == len(letters), (lang, menu, letters)


@pytest.fixture(scope="module")
def fresh_qm(tmp_path_factory) -> Path:
    """The .ts files compiled now, as packaging/i18n.py compile does."""
    out = tmp_path_factory.mktemp("qm")
    i18n.compile_all(out, quiet=True)
    return out


def test_shipped_qm_files_match_the_ts_files(fresh_qm):
    stale = [
        qm.name
        for qm in sorted(fresh_qm.glob("*.qm"))
        if not (TS_DIR / qm.name).exists() or (TS_DIR / qm.name).read_bytes() != qm.read_bytes()
    ]
    assert not stale, f"run `uv run python packaging/i18n.py compile`: stale {stale}"


@pytest.fixture
def translator(qapp, fresh_qm):
    """Installs fleetdesk_<lang>.qm for the test and removes it afterwards."""
    installed: list[QTranslator] = []

    def install(lang: str) -> QTranslator:
        t = QTranslator()
        assert t.load(f"fleetdesk_{lang}", str(fresh_qm))
        QCoreApplication.installTranslator(t)
        installed.append(t)
        return t

    yield install
    for t in installed:
        QCoreApplication.removeTranslator(t)


KNOWN = {  # (context, source) -> nl, fr, de
    ("MainWindow", "Outbox"): ("Postvak uit", "File d'attente d'envoi", "Postausgang"),
    ("MainWindow", "Settings"): ("Instellingen", "Paramètres", "Einstellungen"),
    ("Tabs", "THG quota"): ("THG-quotum", "Quota THG", "THG-Quote"),
    ("Outbox", "Needs attention"): ("Vraagt aandacht", "À traiter", "Erfordert Aufmerksamkeit"),
    # a module-level tr() wrapper's own context finds what lupdate filed under the empty context
    ("CarPass", "Readings"): ("Kilometerstanden", "Relevés", "Kilometerstände"),
}


@pytest.mark.parametrize("index,lang", [(0, "nl"), (1, "fr"), (2, "de")])
def test_compiled_catalogues_translate_known_strings(translator, index, lang):
    translator(lang)
    for (ctx, source), expected in KNOWN.items():
        assert QCoreApplication.translate(ctx, source) == expected[index]
    one, many = (QCoreApplication.translate("Badge", "%n unsent", "", n) for n in (1, 3))
    assert "1" in one and "3" in many and "%n" not in one + many


def test_english_plural_forms(translator):
    translator("en")
    t = QCoreApplication.translate
    assert t("OutboxView", "%n need your attention", "", 1) == "1 needs your attention"
    assert t("OutboxView", "%n need your attention", "", 2) == "2 need your attention"
    assert t("TripsPanel", "Whole day: %n trip(s)", "", 1) == "Whole day: 1 trip"
    assert t("TripsPanel", "Whole day: %n trip(s)", "", 4) == "Whole day: 4 trips"
    assert t("Badge", "%n unsent", "", 1) == "1 unsent"


@pytest.mark.parametrize("lang", ["nl", "fr", "de"])
def test_every_shipped_tab_title_is_translated(translator, lang):
    from fleetdesk.ui.shell import tabs

    translator(lang)
    for spec in tabs.discover():
        if spec.title != "Car-Pass":  # a product name stays as it is
            assert QCoreApplication.translate("Tabs", spec.title) != spec.title, (lang, spec.title)


def test_main_window_in_dutch(app_context, qtbot, translator):
    from fleetdesk.ui.shell.main_window import MainWindow

    translator("nl")
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-2:] == ["Postvak uit", "Instellingen"]
    assert [a.text() for a in window.menuBar().actions()] == ["&Bestand", "Beel&d", "&Help"]
    window.render_badge({"carpass": {"queued": 1}})
    assert window.badge.text() == "1 niet verstuurd"
    assert "Wacht op verzending" in window.badge.toolTip()
    outbox = window.tab_widgets["outbox"]
    assert outbox.model.headerData(2, Qt.Orientation.Horizontal) == "Status"
    assert outbox.filter.itemText(0) == "Niet verstuurd" and outbox.filter.itemData(0) == "Unsent"
