"""Where a shared server is: `ServerAddress`, parsed from a ``--database-url`` and checked.

Apart from `storage.server` (which connects), because the sign-in dialog fills in and checks a
server's address before anyone signs in: this module loads neither the PostgreSQL driver nor
SQLAlchemy nor Alembic, so the window comes up without them.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

from lead_desktop.domain.errors import BadServerAddress

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SCHEME = "postgresql+psycopg"
TLS_MODES = ("verify-full", "verify-ca", "require")
DEFAULT_PORT = 5432
DATABASE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,29}$")  # + "." + a 32-character user name fits 63


@dataclass(frozen=True)
class ServerAddress:
    """Where a site's server is; nothing secret (no user name, no password)."""

    host: str
    database: str
    port: int = DEFAULT_PORT
    tls_mode: str = "verify-full"
    ca_file: str | None = None

    def url(self, username: str, password: str | None = None) -> URL:
        from sqlalchemy.engine import URL

        query = {"sslmode": self.tls_mode, "application_name": "lead-desktop"}
        if self.ca_file:
            query["sslrootcert"] = self.ca_file
        return URL.create(SCHEME, username=username, password=password, host=self.host, port=self.port,
                          database=self.database, query=query)

    def display(self) -> str:
        return f"{self.host}:{self.port}/{self.database}"

    def keychain_service(self) -> str:
        return f"lead-desktop-server:{self.host}:{self.port}/{self.database}"


def check_address(address: ServerAddress) -> ServerAddress:
    if not address.host or any(ch.isspace() for ch in address.host):
        raise BadServerAddress(reason="host")
    if not DATABASE_NAME.match(address.database):
        raise BadServerAddress(reason="database")
    if not 0 < int(address.port) < 65536:
        raise BadServerAddress(reason="port")
    if address.tls_mode not in TLS_MODES:
        raise BadServerAddress(reason="tls")
    if address.ca_file and not os.path.isfile(address.ca_file):
        raise BadServerAddress(reason="ca_file")
    return address


def parse_database_url(text_url: str) -> tuple[ServerAddress, str | None, str | None]:
    """``postgresql://user[:password]@host[:port]/database?sslmode=…&sslrootcert=…`` →
    (address, user name, password). TLS is required: a URL asking for less is refused."""
    try:
        parts = urlsplit(text_url.strip())
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise BadServerAddress(reason="url") from None
    if parts.scheme not in ("postgresql", "postgres", SCHEME) or not parts.hostname:
        raise BadServerAddress(reason="url")
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    address = ServerAddress(
        host=parts.hostname,
        port=port,
        database=parts.path.lstrip("/"),
        tls_mode=query.get("sslmode", "verify-full"),
        ca_file=query.get("sslrootcert"),
    )
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    return check_address(address), user, password
