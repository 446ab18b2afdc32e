"""Spreadsheet files for data exchange: reading CSV and Excel into plain rows, writing CSV and Excel.

Reading never guesses silently: a CSV's encoding is taken from its byte-order mark (UTF-8,
UTF-16), else strict UTF-8, else Windows-1252 (what Excel on Windows writes as "CSV"); the
encoding used is reported. An .xlsx is read with openpyxl in read-only mode, twice in
lockstep — once for the values Excel stored, once to see which cells are formulas — so a
formula whose result was never calculated shows up as a reason instead of an empty cell.

Writing leaves no plaintext anywhere but the file the person chose: each file goes through the
program's one file writer (storage.atomic: a hidden temporary name in the target's own folder,
moved into place), so a failed or canceled export leaves nothing behind. Excel files are written by the small writer below
rather than openpyxl, because openpyxl spools every worksheet through a temporary file in the
system's temp folder. Every text cell of a CSV is neutralized against formula injection.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import math
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import zip_longest
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from lead_desktop.domain import exchange as X
from lead_desktop.domain.errors import KnownError
from lead_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lead_desktop.storage.atomic import staged_file

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_CELL_CHARS = 1_000_000  # the csv module's default limit (131,072) would refuse a whole file for one long cell
XLSX_MAX_CELL_CHARS = 32767  # Excel's own limit per cell

_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (Excel 97–2003)


class FileUnreadable(KnownError):
    template = QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read: {reason}")


REASON_MISSING = QT_TRANSLATE_NOOP("errors", "it does not exist or cannot be opened.")
REASON_TOO_LARGE = QT_TRANSLATE_NOOP("errors", "it is larger than 200 MB. Split it into smaller files.")
REASON_EMPTY = QT_TRANSLATE_NOOP("errors", "it holds no rows.")
REASON_NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors", "it is not a CSV (text) file. Save it from your spreadsheet as CSV or .xlsx."
)
REASON_OLD_EXCEL = QT_TRANSLATE_NOOP(
    "errors", "it is an old Excel (.xls) file. Save it as .xlsx or CSV and import that."
)
REASON_NOT_XLSX = QT_TRANSLATE_NOOP(
    "errors", "it is not an Excel .xlsx workbook, or it is damaged. Save it again as .xlsx or CSV."
)
REASON_NO_SHEET = QT_TRANSLATE_NOOP("errors", "it has no sheet named “{sheet}”.")
REASON_BAD_CSV = QT_TRANSLATE_NOOP("errors", "line {line} is not valid CSV ({detail}).")
REASON_BAD_ENCODING = QT_TRANSLATE_NOOP("errors", "its text encoding could not be recognized. Save it as “CSV UTF-8”.")


@dataclass(frozen=True)
class SourceRow:
    number: int  # the row's number as a spreadsheet shows it (the header row is row 1 when it comes first)
    cells: tuple[object, ...]  # one per header: str (CSV), or typed values (Excel); None when empty
    extra: int = 0  # non-empty cells beyond the last header


@dataclass(frozen=True)
class SourceTable:
    path: Path
    format: str  # "csv" or "xlsx"
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    sheet: str | None = None  # Excel only
    sheets: tuple[str, ...] = ()
    epoch1904: bool = False

    def column(self, header: str) -> int:
        return self.headers.index(header)

    def examples(self, header: str, count: int = 3) -> list[str]:
        """A few non-empty values of a column, for the mapping table."""
        index = self.column(header)
        out: list[str] = []
        for row in self.rows:
            value = row.cells[index]
            if value is not None and X.cell_text(value).strip():
                out.append(X.cell_text(value)[:60])
                if len(out) >= count:
                    break
        return out


def _unreadable(path: Path, reason: str, **params: object) -> FileUnreadable:
    return FileUnreadable(file=path.name, reason=reason.format(**params) if params else reason)


def read_table(path: str | Path, sheet: str | None = None) -> SourceTable:
    """The file's header row and data rows. Raises FileUnreadable with the reason in plain words."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise OSError
    except OSError:
        raise _unreadable(path, REASON_MISSING) from None
    if size > MAX_FILE_BYTES:
        raise _unreadable(path, REASON_TOO_LARGE)
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        raise _unreadable(path, REASON_MISSING) from None
    if head.startswith(_OLE_MAGIC):
        raise _unreadable(path, REASON_OLD_EXCEL)
    if head.startswith(_XLSX_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    return _read_csv(path)


# ----- CSV --------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """Bytes → (text, encoding name): a BOM decides; else strict UTF-8; else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 4:  # UTF-16 without a BOM: every other byte is zero
        odd_zeros = sample[1::2].count(0)
        name = "utf-16-le" if odd_zeros > sample[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            raise ValueError("encoding") from None
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"  # five byte values cp1252 leaves undefined


def _delimiter(text: str) -> str:
    """The separator of the header line: , ; tab or | (European Excel writes ;)."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _headers(cells: Sequence[object]) -> tuple[str, ...]:
    names: list[str] = []
    for i, cell in enumerate(cells, start=1):
        name = " ".join(X.cell_text(cell).replace("\ufeff", "").split())[:120] or f"Column {i}"
        base, n = name, 2
        while name in names:
            name = f"{base} ({n})"
            n += 1
        names.append(name)
    return tuple(names)


def _table_rows(raw_rows: Iterable[tuple[int, Sequence[object]]]) -> tuple[tuple[str, ...], list[SourceRow]]:
    """(number, cells) → headers (the first non-empty row, trailing empty headers dropped) and data rows."""
    headers: tuple[str, ...] | None = None
    width = 0
    rows: list[SourceRow] = []
    for number, cells in raw_rows:
        if all(_empty(c) for c in cells):
            continue
        if headers is None:
            cells = list(cells)
            while cells and _empty(cells[-1]):
                cells.pop()
            headers = _headers(cells)
            width = len(headers)
            continue
        padded = tuple(None if _empty(c) else c for c in cells[:width])
        padded += (None,) * (width - len(padded))
        extra = sum(1 for c in cells[width:] if not _empty(c))
        rows.append(SourceRow(number, padded, extra))
    return headers or (), rows


def _read_csv(path: Path) -> SourceTable:
    try:
        data = path.read_bytes()
    except OSError:
        raise _unreadable(path, REASON_MISSING) from None
    try:
        text, encoding = decode(data)
    except ValueError:
        raise _unreadable(path, REASON_BAD_ENCODING) from None
    if "\x00" in text:
        raise _unreadable(path, REASON_NOT_TEXT)
    delimiter = _delimiter(text)
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def numbered() -> Iterator[tuple[int, list[str]]]:
        number = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise _unreadable(path, REASON_BAD_CSV, line=reader.line_num, detail=str(exc)[:80]) from None
            number += 1
            yield number, cells

    headers, rows = _table_rows(numbered())
    if not headers:
        raise _unreadable(path, REASON_EMPTY)
    return SourceTable(path, "csv", headers, tuple(rows), encoding=encoding, delimiter=delimiter)


# ----- Excel ------------------------------------------------------------------------------------


def _read_xlsx(path: Path, sheet: str | None) -> SourceTable:
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    values_book = formula_book = None
    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it does not read (data validation, styles, extensions);
            # only the cell values matter here.
            warnings.simplefilter("ignore")
            values_book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            formula_book = openpyxl.load_workbook(path, read_only=True, data_only=False)
            names = tuple(values_book.sheetnames)
            if not names:
                raise _unreadable(path, REASON_EMPTY)
            chosen = sheet or names[0]
            if chosen not in names:
                raise _unreadable(path, REASON_NO_SHEET, sheet=chosen[:60])
            values_sheet, formula_sheet = values_book[chosen], formula_book[chosen]
            for ws in (values_sheet, formula_sheet):
                ws.reset_dimensions()  # a wrong stored size would cut rows off

            def numbered() -> Iterator[tuple[int, list[object]]]:
                pairs = zip_longest(values_sheet.iter_rows(values_only=True), formula_sheet.iter_rows(),
                                    fillvalue=())
                for number, (values, formula_cells) in enumerate(pairs, start=1):
                    cells = []
                    for value, formula_cell in zip_longest(values or (), formula_cells or ()):
                        kind = getattr(formula_cell, "data_type", None)
                        if kind == "f" and value is None:
                            value = X.UNCALCULATED
                        elif kind == "s" and isinstance(value, str):
                            # A text cell never runs, even when it starts like a formula ('=… typed in
                            # Excel, or our own export): quoted here so the import reads it as text.
                            value = X.neutralise(value)
                        cells.append(value)
                    yield number, cells

            headers, rows = _table_rows(numbered())
            epoch1904 = values_book.epoch == CALENDAR_MAC_1904
    except KnownError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, IndexError, AttributeError,
            EOFError, SyntaxError) as exc:  # openpyxl's many ways of meeting a damaged or foreign file
        del exc
        raise _unreadable(path, REASON_NOT_XLSX) from None
    finally:
        for book in (values_book, formula_book):
            if book is not None:
                book.close()
    if not headers:
        raise _unreadable(path, REASON_EMPTY)
    return SourceTable(path, "xlsx", headers, tuple(rows), sheet=chosen, sheets=names, epoch1904=epoch1904)


# ----- writing ----------------------------------------------------------------------------------


def csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M" if value.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return X.neutralise(X.cell_text(value))


class CsvSink:
    """Rows into a CSV stream, every text cell neutralized."""

    def __init__(self, stream: IO[str]) -> None:
        self._writer = csv.writer(stream, lineterminator="\r\n")

    def row(self, cells: Sequence[object]) -> None:
        self._writer.writerow([csv_cell(c) for c in cells])


@contextlib.contextmanager
def csv_file(path: Path, *, bom: bool = True) -> Iterator[CsvSink]:
    """UTF-8 with a byte-order mark by default, so Excel shows accents right when the file is opened."""
    with staged_file(path, make_folder=True) as tmp:
        with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as stream:
            yield CsvSink(stream)


_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EXCEL_EPOCH = datetime(1899, 12, 30)
_STYLE_DATE, _STYLE_DATETIME, _STYLE_HEADER = 1, 2, 3

_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sheet_name(name: str, taken: set[str]) -> str:
    clean = re.sub(r"[\[\]:*?/\\]", " ", name).strip()[:31] or "Sheet"
    base, n = clean, 2
    while clean.lower() in taken:
        suffix = f" ({n})"
        clean = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(clean.lower())
    return clean


class XlsxSheet:
    """Rows of one worksheet, streamed into the workbook's zip entry. Text stays text: a value
    starting with "=" is stored as a string, never as a formula."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._row = 0
        self._write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                    'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>')

    def _write(self, text: str) -> None:
        self._stream.write(text.encode("utf-8"))

    def row(self, cells: Sequence[object], *, header: bool = False) -> None:
        self._row += 1
        parts = [f'<row r="{self._row}">']
        for i, value in enumerate(cells):
            ref = f"{column_letters(i)}{self._row}"
            parts.append(self._cell(ref, value, header))
        parts.append("</row>")
        self._write("".join(parts))

    @staticmethod
    def _cell(ref: str, value: object, header: bool) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
            return f'<c r="{ref}"><v>{value!r}</v></c>'
        if isinstance(value, datetime):
            serial = (value.replace(tzinfo=None) - _EXCEL_EPOCH).total_seconds() / 86400
            return f'<c r="{ref}" s="{_STYLE_DATETIME}"><v>{serial!r}</v></c>'
        if isinstance(value, date):
            serial = (datetime.combine(value, time()) - _EXCEL_EPOCH).days
            return f'<c r="{ref}" s="{_STYLE_DATE}"><v>{serial}</v></c>'
        text = _ILLEGAL_XML.sub("", X.cell_text(value))[:XLSX_MAX_CELL_CHARS]
        style = f' s="{_STYLE_HEADER}"' if header else ""
        return f'<c r="{ref}" t="inlineStr"{style}><is><t xml:space="preserve">{escape(text)}</t></is></c>'

    def close(self) -> None:
        self._write("</sheetData></worksheet>")


class XlsxBook:
    """A minimal .xlsx: inline strings, dates with a date format, a bold frozen header row."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._zip = archive
        self._names: list[str] = []
        self._taken: set[str] = set()

    @contextlib.contextmanager
    def sheet(self, name: str) -> Iterator[XlsxSheet]:
        self._names.append(_sheet_name(name, self._taken))
        number = len(self._names)
        with self._zip.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as stream:
            sheet = XlsxSheet(stream)
            yield sheet
            sheet.close()

    def finish(self) -> None:
        n = len(self._names)
        sheets = "".join(
            f"<sheet name={quoteattr(name)} sheetId=\"{i}\" r:id=\"rId{i}\"/>" for i, name in enumerate(self._names, 1)
        )
        main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        package = "http://schemas.openxmlformats.org/package/2006/relationships"
        kinds = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        self._zip.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{kinds}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{kinds}.styles+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{kinds}.worksheet+xml"/>'
                      for i in range(1, n + 1))
            + "</Types>"
        ))
        self._zip.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{package}">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ))
        self._zip.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{main}" xmlns:r="{rel}">'
            f"<sheets>{sheets}</sheets></workbook>"
        ))
        self._zip.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{package}">'
            + "".join(f'<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, n + 1))
            + f'<Relationship Id="rId{n + 1}" Type="{rel}/styles" Target="styles.xml"/></Relationships>'
        ))
        self._zip.writestr("xl/styles.xml", _STYLES)


@contextlib.contextmanager
def xlsx_file(path: Path) -> Iterator[XlsxBook]:
    with staged_file(path, make_folder=True) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            book = XlsxBook(archive)
            yield book
            book.finish()


def format_for(path: Path, default: str = "csv") -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".csv":
        return "csv"
    return default


@contextlib.contextmanager
def table_file(path: Path, sheet_name: str, fmt: str | None = None) -> Iterator[Callable[..., None]]:
    """One table (header row first) into a CSV or .xlsx file, chosen by `fmt` or the file's suffix.
    Yields `row(cells, header=False)`."""
    fmt = fmt or format_for(path)
    if fmt == "xlsx":
        with xlsx_file(path) as book, book.sheet(sheet_name) as sheet:
            yield sheet.row
    else:
        with csv_file(path) as sink:
            yield lambda cells, header=False: sink.row(cells)
