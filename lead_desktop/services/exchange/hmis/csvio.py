"""HMIS CSV files on disk: writing an export's files into a new folder or a .zip, reading one back.

Written as the specification asks: UTF-8 without a byte-order mark, CRLF line ends, a header of
every column of the file in the specification's order (domain.hmis.spec), dates YYYY-MM-DD,
timestamps YYYY-MM-DD HH:MM:SS, money with two decimals; nothing else. A text cell a spreadsheet
would run as a formula gets a leading quote, as in every CSV LEAD Desktop writes (the import takes
it off again). Files are staged beside the target and moved into place complete, so a failed or
canceled export leaves nothing behind.

Read leniently where the format allows it (a byte-order mark, a sub-folder inside the .zip, file
names in any case) and strictly where it matters: the files must be UTF-8 and each header must be
exactly FY2026's or FY2024's.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.hmis import spec
from lead_desktop.domain.hmis.model import DATE, INTEGER, MONEY, TIMESTAMP, Column
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.services.exchange.files import MAX_FILE_BYTES, REASON_MISSING, FileUnreadable
from lead_desktop.storage.atomic import staged_file, staged_folder


class ExportFolderNotEmpty(KnownError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The folder {folder} is not empty. Choose a new or empty folder, or a .zip file name."
    )


class NotAnHmisExport(FileUnreadable):
    """Raised with one of the templates below, each naming the export ({file}) and what is wrong."""

    template = QT_TRANSLATE_NOOP("errors", "{file} is not an HMIS CSV export LEAD Desktop can read.")


NO_EXPORT_FILE = QT_TRANSLATE_NOOP("errors", "{file} is not an HMIS CSV export: it has no Export.csv.")
MISSING_FILE = QT_TRANSLATE_NOOP("errors", "{file} is not a complete HMIS CSV export: it has no {name}.")
WRONG_HEADER = QT_TRANSLATE_NOOP(
    "errors", "In {file}, the columns of {name} are not those of the FY2026 or FY2024 HMIS CSV specification.")
MIXED_VERSIONS = QT_TRANSLATE_NOOP(
    "errors", "The files in {file} are of different versions of the HMIS CSV specification.")
NOT_UTF8 = QT_TRANSLATE_NOOP("errors", "In {file}, {name} is not UTF-8 text as the HMIS CSV specification asks.")
TOO_LARGE = QT_TRANSLATE_NOOP("errors", "In {file}, {name} is larger than 200 MB.")
NEITHER = QT_TRANSLATE_NOOP("errors", "{file} is neither a folder nor a .zip file.")

Rows = Iterable[Mapping[str, object]]


# ----- writing -------------------------------------------------------------------------------

def timestamp(value: datetime | None) -> str:
    """A stored moment (UTC) as the local time of day the HMIS expects."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def cell(column: Column, value: object) -> str:
    """One value as the specification writes it in this column."""
    if value is None or value == "":
        return ""
    if column.type == DATE:
        return value.isoformat() if isinstance(value, date) else str(value)
    if column.type == TIMESTAMP:
        return timestamp(value) if isinstance(value, datetime) else str(value)
    if column.type == INTEGER:
        return str(int(value))
    if column.type == MONEY:
        return f"{Decimal(str(value)):.2f}"
    text = X.neutralise(" ".join(str(value).split()))
    limit = spec.UNHASHED_MAX_LENGTH.get(column.name, column.max_length)
    return text[:limit] if limit else text


def write_csv(stream, file_name: str, rows: Rows, check: Callable[[], None]) -> int:  # noqa: ANN001 - text stream
    columns = [spec.column(file_name, name) for name in spec.columns(file_name)]
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    count = 0
    for row in rows:
        check()
        unknown = set(row) - {c.name for c in columns}
        if unknown:
            raise ValueError(f"{file_name} has no columns {sorted(unknown)}")
        writer.writerow([cell(c, row.get(c.name)) for c in columns])
        count += 1
    return count


