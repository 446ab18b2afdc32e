"""Server sites for tests, made fast: one site is created per run (create_server_site, the real path),
and each test gets a copy of its database (PostgreSQL's CREATE DATABASE … TEMPLATE) plus a login role
for the copy's administrator. The copy keeps the template's group roles, which the site's functions
name (they are fixed when the security is installed), so rights work exactly as on the original.
A copy is dropped when its test is done (PgServer.drop_database)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from lead_desktop.services import server_site
from lead_desktop.storage import server, server_roles
from lead_desktop.storage.server import ServerAddress

from .pgserver import COPY_STRATEGY, PgServer

_copies = itertools.count(1)


@dataclass(frozen=True)
class TemplateSite:
    database: str
    owner: str
    address: ServerAddress


def make_template(pg: PgServer, site_name: str, admin: str, password: str, display_name: str) -> TemplateSite:
    db, url = pg.new_database("tpl")
    address, owner, owner_password = server.parse_database_url(url)
    site = server_site.create_server_site(address, owner, owner_password, site_name, admin, password, display_name)
    site.close()
    return TemplateSite(db, owner, address)


def copy_site(pg: PgServer, template: TemplateSite, admin: str, password: str) -> ServerAddress:
    db = f"{template.database}c{next(_copies)}"
    role = server_roles.login_role(db, admin)
    verifier = server_roles.scram_verifier(password)
    pg.superuser_sql(
        f"CREATE DATABASE {db} TEMPLATE {template.database} OWNER {template.owner} STRATEGY {COPY_STRATEGY}",
        f'CREATE ROLE "{role}" LOGIN PASSWORD \'{verifier}\' IN ROLE {template.database}_administrator',
    )
    return ServerAddress(template.address.host, db, template.address.port, template.address.tls_mode,
                         template.address.ca_file)
