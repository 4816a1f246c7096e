"""Hostile loopback servers: each answers every request of a client one broken way.

The server speaks raw HTTP/1.1 on a socket so it can misbehave the way real networks do:
a captive portal's HTML, an empty or cut body, invalid UTF-8, JSON nested 200,000 deep,
absurd Retry-After values, a trickle of one byte every half second, a reset in mid-body,
redirects that would carry credentials elsewhere. Sign-in requests (High Mobility's
``/access_tokens``, Ctrack's ``/Membership/Login``) are answered well, so the hostile answer
reaches the API call under test.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time

DEEP = 200_000
HTML = (
    b"<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head>"
    b"<body>\x07Please accept the terms to continue.</body></html>"
)

CASES = [
    "html_200",
    "html_502",
    "empty_200",
    "invalid_json",
    "wrong_ctype",
    "wrong_shape",
    "wrong_types",
    "non_utf8",
    "nan",
    "year9999_field",
    "deep_array",
    "deep_object",
    "retry_after_1e9",
    "retry_after_1e12",
    "retry_after_year9999",
    "retry_after_negative",
    "503_retry_after_1e9",
    "trickle_headers",
    "trickle_body",
    "reset_before_answer",
    "reset_mid_body",
    "redirect_other_host",
    "redirect_file_scheme",
    "redirect_loop",
]


def _answer(status: str, body: bytes = b"", ctype: str = "application/json", extra: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
        f"Connection: close\r\n{extra}\r\n"
    )
    return head.encode("latin-1") + body


def _wrong_types() -> bytes:
    return json.dumps(
        {
            "requestGuid": 12,
            "status": ["PROCESSED"],
            "vehicles": 7,
            "items": "x",
            "id": "seven",
            "vin": ["not", "a", "vin"],
            "ErrorCode": ["zero"],
            "Vehicles": {"a": 1},
            "Result": 5,
            "registrants": 5,
            "data": 3,
            "value": {"x": 1},
            "access_token": 5,
        }
    ).encode()


# cases answered with one fixed response, built once
_FIXED: dict[str, bytes] = {
    "html_200": _answer("200 OK", HTML, "text/html; charset=utf-8"),
    "html_502": _answer("502 Bad Gateway", HTML, "text/html"),
    "empty_200": _answer("200 OK", b""),
    "invalid_json": _answer("200 OK", b'{"vehicles": [{"vin": "WVWZZZ'),
    "wrong_ctype": _answer("200 OK", b"OK", "text/plain"),
    "wrong_shape": _answer("200 OK", b'[1, "two", null]'),
    "non_utf8": _answer("200 OK", b'{"vin": "\xff\xfe\xfd", "vehicles": []}'),
    "nan": _answer(
        "200 OK",
        b'{"vehicles": [{"vin": "WVWZZZ1JZXW000001", "odometer": NaN}], "value": NaN, "requestGuid": NaN}',
    ),
    "retry_after_1e9": _answer("429 Too Many Requests", b"{}", extra="Retry-After: 1000000000\r\n"),
    "retry_after_1e12": _answer("429 Too Many Requests", b"{}", extra="Retry-After: 1000000000000\r\n"),
    "retry_after_year9999": _answer(
        "503 Service Unavailable", b"{}", extra="Retry-After: Fri, 31 Dec 9999 23:59:59 GMT\r\n"
    ),
    "retry_after_negative": _answer("429 Too Many Requests", b"{}", extra="Retry-After: -5\r\n"),
    "503_retry_after_1e9": _answer(
        "503 Service Unavailable", HTML, "text/html", extra="Retry-After: 1000000000\r\n"
    ),
}


def _canned_answer(case: str) -> bytes | None:
    """The whole answer of a case that sends one fixed response; None for the other cases."""
    if case in _FIXED:
        return _FIXED[case]
    if case == "wrong_types":
        return _answer("200 OK", _wrong_types())
    if case == "year9999_field":
        return _answer(
            "200 OK",
            json.dumps(
                [
                    {
                        "vin": "WVWZZZ1JZXW000001",
                        "date": "9999-12-31T23:59:59+14:00",
                        "lastDownload": "99999-01-01",
                    }
                ]
            ).encode(),
        )
    if case == "deep_array":
        return _answer("200 OK", b"[" * DEEP + b"]" * DEEP)
    if case == "deep_object":
        return _answer("200 OK", b'{"a":' * DEEP + b"1" + b"}" * DEEP)
    return None


class HostileServer:
    """``with HostileServer(case) as url: ...``; every request is answered per ``case``."""

    def __init__(self, case: str, *, trickle_s: float = 0.5):
        self.case = case
        self.trickle_s = trickle_s
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.requests: list[str] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []

    def __enter__(self) -> str:
        t = threading.Thread(target=self._accept, name="hostile-accept", daemon=True)
        t.start()
        self._threads.append(t)
        return self.url

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        try:
            self.sock.close()
        except OSError:
            pass
        for c in list(self._conns):
            try:
                c.close()
            except OSError:
                pass
        for t in self._threads:
            t.join(5)

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self._conns.append(conn)
            t = threading.Thread(target=self._serve, args=(conn,), name="hostile-conn", daemon=True)
            t.start()
            self._threads.append(t)

    def _read_request(self, conn: socket.socket) -> str | None:
        conn.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip() or 0)
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        return lines[0]

    def _serve(self, conn: socket.socket) -> None:
        try:
            line = self._read_request(conn)
            if line is None:
                return
            self.requests.append(line)
            path = line.split(" ")[1] if " " in line else "/"
            if "/access_tokens" in path:
                conn.sendall(
                    _answer("200 OK", json.dumps({"access_token": "hm-token", "expires_in": 300}).encode())
                )
            elif "/Membership/Login" in path:
                conn.sendall(
                    _answer(
                        "200 OK",
                        json.dumps(
                            {
                                "ErrorCode": 0,
                                "SessionToken": "ct-token",
                                "UserId": 1,
                                "SessionDurationMinutes": 60,
                            }
                        ).encode(),
                    )
                )
            else:
                self._hostile(conn, path)
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def _trickle(self, conn: socket.socket, data: bytes) -> None:
        for byte in data:
            if self._stop.is_set():
                return
            conn.sendall(bytes([byte]))
            time.sleep(self.trickle_s)

    def _reset(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()

    def _hostile(self, conn: socket.socket, path: str) -> None:
        case, send = self.case, conn.sendall
        canned = _canned_answer(case)
        if canned is not None:
            send(canned)
        elif case == "trickle_headers":
            self._trickle(conn, _answer("200 OK", b"{}"))
        elif case == "trickle_body":
            body = json.dumps({"vehicles": [], "padding": "x" * 400}).encode()
            send(
                f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n".encode()
            )
            self._trickle(conn, body)
        elif case == "reset_before_answer":
            self._reset(conn)
        elif case == "reset_mid_body":
            body = b'{"vehicles": [' + b'{"vin": "WVWZZZ1JZXW000001"},' * 100 + b"]}"
            send(_answer("200 OK", body)[:200])
            time.sleep(0.05)
            self._reset(conn)
        elif case == "redirect_other_host":
            send(
                _answer(
                    "307 Temporary Redirect", b"", extra=f"Location: http://localhost:{self.port}{path}\r\n"
                )
            )
        elif case == "redirect_file_scheme":
            send(_answer("302 Found", b"", extra="Location: file:///etc/passwd\r\n"))
        elif case == "redirect_loop":
            send(_answer("307 Temporary Redirect", b"", extra=f"Location: {path}\r\n"))
        else:
            raise AssertionError(f"unknown case {case}")
