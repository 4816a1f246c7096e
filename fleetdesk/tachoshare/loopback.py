"""A one-shot loopback redirect receiver for native-app OAuth2 (RFC 8252, section 7.3).

It listens on 127.0.0.1 with an ephemeral port, accepts exactly one redirect carrying the
expected ``state`` on its path, answers the browser with a short page, and closes. Requests
for other paths (a browser's favicon) or with a wrong state are answered and ignored, so a
stray local request can neither complete nor spoil the sign-in.
"""

from __future__ import annotations

import html
import secrets
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from fleetdesk.core.errors import Rejected


class SignInError(Rejected):
    """The browser sign-in did not produce a code: denied, cancelled, timed out or refused."""


_DONE_PAGE = "<!doctype html><meta charset=utf-8><title>{title}</title><h1>{title}</h1><p>{message}</p>"


class _Handler(BaseHTTPRequestHandler):
    server: _OneShotServer

    def log_message(self, format, *args):  # the query holds the code: never log it
        pass

    def do_GET(self):
        parts = urlsplit(self.path)
        listener = self.server.listener
        if parts.path != listener.path:
            return self._answer(404, "Not found", "This address only receives the sign-in.")
        params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if not listener.offer(params):
            return self._answer(
                400, "Sign-in not accepted", "This answer does not belong to the sign-in FleetDesk started."
            )
        if "error" in params:
            return self._answer(
                200, "Sign-in cancelled", "You can close this window and return to FleetDesk."
            )
        self._answer(200, "Signed in to TachoShare", "You can close this window and return to FleetDesk.")

    def _answer(self, status: int, title: str, message: str) -> None:
        body = _DONE_PAGE.format(title=html.escape(title), message=html.escape(message)).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True


class _OneShotServer(HTTPServer):
    allow_reuse_address = False  # never share the port with another process

    def handle_error(self, request, client_address):
        pass


class LoopbackRedirect:
    """Receive the authorization redirect once on ``http://127.0.0.1:<port><path>``.

    Use as a context manager; ``redirect_uri`` is ready as soon as it is constructed, and
    ``wait()`` returns the redirect's query parameters (``code`` and ``state``, or ``error``).
    """

    def __init__(self, path: str = "/callback", expected_state: str | None = None):
        self.path = path
        self.expected_state = expected_state
        self._result: dict[str, str] | None = None
        self._got = threading.Event()
        self._lock = threading.Lock()
        self._server = _OneShotServer(("127.0.0.1", 0), _Handler)
        self._server.listener = self  # type: ignore[attr-defined]
        self.port = self._server.server_address[1]
        self.redirect_uri = f"http://127.0.0.1:{self.port}{path}"
        self._thread = threading.Thread(target=self._serve, name="tachoshare-loopback", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self._server.timeout = 0.1
        while not self._got.is_set() and self._server.socket.fileno() != -1:
            try:
                self._server.handle_request()
            except (OSError, ValueError):  # closed under us
                break
        self._server.server_close()  # stop listening at once: the redirect comes only once

    def offer(self, params: dict[str, str]) -> bool:
        """Take the first redirect whose state matches; refuse everything else."""
        with self._lock:
            if self._result is not None:
                return False
            if self.expected_state is not None and not secrets.compare_digest(
                params.get("state", ""), self.expected_state
            ):
                return False
            if "code" not in params and "error" not in params:
                return False
            self._result = params
        self._got.set()
        return True

    def wait(self, timeout: float, cancel: threading.Event | None = None) -> dict[str, str]:
        """Block until the redirect arrives; SignInError on timeout or ``cancel``."""
        waited, step = 0.0, 0.05
        while not self._got.wait(step):
            waited += step
            if cancel is not None and cancel.is_set():
                raise SignInError("Sign-in was cancelled.")
            if waited >= timeout:
                raise SignInError("Sign-in was not completed in the browser in time; try again.")
        assert self._result is not None
        return dict(self._result)

    def close(self) -> None:
        self._got.set()
        self._thread.join(timeout=2)
        self._server.server_close()

    def __enter__(self) -> LoopbackRedirect:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
