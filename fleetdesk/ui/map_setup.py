"""The map's foundation: the QtLocation ``osm`` plugin pointed at one configurable tile server.

The osm plugin (Qt 6.12, ``libqtgeoservices_osm``) is configured only through plugin parameters;
the names used here are the ones the plugin binary reads:

- ``osm.mapping.custom.host``: a tile URL with ``%z``/``%x``/``%y``. The plugin adds one extra map
  type for it, style ``MapType.CustomMap`` ("Custom URL Map"), which TileMap.qml selects;
- ``osm.mapping.providersrepository.disabled``: never ask maps-redirect.qt.io for providers;
- ``osm.useragent``: our User-Agent (the OSM tile policy asks for an application-specific one);
- ``osm.mapping.cache.directory``: the disk cache (kept, not re-fetched: OSM asks for >= 7 days);
- ``osm.mapping.highdpi_tiles``, ``osm.mapping.prefetching_style`` (no prefetch of unseen zoom
  layers from openstreetmap.org), ``osm.mapping.copyright`` (the plugin's own notice; we hide it and
  show our own attribution text instead, so it is always visible and exactly as configured).

The QML side (``qml/TileMap.qml``) keeps the map at zero size until the custom map type is
active: otherwise the plugin's first built-in type would fetch from tile.openstreetmap.org.

The software scene graph lets the map render offscreen (self-test, screenshots, CI); it must be
chosen before the first QQuickWindow/QQuickWidget exists, see ``use_software_scene_graph``.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtLocation import QGeoServiceProvider
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import QApplication, QWidget

from fleetdesk import __version__
from fleetdesk.ui import qtsetup

__all__ = [
    "DEFAULT_ATTRIBUTION",
    "QML_DIR",
    "check_osm_plugin",
    "create_map_widget",
    "fleetdesk_user_agent",
    "image_variety",
    "map_problem",
    "osm_host",
    "osm_plugin_parameters",
    "probe_map_tiles",
    "qml_url",
    "tile_cache_dir",
    "use_software_scene_graph",
]

QML_DIR = Path(__file__).resolve().parent / "qml"
DEFAULT_ATTRIBUTION = "© OpenStreetMap contributors"
BRUSSELS = (50.8503, 4.3517)
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# the plugin's disk-cache names end in <z>-<x>-<y>.png (e.g. osm_100-l-8-13-4194-2747.png)
_CACHED_TILE = re.compile(r"-\d+-\d+-\d+\.png\Z")
MIN_VARIETY = 0.02  # share of pixels off the dominant colour that tells a map from a blank view


def use_software_scene_graph() -> None:
    """Render Qt Quick with the software backend (offscreen-capable, no GPU needed).

    Call before the QApplication and the first QQuickWidget are created; windows that already
    exist keep their backend. (One implementation, in qtsetup, which creates the application.)
    """
    qtsetup.use_software_scene_graph()


def fleetdesk_user_agent() -> str:
    """The User-Agent FleetDesk sends to tile servers: ``FleetDesk/<version>``."""
    return f"FleetDesk/{__version__}"


def osm_host(tile_url_template: str) -> str:
    """Turn ``https://host/{z}/{x}/{y}.png`` into the osm plugin's ``%z/%x/%y`` form.

    Raises ValueError naming what is wrong: a tile URL must be http(s) and contain each of
    ``{z}``, ``{x}`` and ``{y}`` once, and no other placeholder.
    """
    url = (tile_url_template or "").strip()
    if not re.match(r"https?://[^/]+", url):
        raise ValueError(f"tile URL {url!r} must start with http:// or https:// and a host name")
    names = _PLACEHOLDER.findall(url)
    unknown = sorted(set(names) - {"z", "x", "y"})
    if unknown:
        raise ValueError(
            f"tile URL {url!r} has unsupported placeholder(s) "
            f"{', '.join('{' + n + '}' for n in unknown)}; use only {{z}}, {{x}} and {{y}}"
        )
    for name in "zxy":
        if names.count(name) != 1:
            raise ValueError(f"tile URL {url!r} must contain {{{name}}} exactly once")
    return url.replace("{z}", "%z").replace("{x}", "%x").replace("{y}", "%y")


def tile_cache_dir(base: str | Path, tile_url_template: str) -> Path:
    """A cache folder per tile URL, so switching servers never shows another server's tiles.

    (The plugin names cached files by map type and z/x/y only, not by URL.)
    """
    digest = hashlib.sha1(tile_url_template.encode("utf-8")).hexdigest()[:12]
    return Path(base) / digest


def osm_plugin_parameters(
    tile_url_template: str,
    cache_dir: str | Path,
    user_agent: str | None = None,
    *,
    attribution: str = DEFAULT_ATTRIBUTION,
    prefetch: str | None = None,
) -> dict:
    """PluginParameter names and values for the ``osm`` plugin showing ``tile_url_template``.

    ``prefetch`` is one of NoPrefetching, OneNeighbourLayer, TwoNeighbourLayers; by default no
    prefetching from openstreetmap.org (its policy forbids fetching tiles nobody looks at) and
    one neighbour layer elsewhere (smoother zooming from our own or a paid server).
    """
    host = osm_host(tile_url_template)
    if prefetch is None:
        prefetch = "NoPrefetching" if "openstreetmap.org" in host.split("/")[2] else "OneNeighbourLayer"
    if prefetch not in {"NoPrefetching", "OneNeighbourLayer", "TwoNeighbourLayers"}:
        raise ValueError(
            f"prefetch {prefetch!r} is not NoPrefetching, OneNeighbourLayer or TwoNeighbourLayers"
        )
    return {
        "osm.mapping.custom.host": host,
        "osm.mapping.providersrepository.disabled": True,
        "osm.useragent": user_agent or fleetdesk_user_agent(),
        "osm.mapping.cache.directory": str(Path(cache_dir)),
        "osm.mapping.highdpi_tiles": False,
        "osm.mapping.prefetching_style": prefetch,
        "osm.mapping.copyright": attribution,
    }


def check_osm_plugin(parameters: dict | None = None) -> tuple[bool, str]:
    """Whether the ``osm`` geo-services plugin is installed and loads: (ok, message)."""
    available = QGeoServiceProvider.availableServiceProviders()
    if "osm" not in available:
        return False, (
            f"The map plugin 'osm' is not installed (found: {', '.join(available) or 'none'}); "
            "reinstall FleetDesk."
        )
    provider = QGeoServiceProvider("osm", parameters or {})
    # The mapping engine is not reachable from Python; the geocoding manager makes the plugin
    # load its library (no request is sent), which is what can fail on a broken install.
    provider.geocodingManager()
    error = provider.error()
    if error != QGeoServiceProvider.Error.NoError:
        return False, f"The map plugin 'osm' failed to load: {provider.errorString() or error.name}."
    if provider.mappingError() != QGeoServiceProvider.Error.NoError:
        return False, f"The map plugin 'osm' cannot draw maps: {provider.mappingErrorString()}."
    return True, "The map plugin 'osm' loads."


def qml_url(name: str) -> QUrl:
    """The URL of one of FleetDesk's QML files, by file name."""
    path = QML_DIR / name
    if not path.is_file():
        known = sorted(p.name for p in QML_DIR.glob("*.qml"))
        raise KeyError(f"no QML file {name!r}; known: {', '.join(known)}")
    return QUrl.fromLocalFile(str(path))


