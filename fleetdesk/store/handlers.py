"""The outbox handlers by kind, each integration's built when an item of its kinds is first sent.

The runtime registers one provider per integration (``Integration.outbox_kinds`` and
``handlers()``), so an integration's client, service and sign-in libraries are imported when
they are needed, not at start-up (issue 15). The dispatcher looks handlers up here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator, MutableMapping

from fleetdesk.store import outbox as ob

log = logging.getLogger(__name__)


class Handlers(MutableMapping[str, ob.OutboxHandler]):
    """The outbox handlers by kind; a provider's handlers are built when first needed.

    A provider is ``(kinds, build)``: ``build()`` returns the handlers of those kinds (kinds
    None: not declared, built when a kind nobody declared is asked for). The runtime registers
    one provider per integration, so an integration's client, service and sign-in libraries
    are imported when an item of its kind is first sent, not at start-up (issue 15). A
    provider that fails to build is logged and its kinds have no handler (such an item is set
    aside saying so, as for an unknown kind). Safe to use from several threads.
    """

    def __init__(
        self,
        handlers: Iterable[ob.OutboxHandler] = (),
        providers: Iterable[tuple[Iterable[str] | None, Callable[[], Iterable[ob.OutboxHandler]]]] = (),
    ):
        self._built: dict[str, ob.OutboxHandler] = {h.kind: h for h in handlers}
        self._pending = [(None if kinds is None else frozenset(kinds), build) for kinds, build in providers]
        self._lock = threading.RLock()
        #: why a provider could not build its handlers: kind -> error text
        self.errors: dict[str, str] = {}

    def _build(self, kind: str | None) -> None:
        """Build the providers of ``kind`` (None: all of them); the undeclared ones too when
        no provider declares ``kind``."""
        if not self._pending:
            return
        with self._lock:
            chosen = [p for p in self._pending if kind is None or (p[0] is not None and kind in p[0])]
            if not chosen:
                chosen = [p for p in self._pending if p[0] is None]
            for provider in chosen:
                self._pending.remove(provider)
                kinds, build = provider
                try:
                    built = list(build())
                except Exception as exc:
                    log.exception("outbox handlers for %s could not be built", sorted(kinds or ["?"]))
                    for k in kinds or ():
                        self.errors[k] = f"{type(exc).__name__}: {exc}"
                    continue
                for handler in built:
                    self._built.setdefault(handler.kind, handler)

    def __getitem__(self, kind: str) -> ob.OutboxHandler:
        handler = self._built.get(kind)
        if handler is None:
            self._build(kind)
            handler = self._built[kind]
        return handler

    def __setitem__(self, kind: str, handler: ob.OutboxHandler) -> None:
        self._built[kind] = handler

    def __delitem__(self, kind: str) -> None:
        del self._built[kind]

    def __iter__(self) -> Iterator[str]:
        self._build(None)
        return iter(list(self._built))

    def __len__(self) -> int:
        self._build(None)
        return len(self._built)

    @property
    def loaded(self) -> list[str]:
        """The kinds whose handlers are built so far (without building any)."""
        return sorted(self._built)
