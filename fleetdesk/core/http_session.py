"""The HTTP session policy of every integration: TLS (FleetDesk's default or Car-Pass's cipher
list), certificate verification always on, system proxies except for loopback, no redirect that
carries credentials elsewhere, idempotent-only retries, FleetDesk's User-Agent.

``make_session`` builds it; ``fleetdesk.core.http.ApiClient`` uses it.
"""

from __future__ import annotations

import enum
import ipaddress
import logging
import ssl
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ReadTimeoutError
from urllib3.util.retry import Retry

import fleetdesk
from fleetdesk.core import http_answer, http_deadline


# urllib3 logs a WARNING for every connection retry ("Retrying (Retry(total=2...)) after
# connection broken by ..."): FleetDesk reports the outcome in plain words itself.
# Those records are dropped; its debug records (request lines) still pass for diagnostics.
class _NoRetryWarnings(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (
            record.levelno == logging.WARNING
            and str(record.msg).startswith(("Retrying (", "Connection pool is full"))
        )


logging.getLogger("urllib3.connectionpool").addFilter(_NoRetryWarnings())


class _DeadlinePoolMixin:
    """Registers every connection a pool hands out with the calling thread's ``Deadline``."""

    def _get_conn(self, timeout=None):
        deadline = http_deadline.current()
        if deadline is not None and deadline.expired:
            raise http_deadline.DeadlineExceeded()
        conn = super()._get_conn(timeout)
        if deadline is not None:
            deadline.add(conn)
        return conn


class DeadlineHTTPConnectionPool(_DeadlinePoolMixin, HTTPConnectionPool):
    pass


class DeadlineHTTPSConnectionPool(_DeadlinePoolMixin, HTTPSConnectionPool):
    pass


POOL_CLASSES = {"http": DeadlineHTTPConnectionPool, "https": DeadlineHTTPSConnectionPool}

#: Car-Pass professional REST v1.0, "Ciphers" (already OpenSSL names). TLS 1.3 suites are
#: fixed by OpenSSL and all AEAD, so they need no list.
CARPASS_CIPHERS = ":".join(
    [
        "ECDHE-ECDSA-AES128-GCM-SHA256",
        "ECDHE-RSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-ECDSA-CHACHA20-POLY1305",
        "ECDHE-RSA-CHACHA20-POLY1305",
        "DHE-RSA-AES128-GCM-SHA256",
        "DHE-RSA-AES256-GCM-SHA384",
    ]
)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class TlsPolicy(enum.Enum):
    DEFAULT = "default"  # TLS >= 1.2, OpenSSL's default ciphers
    CARPASS = "carpass"  # TLS 1.2/1.3 only, Car-Pass cipher list


def user_agent_for(service: str) -> str:
    return f"FleetDesk/{fleetdesk.__version__} (+{service}; python-requests/{requests.__version__})"


def ssl_context_for(tls: TlsPolicy) -> ssl.SSLContext:
    """A verifying client context for ``tls``, trusting the OS store (and ``SSL_CERT_FILE``)."""
    ctx = ssl.create_default_context()  # CERT_REQUIRED + check_hostname
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if tls is TlsPolicy.CARPASS:
        ctx.maximum_version = ssl.TLSVersion.TLSv1_3
        ctx.set_ciphers(CARPASS_CIPHERS)
    return ctx


class _Retry(Retry):
    """Never retry a read timeout: a slow server stays slow and the user would wait 3x."""

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        if isinstance(error, ReadTimeoutError):
            raise error
        return super().increment(method, url, response, error, _pool, _stacktrace)


class PolicyAdapter(HTTPAdapter):
    """An adapter whose pools (direct and through proxies) all use one policy SSL context.

    requests still passes the CA bundle (certifi, or ``REQUESTS_CA_BUNDLE`` via trust_env)
    as ``ca_certs``, which urllib3 loads into this context on connect.
    """

    def __init__(self, ssl_context: ssl.SSLContext, **kwargs):
        self.ssl_context = ssl_context
        super().__init__(**kwargs)

    def init_poolmanager(self, connections, maxsize, block=False, **pool_kwargs):
        pool_kwargs["ssl_context"] = self.ssl_context
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = POOL_CLASSES

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        proxy_kwargs.setdefault("ssl_context", self.ssl_context)
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = POOL_CLASSES
        return manager

    def close(self):
        # urllib3 2 leaves cleared pools to the garbage collector; close their idle sockets now
        for manager in [self.poolmanager, *self.proxy_manager.values()]:
            for key in manager.pools.keys():
                pool = manager.pools.get(key)
                if pool is not None:
                    pool.close()
        super().close()

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        if verify is False:
            raise ValueError(
                "FleetDesk never switches certificate verification off; "
                "trust a private CA with REQUESTS_CA_BUNDLE instead"
            )
        return super().send(request, stream, timeout, verify, cert, proxies)


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class RedirectRefused(requests.exceptions.InvalidURL):
    """A redirect FleetDesk does not follow (another host, https to http, another scheme)."""

    def __init__(self, reason: str, response: requests.Response | None = None):
        super().__init__(reason, response=response)
        self.reason = reason


MAX_REDIRECTS = 5


class _Session(requests.Session):
    """Honours system proxies, except for loopback (simulators, demo mode); refuses redirects
    that would carry credentials to another host or off https."""

    def rebuild_auth(self, prepared_request, response):
        reason = http_answer.redirect_refusal(response.request.url, prepared_request.url)
        if reason:
            raise RedirectRefused(reason, response)
        super().rebuild_auth(prepared_request, response)

    def merge_environment_settings(self, url, proxies, stream, verify, cert):
        settings = super().merge_environment_settings(url, proxies, stream, verify, cert)
        if _is_loopback(url):
            settings["proxies"] = {}
        return settings


def make_session(
    service: str, *, tls: TlsPolicy = TlsPolicy.DEFAULT, read_retries: int = 2, user_agent: str | None = None
) -> requests.Session:
    """The session for one service: policy TLS, verification on, idempotent-only retries.

    Connection failures (nothing was sent) are retried once for any method; dropped
    connections only for GET/HEAD/OPTIONS, ``read_retries`` times. Status codes are never
    retried here: 429/5xx go back to the caller as typed errors for the outbox to schedule.
    """
    retry = _Retry(
        total=read_retries + 1,
        connect=1,
        read=read_retries,
        status=0,
        other=0,
        allowed_methods=IDEMPOTENT_METHODS,
        status_forcelist=(),
        respect_retry_after_header=False,
        raise_on_status=False,
        backoff_factor=0.25,
        backoff_max=4.0,
    )
    session = _Session()
    session.trust_env = True
    session.verify = True
    # An API answers in at most a hop or two; a loop of requests' default 30 hops would spend
    # the call's whole deadline on a broken server before saying so.
    session.max_redirects = MAX_REDIRECTS
    session.headers["User-Agent"] = user_agent or user_agent_for(service)
    adapter = PolicyAdapter(ssl_context_for(tls), max_retries=retry)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