def create_map_widget(
    tile_url_template: str,
    cache_dir: str | Path,
    *,
    user_agent: str | None = None,
    attribution: str = DEFAULT_ATTRIBUTION,
    latitude: float = BRUSSELS[0],
    longitude: float = BRUSSELS[1],
    zoom: float = 13.0,
    qml: str = "MapProbe.qml",
    properties: dict | None = None,
    parent: QWidget | None = None,
) -> QQuickWidget:
    """A QQuickWidget showing ``qml`` (a TileMap) with the osm plugin on ``tile_url_template``.

    Raises ValueError for a bad tile URL and RuntimeError (with the QML errors) if the QML does
    not load. Read ``map_problem(widget)`` for trouble found later (e.g. no custom map type).
    """
    params = osm_plugin_parameters(tile_url_template, cache_dir, user_agent, attribution=attribution)
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    widget = QQuickWidget(parent)
    widget.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
    widget.setInitialProperties(
        {
            "pluginParameters": params,
            "attribution": attribution,
            "latitude": latitude,
            "longitude": longitude,
            "zoom": zoom,
            **(properties or {}),
        }
    )
    widget.setSource(qml_url(qml))
    if widget.status() != QQuickWidget.Status.Ready or widget.rootObject() is None:
        errors = "; ".join(e.toString() for e in widget.errors()) or "unknown error"
        widget.deleteLater()
        raise RuntimeError(f"the map view {qml} did not load: {errors}")
    return widget


def map_problem(widget: QQuickWidget) -> str:
    """Why the map in ``widget`` cannot show tiles ("" when it can)."""
    root = widget.rootObject()
    if root is None:
        return "the map view is not loaded"
    return str(root.property("problem") or "")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapSetup", text)


def image_variety(image: QImage, *, step: int = 6, skip_bottom: int = 28) -> float:
    """Share of sampled pixels that differ from the most common colour (0.0 = a blank view).

    The bottom strip, where the attribution sits, is left out so text alone does not count.
    """
    counts: dict[int, int] = {}
    for y in range(0, max(0, image.height() - skip_bottom), step):
        for x in range(0, image.width(), step):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    total = sum(counts.values())
    return 0.0 if not total else 1.0 - max(counts.values()) / total


