"""A real, throw-away PostgreSQL server for the tests and the load benchmark.

Debian's PostgreSQL 15 binaries (installed by `make debs-pg`) run a cluster in a
temporary folder: TLS on 127.0.0.1 only, with a certificate authority made here
so clients can use ``sslmode=verify-full``; the superuser is reached only through
the folder's Unix socket. pgaudit is loaded (Debian's postgresql-15-pgaudit), idle until a
database is told what to record, and every log line names the role and database. PostgreSQL refuses
to run as root, so under root the server runs as the ``postgres`` user (``runuser``). `pause()` and
`resume()` stop and start it with its data (a laptop losing the network, then finding it again);
`stop()` removes everything.

Each test process (`make test` runs two) starts its own server: its own folder and
socket, and a free port chosen by the system (tried again on another port should
another process take it between the choice and the start).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

PG_BIN = Path("/usr/lib/postgresql/15/bin")
OWNER_PASSWORD = "owner-password-for-tests"
# Databases are copied file by file: for a database of a few megabytes this is about a third faster
# than PostgreSQL 15's default (WAL_LOG), and the checkpoints it needs cost nothing with fsync off.
COPY_STRATEGY = "FILE_COPY"
START_ATTEMPTS = 3


def available() -> bool:
    return (PG_BIN / "initdb").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _write_tls(folder: Path) -> Path:
    """A CA and a server certificate for localhost/127.0.0.1. Returns the CA file clients trust."""
    now = dt.datetime.now(dt.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "LEAD Desktop test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    (folder / "server.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    os.chmod(folder / "server.key", 0o600)
    ca_file = folder / "ca.crt"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return ca_file


@dataclass
class PgServer:
    folder: Path
    port: int
    ca_file: Path
    _counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def socket_dir(self) -> Path:
        return self.folder / "run"

    def superuser_conninfo(self, dbname: str = "postgres") -> str:
        return f"host={self.socket_dir} port={self.port} user=postgres dbname={dbname}"

    def superuser_sql(self, *statements: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.superuser_conninfo(dbname), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def url(self, user: str, dbname: str, password: str | None = None, sslmode: str = "verify-full") -> str:
        """A client URL over TLS to localhost (the certificate's name), checking the test CA."""
        auth = user if password is None else f"{user}:{quote(password, safe='')}"
        return f"postgresql://{auth}@localhost:{self.port}/{dbname}?sslmode={sslmode}&sslrootcert={self.ca_file}"

    def new_database(self, prefix: str = "site") -> tuple[str, str]:
        """An empty database owned by a new role that may create roles, as the README tells an IT
        volunteer to prepare. Returns (database name, owner URL with the owner's password)."""
        n = next(self._counter)
        db, owner = f"{prefix}{n}", f"{prefix}{n}_owner"
        self.superuser_sql(
            f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'",
            f"CREATE DATABASE {db} OWNER {owner} STRATEGY {COPY_STRATEGY}",
            f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        )
        return db, self.url(owner, db, OWNER_PASSWORD)

    def drop_database(self, dbname: str) -> None:
        """Drop a database a test is done with, so the cluster stays small (hundreds of copies would
        otherwise make stop() delete gigabytes at the end of the run). One that still has a connection
        (a session the test left open) is left for stop(): DROP DATABASE would wait for it."""
        import psycopg

        with psycopg.connect(self.superuser_conninfo(), autocommit=True) as conn:
            busy = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (dbname,)).fetchone()[0]
            if not busy:
                conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')

    @property
    def log_file(self) -> Path:
        return self.folder / "server.log"

    def pause(self) -> None:
        """Stop the server, keeping its data (the network is gone, as far as clients can tell)."""
        _as_server_user([str(PG_BIN / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop"])

    def resume(self) -> None:
        """Start it again after `pause`, on the same port with the same data."""
        _as_server_user([str(PG_BIN / "pg_ctl"), "-D", str(self.folder / "data"), "-l", str(self.folder / "server.log"),
                         "-o", f"-p {self.port}", "-w", "-t", "60", "start"])

    def stop(self) -> None:
        _as_server_user([str(PG_BIN / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop"],
                        check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def _as_server_user(argv: list[str], check: bool = True) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        argv = ["runuser", "-u", "postgres", "--", *argv]
    return subprocess.run(argv, check=check, capture_output=True, text=True)


def start() -> PgServer:
    folder = Path(tempfile.mkdtemp(prefix="lead-pg-"))
    os.chmod(folder, 0o755)
    data, run = folder / "data", folder / "run"
    run.mkdir()
    ca_file = _write_tls(folder)
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for path in (folder, run, folder / "server.key", folder / "server.crt"):
            os.chown(path, user.pw_uid, user.pw_gid)
    # Sorting and case rules "C", as the README prepares a site's database: the same as SQLite's.
    _as_server_user([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth-local=trust",
                     "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C"])
    (data / "pg_hba.conf").write_text(
        "local all postgres trust\n"
        "hostssl all all 127.0.0.1/32 scram-sha-256\n"
    )
    with open(data / "postgresql.conf", "a") as conf:
        conf.write(
            f"\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{run}'\n"
            f"ssl = on\nssl_cert_file = '{folder / 'server.crt'}'\nssl_key_file = '{folder / 'server.key'}'\n"
            "password_encryption = 'scram-sha-256'\nfsync = off\nsynchronous_commit = off\n"
            "full_page_writes = off\nmax_connections = 200\nshared_buffers = 64MB\n"
            "shared_preload_libraries = 'pgaudit'\nlog_line_prefix = '%m [%p] %q%u@%d '\n"
        )
    for _attempt in range(START_ATTEMPTS):
        port = _free_port()
        result = _as_server_user([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                                  "-o", f"-p {port}", "-w", "-t", "60", "start"], check=False)
        if result.returncode == 0:
            return PgServer(folder, port, ca_file)
        log = (folder / "server.log").read_text() if (folder / "server.log").exists() else ""
        if "could not bind" not in log and "already in use" not in log:
            break
    shutil.rmtree(folder, ignore_errors=True)
    raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log}")
