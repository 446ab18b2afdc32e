"""Other people's changes on a server site: a connection that LISTENs for the notifications the
site's triggers send (`storage.server_schema`), so the window can refresh what someone else changed.
"""

from __future__ import annotations

import contextlib
import logging
import time

import psycopg
from sqlalchemy.engine import URL

from lead_desktop.storage.models import Base
from lead_desktop.storage.server_schema import CHANNEL

log = logging.getLogger(__name__)


class ChangeListener:
    """A connection that LISTENs for changes; `poll()` returns the tables others changed since the
    last poll without waiting. Changes made through `own_pids` (this program's pool) are left out.

    A lost connection is opened again at the next poll; as changes may have been missed meanwhile,
    that poll reports every table."""

    RETRY_SECONDS = 30.0

    def __init__(self, url: URL) -> None:
        self._url = url
        self._conn: psycopg.Connection | None = None
        self._next_try = 0.0
        self._connect()

    def _connect(self) -> None:
        url = self._url
        params = {k: v for k, v in url.query.items()}
        conn = psycopg.connect(
            host=url.host, port=url.port, dbname=url.database, user=url.username, password=url.password,
            autocommit=True, connect_timeout=10, **params,
        )
        self._received: list[psycopg.Notify] = []
        conn.add_notify_handler(self._received.append)
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def poll(self, own_pids: set[int]) -> set[str]:
        if self._conn is None or self._conn.closed:
            return self._reconnect()
        try:
            # A round trip both proves the connection is alive (a server restart or an idle timeout
            # is noticed here) and delivers every notification that arrived before its answer.
            self._conn.execute("SELECT 1")
        except psycopg.Error:
            log.warning("change listener lost its connection")
            self.close()
            self._next_try = 0.0
            return self._reconnect()
        notes, self._received[:] = list(self._received), []
        return {n.payload for n in notes if n.pid not in own_pids}

    def _reconnect(self) -> set[str]:
        if time.monotonic() < self._next_try:
            return set()
        self._next_try = time.monotonic() + self.RETRY_SECONDS
        try:
            self._connect()
        except psycopg.Error:
            return set()
        log.info("change listener connected again")
        return {t.name for t in Base.metadata.sorted_tables}

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