def write_export(target: Path, tables: Iterable[tuple[str, Rows]], check: Callable[[], None],
                 step: Callable[[int], None]) -> list[tuple[str, int]]:
    """Each (file name, rows) into the new folder `target`, or into `target` as a .zip."""
    written: list[tuple[str, int]] = []
    if target.suffix.lower() == ".zip":
        with staged_file(target, make_folder=True) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, rows in tables:
                with archive.open(name, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
                    written.append((name, write_csv(text, name, rows, check)))
                step(len(written))
        return written
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ExportFolderNotEmpty(folder=str(target))
    with staged_folder(target) as folder:
        for name, rows in tables:
            with open(folder / name, "w", encoding="utf-8", newline="") as text:
                written.append((name, write_csv(text, name, rows, check)))
            step(len(written))
    return written


# ----- reading -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Table:
    """One file of an export: its header and its rows as {column: cell}, each with its line number."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]


@dataclass(frozen=True)
class HmisFiles:
    path: Path
    version: str  # "2026" or "2024"
    tables: dict[str, Table]

    def rows(self, name: str) -> tuple[tuple[int, dict[str, str]], ...]:
        table = self.tables.get(name)
        return table.rows if table is not None else ()


def _sources(path: Path) -> dict[str, Callable[[], bytes]]:
    """File name (as the specification spells it) → a reader of its bytes, for a folder or a .zip."""
    known = {name.casefold(): name for name in spec.FILES}
    found: dict[str, Callable[[], bytes]] = {}
    if path.is_dir():
        for entry in path.iterdir():
            if entry.is_file() and entry.name.casefold() in known:
                if entry.stat().st_size > MAX_FILE_BYTES:
                    raise NotAnHmisExport(TOO_LARGE, file=path.name, name=entry.name)
                found[known[entry.name.casefold()]] = entry.read_bytes
        return found
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile):
        raise NotAnHmisExport(NEITHER, file=path.name) from None
    with archive:
        for info in archive.infolist():
            base = info.filename.replace("\\", "/").rsplit("/", 1)[-1]
            if info.is_dir() or base.casefold() not in known:
                continue
            if info.file_size > MAX_FILE_BYTES:
                raise NotAnHmisExport(TOO_LARGE, file=path.name, name=base)
            data = archive.read(info)
            found[known[base.casefold()]] = lambda data=data: data
    return found


def _table(export: Path, name: str, data: bytes) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotAnHmisExport(NOT_UTF8, file=export.name, name=name) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = tuple(h.strip() for h in next(reader, []))
    rows = []
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        rows.append((line, {h: X.unneutralise(c.strip()) for h, c in zip(header, cells)}))
    return Table(name, header, tuple(rows))


def read_export(path: str | Path, needed: Iterable[str] = ("Client.csv", "Enrollment.csv")) -> HmisFiles:
    """The export in a folder or .zip; NotAnHmisExport when Export.csv or a `needed` file is missing or a
    header is neither version's."""
    path = Path(path).expanduser()
    if not path.exists():
        raise FileUnreadable(file=path.name, reason=REASON_MISSING)
    sources = _sources(path)
    if "Export.csv" not in sources:
        raise NotAnHmisExport(NO_EXPORT_FILE, file=path.name)
    for name in needed:
        if name not in sources:
            raise NotAnHmisExport(MISSING_FILE, file=path.name, name=name)
    tables = {name: _table(path, name, read()) for name, read in sources.items()}
    versions = set()
    for name, table in tables.items():
        version = spec.version_of(name, table.header)
        if version is None:
            raise NotAnHmisExport(WRONG_HEADER, file=path.name, name=name)
        if spec.columns(name, "2026") != spec.columns(name, "2024"):
            versions.add(version)
    if len(versions) > 1:
        raise NotAnHmisExport(MIXED_VERSIONS, file=path.name)
    return HmisFiles(path, versions.pop() if versions else "2026", tables)