def _cached_tiles(folder: Path) -> dict[str, int]:
    try:
        return {p.name: p.stat().st_mtime_ns for p in folder.iterdir() if _CACHED_TILE.search(p.name)}
    except OSError:
        return {}


def _verdict(
    problem: str, tiles_loaded: int, variety: float, min_tiles: int, url: str, timeout_ms: int
) -> tuple[bool, str]:
    """(ok, message) of a map probe: the widget's own problem, too few tiles, or a blank view."""
    if problem:
        return False, problem
    if tiles_loaded < min_tiles:
        return False, _tr(
            "Only {n} map tiles arrived from {url} within {s:.1f} s; check the tile "
            "server address and the network."
        ).format(n=tiles_loaded, url=url, s=timeout_ms / 1000)
    if variety < MIN_VARIETY:
        return False, _tr(
            "Map tiles arrived but the map stays blank; the tiles may be empty "
            "or the graphics backend cannot draw them."
        )
    return True, _tr("The map shows tiles from {url}.").format(url=url)


def probe_map_tiles(
    tile_url_template: str,
    cache_dir: str | Path | None = None,
    timeout_ms: int = 8000,
    *,
    min_tiles: int = 4,
    latitude: float = BRUSSELS[0],
    longitude: float = BRUSSELS[1],
    zoom: float = 13.0,
    size: tuple[int, int] = (512, 384),
    save_to: str | Path | None = None,
    user_agent: str | None = None,
    attribution: str = DEFAULT_ATTRIBUTION,
) -> dict:
    """Show a map offscreen and wait until tiles arrive and the view is not blank.

    Returns ``{ok, tiles_loaded, message, ms, variety}``. ``tiles_loaded`` counts tiles the plugin
    downloaded into the disk cache during the probe, so pass ``None`` (a fresh temporary folder)
    or an empty folder: tiles already cached are not fetched again. Needs a QApplication; for
    offscreen use call ``use_software_scene_graph()`` before creating it. Waits in a nested
    QEventLoop (never sleeps) and deletes everything it made before returning.
    """
    started = time.perf_counter()
    result: dict[str, Any] = {"ok": False, "tiles_loaded": 0, "message": "", "ms": 0, "variety": 0.0}
    if not isinstance(QCoreApplication.instance(), QApplication):
        result["message"] = _tr("The map check needs a running QApplication.")
        return result
    tmp: tempfile.TemporaryDirectory[str] | None = None
    if cache_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="fleetdesk-map-probe-")
        cache_dir = tmp.name
    folder = Path(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    before = _cached_tiles(folder)
    widget = None
    loop, poll, deadline = QEventLoop(), QTimer(), QTimer()
    try:
        widget = create_map_widget(
            tile_url_template,
            folder,
            user_agent=user_agent,
            attribution=attribution,
            latitude=latitude,
            longitude=longitude,
            zoom=zoom,
        )
        widget.resize(*size)
        widget.show()
        image = QImage()
        settled = [0, -1]  # polls without a new tile, tile count at the last poll

        def check() -> None:
            nonlocal image
            now = _cached_tiles(folder)
            loaded = sum(1 for name, mtime in now.items() if before.get(name) != mtime)
            settled[:] = [settled[0] + 1 if loaded == settled[1] else 0, loaded]
            result["tiles_loaded"] = loaded
            if map_problem(widget):
                loop.quit()
            elif loaded >= min_tiles and settled[0] >= 2:
                # the view is complete once no tile has arrived for two polls
                image = widget.grabFramebuffer()
                result["variety"] = round(image_variety(image), 4)
                if result["variety"] >= MIN_VARIETY:
                    loop.quit()

        poll.setInterval(100)
        poll.timeout.connect(check)
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        poll.start()
        deadline.start(timeout_ms)
        loop.exec()
        poll.stop()
        deadline.stop()
        check()
        if image.isNull():
            image = widget.grabFramebuffer()
        if save_to is not None:
            image.save(str(save_to))
        result["ok"], result["message"] = _verdict(
            map_problem(widget),
            result["tiles_loaded"],
            result["variety"],
            min_tiles,
            tile_url_template,
            timeout_ms,
        )
    except (ValueError, RuntimeError) as exc:
        result["message"] = str(exc)
    finally:
        poll.stop()
        deadline.stop()
        if widget is not None:
            widget.close()
            widget.deleteLater()
            # a nested probe may run outside any event loop: delete now, not "later"
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if tmp is not None:
            tmp.cleanup()
        result["ms"] = round((time.perf_counter() - started) * 1000)
    return result
