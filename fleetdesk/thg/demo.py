"""Demo mode for THG: a store that looks like last week's work, and documents to drop.

The demo starts signed out, as a fleet manager's laptop would after the refresh token was
dropped: the vehicles and UBA answers of an earlier session are in the store, and signing in
with the device code (the identity simulator approves by itself after a few seconds) brings
them up to date. To fill the store, the seed signs in once on the simulator's verification
page, syncs, and signs out again.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from fleetdesk.core.http import make_session
from fleetdesk.thg import store as ts
from fleetdesk.thg.service import ThgService, default_hold
from fleetdesk.thg.statussync import sync_all

log = logging.getLogger(__name__)
DEMO_FOLDER = "THG demo documents"


def resources_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def demo_documents_source() -> Path:
    return resources_dir() / "demo" / "thg"


def demo_documents_dir(rt) -> Path:
    return rt.config.data_dir / DEMO_FOLDER


def copy_demo_documents(rt) -> Path:
    """The bundled registration documents, copied where the user can drop them from."""
    target = demo_documents_dir(rt)
    target.mkdir(parents=True, exist_ok=True)
    source = demo_documents_source()
    if source.is_dir():
        for file in sorted(source.iterdir()):
            if file.is_file():  # the HEIC photo too: the check refuses it with advice
                shutil.copy2(file, target / file.name)
    return target


def _approve_on_verification_page(uri: str, user_code: str) -> None:
    """What the user does in the browser: enter the code and sign in (simulator page)."""
    session = make_session("thg_auth")
    try:
        response = session.post(uri, data={"user_code": user_code, "action": "approve"}, timeout=(5, 10))
        response.raise_for_status()
    finally:
        session.close()


def seed_demo(rt) -> None:
    svc = ThgService.of(rt)
    copy_demo_documents(rt)
    account = svc.account
    device = account.start_device_flow()
    _approve_on_verification_page(device.verification_uri, device.user_code)
    account.wait_for_sign_in(device)
    sync_all(svc, full=True)
    # one submission still waiting from "last time": a UBA request with a hold
    verified = rt.store.read(
        lambda db: [
            v
            for v in ts.vehicles(db, status="verified")
            if ts.live_uba_request(db, v["id"], rt.clock.now().year) is None
        ]
    )
    if verified:
        svc.queue_uba_request(verified[-1]["id"], rt.clock.now().year, default_hold(rt.clock.now()))
    account.sign_out()
    svc.close()
    rt.services.pop("thg", None)
